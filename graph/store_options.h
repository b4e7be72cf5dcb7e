// graph/store_options.h
//
// Open-time options of a Store. Every field has a default that suits interactive use; the
// comments give the trade-off of changing it.
#pragma once

#include <cstddef>

namespace geokg {

struct StoreOptions {
  // Open without taking the writer lock and without writing anything. Query commands use this so
  // that they work while an ingest is running; they see the store as it was when opened.
  // Default: false.
  bool read_only = false;

  // Create the directory and an empty store when the directory is missing or empty. Ignored when
  // read_only. A directory holding anything other than a geokg store is never touched.
  // Default: true.
  bool create_if_missing = true;

  // Shared block cache for all column families. Larger speeds up repeated queries on big stores
  // at the cost of resident memory. Default: 64 MiB.
  size_t block_cache_bytes = size_t{64} << 20;

  // Memtable size per column family. Larger batches more writes per flush during bulk loads.
  // Smaller keeps the skip lists cache-friendly: on 2 cores, 8 MiB ingested 1M synthetic edges
  // 16 % faster than 32 MiB (bench/store_bench). Default: 8 MiB.
  size_t write_buffer_bytes = size_t{8} << 20;
};

}  // namespace geokg
