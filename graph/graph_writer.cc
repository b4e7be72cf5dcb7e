#include "graph/graph_writer.h"

#include <rocksdb/write_batch.h>

#include <algorithm>
#include <ctime>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "common/coding.h"
#include "common/name_key.h"
#include "graph/keys.h"
#include "graph/record_codec.h"
#include "graph/store_internal.h"

namespace geokg {
namespace {

// An edge's identity for merging, apart from time, modality and attribution.
struct Dyad {
  Vid source;
  Vid target;
  RelTypeId rel;
  bool operator==(const Dyad&) const = default;
};

struct DyadHash {
  size_t operator()(const Dyad& d) const {
    uint64_t h = d.source * 0x9E3779B97F4A7C15ull;
    h ^= (d.target + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<size_t>(h ^ (uint64_t{d.rel} << 48) ^ (h >> 29));
  }
};

// An edge whose record or indexes this batch writes, with its resolved numbers.
struct TouchedEdge {
  Edge edge;  // without mentions
  Vid source = 0;
  Vid target = 0;
  RelTypeId rel = 0;
};

int64_t SpanDays(const EventTime& t) {
  if (t.lo == kOpenLo || t.hi == kOpenHi) return std::numeric_limits<int32_t>::max();
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

}  // namespace

struct GraphWriter::Impl {
  StoreHandles* h;
  rocksdb::WriteBatch batch;
  int64_t now = 0;

  // Committed counters and their pending values.
  uint64_t actors = 0, edges = 0, mentions = 0, documents = 0;
  uint64_t committed_actors = 0, committed_edges = 0, committed_mentions = 0,
           committed_documents = 0;

  std::vector<RelationType> types;  // committed + pending, indexed by id
  std::unordered_map<std::string, RelTypeId> type_ids;
  std::vector<RelTypeId> dirty_types;

  // Actor id -> vid for committed actors seen so far and for pending ones.
  std::unordered_map<std::string, Vid> vid_cache;
  std::unordered_map<Vid, Actor> pending_actors;
  std::unordered_multimap<std::string, Vid> pending_names;  // NameKey -> vid

  std::unordered_map<EdgeId, TouchedEdge> touched;
  std::unordered_map<Dyad, std::vector<EdgeId>, DyadHash> pending_by_dyad;
  std::unordered_set<std::string> pending_mention_keys;
  std::unordered_map<std::string, std::string> pending_documents;  // id -> content hash
  size_t operations = 0;

  std::unique_ptr<rocksdb::Iterator> adjacency_it;  // lazily opened, reset on commit

  void Put(StoreCf which, const rocksdb::Slice& key, const rocksdb::Slice& value) {
    batch.Put(cf(which), key, value).PermitUncheckedError();  // fails only past 4 GiB
  }
  void Delete(StoreCf which, const rocksdb::Slice& key) {
    batch.Delete(cf(which), key).PermitUncheckedError();
  }

  rocksdb::ColumnFamilyHandle* cf(StoreCf which) const { return h->cf(which); }

  Status Get(StoreCf which, const rocksdb::Slice& key, std::string* value, bool* found) {
    rocksdb::Status s = h->db->Get(rocksdb::ReadOptions(), cf(which), key, value);
    *found = s.ok();
    if (s.IsNotFound()) return Status::OK();
    return FromRocks(s, h->dir);
  }

  void ResetPending() {
    batch.Clear();
    pending_actors.clear();
    pending_names.clear();
    touched.clear();
    pending_by_dyad.clear();
    pending_mention_keys.clear();
    pending_documents.clear();
    dirty_types.clear();
    operations = 0;
    adjacency_it.reset();
  }

  void ResetTypes() {
    types = h->relation_types;
    type_ids.clear();
    for (const RelationType& t : types) {
      type_ids.emplace(RelTypeLookupKey(t.relation, t.cameo, t.kind), t.id);
    }
  }

  Status InternType(const Edge& edge, RelTypeId* id) {
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
    RelationType& type = types[*id];
    const int64_t span = SpanDays(edge.time);
    if (span > type.max_span_days) {
      type.max_span_days = span;
      dirty_types.push_back(*id);
    }
    return Status::OK();
  }

