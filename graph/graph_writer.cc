#include "graph/graph_writer.h"

#include <algorithm>
#include <ctime>
#include <future>
#include <limits>
#include <optional>

#include "common/coding.h"
#include "common/name_key.h"
#include "graph/keys.h"
#include "graph/record_codec.h"
#include "graph/store_internal.h"
#include "graph/table_ingest.h"
#include "graph/write_layer.h"

namespace geokg {
namespace {

// An open end spans the whole day range, so that `lo - span` reaches kOpenLo from any day: a
// scan for edges overlapping a window then starts at the very first key.
int64_t SpanDays(const EventTime& t) {
  if (t.lo == kOpenLo || t.hi == kOpenHi) return int64_t{kOpenHi} - kOpenLo;
  return int64_t{t.hi} - t.lo;
}

std::string RelTypeLookupKey(std::string_view relation, std::string_view cameo, EdgeKind kind) {
  std::string key(relation);
  key.push_back('\0');
  key.append(cameo);
  key.push_back('\0');
  key.push_back(static_cast<char>(kind));
  return key;
}

// Candidate ranking: lower is better.
int MatchRank(const EventTime& stored, const EventTime& incoming) {
  if (stored.lo == incoming.lo && stored.hi == incoming.hi) return 0;
  if (incoming.StrictlyInside(stored) || stored.StrictlyInside(incoming)) return 1;
  return 2;
}

bool SameClaim(const Edge& stored, const Edge& incoming) {
  return stored.modality == incoming.modality && stored.attributed_to == incoming.attributed_to &&
         stored.time.Overlaps(incoming.time);
}

}  // namespace

struct GraphWriter::Impl {
  StoreHandles* h = nullptr;
  int64_t now = 0;
  bool bulk = false;

  // Counters as written (or being written) and as pending in `current`.
  uint64_t actors = 0, edges = 0, mentions = 0, documents = 0;
  uint64_t committed_actors = 0, committed_edges = 0, committed_mentions = 0,
           committed_documents = 0;

  std::vector<RelationType> types;  // committed + pending, indexed by id
  std::unordered_map<std::string, RelTypeId, StringHash, std::equal_to<>> type_ids;
  std::vector<RelTypeId> dirty_types;
  RelTypeId last_type = 0;  // most edges of a batch share a type with the previous one
  bool has_last_type = false;

  // Actor id -> vid for every actor seen: committed, in flight or pending.
  std::unordered_map<std::string, Vid, StringHash, std::equal_to<>> vid_cache;

  WriteLayer current;                   // being filled
  WriteLayer in_flight;                 // being written by `write`, consulted until it is done
  std::shared_ptr<WriteLayer> retired;  // written; the next background write frees it
  std::future<Status> write;

  std::unique_ptr<rocksdb::Iterator> adjacency_it;  // lazily opened per batch

  // Merging must look for stored candidates, one iterator seek per edge. A store that held no
  // edge when the writer loaded it can only hold the edges this writer created since, so those
  // are indexed in memory by dyad (up to a bound, to keep memory flat on endless feeds) and
  // looked up there instead: no feed row loaded into a new store pays for a seek.
  struct RunEdge {
    EdgeId id;
    Day lo;
    Day hi;
    Modality modality;
  };
  static constexpr size_t kMaxRunEdges = size_t{1} << 22;
  uint64_t edges_at_load = 0;
  uint64_t actors_at_load = 0;  // see ResolveVid
  size_t run_edge_count = 0;
  bool run_index_complete = true;
  std::unordered_map<Dyad, std::vector<RunEdge>, DyadHash> run_index;

  rocksdb::ColumnFamilyHandle* cf(StoreCf which) const { return h->cf(which); }

  void Put(StoreCf which, const rocksdb::Slice& key, const rocksdb::Slice& value) {
    current.batch.Put(cf(which), key, value).PermitUncheckedError();  // fails only past 4 GiB
  }
  void Delete(StoreCf which, const rocksdb::Slice& key) {
    current.batch.Delete(cf(which), key).PermitUncheckedError();
  }

