#include "ingest/text/actor_lexicon.h"

#include <gtest/gtest.h>

#include <fstream>

#include "ingest/actors/builtin_dictionaries.h"
#include "ingest/actors/dictionary_checker.h"
#include "ingest/text/actor_recognizer.h"
#include "ingest/text/german_forms.h"
#include "ingest/text/given_names.h"
#include "tests/ingest/actors/shared_lexicon.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

void Write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<std::string> Ids(const std::vector<ActorMention>& mentions) {
  std::vector<std::string> ids;
  for (const ActorMention& m : mentions) ids.push_back(m.actor_id);
  return ids;
}

TEST(GivenNamesTest, TableParsesAndFoldsNames) {
  EXPECT_TRUE(CheckGivenNameTable().ok());
  EXPECT_TRUE(IsGivenName(TextLang::kEn, "michael"));
  EXPECT_TRUE(IsGivenName(TextLang::kDe, "jurgen")) << "folded like the recogniser's keys";
  EXPECT_FALSE(IsGivenName(TextLang::kEn, "may")) << "names that are common words are left out";
  EXPECT_FALSE(IsGivenName(TextLang::kEn, "labour"));
}

TEST(BuiltInDictionariesTest, EveryTableParsesWithoutProblems) {
  const std::vector<DictionaryFile>& files = BuiltInDictionaries();
  EXPECT_GE(files.size(), 11u);
  for (const DictionaryFile& f : files) {
    for (const DictionaryProblem& p : f.problems) ADD_FAILURE() << p.ToString();
  }
  std::vector<const DictionaryFile*> all;
  for (const DictionaryFile& f : files) all.push_back(&f);
  std::vector<DictionaryProblem> problems;
  const auto ids = DefinedActorIds(all);
  for (const DictionaryFile* f : all) CheckReferences(*f, ids, &problems);
  for (const DictionaryProblem& p : problems) ADD_FAILURE() << p.ToString();
}

TEST(ActorLexiconTest, BuiltInHasCldrNamesAndRoles) {
  const ActorLexicon& lexicon = SharedLexicon();
  EXPECT_GT(lexicon.entry_count(), 5000u);
  ASSERT_NE(lexicon.Find("nordkorea"), nullptr);
  EXPECT_EQ(lexicon.entry(lexicon.Find("nordkorea")->front()).actor_id, "country:PRK");
  ASSERT_NE(lexicon.Find("vereinigten staaten"), nullptr);
  EXPECT_TRUE(lexicon.IsPrefix("vereinigten"));
  const RoleTerm* nato_2023 =
      lexicon.roles().HolderOn("secretary_general", "org:NATO", *ParseIsoDay("2023-05-16"));
  ASSERT_NE(nato_2023, nullptr);
  EXPECT_EQ(nato_2023->person, "person:jens-stoltenberg");
  EXPECT_TRUE(lexicon.IsMember("country:FIN", "org:NATO", *ParseIsoDay("2023-05-16")));
  EXPECT_FALSE(lexicon.IsMember("country:FIN", "org:NATO", *ParseIsoDay("2022-05-16")));
  EXPECT_EQ(lexicon.MembersOf("org:AUKUS", *ParseIsoDay("2023-05-16")),
            (std::vector<std::string>{"country:AUS", "country:GBR", "country:USA"}));
  EXPECT_TRUE(lexicon.MembersOf("org:AUKUS", *ParseIsoDay("2020-05-16")).empty());
  const Actor mfa = lexicon.MinistryActor("country:PRK", "MFA");
  EXPECT_EQ(mfa.id, "org:PRK-MFA");
  EXPECT_EQ(mfa.name, "North Korea Ministry of Foreign Affairs");
}

