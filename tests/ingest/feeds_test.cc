#include <gtest/gtest.h>

#include "ingest/feeds/feed_actors.h"
#include "ingest/feeds/gdelt_row.h"
#include "ingest/feeds/icews_row.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

TEST(IcewsRowTest, ParsesAQuadruple) {
  IcewsRow row;
  ASSERT_TRUE(
      ParseIcewsRow("John Kerry\tMake a visit\tChina\t2014-11-11", CameoCodebook::BuiltIn(), &row)
          .ok());
  EXPECT_EQ(row.source, "John Kerry");
  EXPECT_EQ(row.target, "China");
  EXPECT_EQ(row.code->code, "042");
  EXPECT_EQ(row.day, *ParseIsoDay("2014-11-11"));
  ASSERT_TRUE(ParseIcewsRow("Citizen_(India)\tMake_statement\tNarendra_Modi\t2018-01-02",
                            CameoCodebook::BuiltIn(), &row)
                  .ok());
  EXPECT_EQ(row.code->code, "010");
}

TEST(IcewsRowTest, BadRowsNameTheProblem) {
  const std::pair<const char*, const char*> cases[] = {
      {"John Kerry\tMake a visit\tChina", "found 3"},
      {"John Kerry\tMake a visit\tChina\t2014-11-11\textra", "found 5"},
      {"John Kerry\tMake a visit\tChina\t2014-13-01", "field date"},
      {"John Kerry\tMake a visit\tChina\t11/11/2014", "field date"},
      {"John Kerry\tPay a visit\tChina\t2014-11-11", "field relation"},
      {"\tMake a visit\tChina\t2014-11-11", "field source"},
  };
  for (const auto& [line, expected] : cases) {
    IcewsRow row;
    Status s = ParseIcewsRow(line, CameoCodebook::BuiltIn(), &row);
    EXPECT_TRUE(s.IsInvalidArgument()) << line;
    EXPECT_NE(s.message().find(expected), std::string::npos) << line << " -> " << s.message();
  }
}

TEST(FeedActorsTest, CountriesRolesOrganisationsAndPeople) {
  const CountryTable& countries = CountryTable::BuiltIn();
  const ActorDictionary& dictionary = ActorDictionary::BuiltIn();
  EXPECT_EQ(ResolveIcewsActor("China", countries, dictionary).actor.id, "country:CHN");
  EXPECT_EQ(ResolveIcewsActor("Russian_Federation", countries, dictionary).actor.id, "country:RUS");

  const FeedActor citizens = ResolveIcewsActor("Citizen (India)", countries, dictionary);
  EXPECT_EQ(citizens.actor.id, "group:citizen-ind");
  EXPECT_EQ(citizens.actor.type, ActorType::kGroup);
  EXPECT_EQ(citizens.affiliated_with, "country:IND");
  const FeedActor attackers =
      ResolveIcewsActor("Attacker (Palestinian Territory, Occupied)", countries, dictionary);
  EXPECT_EQ(attackers.affiliated_with, "country:PSE");
  EXPECT_EQ(attackers.actor.name, "Attacker (Palestine)");
  EXPECT_EQ(ResolveIcewsActor("Cabinet / Council of Ministers / Advisors (United States)",
                              countries, dictionary)
                .affiliated_with,
            "country:USA");
  EXPECT_EQ(ResolveIcewsActor("Member (Taliban)", countries, dictionary).actor.type,
            ActorType::kGroup);

  EXPECT_EQ(ResolveIcewsActor("Ministry of Defense", countries, dictionary).actor.type,
            ActorType::kOrganization);
  const FeedActor kerry = ResolveIcewsActor("John Kerry", countries, dictionary);
  EXPECT_EQ(kerry.actor.id, "person:john-kerry");
  EXPECT_EQ(kerry.actor.type, ActorType::kPerson);
  EXPECT_EQ(ResolveIcewsActor("François Hollande", countries, dictionary).actor.id,
            "person:francois-hollande");
  EXPECT_EQ(ResolveIcewsActor("John_Kerry", countries, dictionary).actor.id, kerry.actor.id);
}