  Status Get(StoreCf which, const rocksdb::Slice& key, std::string* value, bool* found) {
    rocksdb::Status s = h->db->Get(rocksdb::ReadOptions(), cf(which), key, value);
    *found = s.ok();
    if (s.IsNotFound()) return Status::OK();
    return FromRocks(s, h->dir);
  }

  // Waits for the background write, if any, and forgets its layer. Freeing a layer's maps took
  // a twentieth of a feed load's time on the thread that parses, so the next background write
  // frees it instead.
  Status WaitForWrite() {
    if (!write.valid()) return Status::OK();
    Status s = write.get();
    retired = std::make_shared<WriteLayer>(std::move(in_flight));
    in_flight = WriteLayer();
    return s;
  }

  Status LoadCounter(const char* key, uint64_t* value) {
    std::string raw;
    bool found;
    GEOKG_RETURN_IF_ERROR(Get(StoreCf::kMeta, key, &raw, &found));
    *value = found ? keys::DecodeU64Key(raw) : 0;
    return Status::OK();
  }

  // Rebuilds all in-memory state from what the database holds.
  Status Reload() {
    current.Clear();
    in_flight.Clear();
    vid_cache.clear();
    dirty_types.clear();
    adjacency_it.reset();
    has_last_type = false;
    GEOKG_RETURN_IF_ERROR(LoadCounter(keys::kActorCounterKey, &committed_actors));
    GEOKG_RETURN_IF_ERROR(LoadCounter(keys::kEdgeCounterKey, &committed_edges));
    GEOKG_RETURN_IF_ERROR(LoadCounter(keys::kMentionCountKey, &committed_mentions));
    GEOKG_RETURN_IF_ERROR(LoadCounter(keys::kDocumentCountKey, &committed_documents));
    GEOKG_RETURN_IF_ERROR(LoadRelationTypes(h));
    edges_at_load = committed_edges;
    actors_at_load = committed_actors;
    run_index.clear();
    run_edge_count = 0;
    ResetToCommitted();
    return Status::OK();
  }

  // Forgets `current`; what was committed (including a write in flight) stays.
  void ResetToCommitted() {
    if (actors != committed_actors) {
      // Ids assigned in `current` are free again; drop them from the cache.
      std::erase_if(vid_cache, [&](const auto& entry) { return entry.second > committed_actors; });
    }
    if (edges != committed_edges) {
      // So are edge ids: the run index must not point at them.
      for (auto& [dyad, entries] : run_index) {
        run_edge_count -= std::erase_if(
            entries, [&](const RunEdge& entry) { return entry.id > committed_edges; });
      }
    }
    current.Clear();
    dirty_types.clear();
    adjacency_it.reset();
    has_last_type = false;
    actors = committed_actors;
    edges = committed_edges;
    mentions = committed_mentions;
    documents = committed_documents;
    types = h->relation_types;
    type_ids.clear();
    for (const RelationType& t : types) {
      type_ids.emplace(RelTypeLookupKey(t.relation, t.cameo, t.kind), t.id);
    }
    now = static_cast<int64_t>(std::time(nullptr));
  }

