#include "graph/store.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <fstream>

#include "graph/graph_writer.h"
#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

Actor MakeActor(const std::string& id, const std::string& name, ActorType type) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  return a;
}

class StoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> Open(bool read_only = false) {
    StoreOptions options;
    options.read_only = read_only;
    std::unique_ptr<Store> store;
    Status s = Store::Open(options, dir_.Sub("db"), &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  testing::TempDir dir_;
};

TEST_F(StoreTest, CreatesMissingDirectoryAndReopens) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
    StoreStats stats;
    ASSERT_TRUE(store->GetStats(&stats).ok());
    EXPECT_EQ(stats.edges, 0u);
  }
  std::unique_ptr<Store> again = Open();
  ASSERT_NE(again, nullptr);
}

TEST_F(StoreTest, ReadOnlyOpenOfMissingStoreFailsWithoutCreatingIt) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(options, dir_.Sub("missing"), &store);
  EXPECT_TRUE(s.IsNotFound()) << s.ToString();
  EXPECT_NE(s.message().find("no geokg store"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir_.Sub("missing")));
}

TEST_F(StoreTest, RefusesADirectoryThatIsNotAStore) {
  std::filesystem::create_directories(dir_.Sub("notes"));
  std::ofstream(dir_.Sub("notes/todo.txt")) << "keep me";
  std::unique_ptr<Store> store;
  Status s = Store::Open(StoreOptions(), dir_.Sub("notes"), &store);
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_NE(s.message().find("not a geokg store"), std::string::npos);
  // Untouched: no lock file, no database files.
  size_t entries = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir_.Sub("notes"))) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
}

TEST_F(StoreTest, RefusesAStoreOfAnotherSchemaVersion) {
  { ASSERT_NE(Open(), nullptr); }
  {
    // Rewrite the marker as a future geokg would, through RocksDB directly.
    rocksdb::DB* raw = nullptr;
    std::vector<std::string> names;
    ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir_.Sub("db"), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    ASSERT_TRUE(
        rocksdb::DB::Open(rocksdb::DBOptions(), dir_.Sub("db"), descriptors, &handles, &raw).ok());
    std::string marker = "geokg-store";
    marker += std::string("\0\0\0\x63", 4);  // version 99
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), keys::kSchemaKey, marker).ok());
    for (auto* h : handles) ASSERT_TRUE(raw->DestroyColumnFamilyHandle(h).ok());
    delete raw;
  }
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    std::unique_ptr<Store> store;
    Status s = Store::Open(options, dir_.Sub("db"), &store);
    EXPECT_TRUE(s.IsNotSupported()) << s.ToString();
    EXPECT_NE(s.message().find("schema version 99"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("version " + std::to_string(kSchemaVersion)), std::string::npos);
  }
}

TEST_F(StoreTest, SecondWriterIsBusyAndNamesTheStore) {
  std::unique_ptr<Store> first = Open();
  ASSERT_NE(first, nullptr);
  std::unique_ptr<Store> second;
  Status s = Store::Open(StoreOptions(), dir_.Sub("db"), &second);
  EXPECT_TRUE(s.IsBusy()) << s.ToString();
  EXPECT_NE(s.message().find(dir_.Sub("db")), std::string::npos);
  // Readers are welcome meanwhile.
  std::unique_ptr<Store> reader = Open(/*read_only=*/true);
  EXPECT_NE(reader, nullptr);
}

TEST_F(StoreTest, ActorsAreFoundByIdNameAliasAndCode) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  Actor prk = MakeActor("country:PRK", "North Korea", ActorType::kCountry);
  prk.codes["iso3"] = "PRK";
  prk.aliases = {{"Nordkorea", "de"}, {"DVRK", "de"}};
  Vid vid;
  ASSERT_TRUE(writer->UpsertActor(prk, &vid).ok());
  ASSERT_TRUE(writer->Commit().ok());

  Actor found;
  Vid found_vid;
  ASSERT_TRUE(store->GetActor("country:PRK", &found, &found_vid).ok());
  EXPECT_EQ(found, prk);
  EXPECT_EQ(found_vid, vid);
  for (const char* name : {"north korea", "NORDKOREA", "dvrk", "PRK"}) {
    std::vector<Vid> vids;
    ASSERT_TRUE(store->FindActorsByName(name, &vids).ok());
    EXPECT_EQ(vids, std::vector<Vid>{vid}) << name;
  }
  std::vector<Vid> none;
  ASSERT_TRUE(store->FindActorsByName("Korea", &none).ok());
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(store->GetActor("country:XXX", &found, &found_vid).IsNotFound());
}

