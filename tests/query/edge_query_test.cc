#include "query/edge_query.h"

#include <gtest/gtest.h>

#include "graph/graph_writer.h"
#include "query/actor_resolver.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

// A small graph whose edges differ in exactly the ways the filters tell apart: actors, relation
// names and CAMEO codes, point events and long intervals, documents and modality.
class EdgeQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Store::Open(StoreOptions(), dir_.Sub("db"), &store_).ok());
    std::unique_ptr<GraphWriter> writer;
    ASSERT_TRUE(store_->NewWriter(&writer).ok());
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"person:jens-stoltenberg", "Jens Stoltenberg"},
             {"person:yoshimasa-hayashi", "Yoshimasa Hayashi"},
             {"org:NATO", "NATO"},
             {"country:FIN", "Finland"},
             {"country:PRK", "North Korea"}}) {
      Actor a{id, name, *ActorTypeFromIdPrefix(id), {}, {}};
      Vid vid;
      ASSERT_TRUE(writer->UpsertActor(a, &vid).ok());
    }
    Add(writer.get(), "meet", "040", "person:jens-stoltenberg", "person:yoshimasa-hayashi",
        "2023-04-04", Modality::kAsserted, "doc-a");
    Add(writer.get(), "member_of", "", "country:FIN", "org:NATO", "2023-04-04/..",
        Modality::kAsserted, "doc-b");
    Add(writer.get(), "holds_role", "", "person:jens-stoltenberg", "org:NATO",
        "2014-10-01/2024-09-30", Modality::kAsserted, "doc-b");
    Add(writer.get(), "criticize", "111", "country:PRK", "org:NATO", "2023-05-15",
        Modality::kAsserted, "doc-c");
    Add(writer.get(), "threaten", "130", "org:NATO", "country:PRK", "", Modality::kDenied, "doc-c");
    ASSERT_TRUE(writer->Commit().ok());
  }

  static void Add(GraphWriter* writer, const std::string& relation, const std::string& cameo,
                  const std::string& source, const std::string& target, const std::string& time,
                  Modality modality, const std::string& doc) {
    Edge e;
    e.kind = cameo.empty() ? EdgeKind::kRelation : EdgeKind::kEvent;
    e.relation = relation;
    e.cameo = cameo;
    e.source = source;
    e.target = target;
    e.modality = modality;
    ASSERT_TRUE(MakeEventTime(time, TimeMod::kNone, &e.time).ok());
    e.mentions.push_back(Mention{doc, 0, 0, 1, "x", "test", 1.0, 0, {}});
    AddEdgeResult result;
    ASSERT_TRUE(writer->AddEdge(e, &result).ok());
  }

  // The relations of the matching edges, in the order the query gives them.
  std::vector<std::string> Query(const EdgeFilter& filter) {
    std::vector<std::string> relations;
    Status s = ForEachEdge(*store_, filter, [&](const Edge& e) {
      relations.push_back(e.relation);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return relations;
  }

  static EdgeFilter Window(const char* from, const char* to) {
    EdgeFilter f;
    f.from = ParseIsoDay(from);
    f.to = ParseIsoDay(to);
    return f;
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

using Relations = std::vector<std::string>;

TEST_F(EdgeQueryTest, WithoutFiltersEverythingInTimeOrderUnknownFirst) {
  EXPECT_EQ(Query(EdgeFilter()),
            (Relations{"threaten", "holds_role", "meet", "member_of", "criticize"}));
}

TEST_F(EdgeQueryTest, OneActorGivesItsEdgesTwoActorsTheEdgesBetweenThem) {
  EdgeFilter one;
  one.actors = {"person:jens-stoltenberg"};
  EXPECT_EQ(Query(one), (Relations{"holds_role", "meet"}));
  EdgeFilter two;
  two.actors = {"org:NATO", "country:PRK"};
  EXPECT_EQ(Query(two), (Relations{"threaten", "criticize"}));
  EdgeFilter unknown;
  unknown.actors = {"country:XXX"};
  EXPECT_TRUE(Query(unknown).empty());
}

TEST_F(EdgeQueryTest, LargeActorGroupsFindTheSameEdgesAsPairScans) {
  // More actors than the pair-scan limit: the edges among them come from adjacency scans and
  // must be the same, in the same order, as for the group's real members alone.
  EdgeFilter members;
  members.actors = {"org:NATO", "country:PRK", "country:FIN"};
  EdgeFilter padded = members;
  for (int i = 0; i < 30; ++i) padded.actors.push_back("country:X" + std::to_string(i));
  EXPECT_EQ(Query(padded), Query(members));
  EXPECT_EQ(Query(padded), (Relations{"threaten", "member_of", "criticize"}));
}

TEST_F(EdgeQueryTest, RelationsMatchByNameOrCameoPrefix) {
  EdgeFilter f;
  f.relations = {"04"};
  EXPECT_EQ(Query(f), (Relations{"meet"}));
  f.relations = {"member_of", "11"};
  EXPECT_EQ(Query(f), (Relations{"member_of", "criticize"}));
  f.relations = {"0401"};
  EXPECT_TRUE(Query(f).empty());
}

// A window finds edges whose interval overlaps it, even when they began long before: the
// holds_role term from 2014 and the open-ended membership both hold in May 2023.
TEST_F(EdgeQueryTest, WindowsFindOverlappingIntervalsThatStartedLongBefore) {
  EXPECT_EQ(Query(Window("2023-05-01", "2023-05-31")),
            (Relations{"threaten", "holds_role", "member_of", "criticize"}));
  EXPECT_EQ(Query(Window("2013-01-01", "2013-12-31")), (Relations{"threaten"}))
      << "only the edge of unknown time may have happened then";
  EdgeFilter actor_window = Window("2025-01-01", "2025-12-31");
  actor_window.actors = {"org:NATO"};
  EXPECT_EQ(Query(actor_window), (Relations{"threaten", "member_of"}));
}

TEST_F(EdgeQueryTest, DocumentAndModalityFilters) {
  EdgeFilter doc;
  doc.doc = "doc-b";
  EXPECT_EQ(Query(doc), (Relations{"holds_role", "member_of"}));
  EdgeFilter denied;
  denied.modalities = {Modality::kDenied};
  EXPECT_EQ(Query(denied), (Relations{"threaten"}));
}

TEST_F(EdgeQueryTest, ActorsResolveByIdNameAndReportUnknownOrAmbiguous) {
  Actor actor;
  Vid vid;
  ASSERT_TRUE(ResolveActor(*store_, "north korea", &actor, &vid).ok());
  EXPECT_EQ(actor.id, "country:PRK");
  ASSERT_TRUE(ResolveActor(*store_, "org:NATO", &actor, &vid).ok());
  EXPECT_EQ(actor.name, "NATO");
  Status s = ResolveActor(*store_, "Atlantis", &actor, &vid);
  EXPECT_TRUE(s.IsNotFound());
  EXPECT_NE(s.message().find("unknown actor 'Atlantis'"), std::string::npos);
}

}  // namespace
}  // namespace geokg
