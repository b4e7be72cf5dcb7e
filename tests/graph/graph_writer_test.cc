#include "graph/graph_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "graph/store.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

class GraphWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Store::Open(StoreOptions(), dir_.Sub("db"), &store_).ok());
    ASSERT_TRUE(store_->NewWriter(&writer_).ok());
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"person:jens-stoltenberg", "Jens Stoltenberg"},
             {"person:yoshimasa-hayashi", "Yoshimasa Hayashi"},
             {"country:JPN", "Japan"},
             {"org:NATO", "NATO"},
             {"media:nikkei", "Nikkei"}}) {
      Actor a;
      a.id = id;
      a.name = name;
      a.type = *ActorTypeFromIdPrefix(id);
      Vid vid;
      ASSERT_TRUE(writer_->UpsertActor(a, &vid).ok());
    }
    ASSERT_TRUE(writer_->Commit().ok());
  }

  static Edge Meeting(const std::string& time, const std::string& doc, uint32_t sentence = 0) {
    Edge e;
    e.relation = "meet";
    e.cameo = "040";
    e.source = "person:jens-stoltenberg";
    e.target = "person:yoshimasa-hayashi";
    EXPECT_TRUE(MakeEventTime(time, TimeMod::kNone, &e.time).ok());
    e.mentions.push_back(Mention{doc, sentence, 10, 40, "met", "test.meet", 0.6, 0, {}});
    return e;
  }

  AddEdgeResult Add(const Edge& e) {
    AddEdgeResult result;
    Status s = writer_->AddEdge(e, &result);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return result;
  }

  uint64_t EdgeCount() {
    StoreStats stats;
    EXPECT_TRUE(store_->GetStats(&stats).ok());
    return stats.edges;
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<GraphWriter> writer_;
};

