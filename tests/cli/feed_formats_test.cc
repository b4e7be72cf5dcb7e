// The feed formats: icews and gdelt rows become edges (bad rows reported like any bad record,
// rows with one actor counted), and an unknown format is a usage error.
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

using CliFeedFormatsTest = CliTest;

// ICEWS quadruples: source, CAMEO event name, target, date.
constexpr char kIcewsRows[] =
    "John Kerry\tMake a visit\tChina\t2014-11-11\n"
    "John Kerry\tPay a visit\tChina\t2014-11-11\n"
    "Sergey Lavrov\tMake statement\tRussia\t2014-11-12\n";

TEST_F(CliFeedFormatsTest, IcewsRowsAreStoredAndBadRowsReported) {
  const std::string file = WriteFile("events.tsv", kIcewsRows);
  // Auto-detected: four tab-separated fields ending in a date.
  RunResult r = Geokg(Db(), {"ingest", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("geokg: " + file + ":2: field relation:"), std::string::npos) << r.err;
  r = Geokg(Db(), {"edges", "--actor", "country:CHN", "--relation", "042"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("2014-11-11\tJohn Kerry -[make_visit 042]-> China"), std::string::npos)
      << r.out;
  r = Geokg(Db(), {"edges", "--actor", "Russia", "--relation", "010"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("2014-11-12\tSergey Lavrov -[make_statement 010]-> Russia"),
            std::string::npos)
      << r.out;

  // Idempotent like every format.
  const StoreCounts counts = Stats(Db());
  r = Geokg(Db(), {"ingest", "--format", "icews", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->edges_new, 0u);
  EXPECT_EQ(s->mentions_new, 0u);
  EXPECT_EQ(Stats(Db()), counts);
}

// The summary line counts every edge the ingest creates, including the affiliated_with edge of
// an ICEWS role actor such as "Citizen (India)".
TEST_F(CliFeedFormatsTest, IcewsSummaryCountsEveryNewEdge) {
  const std::string file =
      WriteFile("roles.tsv", "Citizen (India)\tMake statement\tNarendra Modi\t2014-11-12\n");
  const RunResult r = Geokg(Db(), {"ingest", file});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  const StoreCounts counts = Stats(Db());
  if (s->edges_new < counts.edges) {
    FAIL() << "regression: the summary reports " << s->edges_new << " new edge(s) and "
           << s->mentions_new << " new mention(s), the store gained " << counts.edges << " and "
           << counts.mentions << ": " << r.out;
  }
  EXPECT_EQ(s->edges_new, counts.edges);
  EXPECT_EQ(s->mentions_new, counts.mentions);
}

// A GDELT 2.0 export row (61 fields) with the given actors, event code, day and source URL.
std::string GdeltRow(const std::string& id, const std::string& actor1, const std::string& actor2,
                     const std::string& code, const std::string& day, const std::string& url) {
  std::vector<std::string> f(61);
  f[0] = id;
  f[1] = day;
  f[5] = actor1;
  f[7] = actor1.substr(0, 3);
  f[15] = actor2;
  f[17] = actor2.substr(0, 3);
  f[26] = code;
  f[31] = "4";
  f[32] = "1";
  f[33] = "4";
  f[59] = "20191024143000";
  f[60] = url;
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) line += (i ? "\t" : "") + f[i];
  return line + "\n";
}

TEST_F(CliFeedFormatsTest, GdeltRowsBecomeEdgesAndOneActorRowsAreCounted) {
  const std::string file =
      WriteFile("20191024143000.export.CSV",
                GdeltRow("1", "USA", "CHN", "0834", "20191023", "https://a.example/1") +
                    GdeltRow("2", "USA", "CHN", "0834", "20191023", "https://b.example/2") +
                    GdeltRow("3", "RUS", "", "010", "20191023", "https://c.example/3") +
                    GdeltRow("4", "RUS", "UKR", "999", "20191023", "https://d.example/4"));
  RunResult r = Geokg(Db(), {"ingest", file});  // auto-detected by its 61 fields
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":4: field EventCode: unknown CAMEO code '999'"), std::string::npos)
      << r.err;
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->edges_new, 1u) << r.out;
  EXPECT_EQ(s->edges_merged, 1u) << "two articles, one event";
  EXPECT_EQ(s->rows_without_edge, 1u) << r.out;
  EXPECT_NE(r.out.find("1 with one actor"), std::string::npos) << r.out;
  EXPECT_EQ(s->bad_records, 1u);

  r = Geokg(Db(), {"edges", "--json", "--actor", "USA", "--actor", "China"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document edges;
  ASSERT_TRUE(ParseEdges(r.out, &edges)) << r.out;
  ASSERT_EQ(edges.Size(), 1u) << r.out;
  const rapidjson::Value& edge = edges[0];
  EXPECT_STREQ(edge["cameo"].GetString(), "0834");
  EXPECT_STREQ(edge["source"]["id"].GetString(), "country:USA");
  EXPECT_STREQ(edge["time"]["value"].GetString(), "2019-10-23");
  ASSERT_EQ(edge["mentions"].Size(), 2u);
  EXPECT_STREQ(edge["mentions"][1]["attributes"]["url"].GetString(), "https://b.example/2");
  EXPECT_STREQ(edge["mentions"][1]["attributes"]["date_added"].GetString(), "20191024143000");
}

TEST_F(CliFeedFormatsTest, IcewsRowsGivenAsGdeltAreBadRecords) {
  const std::string file = WriteFile("events.csv", kIcewsRows);
  const RunResult r = Geokg(Db(), {"ingest", "--format", "gdelt", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":1: expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0)"),
            std::string::npos)
      << r.err;
}

TEST_F(CliFeedFormatsTest, UnknownFormatIsAUsageError) {
  const std::string file = WriteFile("events.csv", kIcewsRows);
  const RunResult r = Geokg(Db(), {"ingest", "--format", "csv", file});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("--format csv: unknown format"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(Db()));
}

}  // namespace
}  // namespace geokg::cli_test