  Status ResolveVid(std::string_view id, Vid* vid) {
    auto it = vid_cache.find(std::string(id));
    if (it != vid_cache.end()) {
      *vid = it->second;
      return Status::OK();
    }
    std::string value;
    bool found;
    GEOKG_RETURN_IF_ERROR(Get(StoreCf::kActorIds, rocksdb::Slice(id.data(), id.size()), &value,
                              &found));
    if (!found) return Status::NotFound("unknown actor id " + std::string(id));
    *vid = keys::DecodeU64Key(value);
    vid_cache.emplace(std::string(id), *vid);
    return Status::OK();
  }

  Status LoadActor(Vid vid, Actor* actor) {
    auto pending = pending_actors.find(vid);
    if (pending != pending_actors.end()) {
      *actor = pending->second;
      return Status::OK();
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
      pending_names.emplace(key, vid);
    };
    add(actor.name, "en");
    for (const Alias& a : actor.aliases) add(a.text, a.lang);
    for (const auto& [system, code] : actor.codes) add(code, "");
    pending_actors[vid] = actor;
  }

  // Appends the index entries of an edge (or deletes them, for a refinement).
  void WriteIndexes(const TouchedEdge& t, bool erase) {
    const Edge& e = t.edge;
    std::string adjacency_value;
    PutOrderedInt32(&adjacency_value, e.time.hi);
    adjacency_value.push_back(static_cast<char>(e.modality));
    const keys::AdjacencyEntry out{t.source, keys::Direction::kOut, t.rel, e.time.lo, t.target,
                                   e.id};
    const keys::AdjacencyEntry in{t.target, keys::Direction::kIn, t.rel, e.time.lo, t.source,
                                  e.id};
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
    Put(StoreCf::kAdjacency, keys::AdjacencyKey(out), adjacency_value);
    Put(StoreCf::kAdjacency, keys::AdjacencyKey(in), adjacency_value);
    Put(StoreCf::kPairs, keys::PairKey(pair),
              std::string(1, t.source <= t.target ? '\1' : '\0'));
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

  // Adds the mentions of `incoming` that `eid` does not have yet. `fresh` edges have none in
  // the database, which saves a lookup per mention.
  Status AddMentions(EdgeId eid, const Edge& incoming, bool fresh, size_t* added) {
    for (const Mention& m : incoming.mentions) {
      std::string key = keys::MentionKey(eid, m);
      if (pending_mention_keys.count(key)) continue;
      if (!fresh) {
        std::string ignored;
        bool found;
        GEOKG_RETURN_IF_ERROR(Get(StoreCf::kMentions, key, &ignored, &found));
        if (found) continue;
      }
      Mention stored = m;
      stored.ingested_at = now;
      std::string value;
      EncodeMention(stored, &value);
      Put(StoreCf::kMentions, key, value);
      Put(StoreCf::kDocEdges, keys::DocEdgeKey(m.doc, eid), rocksdb::Slice());
      pending_mention_keys.insert(std::move(key));
      ++mentions;
      ++*added;
    }
    return Status::OK();
  }

  bool SameClaim(const Edge& stored, const Edge& incoming) const {
    return stored.modality == incoming.modality &&
           stored.attributed_to == incoming.attributed_to && stored.time.Overlaps(incoming.time);
  }

  // Finds the best stored or pending edge to merge `incoming` into; 0 when there is none.
  Status FindMergeTarget(const Edge& incoming, Vid s, Vid t, RelTypeId rel, EdgeId* best) {
    *best = 0;
    int best_rank = 3;
    int64_t best_span = std::numeric_limits<int64_t>::max();
    const auto consider = [&](const Edge& candidate) {
      if (!SameClaim(candidate, incoming)) return;
      const int rank = MatchRank(candidate.time, incoming.time);
      const int64_t span = SpanDays(candidate.time);
      if (rank < best_rank || (rank == best_rank && span < best_span)) {
        best_rank = rank;
        best_span = span;
        *best = candidate.id;
      }
    };
    const bool symmetric = types[rel].symmetric;
    for (int orientation = 0; orientation < (symmetric && s != t ? 2 : 1); ++orientation) {
      const Vid from_vid = orientation == 0 ? s : t;
      const Vid to_vid = orientation == 0 ? t : s;
      auto pending = pending_by_dyad.find(Dyad{from_vid, to_vid, rel});
      if (pending != pending_by_dyad.end()) {
        for (EdgeId id : pending->second) consider(touched.at(id).edge);
      }
      // Stored edges: the out-adjacency of the source, from the earliest lo that can still
      // overlap (lo - the longest span of this type) to the new edge's hi.
      const int64_t from = std::max<int64_t>(int64_t{incoming.time.lo} - types[rel].max_span_days,
                                             kOpenLo);
      if (!adjacency_it) {
        adjacency_it.reset(h->db->NewIterator(rocksdb::ReadOptions(), cf(StoreCf::kAdjacency)));
      }
      const std::string seek =
          keys::AdjacencySeekKey(from_vid, keys::Direction::kOut, rel, static_cast<Day>(from));
      const rocksdb::Slice prefix(seek.data(), 11);
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
        if (!touched.count(entry.eid)) hits.push_back(entry.eid);
      }
      GEOKG_RETURN_IF_ERROR(FromRocks(adjacency_it->status(), h->dir));
      for (EdgeId id : hits) {
        std::string value;
        bool found;
        GEOKG_RETURN_IF_ERROR(Get(StoreCf::kEdges, keys::U64Key(id), &value, &found));
        if (!found) return Status::Corruption("store " + h->dir + ": edge record missing");
        Edge candidate;
        GEOKG_RETURN_IF_ERROR(DecodeEdgeRecord(value, &candidate));
        consider(candidate);
      }
    }
    return Status::OK();
  }

