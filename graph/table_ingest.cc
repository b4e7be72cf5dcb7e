#include "graph/table_ingest.h"

#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace geokg {
namespace {

namespace fs = std::filesystem;

constexpr char kIngestFolder[] = "ingest";

// Views into the batch's own buffer, which outlives them: sorting moves no key bytes.
struct Entry {
  rocksdb::Slice key;
  rocksdb::Slice value;
  bool erase = false;
};

// Collects a batch's operations per column family id, in order.
class Collector : public rocksdb::WriteBatch::Handler {
 public:
  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    entries_[cf].push_back({key, value, false});
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    entries_[cf].push_back({key, rocksdb::Slice(), true});
    return rocksdb::Status::OK();
  }
  std::map<uint32_t, std::vector<Entry>>& entries() { return entries_; }

 private:
  std::map<uint32_t, std::vector<Entry>> entries_;
};

}  // namespace

void RemoveLeftoverIngestFiles(const std::string& dir) {
  std::error_code ignored;
  fs::remove_all(fs::path(dir) / kIngestFolder, ignored);
}

Status IngestBatchAsTables(StoreHandles* h, rocksdb::WriteBatch* batch) {
  Collector collector;
  GEOKG_RETURN_IF_ERROR(FromRocks(batch->Iterate(&collector), h->dir));
  const fs::path folder = fs::path(h->dir) / kIngestFolder;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Status::IOError("cannot create " + folder.string() + ": " + ec.message());

  static std::atomic<uint64_t> file_number{0};
  std::vector<rocksdb::IngestExternalFileArg> args;
  std::vector<std::string> written;
  Status status;
  for (auto& [cf_id, entries] : collector.entries()) {
    rocksdb::ColumnFamilyHandle* cf = nullptr;
    for (rocksdb::ColumnFamilyHandle* handle : h->cfs) {
      if (handle->GetID() == cf_id) cf = handle;
    }
    if (cf == nullptr) {
      status = Status::Corruption("store " + h->dir + ": batch names an unknown column family");
      break;
    }
    // Later writes to one key win: sort stably, then keep the last of each run. Records keyed
    // by a counter (edges, mentions) arrive sorted already.
    const auto key_less = [](const Entry& a, const Entry& b) { return a.key.compare(b.key) < 0; };
    if (!std::is_sorted(entries.begin(), entries.end(), key_less)) {
      std::stable_sort(entries.begin(), entries.end(), key_less);
    }
    const std::string path =
        (folder / (std::to_string(::getpid()) + "-" + std::to_string(file_number++) + ".sst"))
            .string();
    // An ingested file would be compressed as the bottommost level (ZSTD), which cost a seventh
    // of a feed load's CPU time; LZ4 now, and compaction recompresses it when it rewrites it.
    rocksdb::Options options = h->db->GetOptions(cf);
    options.compression = rocksdb::kLZ4Compression;
    options.bottommost_compression = rocksdb::kDisableCompressionOption;
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, cf);
    rocksdb::Status s = writer.Open(path);
    for (size_t i = 0; s.ok() && i < entries.size(); ++i) {
      if (i + 1 < entries.size() && entries[i + 1].key == entries[i].key) continue;
      s = entries[i].erase ? writer.Delete(entries[i].key)
                           : writer.Put(entries[i].key, entries[i].value);
    }
    if (s.ok()) s = writer.Finish();
    written.push_back(path);
    if (!s.ok()) {
      status = FromRocks(s, h->dir);
      break;
    }
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = cf;
    arg.external_files.push_back(path);
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (status.ok() && !args.empty()) {
    status = FromRocks(h->db->IngestExternalFiles(args), h->dir);
  }
  for (const std::string& path : written) fs::remove(path, ec);  // moved ones are gone already
  return status;
}

}  // namespace geokg
