// The real feed samples in ../shared/data (ICEWS14 complete, GDELT 1.0 and 2.0 exports), when
// present; a user's clone has no ../shared, and then these tests skip saying so. Expected
// figures are computed from the files themselves, not written down.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/feeds/cameo_codebook.h"
#include "ingest/feeds/tsv.h"
#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

const std::string kData = std::string(GEOKG_SOURCE_DIR) + "/../shared/data";

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

using CliSharedFeedsTest = CliTest;

TEST_F(CliSharedFeedsTest, Icews14IngestsCompletelyAndMatchesAGrep) {
  const std::string dir = kData + "/icews/icews14/";
  const std::vector<std::string> files = {
      dir + "icews_2014_train.txt", dir + "icews_2014_valid.txt", dir + "icews_2014_test.txt"};
  if (!std::filesystem::exists(files[0])) GTEST_SKIP() << kData << " is absent";
  RunResult r = Geokg(Db(), {"ingest", files[0], files[1], files[2]});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->records, 90730u);
  EXPECT_EQ(s->bad_records, 0u);

  // Distinct (source, relation, target, day) rows are the events; the rest merge. A mutual
  // event (Consult, Engage in negotiation, ...) reported once from each side is one event.
  std::set<std::string> distinct;
  std::vector<std::string> kerry_visits;
  std::vector<std::string_view> f;
  for (const std::string& file : files) {
    for (const std::string& line : Lines(file)) {
      SplitTabs(line, &f);
      const CameoCode* code = CameoCodebook::BuiltIn().FindByName(f[1]);
      ASSERT_NE(code, nullptr) << line;
      const bool swap = code->symmetric && f[2] < f[0];
      distinct.insert(std::string(swap ? f[2] : f[0]) + "\t" + code->code + "\t" +
                      std::string(swap ? f[0] : f[2]) + "\t" + std::string(f[3]));
      if (f[0] == "John Kerry" && f[1] == "Make a visit" && f[3].starts_with("2014-11")) {
        kerry_visits.push_back(std::string(f[3]) + "\t" + std::string(f[2]));
      }
    }
  }
  // Every distinct row is one event edge; the other edges are the affiliations of
  // "Role (Country)" groups.
  const StoreCounts counts = Stats(Db());
  r = Geokg(Db(), {"edges", "--relation", "affiliated_with"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  uint64_t affiliations = 0;
  std::istringstream affiliation_lines(r.out);
  for (std::string line; std::getline(affiliation_lines, line);) {
    if (!line.starts_with("    ")) ++affiliations;
  }
  EXPECT_GT(affiliations, 1000u);
  EXPECT_EQ(counts.edges - affiliations, distinct.size());

  r = Geokg(Db(), {"edges", "--actor", "John Kerry", "--relation", "042", "--from", "2014-11",
                   "--to", "2014-11"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  std::vector<std::string> listed;
  std::vector<std::string_view> columns;
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) {
    if (line.starts_with("    ")) continue;
    SplitTabs(line, &columns);
    const std::string_view arrow = columns[1].substr(columns[1].find("]-> ") + 4);
    listed.push_back(std::string(columns[0]) + "\t" + std::string(arrow));
  }
  std::sort(kerry_visits.begin(), kerry_visits.end());
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, kerry_visits);
  EXPECT_GE(kerry_visits.size(), 5u);
  EXPECT_GT(counts.actors, 7000u);
}

TEST_F(CliSharedFeedsTest, GdeltSamplesIngestAndOneActorRowsAreCounted) {
  const std::vector<std::string> files = {kData + "/gdelt/gdelt1/events.csv",
                                          kData + "/gdelt/gdelt2/20180326044500.export.CSV",
                                          kData + "/gdelt/gdelt2/20191024143000.export.CSV"};
  if (!std::filesystem::exists(files[0])) GTEST_SKIP() << kData << " is absent";
  uint64_t rows = 0, one_actor = 0;
  std::vector<std::string_view> f;
  for (const std::string& file : files) {
    for (const std::string& line : Lines(file)) {
      ++rows;
      SplitTabs(line, &f);
      if (f[5].empty() || f[15].empty()) ++one_actor;
    }
  }
  const RunResult r = Geokg(Db(), {"ingest", files[0], files[1], files[2]});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->records, rows);
  EXPECT_EQ(s->rows_without_edge, one_actor) << r.out;
  EXPECT_EQ(s->bad_records, 0u);
  EXPECT_GT(Stats(Db()).edges, 0u);
}

}  // namespace
}  // namespace geokg::cli_test