  // Makes a stored or pending edge part of this batch so that it can be changed.
  Status Touch(EdgeId id, Vid s, Vid t, RelTypeId rel, TouchedEdge** out) {
    auto it = touched.find(id);
    if (it == touched.end()) {
      std::string value;
      bool found;
      GEOKG_RETURN_IF_ERROR(Get(StoreCf::kEdges, keys::U64Key(id), &value, &found));
      if (!found) return Status::Corruption("store " + h->dir + ": edge record missing");
      TouchedEdge entry;
      GEOKG_RETURN_IF_ERROR(DecodeEdgeRecord(value, &entry.edge));
      // A symmetric match may have the stored edge in the other orientation.
      const bool same = entry.edge.source == touched_source_id;
      entry.source = same ? s : t;
      entry.target = same ? t : s;
      entry.rel = rel;
      it = touched.emplace(id, std::move(entry)).first;
      pending_by_dyad[Dyad{it->second.source, it->second.target, rel}].push_back(id);
    }
    *out = &it->second;
    return Status::OK();
  }

  std::string touched_source_id;  // the incoming edge's source id, for Touch()
};

GraphWriter::GraphWriter(StoreHandles* handles) : impl_(std::make_unique<Impl>()) {
  impl_->h = handles;
  handles->writer_alive = true;
  impl_->ResetTypes();
}

GraphWriter::~GraphWriter() { impl_->h->writer_alive = false; }

Status GraphWriter::LoadCounters() {
  const auto load = [&](const char* key, uint64_t* value) -> Status {
    std::string raw;
    bool found;
    GEOKG_RETURN_IF_ERROR(impl_->Get(StoreCf::kMeta, key, &raw, &found));
    *value = found ? keys::DecodeU64Key(raw) : 0;
    return Status::OK();
  };
  GEOKG_RETURN_IF_ERROR(load(keys::kActorCounterKey, &impl_->committed_actors));
  GEOKG_RETURN_IF_ERROR(load(keys::kEdgeCounterKey, &impl_->committed_edges));
  GEOKG_RETURN_IF_ERROR(load(keys::kMentionCountKey, &impl_->committed_mentions));
  GEOKG_RETURN_IF_ERROR(load(keys::kDocumentCountKey, &impl_->committed_documents));
  Rollback();
  return Status::OK();
}

Status GraphWriter::PutDocument(const Document& document, std::string_view text,
                                DocumentOutcome* outcome) {
  Impl& m = *impl_;
  const std::string hash = ContentHash(text);
  auto pending = m.pending_documents.find(document.id);
  std::string stored_hash;
  if (pending != m.pending_documents.end()) {
    stored_hash = pending->second;
  } else {
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
  m.pending_documents.emplace(document.id, hash);
  ++m.documents;
  ++m.operations;
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
  const auto range = m.pending_names.equal_range(key);
  for (auto it = range.first; it != range.second; ++it) vids.push_back(it->second);
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

Status GraphWriter::AddEdge(const Edge& edge, AddEdgeResult* result) {
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
  ++m.operations;

  EdgeId target_id;
  GEOKG_RETURN_IF_ERROR(m.FindMergeTarget(edge, s, t, rel, &target_id));
  if (target_id != 0) {
    m.touched_source_id = edge.source;
    TouchedEdge* stored = nullptr;
    GEOKG_RETURN_IF_ERROR(m.Touch(target_id, s, t, rel, &stored));
    result->id = target_id;
    GEOKG_RETURN_IF_ERROR(m.AddMentions(target_id, edge, false, &result->mentions_added));
    if (edge.time.StrictlyInside(stored->edge.time)) {
      m.WriteIndexes(*stored, /*erase=*/true);
      stored->edge.time = edge.time;
      m.PutEdgeRecord(stored->edge);
      m.WriteIndexes(*stored, /*erase=*/false);
      result->refined = true;
    }
    return Status::OK();
  }

  TouchedEdge fresh;
  fresh.edge = edge;
  fresh.edge.mentions.clear();
  fresh.edge.id = ++m.edges;
  fresh.edge.ingested_at = m.now;
  fresh.source = s;
  fresh.target = t;
  fresh.rel = rel;
  m.PutEdgeRecord(fresh.edge);
  m.WriteIndexes(fresh, /*erase=*/false);
  result->id = fresh.edge.id;
  result->created = true;
  GEOKG_RETURN_IF_ERROR(m.AddMentions(fresh.edge.id, edge, true, &result->mentions_added));
  m.pending_by_dyad[Dyad{s, t, rel}].push_back(fresh.edge.id);
  m.touched.emplace(fresh.edge.id, std::move(fresh));
  return Status::OK();
}

Status GraphWriter::Commit() {
  Impl& m = *impl_;
  const auto put_counter = [&](const char* key, uint64_t value, uint64_t committed) {
    if (value != committed) m.Put(StoreCf::kMeta, key, keys::U64Key(value));
  };
  put_counter(keys::kActorCounterKey, m.actors, m.committed_actors);
  put_counter(keys::kEdgeCounterKey, m.edges, m.committed_edges);
  put_counter(keys::kMentionCountKey, m.mentions, m.committed_mentions);
  put_counter(keys::kDocumentCountKey, m.documents, m.committed_documents);
  std::sort(m.dirty_types.begin(), m.dirty_types.end());
  m.dirty_types.erase(std::unique(m.dirty_types.begin(), m.dirty_types.end()),
                      m.dirty_types.end());
  for (RelTypeId id : m.dirty_types) {
    std::string value;
    keys::EncodeRelationType(m.types[id], &value);
    m.Put(StoreCf::kMeta, keys::RelTypeKey(id), value);
  }
  if (m.batch.Count() > 0) {
    m.adjacency_it.reset();  // an iterator pins the old version; release it before writing
    Status s = FromRocks(m.h->db->Write(rocksdb::WriteOptions(), &m.batch), m.h->dir);
    if (!s.ok()) {
      Rollback();
      return s;
    }
  }
  m.committed_actors = m.actors;
  m.committed_edges = m.edges;
  m.committed_mentions = m.mentions;
  m.committed_documents = m.documents;
  m.h->relation_types = m.types;
  m.ResetPending();
  m.now = static_cast<int64_t>(std::time(nullptr));
  return Status::OK();
}

void GraphWriter::Rollback() {
  Impl& m = *impl_;
  m.ResetPending();
  m.vid_cache.clear();
  m.actors = m.committed_actors;
  m.edges = m.committed_edges;
  m.mentions = m.committed_mentions;
  m.documents = m.committed_documents;
  m.ResetTypes();
  m.now = static_cast<int64_t>(std::time(nullptr));
}

size_t GraphWriter::pending_operations() const { return impl_->operations; }

}  // namespace geokg