// Names the dictionaries know resolve to their actors, the same ids text extraction will use.
TEST(FeedActorsTest, DictionaryNamesMeetTheSharedIds) {
  const CountryTable& countries = CountryTable::BuiltIn();
  const ActorDictionary& dictionary = ActorDictionary::BuiltIn();
  EXPECT_EQ(ResolveIcewsActor("European Union", countries, dictionary).actor.id, "org:EU");
  EXPECT_EQ(ResolveIcewsActor("North Atlantic Treaty Organization", countries, dictionary).actor.id,
            "org:NATO");
  const FeedActor kerry = ResolveIcewsActor("John Kerry", countries, dictionary);
  EXPECT_EQ(kerry.actor.id, "person:john-kerry");
  EXPECT_FALSE(kerry.actor.aliases.empty()) << "the dictionary's names come along";
  const FeedActor un = ResolveGdeltActor({"IGOUNO", "UNITED NATIONS", "", "UNO", "IGO"}, countries,
                                         CameoActorCodes::BuiltIn(), dictionary);
  EXPECT_EQ(un.actor.name, "United Nations");
  EXPECT_EQ(un.actor.codes.at("cameo"), "UNO");
}

TEST(ActorDictionaryTest, LanguageTaggedAliasesApplyToTheirLanguageOnly) {
  const ActorDictionary& dictionary = ActorDictionary::BuiltIn();
  EXPECT_GT(dictionary.size(), 500u);
  ASSERT_NE(dictionary.FindByName("Nordatlantikpakt", "de"), nullptr);
  EXPECT_EQ(dictionary.FindByName("Nordatlantikpakt", "de")->id, "org:NATO");
  EXPECT_EQ(dictionary.FindByName("Nordatlantikpakt", "en"), nullptr);
  EXPECT_EQ(dictionary.FindByName("NATO", "en")->id, "org:NATO");
  EXPECT_EQ(dictionary.FindByName("Wolodymyr Selenskyj", "de")->id, "person:volodymyr-zelensky");
  EXPECT_EQ(dictionary.FindById("org:QUAD")->name, "Quad");
}

TEST(ActorDictionaryTest, ParseErrorsNameFileAndLine) {
  std::unique_ptr<ActorDictionary> d;
  Status s = ActorDictionary::Parse(
      "org:A\torganization\tA\t-\t*:Alpha\n"
      "org:B\torganization\tB\t-\ten:alpha\n",
      "", &d);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("organizations.tsv:2"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("also names org:A"), std::string::npos) << s.message();
  s = ActorDictionary::Parse("", "person:x\tX\tfr:Ixe\n", &d);
  EXPECT_NE(s.message().find("people.tsv:1"), std::string::npos) << s.message();
}

TEST(FeedActorsTest, SlugsAreStableAscii) {
  EXPECT_EQ(Slug("Raúl Castro"), "raul-castro");
  EXPECT_EQ(Slug("  O'Neill, Jr. "), "o-neill-jr");
  EXPECT_EQ(Slug("金正恩").substr(0, 1), "x");
  EXPECT_EQ(Slug("金正恩"), Slug("金正恩"));
}

}  // namespace
}  // namespace geokg

