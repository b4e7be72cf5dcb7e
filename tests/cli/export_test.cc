// `geokg export` end to end: every format is read back by the tool analysts open it with
// (networkx and igraph for GraphML, networkx for GEXF and node-link JSON, Cytoscape.js in node,
// Graphviz for dot, the neo4j-admin header grammar and Python's csv module for the Neo4j files,
// TimelineJS's documented fields), and must hold exactly what `geokg edges --json` reports for
// the same selection (tests/cli/scripts/export_check.py). The store holds the bundled examples
// and adversarial names and evidence: control characters, markup, quotes, emoji, right-to-left
// text, 10 KB strings, a name equal to an edge id.
#include <rapidjson/document.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

namespace fs = std::filesystem;

const std::string kScripts = std::string(GEOKG_SOURCE_DIR) + "/tests/cli/scripts/";
const std::string kNodeModules = std::string(GEOKG_SOURCE_DIR) + "/tests/export/js/node_modules";

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Two facts whose every string is hostile to some reader. JSON escapes keep the control
// characters in the store; the export must drop exactly those XML cannot carry.
std::string AdversarialFacts() {
  const std::string big = Repeat("\xC3\x84<&>", 2500);  // "Ä<&>" x 2500: 10,000 characters
  return R"({"kind":"event","relation":"criticize","cameo":"111",)"
         R"("label":"ctl\u0001\u0008\u000b\u001e\u007f\u0085 <b>bold</b> & \"q\" 'a' ]]> <!-- x -->",)"
         R"("source":{"id":"person:adv-one","name":"Adv\u0001er\u001esary <One> & \"Co\" 'x'","type":"person","codes":{}},)"
         R"("target":{"id":"org:adv-two","name":"edge:1","type":"organization","codes":{"iso3":"A<B"}},)"
         R"("time":{"value":"2024-02-29","mod":null,"text":null,"anchor":null},"modality":"asserted",)"
         R"("attributed_to":null,"confidence":0.8,"mentions":[{"doc":"adv-doc","sentence":0,"begin":0,)"
         R"("end":10,"text":"line1\nline2\r\n\ttabbed \\ back\\slash \ud83c\uddfa\ud83c\udde6 \ud83d\ude00 )"
         R"(\u200f\u05e9\u05dc\u05d5\u05dd \u0639\u0631\u0628\u064a","rule":"manual","confidence":0.8}]})"
         "\n"
         R"({"kind":"event","relation":"meet","cameo":"040","label":")" +
         big +
         R"(","source":{"id":"org:adv-two","name":"edge:1","type":"organization","codes":{}},)"
         R"("target":{"id":"person:adv-three","name":"<html><b>yEd</b></html>","type":"person","codes":{}},)"
         R"("time":{"value":"2024-03","mod":null,"text":null,"anchor":null},"modality":"reported",)"
         R"("attributed_to":"person:adv-one","confidence":0.6,"mentions":[{"doc":"adv-doc-2",)"
         R"("sentence":3,"begin":5,"end":9,"text":")" +
         big + R"(","rule":"manual","confidence":0.6}]})" + "\n";
}

class CliExportTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    for (const char* tool : {"/usr/bin/python3", "/usr/bin/xmllint"}) {
      ASSERT_TRUE(fs::exists(tool)) << tool << " is missing: scripts/install-deps installs it";
    }
    ASSERT_EQ(std::system("command -v node >/dev/null && command -v dot >/dev/null"), 0)
        << "node or Graphviz dot is missing: scripts/install-deps installs them";
    RunResult r = Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    r = Geokg(Db(),
              {"ingest", "--format", "facts", WriteFile("adversarial.jsonl", AdversarialFacts())});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
  }

  // `edges --json` with `selection` on store `db` (the test's by default), saved for the checker.
  std::string EdgesJson(const std::vector<std::string>& selection, const std::string& name,
                        const std::string& db = "") {
    std::vector<std::string> args = {"edges", "--json"};
    args.insert(args.end(), selection.begin(), selection.end());
    const RunResult r = Geokg(db.empty() ? Db() : db, args);
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    return WriteFile(name, r.out);
  }

  // Exports store `db` (the test's by default) with `selection`; returns the path written.
  std::string Export(const std::string& format, const std::vector<std::string>& selection,
                     const std::string& name, const std::string& db = "") {
    const std::string out = Path(name);
    std::vector<std::string> args = {"export", "--format", format, "--out", out};
    args.insert(args.end(), selection.begin(), selection.end());
    const RunResult r = Geokg(db.empty() ? Db() : db, args);
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    return out;
  }

  // Runs export_check.py; returns its stdout and fails the test with its stderr.
  std::string Check(const std::string& reader, const std::string& exported,
                    const std::string& edges_json) {
    const std::string out = Path("check.out");
    const std::string err = Path("check.err");
    const std::string command = "NODE_PATH='" + kNodeModules + "' /usr/bin/python3 " + kScripts +
                                "export_check.py " + reader + " '" + exported + "' '" + edges_json +
                                "' >'" + out + "' 2>'" + err + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << reader << ":\n" << ReadFile(err);
    return ReadFile(out);
  }
};

