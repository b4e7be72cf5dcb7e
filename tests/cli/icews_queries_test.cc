// Spot checks of path, neighbors, timeline and rank on ICEWS14 (../shared/data, skipped with a
// message when absent) against networkx (tests/cli/scripts/icews_reference.py), which reads the
// same store through `edges --json` and computes every answer its own way.
#include <rapidjson/document.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

const std::string kIcews = std::string(GEOKG_SOURCE_DIR) + "/../shared/data/icews/icews14/";
constexpr int kPairs = 40;

std::vector<std::vector<std::string>> Rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    std::istringstream f(line);
    for (std::string field; std::getline(f, field, '\t');) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

using CliIcewsQueriesTest = CliTest;

TEST_F(CliIcewsQueriesTest, PathsEgoNetworksDegreesAndPagerankAgreeWithNetworkx) {
  if (!std::filesystem::exists(kIcews + "icews_2014_train.txt")) {
    GTEST_SKIP() << kIcews << " is absent";
  }
  if (!std::filesystem::exists("/usr/bin/python3")) GTEST_SKIP() << "/usr/bin/python3 is absent";
  RunResult r = Geokg(Db(), {"ingest", kIcews + "icews_2014_train.txt",
                             kIcews + "icews_2014_valid.txt", kIcews + "icews_2014_test.txt"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  r = Geokg(Db(), {"edges", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r).substr(0, 2000);
  const std::string edges = WriteFile("edges.json", r.out);
  const std::string script =
      std::string(GEOKG_SOURCE_DIR) + "/tests/cli/scripts/icews_reference.py";
  const std::string out = Path("reference.tsv");
  const std::string command =
      "/usr/bin/python3 " + script + " " + edges + " " + std::to_string(kPairs) + " > " + out;
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const auto rows = Rows(ReadFile(out));
  ASSERT_GE(rows.size(), static_cast<size_t>(kPairs + 5 + 10 + 10));

  int paths = 0, unreachable = 0;
  std::vector<std::pair<std::string, double>> pagerank;
  for (const auto& row : rows) {
    if (row[0] == "pair") {
      r = Geokg(Db(), {"path", row[1], row[2], "--max-hops", "64", "--json"});
      ASSERT_EQ(r.exit_code, 0) << Describe(r);
      rapidjson::Document doc;
      doc.Parse(r.out.c_str());
      ASSERT_TRUE(doc.IsObject()) << r.out;
      const int expected = std::stoi(row[3]);
      if (expected < 0) {
        EXPECT_EQ(doc["paths"].Size(), 0u) << row[1] << " " << row[2];
        ++unreachable;
        continue;
      }
      ASSERT_EQ(doc["paths"].Size(), 1u) << row[1] << " " << row[2];
      EXPECT_EQ(doc["paths"][0]["length"].GetInt(), expected) << row[1] << " -> " << row[2];
      ++paths;
    } else if (row[0] == "ego") {
      r = Geokg(Db(), {"neighbors", row[1], "--hops", "2", "--limit", "100000000", "--json"});
      ASSERT_EQ(r.exit_code, 0) << Describe(r);
      rapidjson::Document doc;
      doc.Parse(r.out.c_str());
      ASSERT_TRUE(doc.IsObject());
      EXPECT_EQ(doc["nodes"].Size() - 1, std::stoul(row[2])) << row[1];
    } else if (row[0] == "degree") {
      // The degree ranking and the timeline of the actor both count its edges.
      r = Geokg(Db(), {"timeline", row[1]});
      ASSERT_EQ(r.exit_code, 0) << Describe(r);
      EXPECT_EQ(Rows(r.out).size(), std::stoul(row[2])) << row[1];
    } else if (row[0] == "pagerank") {
      pagerank.emplace_back(row[1], std::stod(row[2]));
    }
  }
  EXPECT_GE(paths, kPairs / 2) << "too few connected pairs to mean anything";
  (void)unreachable;

  r = Geokg(Db(), {"rank", "--top", "10", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject());
  size_t i = 0;
  for (const auto& row : rows) {
    if (row[0] != "degree") continue;
    ASSERT_LT(i, doc["ranking"].Size());
    EXPECT_EQ(StringAt(doc["ranking"][i], {"actor", "id"}), row[1]) << "rank " << i + 1;
    EXPECT_EQ(doc["ranking"][i]["score"].GetDouble(), std::stod(row[2])) << row[1];
    ++i;
  }
  r = Geokg(Db(), {"rank", "--metric", "pagerank", "--top", "10", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject());
  ASSERT_EQ(doc["ranking"].Size(), pagerank.size());
  for (size_t k = 0; k < pagerank.size(); ++k) {
    EXPECT_EQ(StringAt(doc["ranking"][k], {"actor", "id"}), pagerank[k].first) << k;
    EXPECT_NEAR(doc["ranking"][k]["score"].GetDouble(), pagerank[k].second, 1e-5) << k;
  }
}

}  // namespace
}  // namespace geokg::cli_test