  // Moves `current` into the background: appends counters and relation types to its batch,
  // waits for the previous write, then starts writing this one.
  Status StartWrite() {
    const auto put_counter = [&](const char* key, uint64_t value, uint64_t committed) {
      if (value != committed) Put(StoreCf::kMeta, key, keys::U64Key(value));
    };
    put_counter(keys::kActorCounterKey, actors, committed_actors);
    put_counter(keys::kEdgeCounterKey, edges, committed_edges);
    put_counter(keys::kMentionCountKey, mentions, committed_mentions);
    put_counter(keys::kDocumentCountKey, documents, committed_documents);
    std::sort(dirty_types.begin(), dirty_types.end());
    dirty_types.erase(std::unique(dirty_types.begin(), dirty_types.end()), dirty_types.end());
    for (RelTypeId id : dirty_types) {
      std::string value;
      keys::EncodeRelationType(types[id], &value);
      Put(StoreCf::kMeta, keys::RelTypeKey(id), value);
    }
    adjacency_it.reset();  // an iterator pins a version; release it before writing

    Status previous = WaitForWrite();
    if (!previous.ok()) {
      // The batch just prepared may build on the failed one: nothing after it is trusted.
      Reload().IgnoreError();
      return previous;
    }
    if (current.batch.Count() == 0) {
      ResetToCommitted();
      return Status::OK();
    }
    std::swap(current, in_flight);
    committed_actors = actors;
    committed_edges = edges;
    committed_mentions = mentions;
    committed_documents = documents;
    h->relation_types = types;
    rocksdb::DB* db = h->db.get();
    rocksdb::WriteBatch* batch = &in_flight.batch;
    const std::string dir = h->dir;
    StoreHandles* handles = h;
    write = std::async(std::launch::async, [handles, db, batch, dir, bulk = bulk,
                                            garbage = std::move(retired)]() mutable {
      Status s = bulk ? IngestBatchAsTables(handles, batch)
                      : FromRocks(db->Write(rocksdb::WriteOptions(), batch), dir);
      garbage.reset();
      return s;
    });
    ResetToCommitted();
    return Status::OK();
  }

  Status InternType(const Edge& edge, RelTypeId* id) {
    if (has_last_type) {
      const RelationType& last = types[last_type];
      if (last.relation == edge.relation && last.cameo == edge.cameo && last.kind == edge.kind) {
        *id = last_type;
      } else {
        has_last_type = false;
      }
    }
    if (!has_last_type) {
      const std::string key = RelTypeLookupKey(edge.relation, edge.cameo, edge.kind);
      auto it = type_ids.find(key);
      if (it != type_ids.end()) {
        *id = it->second;
      } else {
        if (types.size() > std::numeric_limits<RelTypeId>::max()) {
          return Status::InvalidArgument("too many distinct relation types (65536)");
        }
        RelationType type;
        type.id = static_cast<RelTypeId>(types.size());
        type.relation = edge.relation;
        type.cameo = edge.cameo;
        type.kind = edge.kind;
        type.symmetric = IsSymmetricRelation(edge.relation);
        types.push_back(type);
        type_ids.emplace(key, type.id);
        dirty_types.push_back(type.id);
        *id = type.id;
      }
      last_type = *id;
      has_last_type = true;
    }
    RelationType& type = types[*id];
    const int64_t span = SpanDays(edge.time);
    if (span > type.max_span_days) {
      type.max_span_days = span;
      dirty_types.push_back(*id);
    }
    return Status::OK();
  }

  Status ResolveVid(std::string_view id, Vid* vid) {
    auto it = vid_cache.find(id);
    if (it != vid_cache.end()) {
      *vid = it->second;
      return Status::OK();
    }
    std::string value;
    bool found = false;
    // Every actor of a store that was empty at load went through this writer, and so into
    // the cache: a miss is a new actor, without a lookup.
    if (actors_at_load != 0) {
      GEOKG_RETURN_IF_ERROR(
          Get(StoreCf::kActorIds, rocksdb::Slice(id.data(), id.size()), &value, &found));
    }
    if (!found) return Status::NotFound("unknown actor id " + std::string(id));
    *vid = keys::DecodeU64Key(value);
    vid_cache.emplace(std::string(id), *vid);
    return Status::OK();
  }

  Status LoadActor(Vid vid, Actor* actor) {
    for (const WriteLayer* layer : {&current, &in_flight}) {
      auto it = layer->actors.find(vid);
      if (it != layer->actors.end()) {
        *actor = it->second;
        return Status::OK();
      }
    }
    std::string value;
    bool found;
    GEOKG_RETURN_IF_ERROR(Get(StoreCf::kActors, keys::U64Key(vid), &value, &found));
    if (!found) return Status::Corruption("store " + h->dir + ": actor record missing");
    return DecodeActor(value, actor);
  }

