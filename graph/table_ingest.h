// graph/table_ingest.h
//
// The bulk write path: instead of inserting a batch into the memtables (which costs a skip-list
// insert, mostly cache misses, per key), the batch is sorted, written as one table file per
// column family, and the files are ingested with one IngestExternalFiles call, which RocksDB
// records atomically in its MANIFEST: after a crash the batch is either all there or not at
// all, as with a WriteBatch. Internal to graph/.
#pragma once

#include <rocksdb/write_batch.h>

#include "common/status.h"
#include "graph/store_internal.h"

namespace geokg {

// Writes `batch` (Puts and Deletes on the store's column families; later writes to a key win)
// into the store as table files. The files are made in the store directory's "ingest"
// subfolder and moved into the database; nothing is left behind on failure.
Status IngestBatchAsTables(StoreHandles* h, rocksdb::WriteBatch* batch);

// Removes table files that a crash during IngestBatchAsTables left unused.
void RemoveLeftoverIngestFiles(const std::string& dir);

}  // namespace geokg
