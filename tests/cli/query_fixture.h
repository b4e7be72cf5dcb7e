// tests/cli/query_fixture.h
//
// A small store for the graph query commands (path, neighbors, timeline, rank), whose edges
// differ in the ways the filters tell apart:
//
//   Aland  -meet 040-          Bland   2023-04-04  doc-ab
//   Bland  -criticize 111->    Cland   2023-03-01  doc-bc
//   Cland  -meet 040-          Dland   2023-05     doc-cd  (month precision)
//   Aland  -threaten 130->     Dland   2023-06-01  denied  doc-ad
//   Aland  -meet 040-          Eland   2023-04-10  doc-ae
//   Eland  -meet 040-          Dland   2023-04-20  doc-ed, and as D meet E doc-ed2: meet is
//                                                  symmetric, so one edge with two mentions
//   Fland  -meet 040-          Gland   2023-01-01  doc-fg
#pragma once

#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {

class QueryCliTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    std::string lines;
    const auto add = [&](const std::string& relation, const std::string& cameo, char s, char t,
                         const std::string& time, const std::string& modality,
                         const std::string& doc) {
      Fact f;
      f.relation = relation;
      f.cameo = cameo;
      f.source = Actor(s);
      f.target = Actor(t);
      f.time = Quoted(time);
      f.modality = modality;
      f.doc = doc;
      lines += FactLine(f);
    };
    add("meet", "040", 'A', 'B', "2023-04-04", "asserted", "doc-ab");
    add("criticize", "111", 'B', 'C', "2023-03-01", "asserted", "doc-bc");
    add("meet", "040", 'C', 'D', "2023-05", "asserted", "doc-cd");
    add("threaten", "130", 'A', 'D', "2023-06-01", "denied", "doc-ad");
    add("meet", "040", 'A', 'E', "2023-04-10", "asserted", "doc-ae");
    add("meet", "040", 'E', 'D', "2023-04-20", "asserted", "doc-ed");
    add("meet", "040", 'D', 'E', "2023-04-20", "asserted", "doc-ed2");
    add("meet", "040", 'F', 'G', "2023-01-01", "asserted", "doc-fg");
    const RunResult r = Geokg(Db(), {"ingest", WriteFile("facts.jsonl", lines)});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
  }

  static std::string Actor(char c) {
    return ActorObject(std::string("country:") + std::string(3, c), std::string(1, c) + "land");
  }
};

}  // namespace geokg::cli_test