  void PutActorRecord(Vid vid, const Actor& actor, const Actor* before) {
    std::string value;
    EncodeActor(actor, &value);
    Put(StoreCf::kActors, keys::U64Key(vid), value);
    // Every spelling that names the actor goes into the alias index: name, aliases, codes.
    std::unordered_set<std::string> old_keys;
    if (before != nullptr) {
      old_keys.insert(NameKey(before->name));
      for (const Alias& a : before->aliases) old_keys.insert(NameKey(a.text));
      for (const auto& [system, code] : before->codes) old_keys.insert(NameKey(code));
    }
    std::unordered_set<std::string> written;
    const auto add = [&](std::string_view text, std::string_view lang) {
      std::string key = NameKey(text);
      if (key.empty() || old_keys.count(key) || !written.insert(key).second) return;
      std::string alias_value;
      PutLengthPrefixed(&alias_value, text);
      PutLengthPrefixed(&alias_value, lang);
      Put(StoreCf::kAliases, keys::AliasKey(key, vid), alias_value);
      current.names.emplace(key, vid);
    };
    add(actor.name, "en");
    for (const Alias& a : actor.aliases) add(a.text, a.lang);
    for (const auto& [system, code] : actor.codes) add(code, "");
    current.actors[vid] = actor;
  }

  // Appends the index entries of an edge, or deletes them (when its time is refined).
  void WriteIndexes(const TouchedEdge& t, bool erase) {
    const Edge& e = t.edge;
    const keys::AdjacencyEntry out{t.source, keys::Direction::kOut, t.rel, e.time.lo, t.target,
                                   e.id};
    const keys::AdjacencyEntry in{t.target, keys::Direction::kIn, t.rel, e.time.lo, t.source, e.id};
    const keys::PairEntry pair{std::min(t.source, t.target), std::max(t.source, t.target),
                               e.time.lo, t.rel, e.id};
    const keys::TimelineEntry timeline{e.time.lo, t.rel, e.id};
    if (erase) {
      Delete(StoreCf::kAdjacency, keys::AdjacencyKey(out));
      Delete(StoreCf::kAdjacency, keys::AdjacencyKey(in));
      Delete(StoreCf::kPairs, keys::PairKey(pair));
      Delete(StoreCf::kTimeline, keys::TimelineKey(timeline));
      return;
    }
    std::string adjacency_value;
    PutOrderedInt32(&adjacency_value, e.time.hi);
    adjacency_value.push_back(static_cast<char>(e.modality));
    Put(StoreCf::kAdjacency, keys::AdjacencyKey(out), adjacency_value);
    Put(StoreCf::kAdjacency, keys::AdjacencyKey(in), adjacency_value);
    const char source_is_min = t.source <= t.target ? '\1' : '\0';
    Put(StoreCf::kPairs, keys::PairKey(pair), rocksdb::Slice(&source_is_min, 1));
    std::string timeline_value;
    PutFixed64BE(&timeline_value, t.source);
    PutFixed64BE(&timeline_value, t.target);
    Put(StoreCf::kTimeline, keys::TimelineKey(timeline), timeline_value);
  }

  void PutEdgeRecord(const Edge& e) {
    std::string value;
    EncodeEdgeRecord(e, &value);
    Put(StoreCf::kEdges, keys::U64Key(e.id), value);
  }

  bool MentionPending(std::string_view key) const {
    return current.mention_keys.count(key) > 0 || in_flight.mention_keys.count(key) > 0;
  }

  // Adds the mentions that edge `eid` does not have yet. A `fresh` edge has none stored, which
  // saves a lookup per mention.
  Status AddMentions(EdgeId eid, const std::vector<Mention>& incoming, bool fresh, size_t* added) {
    for (const Mention& m : incoming) {
      std::string key = keys::MentionKey(eid, m);
      if (MentionPending(key)) continue;
      if (!fresh) {
        std::string ignored;
        bool found;
        GEOKG_RETURN_IF_ERROR(Get(StoreCf::kMentions, key, &ignored, &found));
        if (found) continue;
      }
      std::string value;
      if (m.ingested_at == now) {
        EncodeMention(m, &value);
      } else {
        Mention stored = m;
        stored.ingested_at = now;
        EncodeMention(stored, &value);
      }
      Put(StoreCf::kMentions, key, value);
      Put(StoreCf::kDocEdges, keys::DocEdgeKey(m.doc, eid), rocksdb::Slice());
      current.mention_keys.insert(std::move(key));
      ++mentions;
      ++*added;
    }
    return Status::OK();
  }