TEST(ActorLexiconTest, UserDictionariesAddActorsRolesAndForms) {
  testing::TempDir dir;
  Write(
      dir.Sub("my-people.tsv"),
      "# my people\nperson:erika-musterfrau\tErika Musterfrau\tde:Erika Musterfrau|*:Musterfrau\n");
  Write(dir.Sub("extra.tsv"),
        "# table: roles\n"
        "person:erika-musterfrau\tforeign_minister\tcountry:LIE\t2030-01-01\t-\t-\n");
  Write(dir.Sub("my_organizations.tsv"),
        "org:FROG\torganization\tFriends of Geese\t-\t*:FROG|de:Gänsefreunde\n");
  std::unique_ptr<ActorLexicon> lexicon;
  ASSERT_TRUE(ActorLexicon::Load(
                  {dir.Sub("my-people.tsv"), dir.Sub("extra.tsv"), dir.Sub("my_organizations.tsv")},
                  &lexicon)
                  .ok());
  ActorRecognizer recognizer(*lexicon, "de", ParseIsoDay("2031-05-01"));
  const std::string sentence = "Die liechtensteinische Außenministerin lobte die Gänsefreunde.";
  EXPECT_EQ(Ids(recognizer.TagSentence(sentence, 0)),
            (std::vector<std::string>{"country:LIE", "person:erika-musterfrau", "org:FROG"}));
  EXPECT_EQ(Ids(recognizer.TagSentence("Musterfrau reiste ab.", 100)),
            (std::vector<std::string>{"person:erika-musterfrau"}));
}

TEST(ActorLexiconTest, UserEntriesWinOverBuiltInOnes) {
  testing::TempDir dir;
  Write(dir.Sub("null_phrases.tsv"), "en\tQuad Cities\n");
  Write(dir.Sub("role_nouns.tsv"), "de\trole\tforeign_minister\t-\tm\tsg\tAußenamtschef\n");
  Write(dir.Sub("mine.tsv"), "# table: text_aliases\ncountry:FRA\t*\tany\tGrande Nation\n");
  std::unique_ptr<ActorLexicon> lexicon;
  ASSERT_TRUE(
      ActorLexicon::Load(
          {dir.Sub("null_phrases.tsv"), dir.Sub("role_nouns.tsv"), dir.Sub("mine.tsv")}, &lexicon)
          .ok());
  ActorRecognizer en(*lexicon, "en", ParseIsoDay("2023-05-16"));
  EXPECT_TRUE(en.TagSentence("The Quad Cities voted.", 0).empty());
  EXPECT_EQ(Ids(en.TagSentence("The Quad met in Tokyo.", 30)),
            (std::vector<std::string>{"org:QUAD", "location:tokyo"}));
  ActorRecognizer de(*lexicon, "de", ParseIsoDay("2023-05-16"));
  EXPECT_EQ(Ids(de.TagSentence("Der japanische Außenamtschef lobte die Grande Nation.", 0)),
            (std::vector<std::string>{"country:JPN", "person:yoshimasa-hayashi", "country:FRA"}));
  // The built-in lexicon is untouched by another lexicon's user files.
  ActorRecognizer plain(SharedLexicon(), "en", ParseIsoDay("2023-05-16"));
  EXPECT_EQ(Ids(plain.TagSentence("The Quad Cities voted.", 0)),
            (std::vector<std::string>{"org:QUAD"}));
}

TEST(ActorLexiconTest, UserFileWithProblemsFailsTheLoad) {
  testing::TempDir dir;
  Write(dir.Sub("roles.tsv"), "person:nobody-known\tforeign_minister\tcountry:JPN\t2020\t-\t-\n");
  std::unique_ptr<ActorLexicon> lexicon;
  const Status s = ActorLexicon::Load({dir.Sub("roles.tsv")}, &lexicon);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("roles.tsv:1: person person:nobody-known"), std::string::npos)
      << s.message();
  EXPECT_EQ(lexicon, nullptr);
  EXPECT_FALSE(ActorLexicon::Load({dir.Sub("missing.tsv")}, &lexicon).ok());
}

TEST(DictionaryCheckerTest, ReportsEveryProblemWithFileAndLine) {
  const std::string text =
      "# people of a user\n"
      "person:ok-person\tOk Person\tde:Ok Person\n"
      "person:bad id\tBad\t-\n"
      "country:JPN\tNot A Person\t-\n"
      "person:short-row\tShort\n"
      "person:ok-person\tDuplicate\t-\n"
      "person:bad-alias\tBad Alias\tfr:Alias\n";
  const std::vector<DictionaryProblem> problems = CheckDictionaryText(text, "user/people.tsv");
  std::vector<std::string> where;
  for (const DictionaryProblem& p : problems) where.push_back(p.ToString().substr(0, 17));
  EXPECT_EQ(where,
            (std::vector<std::string>{"user/people.tsv:3", "user/people.tsv:4", "user/people.tsv:5",
                                      "user/people.tsv:6", "user/people.tsv:7"}))
      << problems.size();
}

