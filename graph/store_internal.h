// graph/store_internal.h
//
// What Store and GraphWriter share and nobody else may see: the RocksDB handles, the writer lock
// and the in-memory relation-type table. Not part of the public contract.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/relation_type.h"

namespace geokg {

enum class StoreCf : int {
  kMeta = 0,
  kActors,
  kActorIds,
  kAliases,
  kEdges,
  kMentions,
  kAdjacency,
  kPairs,
  kTimeline,
  kDocuments,
  kDocText,
  kDocEdges,
  kCount,
};

struct StoreHandles {
  std::string dir;
  bool read_only = false;
  int lock_fd = -1;  // flock()ed writer lock, -1 when read-only
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;  // indexed by StoreCf, owned here
  std::vector<RelationType> relation_types;       // committed, indexed by id
  bool writer_alive = false;

  rocksdb::ColumnFamilyHandle* cf(StoreCf which) const { return cfs[static_cast<int>(which)]; }

  ~StoreHandles();
};

// Reads the relation types from the meta column family into h->relation_types.
Status LoadRelationTypes(StoreHandles* h);

// Converts a RocksDB status, prefixing the store directory so the message says which store.
Status FromRocks(const rocksdb::Status& status, const std::string& dir);

}  // namespace geokg
