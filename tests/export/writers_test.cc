// In-process checks of the writers' contracts that readers do not show: element order, the
// TimelineJS date fields per precision, and that a file appears only when complete. The
// round trips through networkx, igraph, Cytoscape.js and Graphviz are in tests/cli/export_test.cc.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/export_format.h"
#include "export/export_sink.h"
#include "export/format_writers.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

using testing::TempDir;

Actor MakeActor(std::string id, std::string name, ActorType type) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  return a;
}

Edge MakeEdge(EdgeId id, std::string source, std::string target, std::string value,
              EdgeKind kind = EdgeKind::kEvent) {
  Edge e;
  e.id = id;
  e.kind = kind;
  e.relation = kind == EdgeKind::kEvent ? "meet" : "member_of";
  if (kind == EdgeKind::kEvent) e.cameo = "040";
  e.source = std::move(source);
  e.target = std::move(target);
  if (!value.empty()) {
    EXPECT_TRUE(MakeEventTime(value, TimeMod::kNone, &e.time).ok()) << value;
  }
  e.mentions.push_back({"doc-1", 0, 0, 4, "text", "rule", 0.9, 0, {}});
  return e;
}

ExportGraph SmallGraph() {
  ExportGraph g;
  g.nodes = {MakeActor("country:JPN", "Japan", ActorType::kCountry),
             MakeActor("org:NATO", "NATO", ActorType::kAlliance),
             MakeActor("person:jens-stoltenberg", "Jens Stoltenberg", ActorType::kPerson)};
  g.edges = {MakeEdge(3, "person:jens-stoltenberg", "country:JPN", "2023-04-04"),
             MakeEdge(4, "person:jens-stoltenberg", "country:JPN", "2023-04"),
             MakeEdge(5, "org:NATO", "country:JPN", "2023"),
             MakeEdge(6, "org:NATO", "country:JPN", "2023-Q2"),
             MakeEdge(7, "country:JPN", "org:NATO", "1949-04-04/..", EdgeKind::kRelation),
             MakeEdge(8, "country:JPN", "org:NATO", "")};
  return g;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Export(const ExportGraph& g, ExportFormat format, const std::string& path,
                   ExportReport* report) {
  EXPECT_TRUE(WriteExport(g, format, path, report).ok());
  return Slurp(path);
}

TEST(WritersTest, XmlFormatsWriteEveryNodeBeforeTheFirstEdge) {
  TempDir dir;
  ExportReport report;
  for (ExportFormat format : {ExportFormat::kGraphMl, ExportFormat::kGexf}) {
    const std::string text = Export(SmallGraph(), format, dir.path() + "/g", &report);
    const size_t last_node = text.rfind("<node ");
    const size_t first_edge = text.find("<edge ");
    ASSERT_NE(last_node, std::string::npos);
    ASSERT_NE(first_edge, std::string::npos);
    EXPECT_LT(last_node, first_edge) << ExportFormatName(format);
    EXPECT_EQ(report.nodes, 3u);
    EXPECT_EQ(report.edges, 6u);
  }
}

TEST(WritersTest, GexfGivesEventsIntervalsAndRelationsSpells) {
  TempDir dir;
  ExportReport report;
  const std::string text = Export(SmallGraph(), ExportFormat::kGexf, dir.path() + "/g", &report);
  EXPECT_NE(text.find("mode=\"dynamic\""), std::string::npos);
  EXPECT_NE(text.find("kind=\"meet\" weight=\"1\" start=\"2023-04-04\" end=\"2023-04-04\""),
            std::string::npos);
  EXPECT_NE(text.find("kind=\"meet\" weight=\"1\" start=\"2023-04-01\" end=\"2023-04-30\""),
            std::string::npos);
  EXPECT_NE(text.find("<spell start=\"1949-04-04\"/>"), std::string::npos);
  EXPECT_EQ(text.find("start=\"\""), std::string::npos);
  EXPECT_NE(text.find("<viz:color r=\"242\" g=\"142\" b=\"43\"/>"), std::string::npos);
}

TEST(WritersTest, TimelineJsDatesFollowThePrecisionAndSkipsUndatedEdges) {
  TempDir dir;
  ExportReport report;
  const std::string text =
      Export(SmallGraph(), ExportFormat::kTimelineJs, dir.path() + "/t.json", &report);
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(text.c_str()).HasParseError()) << text;
  const auto& events = doc["events"];
  ASSERT_EQ(events.Size(), 5u);  // the undated event has no slide
  EXPECT_EQ(report.skipped, 1u);
  EXPECT_EQ(report.edges, 5u);
  // Slides follow the graph's order (CollectExportGraph sorts by lo).
  const auto& day = events[0]["start_date"];
  EXPECT_STREQ(events[0]["unique_id"].GetString(), "edge-3");
  EXPECT_STREQ(day["year"].GetString(), "2023");
  EXPECT_STREQ(day["month"].GetString(), "4");
  EXPECT_STREQ(day["day"].GetString(), "4");
  EXPECT_FALSE(events[0].HasMember("display_date"));
  const auto& month = events[1]["start_date"];
  EXPECT_TRUE(month.HasMember("month"));
  EXPECT_FALSE(month.HasMember("day"));
  EXPECT_FALSE(events[2]["start_date"].HasMember("month"));  // a year
  EXPECT_STREQ(events[3]["end_date"]["month"].GetString(), "6");
  EXPECT_STREQ(events[3]["display_date"].GetString(), "2023-Q2");
  // The membership since 1949: from its start, open-ended.
  EXPECT_STREQ(events[4]["unique_id"].GetString(), "edge-7");
  EXPECT_STREQ(events[4]["start_date"]["year"].GetString(), "1949");
  EXPECT_FALSE(events[4].HasMember("end_date"));
  EXPECT_STREQ(events[4]["display_date"].GetString(), "since 1949-04-04");
}

