// The store as a neighbour source: each filter of GraphFilter decided on adjacency entries,
// directed and undirected walks, symmetric relations, and the timeline orders.
#include "query/adjacency_source.h"

#include <gtest/gtest.h>

#include "graph/graph_writer.h"
#include "query/shortest_path.h"
#include "query/timeline.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

class AdjacencySourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Store::Open(StoreOptions(), dir_.Sub("db"), &store_).ok());
    std::unique_ptr<GraphWriter> writer;
    ASSERT_TRUE(store_->NewWriter(&writer).ok());
    for (const char* id : {"country:AAA", "country:BBB", "person:ccc", "org:DDD"}) {
      Actor a{id, id, *ActorTypeFromIdPrefix(id), {}, {}};
      Vid vid;
      ASSERT_TRUE(writer->UpsertActor(a, &vid).ok());
    }
    // A -criticize-> B (2023-05-15), B -meet- C (2023-04), C -criticize-> D (denied),
    // A -member_of-> D (2020/..), D -criticize-> B (2023-06-01, reported).
    Add(writer.get(), "criticize", "111", "country:AAA", "country:BBB", "2023-05-15",
        Modality::kAsserted);
    Add(writer.get(), "meet", "040", "country:BBB", "person:ccc", "2023-04", Modality::kAsserted);
    Add(writer.get(), "criticize", "111", "person:ccc", "org:DDD", "2023-05-20", Modality::kDenied);
    Add(writer.get(), "member_of", "", "country:AAA", "org:DDD", "2020/..", Modality::kAsserted);
    Add(writer.get(), "criticize", "111", "org:DDD", "country:BBB", "2023-06-01",
        Modality::kReported);
    ASSERT_TRUE(writer->Commit().ok());
    for (const char* id : {"country:AAA", "country:BBB", "person:ccc", "org:DDD"}) {
      Vid vid;
      ASSERT_TRUE(store_->GetActor(id, nullptr, &vid).ok());
      vids_[id] = vid;
    }
  }

  static void Add(GraphWriter* writer, const std::string& relation, const std::string& cameo,
                  const std::string& source, const std::string& target, const std::string& time,
                  Modality modality) {
    Edge e;
    e.kind = cameo.empty() ? EdgeKind::kRelation : EdgeKind::kEvent;
    e.relation = relation;
    e.cameo = cameo;
    e.source = source;
    e.target = target;
    e.modality = modality;
    ASSERT_TRUE(MakeEventTime(time, TimeMod::kNone, &e.time).ok());
    e.mentions.push_back(Mention{"doc", 0, 0, 1, "x", "test", 1.0, 0, {}});
    AddEdgeResult result;
    ASSERT_TRUE(writer->AddEdge(e, &result).ok());
  }

  // The neighbours of `id` (actor ids, sorted) under `filter` on `side`.
  std::vector<std::string> Neighbours(const std::string& id, const GraphFilter& filter,
                                      Side side = Side::kForward) {
    CompiledFilter compiled(filter, store_->relation_types());
    StoreAdjacencySource source(store_.get(), &compiled);
    std::vector<Hop> hops;
    EXPECT_TRUE(source.Neighbors(vids_[id], side, &hops).ok());
    std::vector<std::string> out;
    for (const Hop& h : hops) {
      for (const auto& [name, vid] : vids_) {
        if (vid == h.to) out.push_back(name);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  static Day D(const char* iso) { return *ParseIsoDay(iso); }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  std::map<std::string, Vid> vids_;
};

using Names = std::vector<std::string>;

TEST_F(AdjacencySourceTest, DefaultFollowsAssertedAndReportedBothWays) {
  GraphFilter f;
  EXPECT_EQ(Neighbours("country:BBB", f), (Names{"country:AAA", "org:DDD", "person:ccc"}));
  // The denied criticism of D by C is not followed by default, but on request.
  EXPECT_EQ(Neighbours("person:ccc", f), (Names{"country:BBB"}));
  f.modalities = {Modality::kDenied};
  EXPECT_EQ(Neighbours("person:ccc", f), (Names{"org:DDD"}));
}

TEST_F(AdjacencySourceTest, RelationAndActorTypeFilters) {
  GraphFilter f;
  f.relations = {"11"};  // CAMEO prefix: criticize
  EXPECT_EQ(Neighbours("country:BBB", f), (Names{"country:AAA", "org:DDD"}));
  f.relations = {"member_of"};
  EXPECT_EQ(Neighbours("country:AAA", f), (Names{"org:DDD"}));
  GraphFilter types;
  types.actor_types = {ActorType::kCountry, ActorType::kPerson};
  EXPECT_EQ(Neighbours("country:BBB", types), (Names{"country:AAA", "person:ccc"}));
}

TEST_F(AdjacencySourceTest, WindowPossiblyAndCertainly) {
  GraphFilter f;
  f.from = D("2023-04-10");
  f.to = D("2023-05-31");
  // Possibly: the April meeting overlaps; the open membership since 2020 overlaps too.
  EXPECT_EQ(Neighbours("country:BBB", f), (Names{"country:AAA", "person:ccc"}));
  EXPECT_EQ(Neighbours("country:AAA", f), (Names{"country:BBB", "org:DDD"}));
  f.overlap = Overlap::kCertainly;  // the month and the open interval stick out
  EXPECT_EQ(Neighbours("country:BBB", f), (Names{"country:AAA"}));
  EXPECT_EQ(Neighbours("country:AAA", f), (Names{"country:BBB"}));
}

TEST_F(AdjacencySourceTest, DirectedFollowsSourceToTargetAndSymmetricBothWays) {
  GraphFilter f;
  f.directed = true;
  EXPECT_EQ(Neighbours("country:BBB", f, Side::kForward), (Names{"person:ccc"}));  // meet
  EXPECT_EQ(Neighbours("country:BBB", f, Side::kBackward),
            (Names{"country:AAA", "org:DDD", "person:ccc"}));
  EXPECT_EQ(Neighbours("person:ccc", f, Side::kForward), (Names{"country:BBB"}));

  CompiledFilter compiled(f, store_->relation_types());
  StoreAdjacencySource source(store_.get(), &compiled);
  Path p;
  bool found = false;
  ASSERT_TRUE(ShortestPath(source, vids_["org:DDD"], vids_["person:ccc"], 4, &p, &found).ok());
  ASSERT_TRUE(found);
  EXPECT_EQ(p.Vertices(),
            (std::vector<Vid>{vids_["org:DDD"], vids_["country:BBB"], vids_["person:ccc"]}));
  ASSERT_TRUE(ShortestPath(source, vids_["person:ccc"], vids_["country:AAA"], 4, &p, &found).ok());
  EXPECT_FALSE(found) << "no edge leads into AAA";
}

TEST_F(AdjacencySourceTest, TimelinesOfAllOfOneActorAndOfAPairSortByLowerBound) {
  GraphFilter all;
  all.modalities = {Modality::kAsserted, Modality::kReported, Modality::kDenied};
  const CompiledFilter compiled(all, store_->relation_types());
  const auto relations = [&](std::vector<Vid> actors) {
    std::vector<std::string> out;
    EXPECT_TRUE(ForEachTimelineEdge(*store_, compiled, actors, [&](const Edge& e) {
                  out.push_back(e.relation + "@" + e.time.value);
                  EXPECT_EQ(e.mentions.size(), 1u);
                  return true;
                }).ok());
    return out;
  };
  EXPECT_EQ(relations({}), (Names{"member_of@2020/..", "meet@2023-04", "criticize@2023-05-15",
                                  "criticize@2023-05-20", "criticize@2023-06-01"}));
  EXPECT_EQ(relations({vids_["country:BBB"]}),
            (Names{"meet@2023-04", "criticize@2023-05-15", "criticize@2023-06-01"}));
  EXPECT_EQ(relations({vids_["org:DDD"], vids_["country:BBB"]}), (Names{"criticize@2023-06-01"}));
}

}  // namespace
}  // namespace geokg
