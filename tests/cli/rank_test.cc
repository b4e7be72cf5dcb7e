// `geokg rank`: degree, PageRank and betweenness on the filtered snapshot, text and JSON.
#include <rapidjson/document.h>

#include "tests/cli/cli_json.h"
#include "tests/cli/query_fixture.h"

namespace geokg::cli_test {
namespace {

using CliRankTest = QueryCliTest;

TEST_F(CliRankTest, DegreeCountsMatchingEdges) {
  RunResult r = Geokg(Db(), {"rank", "--top", "2"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  // The denied threat is left out: the cycle's vertices all have 2, ties by id.
  EXPECT_EQ(r.out,
            "degree over 7 actor(s) and 6 edge(s)\n"
            "1\t2\tcountry:AAA\tAland\t2 edge(s)\n"
            "2\t2\tcountry:BBB\tBland\t2 edge(s)\n");
  // With it, A and D have 3.
  r = Geokg(Db(), {"rank", "--top", "3", "--modality", "asserted", "--modality", "denied"});
  EXPECT_EQ(r.out,
            "degree over 7 actor(s) and 7 edge(s)\n"
            "1\t3\tcountry:AAA\tAland\t3 edge(s)\n"
            "2\t3\tcountry:DDD\tDland\t3 edge(s)\n"
            "3\t2\tcountry:BBB\tBland\t2 edge(s)\n");
}

TEST_F(CliRankTest, BetweennessAndPagerankAsJson) {
  // The chain A-B-C-D plus A-E-D is a 5-cycle, and F-G a separate pair.
  RunResult r = Geokg(Db(), {"rank", "--metric", "betweenness", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject()) << r.out;
  EXPECT_EQ(StringAt(doc, {"metric"}), "betweenness");
  EXPECT_EQ(doc["actors"].GetInt(), 7);
  EXPECT_EQ(doc["edges"].GetInt(), 6);
  ASSERT_EQ(doc["ranking"].Size(), 7u);
  // On a 5-cycle each vertex lies on the one shortest path between its two neighbours:
  // 1 pair, normalised by (n-1)(n-2)/2 = 15 for n = 7.
  for (int i = 0; i < 5; ++i) {
    EXPECT_NEAR(doc["ranking"][i]["score"].GetDouble(), 1.0 / 15.0, 1e-9) << i;
  }
  EXPECT_EQ(doc["ranking"][5]["score"].GetDouble(), 0.0);
  EXPECT_EQ(StringAt(doc["ranking"][0], {"actor", "id"}), "country:AAA");  // ties by id

  r = Geokg(Db(), {"rank", "--metric", "pagerank", "--json"});
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject()) << r.out;
  double sum = 0;
  for (const rapidjson::Value& v : doc["ranking"].GetArray()) sum += v["score"].GetDouble();
  EXPECT_NEAR(sum, 1.0, 1e-6);
  // Every vertex of the cycle and of the pair has degree 2 or 1 in a regular part: the cycle
  // vertices share 5/7 equally, F and G 1/7 each.
  EXPECT_NEAR(doc["ranking"][0]["score"].GetDouble(), 1.0 / 7.0, 1e-6);
  EXPECT_EQ(Geokg(Db(), {"rank", "--metric", "closeness"}).exit_code, 2);
}

TEST_F(CliRankTest, FiltersShapeTheSnapshot) {
  RunResult r = Geokg(Db(), {"rank", "--relation", "criticize", "--json"});
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject()) << r.out;
  EXPECT_EQ(doc["actors"].GetInt(), 2);
  EXPECT_EQ(doc["edges"].GetInt(), 1);
  r = Geokg(Db(), {"rank", "--from", "2023-04-15", "--json"});
  doc.Parse(r.out.c_str());
  EXPECT_EQ(doc["edges"].GetInt(), 2);  // E-D, and C-D in May
}

}  // namespace
}  // namespace geokg::cli_test
