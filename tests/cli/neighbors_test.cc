// `geokg neighbors`: the ego network with distances, the hub cap, the filters and its JSON.
#include <rapidjson/document.h>

#include <map>

#include "tests/cli/cli_json.h"
#include "tests/cli/query_fixture.h"

namespace geokg::cli_test {
namespace {

using CliNeighborsTest = QueryCliTest;

// id -> distance from a `neighbors --json` output.
std::map<std::string, int> Distances(const std::string& out) {
  rapidjson::Document doc;
  doc.Parse(out.c_str());
  std::map<std::string, int> d;
  if (doc.HasParseError() || !doc.IsObject()) {
    ADD_FAILURE() << out;
    return d;
  }
  for (const rapidjson::Value& n : doc["nodes"].GetArray()) {
    d[n["id"].GetString()] = n["distance"].GetInt();
  }
  return d;
}

TEST_F(CliNeighborsTest, EgoNetworkWithinHops) {
  RunResult r = Geokg(Db(), {"neighbors", "Aland", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{
                                  {"country:AAA", 0}, {"country:BBB", 1}, {"country:EEE", 1}}));
  r = Geokg(Db(), {"neighbors", "Aland", "--hops", "2", "--json"});
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{{"country:AAA", 0},
                                                          {"country:BBB", 1},
                                                          {"country:EEE", 1},
                                                          {"country:CCC", 2},
                                                          {"country:DDD", 2}}));
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(StringAt(doc, {"center", "id"}), "country:AAA");
  // Dyads: A-B, A-E, B-C, E-D.
  ASSERT_EQ(doc["dyads"].Size(), 4u);
  bool saw_ed = false;
  for (const rapidjson::Value& d : doc["dyads"].GetArray()) {
    if (StringAt(d, {"a"}) == "country:DDD" || StringAt(d, {"b"}) == "country:DDD") {
      EXPECT_EQ(d["edges"].GetInt(), 1);
      EXPECT_EQ(StringAt(d, {"first"}), "2023-04-20");
      saw_ed = true;
    }
  }
  EXPECT_TRUE(saw_ed);
  r = Geokg(Db(), {"neighbors", "Aland", "--hops", "2"});
  EXPECT_NE(r.out.find("Aland (country:AAA): 4 actor(s) within 2 hop(s), 4 dyad(s)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2\tcountry:DDD\tDland\tvia Eland\n"), std::string::npos) << r.out;
}

TEST_F(CliNeighborsTest, HubsOverTheLimitAreListedButNotExpanded) {
  // E has two neighbours (A, D); with --limit 1 it is a hub: D is reached only through... none.
  RunResult r = Geokg(Db(), {"neighbors", "Aland", "--hops", "2", "--limit", "1", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{
                                  {"country:AAA", 0}, {"country:BBB", 1}, {"country:EEE", 1}}));
  r = Geokg(Db(), {"neighbors", "Aland", "--hops", "2", "--limit", "1"});
  EXPECT_NE(r.out.find("country:EEE\tEland\tvia Aland\thub: 2 neighbours, not expanded"),
            std::string::npos)
      << r.out;
}

TEST_F(CliNeighborsTest, FiltersApply) {
  RunResult r = Geokg(Db(), {"neighbors", "Dland", "--modality", "denied", "--json"});
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{{"country:DDD", 0}, {"country:AAA", 1}}));
  r = Geokg(Db(), {"neighbors", "Bland", "--directed", "--json"});
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{
                                  {"country:BBB", 0}, {"country:AAA", 1}, {"country:CCC", 1}}));
  r = Geokg(Db(), {"neighbors", "Cland", "--directed", "--relation", "criticize", "--json"});
  EXPECT_EQ(Distances(r.out), (std::map<std::string, int>{{"country:CCC", 0}}));
  EXPECT_EQ(Geokg(Db(), {"neighbors", "Atlantis"}).exit_code, 2);
}

}  // namespace
}  // namespace geokg::cli_test
