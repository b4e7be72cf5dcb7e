// `edges --json` read back with `ingest --format facts` rebuilds the same graph: the documented
// backup and migration path.
#include <string>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

class CliRoundtripTest : public CliTest {
 protected:
  // edges --json of `db`, asserting success.
  std::string EdgesJson(const std::string& db) {
    const RunResult r = Geokg(db, {"edges", "--json"});
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    return r.out;
  }
};

TEST_F(CliRoundtripTest, ExampleDataSurvivesEdgesJsonAndFactsIngest) {
  const std::string a = Path("a");
  RunResult r = Geokg(a, {"ingest", ExampleArticles(), ExampleFacts()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::string exported = EdgesJson(a);
  const std::string backup = WriteFile("backup.json", exported);
  const StoreCounts counts_a = Stats(a);
  // The 40 example facts report some events the 6 articles report too: those merge.
  EXPECT_GT(counts_a.edges, 40u);
  EXPECT_EQ(counts_a.documents, 6u);

  // A copy: the same articles (whose edges are extracted again), then the export as facts,
  // which adds the edges only the facts held and nothing twice.
  const std::string b = Path("b");
  r = Geokg(b, {"ingest", ExampleArticles()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const StoreCounts articles_only = Stats(b);
  EXPECT_GT(articles_only.edges, 0u) << "the example articles yield edges";
  r = Geokg(b, {"ingest", "--format", "facts", backup});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> summary = ParseSummary(r.out);
  ASSERT_TRUE(summary) << r.out;
  EXPECT_EQ(summary->records, counts_a.edges);
  EXPECT_EQ(summary->edges_new, counts_a.edges - articles_only.edges);
  EXPECT_EQ(summary->mentions_new, counts_a.mentions - articles_only.mentions);
  EXPECT_EQ(counts_a.mentions, articles_only.mentions + 40);

  const std::vector<std::string> before = CanonicalEdges(exported);
  const std::vector<std::string> after = CanonicalEdges(EdgesJson(b));
  EXPECT_EQ(before.size(), counts_a.edges);
  EXPECT_EQ(before, after);
  EXPECT_EQ(Stats(b), counts_a);
}

// `[`, one edge object per line followed by a comma but the last, `]`: what the facts reader
// takes line by line.
TEST_F(CliRoundtripTest, EdgesJsonPrintsOneEdgePerLine) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleFacts()}).exit_code, 0);
  const std::string out = EdgesJson(Db());
  std::vector<std::string> lines;
  for (size_t start = 0, end; start < out.size(); start = end + 1) {
    end = out.find('\n', start);
    ASSERT_NE(end, std::string::npos) << "output does not end with a newline";
    lines.push_back(out.substr(start, end - start));
  }
  ASSERT_EQ(lines.size(), 42u);
  EXPECT_EQ(lines.front(), "[");
  EXPECT_EQ(lines.back(), "]");
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    std::string edge = lines[i];
    const bool last = i + 2 == lines.size();
    EXPECT_EQ(edge.back() == ',', !last) << "line " << i + 1;
    if (!last) edge.pop_back();
    rapidjson::Document doc;
    doc.Parse(edge.c_str());
    ASSERT_TRUE(!doc.HasParseError() && doc.IsObject()) << "line " << i + 1 << ": " << edge;
    for (const char* key : {"id", "kind", "relation", "cameo", "label", "source", "target", "time",
                            "modality", "attributed_to", "confidence", "mentions", "ingested_at"}) {
      EXPECT_TRUE(doc.HasMember(key)) << key << " missing on line " << i + 1;
    }
  }
}

TEST_F(CliRoundtripTest, AutoDetectionReadsEdgesJsonFromStandardInput) {
  const std::string a = Path("a");
  ASSERT_EQ(Geokg(a, {"ingest", ExampleFacts()}).exit_code, 0);
  const std::string exported = EdgesJson(a);

  const std::string b = Path("b");
  RunOptions options;
  options.stdin_data = exported;
  const RunResult r = Geokg(b, {"ingest", "-"}, options);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(CanonicalEdges(EdgesJson(b)), CanonicalEdges(exported));
  EXPECT_EQ(Stats(b), Stats(a));
}

