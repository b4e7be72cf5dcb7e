// graph/write_layer.h
//
// Internal to GraphWriter: the changes of one batch, kept in memory beside the WriteBatch that
// carries them, so that lookups made before the batch reaches RocksDB still see them. A writer
// has two layers: the one being filled, and the one being written by the background thread.
#pragma once

#include <rocksdb/write_batch.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/relation_type.h"

namespace geokg {

// An edge's identity for merging, apart from time, modality and claimant.
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

// Hashes std::string and std::string_view alike, so lookups by view allocate nothing.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// An edge whose record or indexes a batch writes, with its resolved numbers.
struct TouchedEdge {
  Edge edge;  // without mentions
  Vid source = 0;
  Vid target = 0;
  RelTypeId rel = 0;
};

struct WriteLayer {
  rocksdb::WriteBatch batch;
  std::unordered_map<Vid, Actor> actors;
  std::unordered_multimap<std::string, Vid> names;  // NameKey -> vid
  std::unordered_map<EdgeId, TouchedEdge> edges;
  std::unordered_map<Dyad, std::vector<EdgeId>, DyadHash> by_dyad;
  std::unordered_set<std::string, StringHash, std::equal_to<>> mention_keys;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> documents;  // hash
  size_t operations = 0;

  void Clear() {
    batch.Clear();
    actors.clear();
    names.clear();
    edges.clear();
    by_dyad.clear();
    mention_keys.clear();
    documents.clear();
    operations = 0;
  }
};

}  // namespace geokg
