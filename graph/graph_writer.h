// graph/graph_writer.h
//
// GraphWriter collects the changes of one unit of work (a document, a file, a batch of feed
// rows) and commits them as one atomic RocksDB WriteBatch: after a crash the store holds either
// all of a commit or none of it, never a half-written edge or index entry.
//
// Merging. AddEdge does not blindly append: an edge with the same source, target, relation type,
// modality and attribution as a stored or pending edge whose time overlaps is the same fact, so
// its mentions are appended to that edge instead (a mention already present is not added
// twice, which makes re-ingest idempotent). Among several overlapping candidates the one with
// identical bounds wins, then the narrowest one containing or contained in the new time, then
// the one overlapping most. When the new time is strictly inside the stored one ("2023-04-04"
// arriving for "2023-04") the edge takes the more precise time. Symmetric relations (see
// IsSymmetricRelation) match in both orientations.
//
// Reads through the writer (LookupActor, LookupName) see committed and pending changes. Reads
// through the Store see committed changes only.
//
// Thread safety: one thread at a time. Lifetime: the writer must be destroyed before its Store;
// destroying it discards uncommitted changes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/document.h"
#include "graph/edge.h"

namespace geokg {

struct StoreHandles;

struct AddEdgeResult {
  EdgeId id = 0;
  bool created = false;  // false: merged into an existing edge
  bool refined = false;  // the existing edge took the new, more precise time
  size_t mentions_added = 0;
};

enum class DocumentOutcome {
  kNew,        // stored now
  kUnchanged,  // the same id with the same content was already stored
};

class GraphWriter {
 public:
  GraphWriter(const GraphWriter&) = delete;
  GraphWriter& operator=(const GraphWriter&) = delete;
  ~GraphWriter();

  // Stores a document record and its text. The same id with the same content is kUnchanged and
  // writes nothing; the same id with other content is InvalidArgument (documents are immutable:
  // give the new version another id).
  Status PutDocument(const Document& document, std::string_view text, DocumentOutcome* outcome);

  // Adds an actor, or merges new codes and aliases into the stored one with that id (its name
  // and type are kept). InvalidArgument for a malformed id or an empty name.
  Status UpsertActor(const Actor& actor, Vid* vid);

  // An actor by id among committed and pending actors; NotFound when absent.
  Status LookupActor(std::string_view id, Vid* vid, Actor* actor);
  // Ids of the committed and pending actors one of whose names, aliases or codes has the
  // NameKey of `name`, without duplicates.
  Status LookupName(std::string_view name, std::vector<std::string>* ids);

  // Adds an edge or merges it into an existing one (see the header comment). REQUIRES: the
  // edge's source, target and attributed_to (if any) are actor ids known to the writer, and its
  // time bounds agree with its value (MakeEventTime). Its id and ingested_at are ignored.
  Status AddEdge(Edge edge, AddEdgeResult* result);

  // Writes everything pending in one atomic batch and returns when it is in the store. The
  // write-ahead log is on but not synced per batch; call Store::SyncWal() once at the end to
  // make the work durable.
  Status Commit();

  // Like Commit, but returns as soon as the batch is handed to a background thread, so that the
  // next batch is prepared while this one is written (the two cores of a small machine both
  // work). The writer keeps the batch's changes in memory until it is written, so lookups see
  // them either way. An error of the background write is returned by the next CommitAsync,
  // Commit or Rollback, after which the writer has reloaded what the store holds. Reads through
  // the Store see the batch only after a later Commit returns.
  Status CommitAsync();

  // Bulk mode: batches go into the store as sorted table files ingested atomically
  // (graph/table_ingest.h) instead of through the memtables, which pays off for batches of
  // tens of thousands of records, as feed loads use. Same atomicity and visibility rules.
  void SetBulkMode(bool bulk);

  // Discards everything pending since the last Commit or CommitAsync (committed batches stay).
  void Rollback();

  // Number of edge and document operations pending since the last Commit.
  size_t pending_operations() const;

 private:
  friend class Store;
  struct Impl;
  explicit GraphWriter(StoreHandles* handles);
  Status LoadCounters();

  std::unique_ptr<Impl> impl_;
};

}  // namespace geokg