TEST_F(GraphWriterTest, SameFactFromTwoDocumentsIsOneEdgeWithTwoMentions) {
  const AddEdgeResult first = Add(Meeting("2023-04-04", "de-article"));
  ASSERT_TRUE(writer_->Commit().ok());
  const AddEdgeResult second = Add(Meeting("2023-04-04", "en-article"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_TRUE(first.created);
  EXPECT_FALSE(second.created);
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(second.mentions_added, 1u);
  Edge stored;
  ASSERT_TRUE(store_->GetEdge(first.id, true, &stored).ok());
  ASSERT_EQ(stored.mentions.size(), 2u);
  EXPECT_EQ(stored.mentions[0].doc, "de-article");
  EXPECT_EQ(stored.mentions[1].doc, "en-article");
  EXPECT_NEAR(CombinedConfidence(stored), 0.84, 1e-9);
  EXPECT_EQ(EdgeCount(), 1u);
}

TEST_F(GraphWriterTest, MergesWithinOneBatchToo) {
  const AddEdgeResult first = Add(Meeting("2023-04-04", "a"));
  const AddEdgeResult second = Add(Meeting("2023-04-04", "b"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(EdgeCount(), 1u);
}

TEST_F(GraphWriterTest, ReingestingTheSameMentionChangesNothing) {
  Add(Meeting("2023-04-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  const AddEdgeResult again = Add(Meeting("2023-04-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_FALSE(again.created);
  EXPECT_EQ(again.mentions_added, 0u);
  StoreStats stats;
  ASSERT_TRUE(store_->GetStats(&stats).ok());
  EXPECT_EQ(stats.edges, 1u);
  EXPECT_EQ(stats.mentions, 1u);
}

TEST_F(GraphWriterTest, DifferentDaysModalitiesOrClaimantsAreDifferentEdges) {
  Add(Meeting("2023-04-04", "a"));
  Add(Meeting("2023-04-05", "a", 1));
  Edge planned = Meeting("2023-04-04", "a", 2);
  planned.modality = Modality::kPlanned;
  Add(planned);
  Edge reported = Meeting("2023-04-04", "a", 3);
  reported.modality = Modality::kPlanned;
  reported.attributed_to = "media:nikkei";
  Add(reported);
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(EdgeCount(), 4u);
}

TEST_F(GraphWriterTest, APreciseMentionRefinesAVagueEdge) {
  const AddEdgeResult vague = Add(Meeting("2023-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  const AddEdgeResult precise = Add(Meeting("2023-04-04", "b"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(precise.id, vague.id);
  EXPECT_TRUE(precise.refined);
  Edge stored;
  ASSERT_TRUE(store_->GetEdge(vague.id, true, &stored).ok());
  EXPECT_EQ(stored.time.value, "2023-04-04");
  EXPECT_EQ(stored.mentions.size(), 2u);
  // The indexes moved with the time: exactly one timeline entry, at the new day.
  std::vector<keys::TimelineEntry> entries;
  ASSERT_TRUE(store_
                  ->ScanTimeline(kOpenLo, kOpenHi,
                                 [&](const keys::TimelineEntry& e) {
                                   entries.push_back(e);
                                   return true;
                                 })
                  .ok());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].lo, *ParseIsoDay("2023-04-04"));
  // A vague mention arriving later joins without blurring the precise time.
  const AddEdgeResult late = Add(Meeting("2023", "c"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(late.id, vague.id);
  EXPECT_FALSE(late.refined);
}

TEST_F(GraphWriterTest, PrefersTheCandidateWithIdenticalTime) {
  const AddEdgeResult day4 = Add(Meeting("2023-04-04", "a"));
  const AddEdgeResult day9 = Add(Meeting("2023-04-09", "a", 1));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_NE(day4.id, day9.id);
  EXPECT_EQ(Add(Meeting("2023-04-09", "b")).id, day9.id);
}

TEST_F(GraphWriterTest, SymmetricRelationsMatchInBothOrientations) {
  const AddEdgeResult forward = Add(Meeting("2023-04-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  Edge reverse = Meeting("2023-04-04", "b");
  std::swap(reverse.source, reverse.target);
  EXPECT_EQ(Add(reverse).id, forward.id);
  Edge host = Meeting("2023-04-04", "c");
  host.relation = "host_visit";
  host.cameo = "043";
  const AddEdgeResult hosted = Add(host);
  std::swap(host.source, host.target);
  EXPECT_NE(Add(host).id, hosted.id) << "directed relations keep their direction";
}

TEST_F(GraphWriterTest, IndexesAnswerActorPairAndWindowScans) {
  Add(Meeting("2023-04-04", "a"));
  Edge relation;
  relation.kind = EdgeKind::kRelation;
  relation.relation = "holds_role";
  relation.source = "person:jens-stoltenberg";
  relation.target = "org:NATO";
  ASSERT_TRUE(MakeEventTime("2014-10-01/2024-09-30", TimeMod::kNone, &relation.time).ok());
  Add(relation);
  ASSERT_TRUE(writer_->Commit().ok());

  Vid jens, nato, hayashi;
  ASSERT_TRUE(store_->GetActor("person:jens-stoltenberg", nullptr, &jens).ok());
  ASSERT_TRUE(store_->GetActor("org:NATO", nullptr, &nato).ok());
  ASSERT_TRUE(store_->GetActor("person:yoshimasa-hayashi", nullptr, &hayashi).ok());
  const std::vector<RelationType>& types = store_->relation_types();
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(types[1].max_span_days, *ParseIsoDay("2024-09-30") - *ParseIsoDay("2014-10-01"));

  int outgoing = 0;
  for (const RelationType& t : types) {
    ASSERT_TRUE(store_
                    ->ScanAdjacency(jens, keys::Direction::kOut, t.id, kOpenLo, kOpenHi,
                                    [&](const Store::AdjacencyHit&) {
                                      ++outgoing;
                                      return true;
                                    })
                    .ok());
  }
  EXPECT_EQ(outgoing, 2);
  int incoming_to_hayashi = 0;
  ASSERT_TRUE(store_
                  ->ScanAdjacency(hayashi, keys::Direction::kIn, 0, kOpenLo, kOpenHi,
                                  [&](const Store::AdjacencyHit& hit) {
                                    EXPECT_EQ(hit.entry.other, jens);
                                    ++incoming_to_hayashi;
                                    return true;
                                  })
                  .ok());
  EXPECT_EQ(incoming_to_hayashi, 1);
  int pair = 0;
  ASSERT_TRUE(store_
                  ->ScanPair(nato, jens,
                             [&](const keys::PairEntry&) {
                               ++pair;
                               return true;
                             })
                  .ok());
  EXPECT_EQ(pair, 1);
  int in_april = 0;
  ASSERT_TRUE(store_
                  ->ScanTimeline(*ParseIsoDay("2023-04-01"), *ParseIsoDay("2023-04-30"),
                                 [&](const keys::TimelineEntry&) {
                                   ++in_april;
                                   return true;
                                 })
                  .ok());
  EXPECT_EQ(in_april, 1) << "the timeline is keyed by lo; the 2014 role starts outside";
}

TEST_F(GraphWriterTest, CommittedWorkSurvivesReopening) {
  const AddEdgeResult added = Add(Meeting("2023-04-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  writer_.reset();
  store_.reset();
  ASSERT_TRUE(Store::Open(StoreOptions(), dir_.Sub("db"), &store_).ok());
  Edge stored;
  ASSERT_TRUE(store_->GetEdge(added.id, true, &stored).ok());
  EXPECT_EQ(stored.relation, "meet");
  EXPECT_EQ(stored.mentions.size(), 1u);
  ASSERT_TRUE(store_->NewWriter(&writer_).ok());
  EXPECT_EQ(Add(Meeting("2023-04-04", "b")).id, added.id) << "merging sees reopened data";
  EXPECT_TRUE(Add(Meeting("2023-06-01", "b", 4)).id > added.id);
}

TEST_F(GraphWriterTest, RolledBackEdgesLeaveNoTraceForMerging) {
  const AddEdgeResult kept = Add(Meeting("2023-04-04", "a"));
  ASSERT_TRUE(writer_->Commit().ok());
  const AddEdgeResult discarded = Add(Meeting("2023-05-01", "b"));
  writer_->Rollback();
  // The discarded edge's id is free again and goes to an edge of another dyad.
  Edge other = Meeting("2023-05-01", "c");
  other.target = "country:JPN";
  const AddEdgeResult reused = Add(other);
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(reused.id, discarded.id);
  // The discarded fact arrives again: a new edge, not a merge into the other dyad's edge.
  const AddEdgeResult again = Add(Meeting("2023-05-01", "b"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_TRUE(again.created);
  EXPECT_NE(again.id, reused.id);
  EXPECT_NE(again.id, kept.id);
  EXPECT_EQ(EdgeCount(), 3u);
}

TEST_F(GraphWriterTest, BatchesWrittenInTheBackgroundStayVisibleToMerging) {
  for (int round = 0; round < 3; ++round) {
    const AddEdgeResult first = Add(Meeting("2023-04-04", "a"));
    ASSERT_TRUE(writer_->CommitAsync().ok());
    const AddEdgeResult again = Add(Meeting("2023-04-04", "b" + std::to_string(round)));
    EXPECT_EQ(again.id, first.id);
    ASSERT_TRUE(writer_->CommitAsync().ok());
  }
  Actor late;
  late.id = "country:KOR";
  late.name = "South Korea";
  Vid vid;
  ASSERT_TRUE(writer_->UpsertActor(late, &vid).ok());
  ASSERT_TRUE(writer_->CommitAsync().ok());
  writer_->Rollback();  // discards nothing: the batch was committed
  ASSERT_TRUE(writer_->LookupActor("country:KOR", &vid, nullptr).ok());
  ASSERT_TRUE(writer_->Commit().ok());
  StoreStats stats;
  ASSERT_TRUE(store_->GetStats(&stats).ok());
  EXPECT_EQ(stats.edges, 1u);
  EXPECT_EQ(stats.mentions, 4u);
  EXPECT_EQ(stats.actors, 6u);
}

TEST_F(GraphWriterTest, RefiningAnEdgeWhileItsBatchIsInFlight) {
  const AddEdgeResult vague = Add(Meeting("2023-04", "a"));
  ASSERT_TRUE(writer_->CommitAsync().ok());
  const AddEdgeResult precise = Add(Meeting("2023-04-04", "b"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(precise.id, vague.id);
  EXPECT_TRUE(precise.refined);
  int entries = 0;
  ASSERT_TRUE(store_
                  ->ScanTimeline(kOpenLo, kOpenHi,
                                 [&](const keys::TimelineEntry& e) {
                                   EXPECT_EQ(e.lo, *ParseIsoDay("2023-04-04"));
                                   ++entries;
                                   return true;
                                 })
                  .ok());
  EXPECT_EQ(entries, 1);
}

TEST_F(GraphWriterTest, BulkModeWritesTheSameGraphThroughTableFiles) {
  writer_->SetBulkMode(true);
  const AddEdgeResult vague = Add(Meeting("2023-04", "a"));
  ASSERT_TRUE(writer_->CommitAsync().ok());
  // Refines the edge: deletes its old index keys and writes new ones, all through tables.
  const AddEdgeResult precise = Add(Meeting("2023-04-04", "b"));
  const AddEdgeResult other_day = Add(Meeting("2023-05-02", "c"));
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(precise.id, vague.id);
  EXPECT_TRUE(precise.refined);
  EXPECT_TRUE(other_day.created);

  std::vector<Day> days;
  ASSERT_TRUE(store_
                  ->ScanTimeline(kOpenLo, kOpenHi,
                                 [&](const keys::TimelineEntry& e) {
                                   days.push_back(e.lo);
                                   return true;
                                 })
                  .ok());
  EXPECT_EQ(days, (std::vector<Day>{*ParseIsoDay("2023-04-04"), *ParseIsoDay("2023-05-02")}));
  Edge stored;
  ASSERT_TRUE(store_->GetEdge(vague.id, true, &stored).ok());
  EXPECT_EQ(stored.mentions.size(), 2u);
  StoreStats stats;
  ASSERT_TRUE(store_->GetStats(&stats).ok());
  EXPECT_EQ(stats.edges, 2u);
  EXPECT_EQ(stats.mentions, 3u);
  EXPECT_FALSE(std::filesystem::exists(dir_.Sub("db/ingest")) &&
               !std::filesystem::is_empty(dir_.Sub("db/ingest")))
      << "table files are moved into the database, none left behind";

  // Mixed with ordinary batches, and still there after reopening.
  writer_->SetBulkMode(false);
  EXPECT_EQ(Add(Meeting("2023-05-02", "d")).id, other_day.id);
  ASSERT_TRUE(writer_->Commit().ok());
  writer_.reset();
  store_.reset();
  ASSERT_TRUE(Store::Open(StoreOptions(), dir_.Sub("db"), &store_).ok());
  ASSERT_TRUE(store_->GetEdge(other_day.id, true, &stored).ok());
  EXPECT_EQ(stored.mentions.size(), 2u);
}

TEST_F(GraphWriterTest, UnknownActorsAreRejected) {
  Edge e = Meeting("2023-04-04", "a");
  e.target = "person:nobody";
  AddEdgeResult result;
  EXPECT_TRUE(writer_->AddEdge(e, &result).IsNotFound());
}

}  // namespace
}  // namespace geokg