TEST(DictionaryCheckerTest, ChecksDatesRolesReferencesAndKinds) {
  const std::string roles =
      "person:jens-stoltenberg\tsecretary_general\torg:NATO\t2014-10-01\t2024-09-30\t-\n"
      "person:jens-stoltenberg\tgrand_vizier\torg:NATO\t2014\t-\t-\n"
      "person:jens-stoltenberg\tsecretary_general\torg:NATO\t2014-13\t-\t-\n"
      "person:jens-stoltenberg\tsecretary_general\torg:NATO\t2020\t2019\t-\n"
      "person:nobody\tsecretary_general\torg:NOWHERE\t2020\t-\t-\n";
  const std::vector<DictionaryProblem> problems = CheckDictionaryText(roles, "x/roles.tsv");
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_NE(problems[0].message.find("unknown role"), std::string::npos);
  EXPECT_EQ(problems[1].line, 3u);
  EXPECT_EQ(problems[2].line, 4u);
  EXPECT_NE(problems[2].message.find("before start"), std::string::npos);
  EXPECT_EQ(problems[3].line, 5u);
  EXPECT_EQ(problems[4].line, 5u);

  const std::vector<DictionaryProblem> nouns = CheckDictionaryText(
      "de\trole\tforeign_minister\t-\tm\tsg\tAußenminister\n"
      "de\trole\tforeign_minister\t-\tx\tsg\tAußenministerin\n"
      "de\ttitle\tofficial\t-\tm\t*\tAussenminister\n",
      "mine/role_nouns.tsv");
  ASSERT_EQ(nouns.size(), 2u);
  EXPECT_EQ(nouns[0].line, 2u);
  EXPECT_EQ(nouns[1].line, 3u);
  EXPECT_NE(nouns[1].message.find("already on line 1"), std::string::npos);

  const std::vector<DictionaryProblem> unknown = CheckDictionaryText("a\tb\n", "notes.txt");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_NE(unknown[0].message.find("unknown dictionary kind"), std::string::npos);
  EXPECT_TRUE(CheckDictionaryText("# table: null_phrases\nen\tFoo Bar\n", "any.txt").empty());
  EXPECT_FALSE(CheckDictionaryFiles({"/nonexistent/people.tsv"}).empty());
}

TEST(DictionaryCheckerTest, BuiltInFilesCheckClean) {
  const std::string dir = std::string(GEOKG_SOURCE_DIR) + "/data/actors/";
  std::vector<std::string> paths;
  for (const char* name :
       {"countries", "organizations", "people", "roles", "memberships", "capitals", "demonyms",
        "role_nouns", "text_aliases", "locations", "null_phrases"}) {
    paths.push_back(dir + name + ".tsv");
  }
  for (const DictionaryProblem& p : CheckDictionaryFiles(paths)) ADD_FAILURE() << p.ToString();
}

TEST(GermanFormsTest, InflectionsOfNames) {
  EXPECT_EQ(GermanGenitive("Japan"), "Japans");
  EXPECT_EQ(GermanGenitive("Tokio"), "Tokios");
  EXPECT_EQ(GermanGenitive("Paris"), std::nullopt);
  EXPECT_EQ(GermanWeakForms("Vereinigtes Königreich"),
            (std::vector<std::string>{"Vereinigte Königreich", "Vereinigten Königreich",
                                      "Vereinigten Königreichs"}));
  EXPECT_EQ(GermanWeakForms("Vereinigte Staaten"),
            (std::vector<std::string>{"Vereinigten Staaten"}));
  EXPECT_TRUE(GermanWeakForms("Sri Lanka").empty());
  EXPECT_EQ(GermanAdjectiveForms("japanisch").size(), 6u);
}

}  // namespace
}  // namespace geokg
