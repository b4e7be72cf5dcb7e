// A bad facts record is reported as `geokg: FILE:LINE: field F: why`, skipped, and the rest of
// the file is stored (exit 1); nothing stored before is lost.
#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

struct BadFact {
  const char* name;
  const char* line;     // the bad record, line 2 of its file
  const char* message;  // what stderr says after "FILE:2: "
};

// Facts between actors of the example data (Japan = country:JPN, India, Quad = org:QUAD).
const BadFact kBadFacts[] = {
    {"MalformedJson", R"({"relation": "meet", "source": "Japan",)", "not valid JSON"},
    {"NotAnObject", R"(["meet", "Japan", "India"])", "expected a JSON object"},
    {"MissingRelation", R"({"source": "Japan", "target": "India"})", "field relation: missing"},
    {"RelationNotAString", R"({"relation": 42, "source": "Japan", "target": "India"})",
     "field relation: must be a string"},
    {"RelationNotAMachineName", R"({"relation": "Meet Up", "source": "Japan", "target": "India"})",
     "field relation: must be a machine name"},
    {"CameoNotACode",
     R"({"relation": "meet", "cameo": "04x", "source": "Japan", "target": "India"})",
     "field cameo: must be a CAMEO code"},
    {"CameoOnARelationKind",
     R"({"kind": "relation", "relation": "member_of", "cameo": "040", "source": "Japan", "target": "Quad"})",
     "field cameo: must be null for kind relation"},
    {"UnknownKind",
     R"({"kind": "rumour", "relation": "meet", "source": "Japan", "target": "India"})",
     "field kind: must be event or relation"},
    {"ConfidenceOutOfRange",
     R"({"relation": "meet", "source": "Japan", "target": "India", "confidence": 1.5})",
     "field confidence: must be a number from 0 to 1"},
    {"ConfidenceNotANumber",
     R"({"relation": "meet", "source": "Japan", "target": "India", "confidence": "high"})",
     "field confidence: must be a number from 0 to 1"},
    {"MentionsNotAnArray",
     R"({"relation": "meet", "source": "Japan", "target": "India", "mentions": {"doc": "x"}})",
     "field mentions: must be an array"},
    {"MentionSentenceNegative",
     R"({"relation": "meet", "source": "Japan", "target": "India", "mentions": [{"doc": "x", "sentence": -1}]})",
     "field mentions[0].sentence: must be a non-negative integer"},
    {"MentionWithoutDoc",
     R"({"relation": "meet", "source": "Japan", "target": "India", "mentions": [{"doc": "x"}, {"text": "y"}]})",
     "field mentions[1].doc: missing"},
    {"MentionEndBeforeBegin",
     R"({"relation": "meet", "source": "Japan", "target": "India", "mentions": [{"doc": "x", "begin": 9, "end": 3}]})",
     "field mentions[0].end: is before begin"},
    {"ModalityUnknown",
     R"({"relation": "meet", "source": "Japan", "target": "India", "modality": "rumoured"})",
     "field modality: must be asserted"},
    {"UnknownTopLevelField",
     R"({"relation": "meet", "source": "Japan", "target": "India", "colour": "red"})",
     "field colour: unknown field"},
    {"UnknownActorField",
     R"({"relation": "meet", "source": {"id": "country:JPN", "name": "Japan", "colour": "red"}, "target": "India"})",
     "field source.colour: unknown field"},
    {"UnknownMentionField",
     R"({"relation": "meet", "source": "Japan", "target": "India", "mentions": [{"doc": "x", "colour": "red"}]})",
     "field mentions[0].colour: unknown field"},
    {"UnknownTimeField",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023", "colour": "red"}})",
     "field time.colour: unknown field"},
    {"UnknownActorName", R"({"relation": "meet", "source": "Japan", "target": "Atlantis"})",
     "field target: no actor is called 'Atlantis'"},
    {"UnknownActorId", R"({"relation": "meet", "source": "country:ZZZ", "target": "India"})",
     "field source: unknown actor id 'country:ZZZ'"},
    {"UnknownAttribution",
     R"({"relation": "meet", "source": "Japan", "target": "India", "attributed_to": "Nobody Known"})",
     "field attributed_to: no actor is called 'Nobody Known'"},
    {"NewActorWithoutName",
     R"({"relation": "meet", "source": {"id": "country:NEW"}, "target": "India"})",
     "field source.name: missing for new actor country:NEW"},
    {"ActorWrongType", R"({"relation": "meet", "source": 7, "target": "India"})",
     "field source: must be an actor id, a name or an object"},
    {"ActorTypeUnknown",
     R"({"relation": "meet", "source": {"id": "country:NEW", "name": "New", "type": "planet"}, "target": "India"})",
     "field source.type: must be country"},
    {"TimeMonthOutOfRange",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": "2023-13"})",
     "field time: time value '2023-13': month must be 01..12"},
    {"TimeDayOutOfRange",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023-02-29"}})",
     "field time.value: time value '2023-02-29': day out of range"},
    {"TimeNotAValue",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": "soon"})",
     "field time: time value 'soon'"},
    {"TimeWrongType", R"({"relation": "meet", "source": "Japan", "target": "India", "time": 2023})",
     "field time: must be an object or a time value string"},
    {"TimeIntervalBackwards",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": "2023-05/2023-04"})",
     "field time: time value '2023-05/2023-04': interval ends before it starts"},
    {"TimeModUnknown",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023", "mod": "EARLY"}})",
     "field time.mod: must be START"},
    {"TimeLoDisagrees",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023-04", "lo": "2023-04-02", "hi": "2023-04-30"}})",
     "field time.lo: does not match time.value"},
    {"TimeHiDisagrees",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023-04", "lo": "2023-04-01", "hi": "2023-05-01"}})",
     "field time.hi: does not match time.value"},
    {"TimePrecisionDisagrees",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023-04", "precision": "day"}})",
     "field time.precision: does not match time.value"},
    {"TimeBoundNotADate",
     R"({"relation": "meet", "source": "Japan", "target": "India", "time": {"value": "2023", "lo": "yesterday"}})",
     "field time.lo: must be a date YYYY-MM-DD"},
};