struct Reader {
  const char* format;  // geokg export --format
  const char* reader;  // export_check.py's name for the consumer
};

constexpr Reader kReaders[] = {
    {"graphml", "graphml-networkx"},
    {"graphml", "graphml-igraph"},
    {"gexf", "gexf-networkx"},
    {"json", "json-networkx"},
    {"timelinejs", "timelinejs"},
    {"dot", "dot-graphviz"},
    {"csv", "csv-neo4j"},
};

TEST_F(CliExportTest, EveryFormatReadsBackInItsConsumerAsEdgesReportsIt) {
  const std::string edges = EdgesJson({}, "edges.json");
  const StoreCounts counts = Stats(Db());
  for (const Reader& r : kReaders) {
    const std::string exported = Export(r.format, {}, std::string("all.") + r.format);
    const std::string summary = Check(r.reader, exported, edges);
    if (std::string(r.format) == "timelinejs") continue;
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(summary.c_str()).HasParseError()) << r.reader << ": " << summary;
    EXPECT_EQ(doc["edges"].GetUint64(), counts.edges) << r.reader;
    // The actors with an edge: all but those only named as a claim's author.
    EXPECT_GT(doc["nodes"].GetUint64(), counts.actors - 3) << r.reader;
    EXPECT_LE(doc["nodes"].GetUint64(), counts.actors) << r.reader;
  }
  for (const char* xml : {"all.graphml", "all.gexf"}) {
    const std::string command = "xmllint --noout '" + Path(xml) + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
  }
}

// Cytoscape.js comes from the npm registry, not from Debian: scripts/test installs it, and a
// machine that cannot reach the registry skips this reader, saying so.
TEST_F(CliExportTest, CytoscapeJsReadsEveryElement) {
  if (!fs::exists(kNodeModules + "/cytoscape/package.json")) {
    GTEST_SKIP() << "Cytoscape.js is not installed in " << kNodeModules
                 << " (scripts/test runs npm ci --prefix tests/export/js; the npm registry was "
                    "unreachable or it was not run)";
  }
  const std::string edges = EdgesJson({}, "edges.json");
  const std::string summary = Check("cytoscape-js", Export("cytoscape", {}, "all.cyjs"), edges);
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(summary.c_str()).HasParseError()) << summary;
  EXPECT_EQ(doc["edges"].GetUint64(), Stats(Db()).edges);
}