TEST_F(StoreTest, UpsertMergesAliasesAndKeepsTheName) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  Vid vid;
  ASSERT_TRUE(
      writer->UpsertActor(MakeActor("country:JPN", "Japan", ActorType::kCountry), &vid).ok());
  ASSERT_TRUE(writer->Commit().ok());
  Actor update = MakeActor("country:JPN", "Nippon", ActorType::kCountry);
  update.aliases = {{"Tokio", "de"}};
  Vid again;
  ASSERT_TRUE(writer->UpsertActor(update, &again).ok());
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(again, vid);
  Actor stored;
  ASSERT_TRUE(store->GetActor("country:JPN", &stored, &again).ok());
  EXPECT_EQ(stored.name, "Japan");
  ASSERT_EQ(stored.aliases.size(), 1u);
  std::vector<Vid> vids;
  ASSERT_TRUE(store->FindActorsByName("tokio", &vids).ok());
  EXPECT_EQ(vids.size(), 1u);
  EXPECT_TRUE(writer->UpsertActor(MakeActor("nation:JPN", "Japan", ActorType::kCountry), &vid)
                  .IsInvalidArgument());
}

TEST_F(StoreTest, DocumentsAreImmutable) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  Document doc;
  doc.id = "a1";
  doc.date = ParseIsoDay("2023-05-16");
  DocumentOutcome outcome;
  ASSERT_TRUE(writer->PutDocument(doc, "Text eins.", &outcome).ok());
  EXPECT_EQ(outcome, DocumentOutcome::kNew);
  ASSERT_TRUE(writer->PutDocument(doc, "Text eins.", &outcome).ok());
  EXPECT_EQ(outcome, DocumentOutcome::kUnchanged);
  ASSERT_TRUE(writer->Commit().ok());
  ASSERT_TRUE(writer->PutDocument(doc, "Text eins.", &outcome).ok());
  EXPECT_EQ(outcome, DocumentOutcome::kUnchanged);
  EXPECT_TRUE(writer->PutDocument(doc, "Text zwei.", &outcome).IsInvalidArgument());
  ASSERT_TRUE(writer->Commit().ok());

  Document stored;
  std::string text;
  ASSERT_TRUE(store->GetDocument("a1", &stored, &text).ok());
  EXPECT_EQ(text, "Text eins.");
  EXPECT_EQ(stored.date, doc.date);
  StoreStats stats;
  ASSERT_TRUE(store->GetStats(&stats).ok());
  EXPECT_EQ(stats.documents, 1u);
}

TEST_F(StoreTest, RollbackDiscardsEverythingPending) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  Vid vid;
  ASSERT_TRUE(
      writer->UpsertActor(MakeActor("country:FIN", "Finland", ActorType::kCountry), &vid).ok());
  writer->Rollback();
  ASSERT_TRUE(writer->Commit().ok());
  Actor actor;
  EXPECT_TRUE(store->GetActor("country:FIN", &actor, &vid).IsNotFound());
  ASSERT_TRUE(
      writer->UpsertActor(MakeActor("country:SWE", "Sweden", ActorType::kCountry), &vid).ok());
  EXPECT_EQ(vid, 1u) << "a rolled-back actor must not use up its number";
}

