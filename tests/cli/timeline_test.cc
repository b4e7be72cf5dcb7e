// `geokg timeline`: chronological order by lower bound, partial dates with their precision,
// mention counts and sources, pairs, filters and the JSON shape.
#include <rapidjson/document.h>

#include <sstream>

#include "tests/cli/cli_json.h"
#include "tests/cli/query_fixture.h"

namespace geokg::cli_test {
namespace {

using CliTimelineTest = QueryCliTest;

std::vector<std::string> Lines(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(CliTimelineTest, OneActorInOrderWithPrecisionMentionsAndSources) {
  RunResult r = Geokg(Db(), {"timeline", "Dland"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;  // the denied threat is left out by default
  EXPECT_EQ(lines[0].substr(0, lines[0].rfind('\t')),
            "2023-04-20\tEland -[meet 040]-> Dland\tasserted\t2 mention(s)\tdoc-ed, doc-ed2");
  EXPECT_EQ(lines[1].substr(0, lines[1].rfind('\t')),
            "2023-05 (month)\tCland -[meet 040]-> Dland\tasserted\t1 mention(s)\tdoc-cd");
  r = Geokg(Db(), {"timeline", "Dland", "--modality", "asserted", "--modality", "denied"});
  EXPECT_EQ(Lines(r.out).size(), 3u) << r.out;
  EXPECT_NE(Lines(r.out)[2].find("threaten 130"), std::string::npos) << r.out;
}

TEST_F(CliTimelineTest, WholeStoreAndPairAndWindow) {
  RunResult r = Geokg(Db(), {"timeline", "--json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsArray()) << r.out;
  std::vector<std::string> days;
  for (const rapidjson::Value& e : doc.GetArray()) days.push_back(StringAt(e, {"day"}));
  EXPECT_EQ(days, (std::vector<std::string>{"2023-01-01", "2023-03-01", "2023-04-04", "2023-04-10",
                                            "2023-04-20", "2023-05-01"}));
  const rapidjson::Value& last = doc[doc.Size() - 1];
  EXPECT_EQ(StringAt(last, {"precision"}), "month");
  EXPECT_EQ(last["mentions"].GetInt(), 1);
  EXPECT_EQ(last["sources"].Size(), 1u);
  EXPECT_EQ(StringAt(last, {"edge", "relation"}), "meet");
  EXPECT_EQ(StringAt(last, {"edge", "time", "value"}), "2023-05");

  r = Geokg(Db(), {"timeline", "country:DDD", "Eland", "--json"});
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsArray()) << r.out;
  ASSERT_EQ(doc.Size(), 1u);
  EXPECT_EQ(doc[0]["sources"].Size(), 2u);
  EXPECT_EQ(StringAt(doc[0], {"edge", "source", "id"}), "country:EEE");

  r = Geokg(Db(), {"timeline", "--from", "2023-04-05", "--to", "2023-04-30"});
  EXPECT_EQ(Lines(r.out).size(), 2u) << r.out;
  r = Geokg(Db(), {"timeline", "--from", "2023-05-10", "--to", "2023-05-20"});
  EXPECT_EQ(Lines(r.out).size(), 1u) << r.out;  // the May meeting, possibly
  r = Geokg(Db(),
            {"timeline", "--from", "2023-05-10", "--to", "2023-05-20", "--overlap", "certainly"});
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Geokg(Db(), {"timeline", "Aland", "Bland", "Cland"}).exit_code, 2);
}

}  // namespace
}  // namespace geokg::cli_test