TEST(WritersTest, TimelineJsLinksSourcesOnlyOverHttp) {
  TempDir dir;
  ExportGraph g = SmallGraph();
  g.edges.resize(1);
  g.edges[0].mentions[0].attributes["url"] = "https://example.org/a?b=1&c=\"2\"";
  g.edges[0].mentions.push_back({"doc-2", 0, 0, 4, "more", "rule", 0.9, 0, {}});
  g.edges[0].mentions.push_back({"doc-3", 0, 0, 4, "evil", "rule", 0.9, 0, {}});
  g.edges[0].mentions.back().attributes["url"] = "javascript:alert(1)";
  g.document_urls["doc-2"] = "http://example.org/doc-2";
  ExportReport report;
  const std::string text = Export(g, ExportFormat::kTimelineJs, dir.path() + "/t.json", &report);
  rapidjson::Document doc;
  ASSERT_FALSE(doc.Parse(text.c_str()).HasParseError()) << text;
  const std::string html = doc["events"][0]["text"]["text"].GetString();
  EXPECT_NE(html.find("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a href=\"http://example.org/doc-2\""), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript"), std::string::npos) << html;
}

TEST(WritersTest, CsvNeedsADirectory) {
  ExportReport report;
  const Status s = WriteExport(SmallGraph(), ExportFormat::kCsv, "", &report);
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
}

TEST(ExportSinkTest, FileAppearsOnlyWhenFinished) {
  TempDir dir;
  const std::string path = dir.path() + "/out.graphml";
  {
    std::unique_ptr<ExportSink> sink;
    ASSERT_TRUE(ExportSink::Open(path, &sink).ok());
    sink->buffer() = std::string(3 << 20, 'x');
    ASSERT_TRUE(sink->MaybeFlush().ok());
    EXPECT_FALSE(std::filesystem::exists(path));
  }  // abandoned: the temporary file goes too
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
  std::unique_ptr<ExportSink> sink;
  ASSERT_TRUE(ExportSink::Open(path, &sink).ok());
  sink->buffer() = "complete";
  ASSERT_TRUE(sink->Finish().ok());
  EXPECT_EQ(Slurp(path), "complete");
}

TEST(ExportSinkTest, UnwritableDirectoryNamesThePath) {
  std::unique_ptr<ExportSink> sink;
  const Status s = ExportSink::Open("/nonexistent-geokg-dir/out.gexf", &sink);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("/nonexistent-geokg-dir/out.gexf"), std::string::npos)
      << s.ToString();
}

}  // namespace
}  // namespace geokg
