// `geokg path`: shortest paths with their evidence, the filters, direction, k-shortest,
// trails, journeys and their explanation, and actor resolution errors.
#include <rapidjson/document.h>

#include "tests/cli/cli_json.h"
#include "tests/cli/query_fixture.h"

namespace geokg::cli_test {
namespace {

using CliPathTest = QueryCliTest;

bool ParseObject(const std::string& out, rapidjson::Document* doc) {
  doc->Parse(out.c_str());
  return !doc->HasParseError() && doc->IsObject();
}

// The actor ids of each path in a `path --json` output: "AAA>EEE>DDD".
std::vector<std::string> PathIds(const rapidjson::Document& doc) {
  std::vector<std::string> out;
  for (const rapidjson::Value& p : doc["paths"].GetArray()) {
    std::string ids;
    for (const rapidjson::Value& h : p["hops"].GetArray()) {
      if (ids.empty()) ids = std::string(h["from"].GetString()).substr(8);
      ids += ">" + std::string(h["to"].GetString()).substr(8);
    }
    out.push_back(ids);
  }
  return out;
}

TEST_F(CliPathTest, ShortestPathShowsEachHopsRelationDateAndEvidence) {
  RunResult r = Geokg(Db(), {"path", "Aland", "country:DDD"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  // The denied threat A -> D is not followed by default; A-E-D is the shortest.
  EXPECT_NE(r.out.find("path 1: 2 hop(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1. Aland -[meet 040]-> Eland\t2023-04-10\tasserted\t1 mention(s)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2. Eland -[meet 040]-> Dland\t2023-04-20\tasserted\t2 mention(s)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("doc-ed2"), std::string::npos) << r.out;

  r = Geokg(Db(), {"path", "Aland", "Dland", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(StringAt(doc, {"from", "id"}), "country:AAA");
  EXPECT_EQ(StringAt(doc, {"mode"}), "shortest");
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"AAA>EEE>DDD"});
  const rapidjson::Value& hop = doc["paths"][0]["hops"][1];
  EXPECT_EQ(StringAt(hop, {"edge", "relation"}), "meet");
  EXPECT_EQ(StringAt(hop, {"edge", "time", "lo"}), "2023-04-20");
  EXPECT_EQ(MentionDocs(hop["edge"]), (std::vector<std::string>{"doc-ed", "doc-ed2"}));
  EXPECT_TRUE(hop["day"].IsNull());
  EXPECT_TRUE(doc["explanation"].IsNull());

  // With denied edges allowed the direct threat is one hop.
  r = Geokg(Db(), {"path", "Aland", "Dland", "--modality", "denied", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"AAA>DDD"});
}

TEST_F(CliPathTest, RelationWindowAndActorTypeFiltersNarrowTheGraph) {
  rapidjson::Document doc;
  // Only criticism: no path from A at all.
  RunResult r = Geokg(Db(), {"path", "Aland", "Cland", "--relation", "11"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(r.out, "no path from Aland to Cland within 16 hop(s)\n");
  // In the first half of May 2023 the C-D meeting (known to the month) possibly happened,
  // but not certainly.
  r = Geokg(Db(),
            {"path", "Cland", "Dland", "--from", "2023-05-01", "--to", "2023-05-15", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"CCC>DDD"});
  r = Geokg(Db(), {"path", "Cland", "Dland", "--from", "2023-05-01", "--to", "2023-05-15",
                   "--overlap", "certainly", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(doc["paths"].Size(), 0u);
  // The path from A to D through persons only: none (E is a country).
  r = Geokg(Db(), {"path", "Aland", "Dland", "--actor-type", "person", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(doc["paths"].Size(), 0u);
  r = Geokg(Db(), {"path", "Aland", "Dland", "--actor-type", "country", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(doc["paths"].Size(), 1u);
  EXPECT_EQ(Geokg(Db(), {"path", "Aland", "Dland", "--overlap", "surely"}).exit_code, 2);
  EXPECT_EQ(Geokg(Db(), {"path", "Aland", "Dland", "--actor-type", "planet"}).exit_code, 2);
}

TEST_F(CliPathTest, DirectedFollowsCriticismOneWayAndMeetingsBothWays) {
  rapidjson::Document doc;
  RunResult r = Geokg(Db(), {"path", "Bland", "Cland", "--directed", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"BBB>CCC"});
  EXPECT_TRUE(doc["paths"][0]["hops"][0]["forward"].GetBool());
  // C to B: not against the criticism, but round through the meetings C-D-E-A-B.
  r = Geokg(Db(), {"path", "Cland", "Bland", "--directed", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"CCC>DDD>EEE>AAA>BBB"});
  // Undirected, C to B walks the criticism backwards, shown as such.
  r = Geokg(Db(), {"path", "Cland", "Bland"});
  EXPECT_NE(r.out.find("1. Cland <-[criticize 111]- Bland"), std::string::npos) << r.out;
}

TEST_F(CliPathTest, KShortestAndAllTrails) {
  rapidjson::Document doc;
  RunResult r = Geokg(Db(), {"path", "Aland", "Dland", "--k", "3", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(StringAt(doc, {"mode"}), "k");
  EXPECT_EQ(PathIds(doc), (std::vector<std::string>{"AAA>EEE>DDD", "AAA>BBB>CCC>DDD"}));
  r = Geokg(Db(), {"path", "Aland", "Dland", "--all", "--max-hops", "3", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(StringAt(doc, {"mode"}), "all");
  EXPECT_EQ(doc["paths"].Size(), 2u);
  EXPECT_FALSE(doc["truncated"].GetBool());
  r = Geokg(Db(), {"path", "Aland", "Dland", "--all", "--limit", "1"});
  EXPECT_NE(r.out.find("raise --limit"), std::string::npos) << r.out;
  EXPECT_EQ(Geokg(Db(), {"path", "Aland", "Dland", "--all", "--k", "2"}).exit_code, 2);
}

TEST_F(CliPathTest, JourneysRespectTimeAndExplainWhyAPathIsNotOne) {
  rapidjson::Document doc;
  // B criticised C on 03-01, before A met B on 04-04: A-B-C is a path, not a journey. The
  // journey goes A-E (04-10), E-D (04-20), D-C (2023-05, taken 05-01).
  RunResult r = Geokg(Db(), {"path", "Aland", "Cland", "--journey", "--explain", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"AAA>EEE>DDD>CCC"});
  EXPECT_EQ(StringAt(doc["paths"][0], {"arrival"}), "2023-05-01");
  EXPECT_EQ(StringAt(doc["paths"][0]["hops"][2], {"day"}), "2023-05-01");
  EXPECT_NE(StringAt(doc, {"explanation"})
                .find("hop 2 (edge:2 on 2023-03-01) is over before "
                      "hop 1 (2023-04-04) could have happened"),
            std::string::npos)
      << StringAt(doc, {"explanation"});
  // Ten days at most between hops: E-D-C needs 11 days from 04-20 to 05-01.
  r = Geokg(Db(), {"path", "Aland", "Cland", "--journey", "--max-wait", "10"});
  EXPECT_EQ(r.out, "no journey from Aland to Cland within 16 hop(s)\n") << r.out;
  r = Geokg(Db(), {"path", "Aland", "Cland", "--journey", "--max-wait", "11"});
  EXPECT_NE(r.out.find("journey 1: 3 hop(s), arrives 2023-05-01"), std::string::npos) << r.out;
  // The window starts the clock: from 2023-04-15 the A-E meeting is over.
  r = Geokg(Db(), {"path", "Eland", "Cland", "--journey", "--from", "2023-04-15", "--json"});
  ASSERT_TRUE(ParseObject(r.out, &doc)) << r.out;
  EXPECT_EQ(PathIds(doc), std::vector<std::string>{"EEE>DDD>CCC"});
  r = Geokg(Db(), {"path", "Eland", "Dland", "--journey", "--explain"});
  EXPECT_NE(r.out.find("\nthe shortest static path (1 hop(s)) is also a journey, arriving "
                       "2023-04-20\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Geokg(Db(), {"path", "Aland", "Cland", "--max-wait", "3"}).exit_code, 2);
}

TEST_F(CliPathTest, ActorsByNameAliasOrIdAndErrors) {
  RunResult r = Geokg(Db(), {"path", "aland", "country:GGG"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(r.out, "no path from Aland to Gland within 16 hop(s)\n");
  r = Geokg(Db(), {"path", "Atlantis", "Aland"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown actor 'Atlantis'"), std::string::npos) << r.err;
  ASSERT_EQ(Geokg(Db(), {"ingest", WriteFile("jo.jsonl", HomonymFactLines())}).exit_code, 0);
  r = Geokg(Db(), {"path", "Jo", "Aland"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("person:jo-a (Jo)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("person:jo-b (Jo)"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace geokg::cli_test