  // The newest in-memory version of an edge, or null when only the database has it.
  const TouchedEdge* FindTouched(EdgeId id) const {
    for (const WriteLayer* layer : {&current, &in_flight}) {
      auto it = layer->edges.find(id);
      if (it != layer->edges.end()) return &it->second;
    }
    return nullptr;
  }

  void IndexRunEdge(const Dyad& dyad, const Edge& edge) {
    if (!run_index_complete) return;
    if (run_edge_count >= kMaxRunEdges) {
      run_index_complete = false;
      run_index.clear();
      return;
    }
    run_index[dyad].push_back(RunEdge{edge.id, edge.time.lo, edge.time.hi, edge.modality});
    ++run_edge_count;
  }

  void UpdateRunEdgeTime(const Dyad& dyad, const Edge& edge) {
    auto it = run_index.find(dyad);
    if (it == run_index.end()) return;
    for (RunEdge& entry : it->second) {
      if (entry.id == edge.id) {
        entry.lo = edge.time.lo;
        entry.hi = edge.time.hi;
      }
    }
  }

  bool RunIndexCoversStore() const { return edges_at_load == 0 && run_index_complete; }

  // Every stored or pending candidate, from the run index (pending ones in their newest
  // version). REQUIRES: RunIndexCoversStore().
  template <typename Consider>
  Status RunIndexCandidates(const Edge& incoming, const Dyad& dyad, const Consider& consider) {
    auto it = run_index.find(dyad);
    if (it == run_index.end()) return Status::OK();
    for (const RunEdge& entry : it->second) {
      if (entry.lo > incoming.time.hi || entry.hi < incoming.time.lo) continue;
      if (entry.modality != incoming.modality) continue;
      if (const TouchedEdge* pending = FindTouched(entry.id)) {
        consider(pending->edge);
        continue;
      }
      Edge candidate;
      GEOKG_RETURN_IF_ERROR(LoadEdgeRecord(entry.id, &candidate));
      consider(candidate);
    }
    return Status::OK();
  }

  // Finds the best stored or pending edge to merge `incoming` into; 0 when there is none.
  Status FindMergeTarget(const Edge& incoming, Vid s, Vid t, RelTypeId rel, EdgeId* best) {
    *best = 0;
    int best_rank = 3;
    int64_t best_span = std::numeric_limits<int64_t>::max();
    Status status;
    const auto consider = [&](const Edge& candidate) {
      if (!SameClaim(candidate, incoming)) return;
      int rank = MatchRank(candidate.time, incoming.time);
      // The edge that already holds this mention wins outright: ingesting the same input
      // again must land where it landed the first time, whatever else has arrived since.
      if (!incoming.mentions.empty() && status.ok()) {
        bool held = false;
        status = HasMention(candidate.id, incoming.mentions.front(), &held);
        if (held) rank = -1;
      }
      const int64_t span = SpanDays(candidate.time);
      if (rank < best_rank || (rank == best_rank && span < best_span) ||
          (rank == best_rank && span == best_span && candidate.id < *best)) {
        best_rank = rank;
        best_span = span;
        *best = candidate.id;
      }
    };
    const bool symmetric = types[rel].symmetric;
    for (int orientation = 0; orientation < (symmetric && s != t ? 2 : 1); ++orientation) {
      const Vid from_vid = orientation == 0 ? s : t;
      const Vid to_vid = orientation == 0 ? t : s;
      const Dyad dyad{from_vid, to_vid, rel};
      if (RunIndexCoversStore()) {
        // The run index holds pending edges too, with their bounds inline: no layer lookups.
        GEOKG_RETURN_IF_ERROR(RunIndexCandidates(incoming, dyad, consider));
        continue;
      }
      for (const WriteLayer* layer : {&current, &in_flight}) {
        auto pending = layer->by_dyad.find(dyad);
        if (pending == layer->by_dyad.end()) continue;
        for (EdgeId id : pending->second) {
          // An edge changed in `current` shadows its in-flight version.
          if (layer == &in_flight && current.edges.count(id)) continue;
          consider(layer->edges.at(id).edge);
        }
      }
      GEOKG_RETURN_IF_ERROR(ScanStoredCandidates(incoming, from_vid, to_vid, rel, consider));
    }
    return status;
  }

