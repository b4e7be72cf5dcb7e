// Text extraction end to end: articles become dated, sourced edges; the same fact from a German
// and an English article is one edge with a mention from each; negated facts are never
// asserted; mentions point at the evidence. The German seed article is used when ../shared is
// present (skipped otherwise); the English one is our own (tests/data/events/seed_en.txt).
#include <rapidjson/document.h>

#include <filesystem>
#include <set>
#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

using CliExtractionTest = CliTest;

const std::string kEnglishSeed = std::string(GEOKG_SOURCE_DIR) + "/tests/data/events/seed_en.txt";
const std::string kGermanSeed =
    std::string(GEOKG_SOURCE_DIR) + "/../shared/seed/000_3383e3607a9eb9dd.txt";

struct Found {
  std::string modality;
  std::string time;
  std::set<std::string> docs;
  size_t mentions = 0;
};

// The edges from `source` to `target` with a relation or CAMEO code starting with `code`, as
// `edges --json` prints them; symmetric events are looked up in both directions.
std::vector<Found> Edges(const std::string& db, const std::string& source, const std::string& code,
                         const std::string& target) {
  const RunResult r = RunGeokg({"--db", db, "edges", "--json", "--actor", source});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  EXPECT_TRUE(ParseEdges(r.out, &doc));
  std::vector<Found> found;
  if (!doc.IsArray()) return found;
  for (const auto& e : doc.GetArray()) {
    const std::string s = e["source"]["id"].GetString();
    const std::string t = e["target"]["id"].GetString();
    const std::string cameo = e["cameo"].IsString() ? e["cameo"].GetString() : "";
    const std::string relation = e["relation"].GetString();
    const bool code_ok = cameo.starts_with(code) || relation == code;
    const bool ends_ok = (s == source && t == target) || (s == target && t == source);
    if (!code_ok || !ends_ok) continue;
    Found f;
    f.modality = e["modality"].GetString();
    f.time = e["time"]["value"].GetString();
    for (const auto& m : e["mentions"].GetArray()) f.docs.insert(m["doc"].GetString());
    f.mentions = e["mentions"].GetArray().Size();
    found.push_back(std::move(f));
  }
  return found;
}

TEST_F(CliExtractionTest, EnglishArticleYieldsDatedSourcedEdges) {
  RunResult r = Geokg(Db(), {"ingest", "--format", "text", "--id", "seed-en", "--lang", "en",
                             "--date", "2023-05-16", kEnglishSeed});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  std::vector<Found> f = Edges(Db(), "person:jens-stoltenberg", "040", "person:yoshimasa-hayashi");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time, "2023-04-04");
  EXPECT_EQ(f[0].modality, "asserted");
  f = Edges(Db(), "country:JPN", "043", "org:NATO");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time, "2023-04");
  EXPECT_EQ(Edges(Db(), "person:jens-stoltenberg", "holds_role", "org:NATO").size(), 1u);
  EXPECT_EQ(Edges(Db(), "person:yoshimasa-hayashi", "holds_role", "country:JPN").size(), 1u);
  EXPECT_EQ(Edges(Db(), "country:CHN", "11", "org:QUAD").size(), 1u);

  // Ingesting the article again changes nothing.
  const StoreCounts before = Stats(Db());
  r = Geokg(Db(), {"ingest", "--format", "text", "--id", "seed-en", "--lang", "en", "--date",
                   "2023-05-16", kEnglishSeed});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(Stats(Db()), before);
}

TEST_F(CliExtractionTest, TheSameFactInTwoLanguagesIsOneEdge) {
  if (!std::filesystem::exists(kGermanSeed)) {
    GTEST_SKIP() << kGermanSeed << " is absent (it lives beside the repository, in ../shared)";
  }
  for (const auto& [id, lang, file] :
       {std::tuple{"seed-de", "de", kGermanSeed}, std::tuple{"seed-en", "en", kEnglishSeed}}) {
    const RunResult r = Geokg(Db(), {"ingest", "--format", "text", "--id", id, "--lang", lang,
                                     "--date", "2023-05-16", file});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
  }
  const std::vector<Found> meeting =
      Edges(Db(), "person:jens-stoltenberg", "040", "person:yoshimasa-hayashi");
  ASSERT_EQ(meeting.size(), 1u) << "one meeting, whichever language reported it";
  EXPECT_EQ(meeting[0].docs, (std::set<std::string>{"seed-de", "seed-en"}));
  EXPECT_EQ(meeting[0].mentions, 2u) << "one mention per article";
  EXPECT_EQ(meeting[0].time, "2023-04-04");
  const std::vector<Found> hosting = Edges(Db(), "country:JPN", "043", "org:NATO");
  ASSERT_EQ(hosting.size(), 1u);
  EXPECT_EQ(hosting[0].docs, (std::set<std::string>{"seed-de", "seed-en"}));
  // The talks about NATO's liaison office, which only the reports speak of: never asserted.
  bool liaison_talks = false;
  for (const char* code : {"03", "04", "05"}) {
    for (const Found& f : Edges(Db(), "org:NATO", code, "country:JPN")) {
      if (!f.docs.count("seed-de") || f.time.starts_with("2023-04")) continue;  // not the visit
      EXPECT_TRUE(f.modality == "reported" || f.modality == "planned") << f.modality;
      liaison_talks = true;
    }
  }
  EXPECT_TRUE(liaison_talks) << "the German seed's NATO-Japan talks on the liaison office";
}