TEST_F(CliExportTest, AdversarialTextSurvivesAsTheContractSays) {
  Export("json", {}, "all.json");
  rapidjson::Document doc;
  const std::string text = ReadFile(Path("all.json"));
  ASSERT_FALSE(doc.Parse(text.c_str()).HasParseError());
  std::map<std::string, std::string> labels;
  for (const auto& node : doc["nodes"].GetArray()) {
    labels[node["id"].GetString()] = node["name"].GetString();
    EXPECT_STREQ(node["label"].GetString(), node["name"].GetString());
  }
  EXPECT_EQ(labels["person:adv-one"], "Adversary <One> & \"Co\" 'x'");
  EXPECT_EQ(labels["org:adv-two"], "edge:1");
  EXPECT_EQ(labels["person:adv-three"], "<html><b>yEd</b></html>");
  bool seen_evidence = false;
  for (const auto& link : doc["links"].GetArray()) {
    if (std::string(link["source"].GetString()) != "person:adv-one") continue;
    EXPECT_EQ(std::string(link["label"].GetString()), "ctl <b>bold</b> & \"q\" 'a' ]]> <!-- x -->");
    EXPECT_EQ(std::string(link["evidence"].GetString()),
              "line1\nline2\r\n\ttabbed \\ back\\slash \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 "
              "\xF0\x9F\x98\x80 \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
              "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A");
    seen_evidence = true;
  }
  EXPECT_TRUE(seen_evidence);
  // No byte of any export is a control character XML 1.0 forbids.
  for (const char* format : {"graphml", "gexf", "dot", "timelinejs", "cytoscape"}) {
    const std::string bytes = ReadFile(Export(format, {}, std::string("adv.") + format));
    for (char c : bytes) {
      const auto u = static_cast<unsigned char>(c);
      ASSERT_FALSE(u < 0x20 && c != '\t' && c != '\n' && c != '\r') << format << " " << int{u};
    }
  }
}

TEST_F(CliExportTest, SelectionsExportWhatEdgesSelects) {
  const std::vector<std::vector<std::string>> selections = {
      {"--relation", "04"},
      {"--from", "2023-04", "--to", "2023-07"},
      {"--actor", "NATO"},
      {"--modality", "planned", "--modality", "reported"},
      {"--doc", "ex-de-vilnius-2023"},
  };
  int index = 0;
  for (const auto& selection : selections) {
    const std::string name = "sel" + std::to_string(index++);
    const std::string edges = EdgesJson(selection, name + ".edges.json");
    const std::string summary =
        Check("graphml-networkx", Export("graphml", selection, name), edges);
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(summary.c_str()).HasParseError()) << summary;
    EXPECT_GT(doc["edges"].GetUint64(), 0u) << selection[0];
  }
}

TEST_F(CliExportTest, EgoNetworkIsTheActorsWithinReachAndTheEdgesAmongThem) {
  // The expected ego network of NATO at one hop, computed from edges --json.
  const std::string all = ReadFile(EdgesJson({}, "edges.json"));
  std::set<std::string> ego = {"org:NATO"};
  std::vector<std::string> lines;
  std::istringstream in(all);
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 3) continue;
    if (line.back() == ',') line.pop_back();
    lines.push_back(line);
  }
  const auto ends = [](const std::string& line) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    return std::make_pair(std::string(d["source"]["id"].GetString()),
                          std::string(d["target"]["id"].GetString()));
  };
  for (const std::string& line : lines) {
    const auto [s, t] = ends(line);
    if (s == "org:NATO") ego.insert(t);
    if (t == "org:NATO") ego.insert(s);
  }
  std::string expected = "[\n";
  size_t count = 0;
  for (const std::string& line : lines) {
    const auto [s, t] = ends(line);
    if (ego.count(s) && ego.count(t)) {
      expected += (count++ ? ",\n" : "") + line;
    }
  }
  expected += "\n]\n";
  ASSERT_GT(count, 5u);
  const std::string summary = Check("json-networkx", Export("json", {"--ego", "NATO"}, "ego.json"),
                                    WriteFile("ego.edges.json", expected));
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(summary.c_str()).HasParseError()) << summary;
  EXPECT_EQ(doc["nodes"].GetUint64(), ego.size());
  EXPECT_EQ(doc["edges"].GetUint64(), count);
  // Two hops reach further.
  Export("json", {"--ego", "org:NATO", "--hops", "2"}, "ego2.json");
  rapidjson::Document two;
  ASSERT_FALSE(two.Parse(ReadFile(Path("ego2.json")).c_str()).HasParseError());
  EXPECT_GT(two["nodes"].Size(), ego.size());
}