// Every time shape, modifiers, attribution, attributes and several mentions per edge.
TEST_F(CliRoundtripTest, EveryTimeShapeAndMentionFieldSurvivesTwoGenerations) {
  const std::vector<std::string> times = {
      R"("2023-W14")",
      R"("2023-H1")",
      R"("2023-Q2")",
      R"("20")",
      R"("202")",
      R"("0001")",
      R"("-0044-03-15")",
      R"("9999-12-31")",
      R"("../2019")",
      R"("2015-06-01/..")",
      R"("2001-02-03/2001-03")",
      "null",
      R"({"value": "2023-06", "mod": "APPROX"})",
      R"({"value": "2023-06", "mod": "BEFORE"})",
      R"({"value": "2023-06", "mod": "AFTER"})",
      R"({"value": "2023-06", "mod": "MID"})",
      R"({"value": "2023-06", "mod": "START"})",
      R"({"value": "2023-06", "mod": "END"})",
      R"({"value": "2023-06", "mod": "ON_OR_BEFORE"})",
      R"({"value": "2023-06", "mod": "ON_OR_AFTER"})",
      R"({"value": "2010-01-01", "precision": "document", "text": "today", "anchor": "2010-01-01"})",
  };
  std::string facts;
  for (size_t i = 0; i < times.size(); ++i) {
    Fact f;
    f.relation = "rel_" + std::to_string(i);
    f.cameo = "";
    f.time = times[i];
    f.modality = i % 2 ? "claimed" : "hypothetical";
    f.attributed_to = i % 3 ? ActorObject("media:herald", "The Herald", "media") : "";
    f.doc = "doc-" + std::to_string(i);
    std::string line = FactLine(f);
    // A second mention with attributes and no offsets.
    line.insert(line.rfind("]"), R"(, {"doc": "other", "text": "Grüße \"zitiert\"", "rule": "r2",)"
                                 R"( "confidence": 0.25, "attributes": {"k": "v"}})");
    facts += line;
  }
  const std::string a = Path("a");
  RunResult r = Geokg(a, {"ingest", "--format", "facts", WriteFile("rich.jsonl", facts)});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::string first = EdgesJson(a);
  ASSERT_EQ(CanonicalEdges(first).size(), times.size());

  const std::string b = Path("b");
  r = Geokg(b, {"ingest", WriteFile("gen1.json", first)});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::string second = EdgesJson(b);
  EXPECT_EQ(CanonicalEdges(second), CanonicalEdges(first));

  const std::string c = Path("c");
  r = Geokg(c, {"ingest", WriteFile("gen2.json", second)});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(CanonicalEdges(EdgesJson(c)), CanonicalEdges(first));
  EXPECT_EQ(Stats(c), Stats(a));
}

TEST_F(CliRoundtripTest, ExportOfAStoreWithoutEdgesCanBeIngested) {
  const std::string a = Path("a");
  // An article that names no actor: a document, no edges.
  const std::string quiet = WriteFile("quiet.jsonl",
                                      "{\"id\":\"weather\",\"lang\":\"de\",\"date\":\"2023-05-16\","
                                      "\"text\":\"Es regnete den ganzen Tag in den Bergen.\"}\n");
  ASSERT_EQ(Geokg(a, {"ingest", quiet}).exit_code, 0);
  EXPECT_EQ(Stats(a).documents, 1u);
  const std::string exported = EdgesJson(a);
  EXPECT_EQ(CanonicalEdges(exported).size(), 0u);
  const std::string backup = WriteFile("empty-backup.json", exported);

  const std::string b = Path("b");
  const RunResult r = Geokg(b, {"ingest", "--format", "facts", backup});
  if (r.exit_code == 1 && r.err.find("expected a JSON object") != std::string::npos) {
    FAIL() << "regression: `edges --json` on a store without edges prints \"[]\", which "
              "`ingest --format facts` rejects as a bad record (exit 1): "
           << r.err;
  }
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(Stats(b).edges, 0u);
}

// The copy must still find actors by the aliases the original knew (`edges --actor ALIAS`).
TEST_F(CliRoundtripTest, ActorAliasesSurviveTheRoundtrip) {
  Fact f;
  f.source = R"({"id": "country:AAA", "name": "Aland", "type": "country",)"
             R"( "aliases": ["Ahvenanmaa"], "codes": {"iso3": "AAA"}})";
  const std::string a = Path("a");
  ASSERT_EQ(Geokg(a, {"ingest", WriteFile("f.jsonl", FactLine(f))}).exit_code, 0);
  RunResult r = Geokg(a, {"edges", "--actor", "Ahvenanmaa"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  ASSERT_NE(r.out.find("Aland"), std::string::npos) << r.out;

  const std::string b = Path("b");
  ASSERT_EQ(Geokg(b, {"ingest", WriteFile("backup.json", EdgesJson(a))}).exit_code, 0);
  r = Geokg(b, {"edges", "--actor", "Ahvenanmaa"});
  if (r.exit_code == 2 && r.err.find("unknown actor") != std::string::npos) {
    FAIL() << "regression: `edges --json` omits actor aliases, so the facts backup loses them; "
              "in the copy: "
           << r.err;
  }
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("Aland"), std::string::npos) << r.out;
  // Codes are exported, so the code finds the actor in both stores.
  EXPECT_EQ(Geokg(b, {"edges", "--actor", "AAA"}).exit_code, 0);
}

}  // namespace
}  // namespace geokg::cli_test
