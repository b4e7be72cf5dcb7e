// The feed formats: icews rows become edges (bad rows reported like any bad record), gdelt is
// not built yet, and an unknown format is a usage error.
#include <filesystem>
#include <string>

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

TEST_F(CliFeedFormatsTest, GdeltIsNotImplementedYet) {
  const std::string file = WriteFile("events.csv", kIcewsRows);
  const RunResult r = Geokg(Db(), {"ingest", "--format", "gdelt", file});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("format gdelt is not implemented yet"), std::string::npos) << r.err;
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