// Names the case in test output instead of dumping the struct's bytes.
void PrintTo(const BadFact& bad, std::ostream* os) { *os << bad.name; }

class CliBadFactsTest : public CliTest, public ::testing::WithParamInterface<BadFact> {};

TEST_P(CliBadFactsTest, IsReportedSkippedAndTheRestStored) {
  const BadFact& bad = GetParam();
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleFacts()}).exit_code, 0);
  const StoreCounts before = Stats(Db());
  const std::string edges_before = Geokg(Db(), {"edges", "--json"}).out;

  const std::string file =
      WriteFile("bad.jsonl", DistinctFactLine(1) + bad.line + "\n" + DistinctFactLine(2));
  const RunResult r = Geokg(Db(), {"ingest", "--format", "facts", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("geokg: " + file + ":2: " + bad.message), std::string::npos)
      << "expected \"" << bad.message << "\" in:\n"
      << r.err;
  EXPECT_EQ(r.err.find(file + ":1:"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(file + ":3:"), std::string::npos) << r.err;
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->records, 3u);
  EXPECT_EQ(s->bad_records, 1u);
  EXPECT_EQ(s->edges_new, 2u);

  StoreCounts expected = before;
  expected.edges += 2;
  expected.mentions += 2;
  expected.actors += 4;  // two new actors per good fact, none from the bad one
  EXPECT_EQ(Stats(Db()), expected);
  // What was stored before is all still there, unchanged.
  std::vector<std::string> all = CanonicalEdges(Geokg(Db(), {"edges", "--json"}).out);
  for (const std::string& edge : CanonicalEdges(edges_before)) {
    EXPECT_TRUE(std::binary_search(all.begin(), all.end(), edge)) << edge;
  }
}

INSTANTIATE_TEST_SUITE_P(CliCases, CliBadFactsTest, ::testing::ValuesIn(kBadFacts),
                         [](const ::testing::TestParamInfo<BadFact>& case_info) {
                           return std::string(case_info.param.name);
                         });

using CliBadFactTest = CliTest;

// A name that fits two actors is no reference at all.
TEST_F(CliBadFactTest, AmbiguousActorNameIsABadRecord) {
  const std::string setup = WriteFile("setup.jsonl", HomonymFactLines());
  ASSERT_EQ(Geokg(Db(), {"ingest", setup}).exit_code, 0);
  const StoreCounts before = Stats(Db());
  const std::string file =
      WriteFile("bad.jsonl", R"({"relation": "meet", "source": "Jo", "target": "Bland"})"
                             "\n");
  const RunResult r = Geokg(Db(), {"ingest", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":1: field source: 'Jo' is ambiguous"), std::string::npos) << r.err;
  EXPECT_EQ(Stats(Db()), before);
}

}  // namespace
}  // namespace geokg::cli_test