  Status HasMention(EdgeId eid, const Mention& m, bool* held) {
    const std::string key = keys::MentionKey(eid, m);
    if (MentionPending(key)) {
      *held = true;
      return Status::OK();
    }
    std::string ignored;
    return Get(StoreCf::kMentions, key, &ignored, held);
  }

  // Stored edges from `from_vid` to `to_vid`: the out-adjacency of the source, from the
  // earliest lo that can still overlap (lo minus the longest span of this type) to hi.
  template <typename Consider>
  Status ScanStoredCandidates(const Edge& incoming, Vid from_vid, Vid to_vid, RelTypeId rel,
                              const Consider& consider) {
    const int64_t from =
        std::max<int64_t>(int64_t{incoming.time.lo} - types[rel].max_span_days, kOpenLo);
    if (!adjacency_it) {
      rocksdb::ReadOptions read;
      read.prefix_same_as_start = true;  // uses the prefix Bloom filters (store.cc)
      adjacency_it.reset(h->db->NewIterator(read, cf(StoreCf::kAdjacency)));
    }
    const std::string seek =
        keys::AdjacencySeekKey(from_vid, keys::Direction::kOut, rel, static_cast<Day>(from));
    const rocksdb::Slice prefix(seek.data(), keys::kAdjacencyTypePrefixSize);
    std::vector<EdgeId> hits;
    for (adjacency_it->Seek(seek); adjacency_it->Valid() && adjacency_it->key().starts_with(prefix);
         adjacency_it->Next()) {
      keys::AdjacencyEntry entry;
      const rocksdb::Slice key = adjacency_it->key();
      if (!keys::ParseAdjacencyKey(std::string_view(key.data(), key.size()), &entry)) {
        return Status::Corruption("store " + h->dir + ": malformed adjacency entry");
      }
      if (entry.lo > incoming.time.hi) break;
      const rocksdb::Slice value = adjacency_it->value();
      if (entry.other != to_vid || value.size() != 5) continue;
      if (DecodeOrderedInt32(value.data()) < incoming.time.lo) continue;
      if (static_cast<Modality>(value[4]) != incoming.modality) continue;
      if (FindTouched(entry.eid) == nullptr) hits.push_back(entry.eid);
    }
    GEOKG_RETURN_IF_ERROR(FromRocks(adjacency_it->status(), h->dir));
    for (EdgeId id : hits) {
      Edge candidate;
      GEOKG_RETURN_IF_ERROR(LoadEdgeRecord(id, &candidate));
      consider(candidate);
    }
    return Status::OK();
  }

  Status LoadEdgeRecord(EdgeId id, Edge* edge) {
    std::string value;
    bool found;
    GEOKG_RETURN_IF_ERROR(Get(StoreCf::kEdges, keys::U64Key(id), &value, &found));
    if (!found) return Status::Corruption("store " + h->dir + ": edge record missing");
    return DecodeEdgeRecord(value, edge);
  }