TEST_F(CliExtractionTest, NegatedFactsAreNeverAsserted) {
  const std::string file =
      WriteFile("neg.jsonl",
                "{\"id\":\"n1\",\"lang\":\"de\",\"date\":\"2023-05-16\",\"text\":\"Der japanische "
                "Außenminister traf den NATO-Generalsekretär am Montag nicht.\"}\n"
                "{\"id\":\"n2\",\"lang\":\"en\",\"date\":\"2023-05-16\",\"text\":\"Japan's foreign "
                "minister did not meet the NATO secretary general on Monday.\"}\n");
  const RunResult r = Geokg(Db(), {"ingest", file});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::vector<Found> f =
      Edges(Db(), "person:yoshimasa-hayashi", "04", "person:jens-stoltenberg");
  ASSERT_FALSE(f.empty());
  for (const Found& edge : f) EXPECT_EQ(edge.modality, "negated");
}

TEST_F(CliExtractionTest, MentionsPointAtTheirEvidence) {
  const std::string text =
      "Bundeskanzler Olaf Scholz besuchte am Freitag Paris. Ein Sprecher äußerte sich nicht.";
  const std::string file =
      WriteFile("span.jsonl", "{\"id\":\"s1\",\"lang\":\"de\",\"date\":\"2023-03-04\",\"text\":\"" +
                                  text + "\"}\n");
  RunResult r = Geokg(Db(), {"ingest", file});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  r = Geokg(Db(), {"edges", "--json", "--relation", "042"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseEdges(r.out, &doc));
  ASSERT_EQ(doc.GetArray().Size(), 1u) << r.out;
  const auto& e = doc[0];
  EXPECT_STREQ(e["source"]["id"].GetString(), "person:olaf-scholz");
  EXPECT_STREQ(e["target"]["id"].GetString(), "country:FRA");
  EXPECT_STREQ(e["time"]["value"].GetString(), "2023-03-03");
  const auto& m = e["mentions"][0];
  EXPECT_STREQ(m["doc"].GetString(), "s1");
  EXPECT_EQ(m["sentence"].GetUint(), 0u);
  EXPECT_STREQ(m["text"].GetString(), "Bundeskanzler Olaf Scholz besuchte am Freitag Paris.");
  // The span covers source, trigger and target, in code points of the text.
  EXPECT_EQ(m["begin"].GetUint(), 14u);
  EXPECT_EQ(m["end"].GetUint(), 51u);
  EXPECT_TRUE(std::string(m["rule"].GetString()).starts_with("events/patterns.tsv:"));
}

TEST_F(CliExtractionTest, UserPatternFilesAddTriggersAndAreChecked) {
  const std::string text =
      WriteFile("tour.jsonl",
                "{\"id\":\"t1\",\"lang\":\"en\",\"date\":\"2023-03-04\",\"text\":\"Chancellor "
                "Olaf Scholz toured France on Friday.\"}\n");
  const std::string patterns = WriteFile("my-patterns.tsv",
                                         "# table: event_patterns\n"
                                         "en\t042\ttoured|tours\t-\tobj\t-\n");
  RunResult r = Geokg(Db(), {"ingest", text});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_TRUE(Edges(Db(), "person:olaf-scholz", "042", "country:FRA").empty());

  const std::string db2 = Path("with-patterns");
  r = Geokg(db2, {"--dict", patterns, "ingest", text});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::vector<Found> visit = Edges(db2, "person:olaf-scholz", "042", "country:FRA");
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(visit[0].time, "2023-03-03");

  r = Geokg(Db(), {"dict", "check", patterns});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  const std::string bad = WriteFile("bad-patterns.tsv",
                                    "# table: event_patterns\n"
                                    "en\t042\ttoured\t-\tobj\t-\n"
                                    "en\t999\ttoured\t-\tobj\t-\n"
                                    "fr\t042\tvisita\t-\tsomewhere\t-\n");
  r = Geokg(Db(), {"dict", "check", bad});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("bad-patterns.tsv:3: code '999'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad-patterns.tsv:4: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("bad-patterns.tsv:2:"), std::string::npos) << r.err;
  r = Geokg(Path("never"), {"--dict", bad, "ingest", text});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("bad-patterns.tsv:3: "), std::string::npos) << r.err;
  EXPECT_EQ(Stats(Path("never")).documents, 0u) << "no article is stored without its edges";
}

}  // namespace
}  // namespace geokg::cli_test
