// graph/store.h
//
// Store is the embedded graph database: a RocksDB directory holding actors, edges with their
// mentions, documents, and the indexes that make the analyst's questions one prefix seek plus a
// short scan (keys.h lists them):
//   - the edges of an actor by relation type and time window, in either direction (adjacency);
//   - all interactions of one pair in time order (pairs);
//   - everything in a time window (timeline);
//   - actors by id, name, alias or code (actor_ids, aliases).
//
// Concurrency: one process writes (it holds a lock file in the store directory; a second writer
// gets Status::Busy naming the store). Any number of processes may open the store read-only at
// the same time, including while it is being written; a read-only Store sees the data as of its
// Open. Within a process, the read methods of one Store are safe to call from several threads;
// a GraphWriter is used by one thread at a time.
//
// Errors: every method returns Status. NotFound means the asked-for item is absent and nothing
// is wrong; IOError and Corruption come from the disk or from data this version cannot read.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/document.h"
#include "graph/edge.h"
#include "graph/keys.h"
#include "graph/relation_type.h"
#include "graph/store_options.h"

namespace rocksdb {
class Iterator;
}  // namespace rocksdb

namespace geokg {

class GraphWriter;
class AdjacencyCursor;
struct StoreHandles;

// Increased whenever the key layout or a record format changes incompatibly. A store of another
// version is refused with a message naming both versions.
inline constexpr uint32_t kSchemaVersion = 1;

struct StoreStats {
  uint64_t actors = 0;
  uint64_t edges = 0;
  uint64_t mentions = 0;
  uint64_t documents = 0;
  uint64_t relation_types = 0;
};

class Store {
 public:
  // Opens the store in `dir`. See StoreOptions for creation and read-only rules. On success
  // *store owns the open database; on failure it is left unchanged.
  static Status Open(const StoreOptions& options, const std::string& dir,
                     std::unique_ptr<Store>* store);

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  const std::string& dir() const;
  bool read_only() const;

  // Actors. GetActor takes an actor id ("country:JPN"); NotFound when absent.
  Status GetActor(std::string_view id, Actor* actor, Vid* vid) const;
  Status GetActorByVid(Vid vid, Actor* actor) const;
  // The actors one of whose names, aliases or codes has the same NameKey as `name`, in vid order.
  // An empty result is OK.
  Status FindActorsByName(std::string_view name, std::vector<Vid>* vids) const;
  // Calls fn for every actor in vid order until fn returns false.
  Status ForEachActor(const std::function<bool(Vid, const Actor&)>& fn) const;

  // Edges. GetEdge returns NotFound for an unknown id. With `with_mentions` the mentions are
  // read too, in (document, sentence, offset) order.
  Status GetEdge(EdgeId id, bool with_mentions, Edge* edge) const;
  // Reads the edges `ids` in the given order and calls fn for each until fn returns false:
  // what GetEdge does for one id, with one mentions iterator for the whole list instead of one
  // per edge (a timeline of thousands of events). NotFound for an unknown id.
  Status GetEdges(const std::vector<EdgeId>& ids, bool with_mentions,
                  const std::function<bool(const Edge&)>& fn) const;
  // Calls fn for every edge in id order (without mentions) until fn returns false.
  Status ForEachEdge(const std::function<bool(const Edge&)>& fn) const;

  // The relation types seen so far, indexed by RelTypeId.
  const std::vector<RelationType>& relation_types() const;

  // Index scans: each calls fn per entry in key order until fn returns false.
  // Adjacency of `vid` in direction `dir` for type `rel`, entries with from <= lo <= to.
  struct AdjacencyHit {
    keys::AdjacencyEntry entry;
    Day hi;
    Modality modality;
  };
  Status ScanAdjacency(Vid vid, keys::Direction dir, RelTypeId rel, Day from, Day to,
                       const std::function<bool(const AdjacencyHit&)>& fn) const;
  // Every edge of `vid` in direction `dir`, whatever its type: one seek, ordered by type, then
  // lo. The one-hop neighbourhood is this scan in both directions.
  Status ScanActorEdges(Vid vid, keys::Direction dir,
                        const std::function<bool(const AdjacencyHit&)>& fn) const;
  // A reader for searches that visit many actors: it reuses one iterator (see AdjacencyCursor).
  std::unique_ptr<AdjacencyCursor> NewAdjacencyCursor() const;
  // Every edge between a and b (either direction), ordered by lo, then type, then id.
  Status ScanPair(Vid a, Vid b, const std::function<bool(const keys::PairEntry&)>& fn) const;
  // Every edge with from <= lo <= to, ordered by lo, then type, then id.
  Status ScanTimeline(Day from, Day to,
                      const std::function<bool(const keys::TimelineEntry&)>& fn) const;
  // The edges that have a mention in document `doc`, in id order.
  Status ScanDocumentEdges(std::string_view doc, const std::function<bool(EdgeId)>& fn) const;

  // Documents. `text` may be null when only the record is wanted. NotFound when absent.
  Status GetDocument(std::string_view id, Document* document, std::string* text) const;

  Status GetStats(StoreStats* stats) const;

  // Starts a write session. REQUIRES: !read_only(), and no other GraphWriter of this Store alive.
  Status NewWriter(std::unique_ptr<GraphWriter>* writer);

  // Makes everything committed so far durable (syncs the write-ahead log). Call once at the end
  // of an ingest instead of syncing every batch.
  Status SyncWal();

 private:
  friend class GraphWriter;
  explicit Store(std::unique_ptr<StoreHandles> handles);

  std::unique_ptr<StoreHandles> handles_;
};

// Reads one actor's adjacency at a time, like Store::ScanActorEdges, but keeps one RocksDB
// iterator and re-seeks it instead of creating one per call: a path search or an ego network
// visits hundreds of actors, and creating iterators was most of its cost. It sees the store as
// of its creation. Not thread-safe; the Store must outlive it.
class AdjacencyCursor {
 public:
  AdjacencyCursor(const AdjacencyCursor&) = delete;
  AdjacencyCursor& operator=(const AdjacencyCursor&) = delete;
  ~AdjacencyCursor();

  // As Store::ScanActorEdges.
  Status ScanActorEdges(Vid vid, keys::Direction dir,
                        const std::function<bool(const Store::AdjacencyHit&)>& fn);
  // Both directions in one seek: the out-edges (ordered as ScanActorEdges orders them), then
  // the in-edges.
  Status ScanAllEdges(Vid vid, const std::function<bool(const Store::AdjacencyHit&)>& fn);

 private:
  friend class Store;
  explicit AdjacencyCursor(const StoreHandles* handles);

  const StoreHandles* handles_;
  std::unique_ptr<rocksdb::Iterator> it_;
};

}  // namespace geokg