  // Makes an edge part of `current` so that it can be changed, and returns it.
  Status Touch(EdgeId id, const std::string& incoming_source, Vid s, Vid t, RelTypeId rel,
               TouchedEdge** out) {
    auto it = current.edges.find(id);
    if (it == current.edges.end()) {
      TouchedEdge entry;
      if (const TouchedEdge* newer = FindTouched(id)) {
        entry = *newer;
      } else {
        GEOKG_RETURN_IF_ERROR(LoadEdgeRecord(id, &entry.edge));
        // A symmetric match may have the stored edge in the other orientation.
        const bool same = entry.edge.source == incoming_source;
        entry.source = same ? s : t;
        entry.target = same ? t : s;
        entry.rel = rel;
      }
      it = current.edges.emplace(id, std::move(entry)).first;
      current.by_dyad[Dyad{it->second.source, it->second.target, rel}].push_back(id);
    }
    *out = &it->second;
    return Status::OK();
  }
};

GraphWriter::GraphWriter(StoreHandles* handles) : impl_(std::make_unique<Impl>()) {
  impl_->h = handles;
  handles->writer_alive = true;
}

GraphWriter::~GraphWriter() {
  impl_->WaitForWrite().IgnoreError();  // the next open of the store reports any lost work
  impl_->h->writer_alive = false;
}

Status GraphWriter::LoadCounters() { return impl_->Reload(); }

Status GraphWriter::PutDocument(const Document& document, std::string_view text,
                                DocumentOutcome* outcome) {
  Impl& m = *impl_;
  const std::string hash = ContentHash(text);
  std::string stored_hash;
  for (const WriteLayer* layer : {&m.current, &m.in_flight}) {
    auto pending = layer->documents.find(document.id);
    if (pending != layer->documents.end()) {
      stored_hash = pending->second;
      break;
    }
  }
  if (stored_hash.empty()) {
    std::string value;
    bool found;
    GEOKG_RETURN_IF_ERROR(m.Get(StoreCf::kDocuments, document.id, &value, &found));
    if (found) {
      Document stored;
      GEOKG_RETURN_IF_ERROR(DecodeDocument(value, &stored));
      stored_hash = stored.content_hash;
    }
  }
  if (!stored_hash.empty()) {
    if (stored_hash != hash) {
      return Status::InvalidArgument("document " + document.id +
                                     " is already stored with different content; give the new "
                                     "version its own id");
    }
    *outcome = DocumentOutcome::kUnchanged;
    return Status::OK();
  }
  Document record = document;
  record.content_hash = hash;
  record.ingested_at = m.now;
  record.text_bytes = text.size();
  std::string value;
  EncodeDocument(record, &value);
  m.Put(StoreCf::kDocuments, document.id, value);
  m.Put(StoreCf::kDocText, document.id, rocksdb::Slice(text.data(), text.size()));
  m.current.documents.emplace(document.id, hash);
  ++m.documents;
  ++m.current.operations;
  *outcome = DocumentOutcome::kNew;
  return Status::OK();
}

Status GraphWriter::UpsertActor(const Actor& actor, Vid* vid) {
  Impl& m = *impl_;
  const std::string problem = ValidateActorId(actor.id);
  if (!problem.empty()) return Status::InvalidArgument(problem + ": '" + actor.id + "'");
  if (actor.name.empty()) return Status::InvalidArgument("actor " + actor.id + " has no name");
  Status found = m.ResolveVid(actor.id, vid);
  if (found.ok()) {
    Actor stored;
    GEOKG_RETURN_IF_ERROR(m.LoadActor(*vid, &stored));
    const Actor before = stored;
    if (MergeActorInto(actor, &stored)) m.PutActorRecord(*vid, stored, &before);
    return Status::OK();
  }
  if (!found.IsNotFound()) return found;
  *vid = ++m.actors;
  m.Put(StoreCf::kActorIds, actor.id, keys::U64Key(*vid));
  m.vid_cache.emplace(actor.id, *vid);
  m.PutActorRecord(*vid, actor, nullptr);
  return Status::OK();
}

Status GraphWriter::LookupActor(std::string_view id, Vid* vid, Actor* actor) {
  GEOKG_RETURN_IF_ERROR(impl_->ResolveVid(id, vid));
  return actor != nullptr ? impl_->LoadActor(*vid, actor) : Status::OK();
}

Status GraphWriter::LookupName(std::string_view name, std::vector<std::string>* ids) {
  Impl& m = *impl_;
  ids->clear();
  const std::string key = NameKey(name);
  std::vector<Vid> vids;
  for (const WriteLayer* layer : {&m.current, &m.in_flight}) {
    const auto range = layer->names.equal_range(key);
    for (auto it = range.first; it != range.second; ++it) vids.push_back(it->second);
  }
  const std::string prefix = keys::AliasPrefix(key);
  std::unique_ptr<rocksdb::Iterator> it(
      m.h->db->NewIterator(rocksdb::ReadOptions(), m.cf(StoreCf::kAliases)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    Vid vid;
    if (it->key().size() == prefix.size() + 8 &&
        keys::ParseAliasKey(std::string_view(it->key().data(), it->key().size()), &vid)) {
      vids.push_back(vid);
    }
  }
  GEOKG_RETURN_IF_ERROR(FromRocks(it->status(), m.h->dir));
  std::sort(vids.begin(), vids.end());
  vids.erase(std::unique(vids.begin(), vids.end()), vids.end());
  for (Vid vid : vids) {
    Actor actor;
    GEOKG_RETURN_IF_ERROR(m.LoadActor(vid, &actor));
    ids->push_back(actor.id);
  }
  return Status::OK();
}

Status GraphWriter::AddEdge(Edge edge, AddEdgeResult* result) {
  Impl& m = *impl_;
  *result = AddEdgeResult();
  if (edge.relation.empty()) return Status::InvalidArgument("edge has no relation");
  Vid s, t;
  GEOKG_RETURN_IF_ERROR(m.ResolveVid(edge.source, &s));
  GEOKG_RETURN_IF_ERROR(m.ResolveVid(edge.target, &t));
  if (!edge.attributed_to.empty()) {
    Vid ignored;
    GEOKG_RETURN_IF_ERROR(m.ResolveVid(edge.attributed_to, &ignored));
  }
  RelTypeId rel;
  GEOKG_RETURN_IF_ERROR(m.InternType(edge, &rel));
  ++m.current.operations;

  EdgeId target_id;
  GEOKG_RETURN_IF_ERROR(m.FindMergeTarget(edge, s, t, rel, &target_id));
  if (target_id != 0) {
    TouchedEdge* stored = nullptr;
    GEOKG_RETURN_IF_ERROR(m.Touch(target_id, edge.source, s, t, rel, &stored));
    result->id = target_id;
    GEOKG_RETURN_IF_ERROR(m.AddMentions(target_id, edge.mentions, false, &result->mentions_added));
    if (edge.time.StrictlyInside(stored->edge.time)) {
      m.WriteIndexes(*stored, /*erase=*/true);
      stored->edge.time = std::move(edge.time);
      m.UpdateRunEdgeTime(Dyad{stored->source, stored->target, rel}, stored->edge);
      m.PutEdgeRecord(stored->edge);
      m.WriteIndexes(*stored, /*erase=*/false);
      result->refined = true;
    }
    return Status::OK();
  }

  std::vector<Mention> mentions = std::move(edge.mentions);
  edge.mentions.clear();
  TouchedEdge fresh{std::move(edge), s, t, rel};
  fresh.edge.id = ++m.edges;
  fresh.edge.ingested_at = m.now;
  m.PutEdgeRecord(fresh.edge);
  m.WriteIndexes(fresh, /*erase=*/false);
  result->id = fresh.edge.id;
  result->created = true;
  GEOKG_RETURN_IF_ERROR(m.AddMentions(fresh.edge.id, mentions, true, &result->mentions_added));
  m.current.by_dyad[Dyad{s, t, rel}].push_back(fresh.edge.id);
  m.IndexRunEdge(Dyad{s, t, rel}, fresh.edge);
  m.current.edges.emplace(fresh.edge.id, std::move(fresh));
  return Status::OK();
}

Status GraphWriter::CommitAsync() { return impl_->StartWrite(); }

Status GraphWriter::Commit() {
  GEOKG_RETURN_IF_ERROR(impl_->StartWrite());
  return impl_->WaitForWrite();
}

void GraphWriter::Rollback() {
  Status in_flight = impl_->WaitForWrite();
  if (!in_flight.ok()) {
    impl_->Reload().IgnoreError();
    return;
  }
  impl_->ResetToCommitted();
}

void GraphWriter::SetBulkMode(bool bulk) { impl_->bulk = bulk; }

size_t GraphWriter::pending_operations() const { return impl_->current.operations; }

}  // namespace geokg