TEST_F(CliExportTest, StandardOutputWhenNoPathIsGiven) {
  const RunResult r = Geokg(Db(), {"export", "--format", "dot", "--relation", "meet"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(r.out.rfind("digraph geokg {", 0), 0u) << r.out.substr(0, 200);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(CliExportTest, BadArgumentsAreUsageErrorsThatSayWhy) {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"export", "--format", "pdf"}, "--format pdf: expected one of graphml|gexf|json"},
      {{"export", "--format", "csv"}, "give a directory with --out"},
      {{"export", "--format", "json", "--hops", "2"}, "--hops needs --ego"},
      {{"export", "--format", "json", "--ego", "Atlantis"}, "unknown actor 'Atlantis'"},
      {{"export", "--format", "json", "--ego", "NATO", "--actor", "Japan"}, "cannot be combined"},
      {{"export", "--format", "json", "--modality", "rumoured"}, "--modality rumoured"},
      {{"export", "--format", "json", "--from", "2023-13"}, "2023-13"},
  };
  for (const Case& c : cases) {
    const RunResult r = Geokg(Db(), c.args);
    EXPECT_EQ(r.exit_code, 2) << Describe(r);
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.message << "\n" << r.err;
  }
  const RunResult missing = RunGeokg({"--db", Path("no-store"), "export", "--format", "json"});
  EXPECT_EQ(missing.exit_code, 1) << Describe(missing);
  EXPECT_FALSE(fs::exists(Path("no-store")));
}

TEST_F(CliExportTest, AFailedExportLeavesNoFileBehind) {
  const std::string blocked = WriteFile("blocker", "a file where a directory is needed");
  RunResult r = Geokg(Db(), {"export", "--format", "graphml", "--out", blocked + "/g.graphml"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(blocked + "/g.graphml"), std::string::npos) << r.err;
  r = Geokg(Db(), {"export", "--format", "csv", "--out", blocked + "/csv"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(blocked + "/csv"), std::string::npos) << r.err;
  // An existing file is replaced only by a complete export.
  const std::string previous = WriteFile("previous.graphml", "previous");
  r = Geokg(Db(), {"export", "--format", "graphml", "--out", previous});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(ReadFile(previous).rfind("<?xml", 0), 0u);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(CliExportTest, Icews14GraphMlReadsBackInIgraph) {
  const std::string icews = std::string(GEOKG_SOURCE_DIR) + "/../shared/data/icews/icews14/";
  if (!fs::exists(icews + "icews_2014_train.txt")) GTEST_SKIP() << icews << " is absent";
  const std::string db = Path("icews");
  RunResult r = Geokg(db, {"ingest", icews + "icews_2014_train.txt", icews + "icews_2014_valid.txt",
                           icews + "icews_2014_test.txt"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::string edges = EdgesJson({}, "icews.edges.json", db);
  const std::string summary =
      Check("graphml-igraph", Export("graphml", {}, "icews.graphml", db), edges);
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(summary.c_str()).HasParseError()) << summary;
  EXPECT_EQ(doc["edges"].GetUint64(), Stats(db).edges);
}

TEST_F(CliExportTest, GdeltSampleLinksItsSourcesOnTheTimeline) {
  const std::string gdelt = std::string(GEOKG_SOURCE_DIR) + "/../shared/data/gdelt/gdelt2/";
  std::vector<std::string> files;
  if (fs::exists(gdelt)) {
    for (const auto& entry : fs::directory_iterator(gdelt)) {
      if (entry.path().extension() == ".CSV") files.push_back(entry.path().string());
    }
  }
  if (files.empty()) GTEST_SKIP() << gdelt << " has no GDELT 2.0 sample";
  const std::string db = Path("gdelt");
  std::vector<std::string> args = {"ingest"};
  args.insert(args.end(), files.begin(), files.end());
  RunResult r = Geokg(db, args);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::string edges = EdgesJson({}, "gdelt.edges.json", db);
  const std::string timeline = Export("timelinejs", {}, "gdelt.timeline.json", db);
  Check("timelinejs", timeline, edges);
  // Every GDELT row has its SOURCEURL, so slides link their sources.
  EXPECT_NE(ReadFile(timeline).find("<a href=\\\"http"), std::string::npos);
  Check("graphml-igraph", Export("graphml", {}, "gdelt.graphml", db), edges);
}

}  // namespace
}  // namespace geokg::cli_test