namespace geokg {
namespace {

// A GDELT 2.0 row of 61 fields with the given actor codes, event code and date.
std::string GdeltLine(const std::string& actor1, const std::string& country1,
                      const std::string& type1, const std::string& actor2,
                      const std::string& country2, const std::string& event,
                      const std::string& date) {
  std::vector<std::string> f(61);
  f[0] = "881990833";
  f[1] = date;
  f[5] = actor1;
  f[6] = actor1.empty() ? "" : "NAME ONE";
  f[7] = country1;
  f[12] = type1;
  f[15] = actor2;
  f[16] = actor2.empty() ? "" : "NAME TWO";
  f[17] = country2;
  f[26] = event;
  f[31] = "10";
  f[32] = "2";
  f[33] = "10";
  f[59] = "20191024143000";
  f[60] = "https://example.org/story";
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) line += (i ? "\t" : "") + f[i];
  return line;
}

TEST(GdeltRowTest, ParsesTheThreeLayouts) {
  GdeltRow row;  // views into the parsed line, which must outlive it
  const std::string v2_row = GdeltLine("USAGOV", "USA", "GOV", "CHN", "CHN", "0834", "20191023");
  ASSERT_TRUE(ParseGdeltRow(v2_row, CameoCodebook::BuiltIn(), &row).ok());
  EXPECT_EQ(row.fields, 61);
  EXPECT_EQ(row.code->code, "0834");
  EXPECT_EQ(row.day, *ParseIsoDay("2019-10-23"));
  EXPECT_EQ(row.actor1.code, "USAGOV");
  EXPECT_EQ(row.actor2.country, "CHN");
  EXPECT_EQ(row.url, "https://example.org/story");
  EXPECT_EQ(row.date_added, "20191024143000");

  // GDELT 1.0: geo blocks of 7, so 58 fields with the URL and 57 without.
  std::vector<std::string_view> parts;
  std::string v2 = GdeltLine("USA", "USA", "", "RUS", "RUS", "040", "20160728");
  SplitTabs(v2, &parts);
  std::string v1;
  for (size_t i = 0; i < 58; ++i)
    v1 += (i ? "\t" : "") + std::string(i < 56 ? parts[i] : parts[i + 3]);
  ASSERT_TRUE(ParseGdeltRow(v1, CameoCodebook::BuiltIn(), &row).ok());
  EXPECT_EQ(row.fields, 58);
  EXPECT_EQ(row.url, "https://example.org/story");
  const std::string back = v1.substr(0, v1.rfind('\t'));
  ASSERT_TRUE(ParseGdeltRow(back, CameoCodebook::BuiltIn(), &row).ok());
  EXPECT_EQ(row.fields, 57);
  EXPECT_TRUE(row.url.empty());
}

TEST(GdeltRowTest, BadRowsNameTheField) {
  GdeltRow row;
  Status s = ParseGdeltRow("a\tb\tc", CameoCodebook::BuiltIn(), &row);
  EXPECT_NE(s.message().find("found 3"), std::string::npos);
  s = ParseGdeltRow(GdeltLine("USA", "USA", "", "CHN", "CHN", "040", "2019-10-23"),
                    CameoCodebook::BuiltIn(), &row);
  EXPECT_NE(s.message().find("field SQLDATE"), std::string::npos) << s.message();
  s = ParseGdeltRow(GdeltLine("USA", "USA", "", "CHN", "CHN", "40", "20191023"),
                    CameoCodebook::BuiltIn(), &row);
  EXPECT_NE(s.message().find("field EventCode"), std::string::npos) << s.message();
}

TEST(GdeltActorsTest, CountryCodesRolesAndKnownGroupsMeetTheSharedIds) {
  const CountryTable& countries = CountryTable::BuiltIn();
  const CameoActorCodes& codes = CameoActorCodes::BuiltIn();
  const ActorDictionary& dictionary = ActorDictionary::BuiltIn();
  EXPECT_EQ(
      ResolveGdeltActor({"CHN", "CHINA", "CHN", "", ""}, countries, codes, dictionary).actor.id,
      "country:CHN");
  EXPECT_EQ(
      ResolveGdeltActor({"CHN", "CHINA", "CHN", "", ""}, countries, codes, dictionary).actor.id,
      ResolveIcewsActor("China", countries, dictionary).actor.id);
  const FeedActor government = ResolveGdeltActor({"USAGOV", "UNITED STATES", "USA", "", "GOV"},
                                                 countries, codes, dictionary);
  EXPECT_EQ(government.actor.id, "group:gov-usa");
  EXPECT_EQ(government.actor.name, "Government (United States)");
  EXPECT_EQ(government.affiliated_with, "country:USA");
  EXPECT_EQ(ResolveGdeltActor({"ROMGOV", "ROMANIA", "ROM", "", "GOV"}, countries, codes, dictionary)
                .affiliated_with,
            "country:ROU")
      << "CAMEO writes Romania ROM";
  EXPECT_EQ(ResolveGdeltActor({"IGOUNO", "UNITED NATIONS", "", "UNO", "IGO"}, countries, codes,
                              dictionary)
                .actor.id,
            "org:UN");
  const FeedActor police =
      ResolveGdeltActor({"COP", "POLICE", "", "", "COP"}, countries, codes, dictionary);
  EXPECT_EQ(police.actor.id, "group:cop");
  EXPECT_EQ(police.actor.name, "Police");
}

}  // namespace
}  // namespace geokg