TEST_F(StoreTest, AdjacencyCursorScansLikeScanActorEdgesAndReusesItsIterator) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  const std::vector<std::string> ids = {"country:FIN", "country:SWE", "country:NOR"};
  for (const std::string& id : ids) {
    Vid vid;
    ASSERT_TRUE(writer->UpsertActor(MakeActor(id, id, ActorType::kCountry), &vid).ok());
  }
  int n = 0;
  for (const auto& [source, target] :
       std::vector<std::pair<int, int>>{{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {0, 0}}) {
    Edge e;
    e.relation = n % 2 ? "criticize" : "threaten";
    e.cameo = n % 2 ? "111" : "130";
    e.source = ids[source];
    e.target = ids[target];
    ASSERT_TRUE(MakeEventTime("2023-04-0" + std::to_string(++n), TimeMod::kNone, &e.time).ok());
    e.mentions.push_back(Mention{"doc-a", 1, 0, 4, "Text", "test", 0.5, 0, {}});
    AddEdgeResult result;
    ASSERT_TRUE(writer->AddEdge(e, &result).ok());
  }
  ASSERT_TRUE(writer->Commit().ok());
  using Hits = std::vector<std::pair<int, EdgeId>>;  // (dir, eid)
  const auto collect = [](Hits* hits) {
    return [hits](const Store::AdjacencyHit& h) {
      hits->emplace_back(static_cast<int>(h.entry.dir), h.entry.eid);
      return true;
    };
  };
  std::unique_ptr<AdjacencyCursor> cursor = store->NewAdjacencyCursor();
  // Visit the actors out of order, twice, so the one iterator seeks back and forth.
  for (Vid vid : {3, 1, 2, 1, 3, 2, 7}) {  // vids count from 1; 7 is no actor
    Hits out, in, cursor_out, cursor_in, all;
    ASSERT_TRUE(store->ScanActorEdges(vid, keys::Direction::kOut, collect(&out)).ok());
    ASSERT_TRUE(store->ScanActorEdges(vid, keys::Direction::kIn, collect(&in)).ok());
    ASSERT_TRUE(cursor->ScanActorEdges(vid, keys::Direction::kOut, collect(&cursor_out)).ok());
    ASSERT_TRUE(cursor->ScanActorEdges(vid, keys::Direction::kIn, collect(&cursor_in)).ok());
    ASSERT_TRUE(cursor->ScanAllEdges(vid, collect(&all)).ok());
    EXPECT_EQ(cursor_out, out) << vid;
    EXPECT_EQ(cursor_in, in) << vid;
    Hits both = out;
    both.insert(both.end(), in.begin(), in.end());
    EXPECT_EQ(all, both) << vid;
    if (vid == 1) {
      EXPECT_EQ(all.size(), 6u);  // three out, three in, the self-loop among both
    }
  }
}

TEST_F(StoreTest, GetEdgesReadsTheGivenIdsInOrderLikeGetEdge) {
  std::unique_ptr<Store> store = Open();
  std::unique_ptr<GraphWriter> writer;
  ASSERT_TRUE(store->NewWriter(&writer).ok());
  Vid vid;
  ASSERT_TRUE(
      writer->UpsertActor(MakeActor("country:FIN", "Finland", ActorType::kCountry), &vid).ok());
  ASSERT_TRUE(
      writer->UpsertActor(MakeActor("country:SWE", "Sweden", ActorType::kCountry), &vid).ok());
  for (const char* day : {"2023-04-04", "2023-04-05", "2023-04-06"}) {
    Edge e;
    e.relation = "meet";
    e.cameo = "040";
    e.source = "country:FIN";
    e.target = "country:SWE";
    ASSERT_TRUE(MakeEventTime(day, TimeMod::kNone, &e.time).ok());
    e.mentions.push_back(Mention{"doc-a", 1, 0, 4, "Text", "test", 0.5, 0, {}});
    if (std::string(day) == "2023-04-05") {
      e.mentions.push_back(Mention{"doc-b", 2, 0, 4, "Text", "test", 0.5, 0, {}});
    }
    AddEdgeResult result;
    ASSERT_TRUE(writer->AddEdge(e, &result).ok());
  }
  ASSERT_TRUE(writer->Commit().ok());
  for (bool with_mentions : {true, false}) {
    std::vector<Edge> got;
    ASSERT_TRUE(store
                    ->GetEdges({3, 1, 2}, with_mentions,
                               [&](const Edge& e) {
                                 got.push_back(e);
                                 return true;
                               })
                    .ok());
    ASSERT_EQ(got.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
      Edge one;
      ASSERT_TRUE(store->GetEdge(std::vector<EdgeId>{3, 1, 2}[i], with_mentions, &one).ok());
      EXPECT_EQ(got[i], one) << i;
    }
    EXPECT_EQ(got[2].mentions.size(), with_mentions ? 2u : 0u);
  }
  size_t calls = 0;
  ASSERT_TRUE(store->GetEdges({1, 2, 3}, true, [&](const Edge&) { return ++calls < 2; }).ok());
  EXPECT_EQ(calls, 2u) << "stops when fn returns false";
  EXPECT_TRUE(store->GetEdges({1, 9}, true, [](const Edge&) { return true; }).IsNotFound());
}

}  // namespace
}  // namespace geokg
