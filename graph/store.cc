#include "graph/store.h"

#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include "common/coding.h"
#include "common/name_key.h"
#include "graph/graph_writer.h"
#include "graph/record_codec.h"
#include "graph/store_internal.h"
#include "graph/table_ingest.h"

namespace geokg {
namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, static_cast<int>(StoreCf::kCount)> kCfNames = {
    keys::kMetaCf,     keys::kActorsCf,    keys::kActorIdsCf,  keys::kAliasesCf,
    keys::kEdgesCf,    keys::kMentionsCf,  keys::kAdjacencyCf, keys::kPairsCf,
    keys::kTimelineCf, keys::kDocumentsCf, keys::kDocTextCf,   keys::kDocEdgesCf,
};

constexpr char kSchemaMagic[] = "geokg-store";
constexpr char kLockFile[] = "GEOKG_WRITER_LOCK";

std::string SchemaValue(uint32_t version) {
  std::string value(kSchemaMagic);
  PutFixed32BE(&value, version);
  return value;
}

rocksdb::ColumnFamilyOptions MakeCfOptions(const StoreOptions& options,
                                           const std::shared_ptr<rocksdb::Cache>& cache,
                                           const char* name) {
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  if (std::string_view(name) == keys::kAdjacencyCf) {
    // Merging looks up (actor, direction, type) prefixes that mostly do not exist yet; prefix
    // Bloom filters in the memtable and the table files answer those seeks without a search.
    // Scans that cross types ask for total order (ScanAdjacencyRange).
    cf.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(keys::kAdjacencyTypePrefixSize));
    cf.memtable_prefix_bloom_size_ratio = 0.05;
    table.whole_key_filtering = false;
  }
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.write_buffer_size = options.write_buffer_bytes;
  cf.compression = rocksdb::kLZ4Compression;
  cf.bottommost_compression = rocksdb::kZSTD;
  cf.level_compaction_dynamic_level_bytes = true;
  return cf;
}

bool DirectoryIsEmpty(const fs::path& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) && !ec;
}

// Takes the writer lock, writing our pid into the file so that a second writer can say who
// holds it. flock() locks are released by the kernel when the process dies, however it dies.
Status AcquireWriterLock(const std::string& dir, int* fd_out) {
  const std::string path = (fs::path(dir) / kLockFile).string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError("cannot create lock file " + path);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    char pid[32] = {0};
    const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
    ::close(fd);
    std::string holder = n > 0 ? std::string(pid, static_cast<size_t>(n)) : "";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    return Status::Busy("store " + dir + " is being written by another geokg process" +
                        (holder.empty() ? "" : " (pid " + holder + ")") +
                        "; wait for it to finish, or query it read-only meanwhile");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The pid is only for messages; the lock itself is held.
  }
  *fd_out = fd;
  return Status::OK();
}

// Reads and checks the schema marker. `fresh` stores get one written.
Status CheckSchema(StoreHandles* h, bool fresh) {
  std::string value;
  rocksdb::Status s =
      h->db->Get(rocksdb::ReadOptions(), h->cf(StoreCf::kMeta), keys::kSchemaKey, &value);
  if (s.IsNotFound()) {
    if (!fresh) {
      if (h->read_only && std::filesystem::exists(std::filesystem::path(h->dir) / kLockFile)) {
        return Status::Busy("store " + h->dir +
                            " is still being created (or its creation was "
                            "interrupted: run geokg ingest to finish it)");
      }
      return Status::InvalidArgument(h->dir +
                                     " is a RocksDB database but not a geokg store; "
                                     "refusing to touch it");
    }
    return FromRocks(h->db->Put(rocksdb::WriteOptions(), h->cf(StoreCf::kMeta), keys::kSchemaKey,
                                SchemaValue(kSchemaVersion)),
                     h->dir);
  }
  GEOKG_RETURN_IF_ERROR(FromRocks(s, h->dir));
  const std::string magic(kSchemaMagic);
  if (value.size() != magic.size() + 4 || value.compare(0, magic.size(), magic) != 0) {
    return Status::InvalidArgument(h->dir + " is not a geokg store (no schema marker)");
  }
  const uint32_t version = DecodeFixed32BE(value.data() + magic.size());
  if (version != kSchemaVersion) {
    return Status::NotSupported("store " + h->dir + " has schema version " +
                                std::to_string(version) + ", this geokg reads version " +
                                std::to_string(kSchemaVersion) +
                                "; export it with the geokg that wrote it (edges --json) and "
                                "ingest the facts into a new store");
  }
  return Status::OK();
}

}  // namespace

StoreHandles::~StoreHandles() {
  if (db && !read_only) {
    // Leave the data in table files rather than in the write-ahead log, so that the next open
    // (and readers racing it) need no log recovery.
    db->Flush(rocksdb::FlushOptions(), cfs).PermitUncheckedError();
  }
  if (db) {
    for (rocksdb::ColumnFamilyHandle* cf : cfs) {
      if (cf != nullptr) db->DestroyColumnFamilyHandle(cf).PermitUncheckedError();
    }
    cfs.clear();
    db->Close().PermitUncheckedError();
    db.reset();
  }
  if (lock_fd >= 0) ::close(lock_fd);
}

Status LoadRelationTypes(StoreHandles* h) {
  std::unique_ptr<rocksdb::Iterator> it(
      h->db->NewIterator(rocksdb::ReadOptions(), h->cf(StoreCf::kMeta)));
  const std::string prefix = keys::kRelTypePrefix;
  h->relation_types.clear();
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    RelationType type;
    if (!keys::DecodeRelationType(std::string_view(it->value().data(), it->value().size()),
                                  &type) ||
        type.id != h->relation_types.size()) {
      return Status::Corruption("store " + h->dir + ": malformed relation type record");
    }
    h->relation_types.push_back(std::move(type));
  }
  return FromRocks(it->status(), h->dir);
}

Status FromRocks(const rocksdb::Status& status, const std::string& dir) {
  if (status.ok()) return Status::OK();
  const std::string msg = "store " + dir + ": " + status.ToString();
  if (status.IsNotFound()) return Status::NotFound(msg);
  if (status.IsCorruption()) return Status::Corruption(msg);
  if (status.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (status.IsNotSupported()) return Status::NotSupported(msg);
  return Status::IOError(msg);
}

namespace {

// What a directory holds, judged without writing anything to it.
enum class DirState {
  kMissing,
  kEmpty,
  kUnfinished,  // our lock file but no database yet: a creation that was interrupted
  kDatabase,    // a RocksDB database (ours or not: checked by its column families and marker)
  kForeign,     // anything else; never touched
};

DirState Classify(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return DirState::kMissing;
  if (fs::exists(path / "CURRENT", ec)) return DirState::kDatabase;
  if (DirectoryIsEmpty(path)) return DirState::kEmpty;
  if (fs::exists(path / kLockFile, ec)) return DirState::kUnfinished;
  return DirState::kForeign;
}

rocksdb::DBOptions MakeDbOptions(bool read_only) {
  rocksdb::DBOptions db_options;
  db_options.max_background_jobs = 2;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;
  // A reader opens every table file at once and so holds them open: a concurrent writer's
  // compaction may delete them from the directory, but the reader keeps its snapshot.
  if (read_only) db_options.max_open_files = -1;
  return db_options;
}

// One attempt to open. `ours` says the directory carries geokg's lock file, so a missing
// column family or marker means an interrupted creation, which a writer completes.
Status OpenOnce(const StoreOptions& options, const std::string& dir,
                std::unique_ptr<StoreHandles>* out) {
  const fs::path path(dir);
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(dir + " is a file, not a geokg store directory");
  }
  const DirState state = Classify(path);
  if (state == DirState::kForeign) {
    return Status::InvalidArgument(dir + " exists and is not a geokg store; refusing to touch it");
  }
  const bool ours = state != DirState::kDatabase || fs::exists(path / kLockFile, ec);
  if (options.read_only) {
    if (state == DirState::kMissing || state == DirState::kEmpty) {
      return Status::NotFound("no geokg store at " + dir + " (create one with geokg ingest)");
    }
    if (state == DirState::kUnfinished) {
      return Status::Busy("store " + dir +
                          " is still being created (or its creation was "
                          "interrupted: run geokg ingest to finish it)");
    }
  } else if (state == DirState::kMissing && !options.create_if_missing) {
    return Status::NotFound("no geokg store at " + dir);
  }

  rocksdb::DBOptions db_options = MakeDbOptions(options.read_only);
  if (state == DirState::kDatabase) {
    // A database without our column families is opened by nobody; checked before the lock
    // file is created, so a foreign database directory stays untouched.
    std::vector<std::string> existing;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, dir, &existing);
    if (!s.ok() && !ours)
      return Status::InvalidArgument(dir + " is not a geokg store: " + s.ToString());
    for (const char* name : kCfNames) {
      if (std::find(existing.begin(), existing.end(), name) != existing.end()) continue;
      if (!ours) {
        return Status::InvalidArgument(dir + " is not a geokg store (column family " +
                                       std::string(name) + " missing); refusing to touch it");
      }
      if (options.read_only) {
        return Status::Busy("store " + dir +
                            " is still being created (or its creation was "
                            "interrupted: run geokg ingest to finish it)");
      }
    }
  }
  if (!options.read_only) {
    fs::create_directories(path, ec);
    if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
    db_options.create_if_missing = true;
    db_options.create_missing_column_families = ours;
  }

  auto handles = std::make_unique<StoreHandles>();
  handles->dir = dir;
  handles->read_only = options.read_only;
  if (!options.read_only) {
    GEOKG_RETURN_IF_ERROR(AcquireWriterLock(dir, &handles->lock_fd));
    RemoveLeftoverIngestFiles(dir);
  }

  const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const char* name : kCfNames) {
    descriptors.emplace_back(name, MakeCfOptions(options, cache, name));
  }
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(db_options, dir, descriptors, &handles->cfs, &raw)
          : rocksdb::DB::Open(db_options, dir, descriptors, &handles->cfs, &raw);
  if (!s.ok()) return FromRocks(s, dir);
  handles->db.reset(raw);

  // The marker is written last when a store is created, so its absence in a directory that
  // carries our lock file means an unfinished creation, which a writer completes.
  GEOKG_RETURN_IF_ERROR(CheckSchema(handles.get(), ours && !options.read_only));
  GEOKG_RETURN_IF_ERROR(LoadRelationTypes(handles.get()));
  *out = std::move(handles);
  return Status::OK();
}

}  // namespace

Status Store::Open(const StoreOptions& options, const std::string& dir,
                   std::unique_ptr<Store>* store) {
  std::unique_ptr<StoreHandles> handles;
  Status s = OpenOnce(options, dir, &handles);
  // A reader can meet a writer in the middle of opening: recovering its log into table files,
  // deleting the old ones, or creating the store. That lasts milliseconds, so a reader that
  // fails for such a reason tries again for up to two seconds before reporting it.
  for (int attempt = 0; options.read_only && !s.ok() && attempt < 20; ++attempt) {
    if (!(s.IsBusy() || s.IsIOError() || s.IsCorruption() || s.IsInvalidArgument())) break;
    std::error_code ec;
    if (s.IsInvalidArgument() && !fs::exists(fs::path(dir) / kLockFile, ec)) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + 10 * attempt));
    s = OpenOnce(options, dir, &handles);
  }
  if (!s.ok()) return s;
  store->reset(new Store(std::move(handles)));
  return Status::OK();
}

Store::Store(std::unique_ptr<StoreHandles> handles) : handles_(std::move(handles)) {}
Store::~Store() = default;

const std::string& Store::dir() const { return handles_->dir; }
bool Store::read_only() const { return handles_->read_only; }

const std::vector<RelationType>& Store::relation_types() const { return handles_->relation_types; }

Status Store::GetActor(std::string_view id, Actor* actor, Vid* vid) const {
  std::string value;
  rocksdb::Status s = handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kActorIds),
                                        rocksdb::Slice(id.data(), id.size()), &value);
  if (s.IsNotFound()) return Status::NotFound("no actor with id " + std::string(id));
  GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
  const Vid found = keys::DecodeU64Key(value);
  if (vid != nullptr) *vid = found;
  return actor != nullptr ? GetActorByVid(found, actor) : Status::OK();
}

Status Store::GetActorByVid(Vid vid, Actor* actor) const {
  std::string value;
  rocksdb::Status s = handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kActors),
                                        keys::U64Key(vid), &value);
  if (s.IsNotFound()) return Status::NotFound("no actor number " + std::to_string(vid));
  GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
  return DecodeActor(value, actor);
}

Status Store::FindActorsByName(std::string_view name, std::vector<Vid>* vids) const {
  vids->clear();
  const std::string prefix = keys::AliasPrefix(NameKey(name));
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kAliases)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    Vid vid;
    if (keys::ParseAliasKey(std::string_view(it->key().data(), it->key().size()), &vid) &&
        it->key().size() == prefix.size() + 8) {
      vids->push_back(vid);
    }
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::ForEachActor(const std::function<bool(Vid, const Actor&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kActors)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Actor actor;
    GEOKG_RETURN_IF_ERROR(
        DecodeActor(std::string_view(it->value().data(), it->value().size()), &actor));
    if (!fn(keys::DecodeU64Key(std::string_view(it->key().data(), it->key().size())), actor)) {
      break;
    }
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::GetEdge(EdgeId id, bool with_mentions, Edge* edge) const {
  std::string value;
  rocksdb::Status s = handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kEdges),
                                        keys::U64Key(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no edge " + FormatEdgeId(id));
  GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
  GEOKG_RETURN_IF_ERROR(DecodeEdgeRecord(value, edge));
  if (!with_mentions) return Status::OK();
  const std::string prefix = keys::U64Key(id);
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kMentions)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    Mention mention;
    GEOKG_RETURN_IF_ERROR(
        DecodeMention(std::string_view(it->value().data(), it->value().size()), &mention));
    edge->mentions.push_back(std::move(mention));
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::GetEdges(const std::vector<EdgeId>& ids, bool with_mentions,
                       const std::function<bool(const Edge&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> mentions;
  if (with_mentions) {
    mentions.reset(
        handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kMentions)));
  }
  for (EdgeId id : ids) {
    const std::string key = keys::U64Key(id);
    rocksdb::PinnableSlice value;
    const rocksdb::Status s = handles_->db->Get(
        rocksdb::ReadOptions(), handles_->cf(StoreCf::kEdges), rocksdb::Slice(key), &value);
    if (s.IsNotFound()) return Status::NotFound("no edge " + FormatEdgeId(id));
    GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
    Edge edge;
    GEOKG_RETURN_IF_ERROR(DecodeEdgeRecord(std::string_view(value.data(), value.size()), &edge));
    if (with_mentions) {
      for (mentions->Seek(key); mentions->Valid() && mentions->key().starts_with(key);
           mentions->Next()) {
        Mention mention;
        GEOKG_RETURN_IF_ERROR(DecodeMention(
            std::string_view(mentions->value().data(), mentions->value().size()), &mention));
        edge.mentions.push_back(std::move(mention));
      }
      GEOKG_RETURN_IF_ERROR(FromRocks(mentions->status(), handles_->dir));
    }
    if (!fn(edge)) break;
  }
  return Status::OK();
}

Status Store::ForEachEdge(const std::function<bool(const Edge&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kEdges)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Edge edge;
    GEOKG_RETURN_IF_ERROR(
        DecodeEdgeRecord(std::string_view(it->value().data(), it->value().size()), &edge));
    if (!fn(edge)) break;
  }
  return FromRocks(it->status(), handles_->dir);
}

Status ScanAdjacencyWith(const StoreHandles& h, rocksdb::Iterator* it, const std::string& seek,
                         size_t prefix_size, Day to,
                         const std::function<bool(const Store::AdjacencyHit&)>& fn);

namespace {

// Scans adjacency entries from `seek` while the key starts with its first `prefix_size` bytes
// and lo <= to.
Status ScanAdjacencyRange(const StoreHandles& h, const std::string& seek, size_t prefix_size,
                          Day to, const std::function<bool(const Store::AdjacencyHit&)>& fn) {
  const rocksdb::Slice prefix(seek.data(), prefix_size);
  rocksdb::ReadOptions read;
  if (prefix_size == keys::kAdjacencyTypePrefixSize) {
    read.prefix_same_as_start = true;
  } else {
    read.total_order_seek = true;
  }
  std::unique_ptr<rocksdb::Iterator> it(h.db->NewIterator(read, h.cf(StoreCf::kAdjacency)));
  return ScanAdjacencyWith(h, it.get(), seek, prefix_size, to, fn);
}

}  // namespace

// The loop of every adjacency scan, on an iterator the caller made (and may reuse).
Status ScanAdjacencyWith(const StoreHandles& h, rocksdb::Iterator* it, const std::string& seek,
                         size_t prefix_size, Day to,
                         const std::function<bool(const Store::AdjacencyHit&)>& fn) {
  const rocksdb::Slice prefix(seek.data(), prefix_size);
  for (it->Seek(seek); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    Store::AdjacencyHit hit;
    const rocksdb::Slice value = it->value();
    if (!keys::ParseAdjacencyKey(std::string_view(it->key().data(), it->key().size()),
                                 &hit.entry) ||
        value.size() != 5) {
      return Status::Corruption("store " + h.dir + ": malformed adjacency entry");
    }
    if (hit.entry.lo > to) {
      if (prefix_size > 9) break;  // sorted by lo within one type
      continue;
    }
    hit.hi = DecodeOrderedInt32(value.data());
    hit.modality = static_cast<Modality>(value[4]);
    if (!fn(hit)) break;
  }
  return FromRocks(it->status(), h.dir);
}

AdjacencyCursor::AdjacencyCursor(const StoreHandles* handles) : handles_(handles) {
  rocksdb::ReadOptions read;
  read.total_order_seek = true;
  it_.reset(handles->db->NewIterator(read, handles->cf(StoreCf::kAdjacency)));
}

AdjacencyCursor::~AdjacencyCursor() = default;

Status AdjacencyCursor::ScanActorEdges(Vid vid, keys::Direction dir,
                                       const std::function<bool(const Store::AdjacencyHit&)>& fn) {
  const std::string seek = keys::AdjacencySeekKey(vid, dir, 0, kOpenLo).substr(0, 9);
  return ScanAdjacencyWith(*handles_, it_.get(), seek, 9, kOpenHi, fn);
}

Status AdjacencyCursor::ScanAllEdges(Vid vid,
                                     const std::function<bool(const Store::AdjacencyHit&)>& fn) {
  const std::string seek =
      keys::AdjacencySeekKey(vid, keys::Direction::kOut, 0, kOpenLo).substr(0, 8);
  return ScanAdjacencyWith(*handles_, it_.get(), seek, 8, kOpenHi, fn);
}

std::unique_ptr<AdjacencyCursor> Store::NewAdjacencyCursor() const {
  return std::unique_ptr<AdjacencyCursor>(new AdjacencyCursor(handles_.get()));
}

Status Store::ScanAdjacency(Vid vid, keys::Direction dir, RelTypeId rel, Day from, Day to,
                            const std::function<bool(const AdjacencyHit&)>& fn) const {
  return ScanAdjacencyRange(*handles_, keys::AdjacencySeekKey(vid, dir, rel, from),
                            keys::kAdjacencyTypePrefixSize, to, fn);
}

Status Store::ScanActorEdges(Vid vid, keys::Direction dir,
                             const std::function<bool(const AdjacencyHit&)>& fn) const {
  const std::string seek = keys::AdjacencySeekKey(vid, dir, 0, kOpenLo).substr(0, 9);
  return ScanAdjacencyRange(*handles_, seek, 9, kOpenHi, fn);
}

Status Store::ScanPair(Vid a, Vid b, const std::function<bool(const keys::PairEntry&)>& fn) const {
  const std::string prefix = keys::PairPrefix(a, b);
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kPairs)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    keys::PairEntry entry;
    if (!keys::ParsePairKey(std::string_view(it->key().data(), it->key().size()), &entry)) {
      return Status::Corruption("store " + handles_->dir + ": malformed pair entry");
    }
    if (!fn(entry)) break;
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::ScanTimeline(Day from, Day to,
                           const std::function<bool(const keys::TimelineEntry&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kTimeline)));
  for (it->Seek(keys::TimelineSeekKey(from)); it->Valid(); it->Next()) {
    keys::TimelineEntry entry;
    if (!keys::ParseTimelineKey(std::string_view(it->key().data(), it->key().size()), &entry)) {
      return Status::Corruption("store " + handles_->dir + ": malformed timeline entry");
    }
    if (entry.lo > to) break;
    if (!fn(entry)) break;
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::ScanDocumentEdges(std::string_view doc, const std::function<bool(EdgeId)>& fn) const {
  const std::string prefix = keys::DocEdgePrefix(doc);
  std::unique_ptr<rocksdb::Iterator> it(
      handles_->db->NewIterator(rocksdb::ReadOptions(), handles_->cf(StoreCf::kDocEdges)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EdgeId eid;
    if (it->key().size() != prefix.size() + 8 ||
        !keys::ParseDocEdgeKey(std::string_view(it->key().data(), it->key().size()), &eid)) {
      continue;  // a longer document id that shares this prefix cannot occur: ids hold no NUL
    }
    if (!fn(eid)) break;
  }
  return FromRocks(it->status(), handles_->dir);
}

Status Store::GetDocument(std::string_view id, Document* document, std::string* text) const {
  const rocksdb::Slice key(id.data(), id.size());
  std::string value;
  rocksdb::Status s =
      handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kDocuments), key, &value);
  if (s.IsNotFound()) return Status::NotFound("no document " + std::string(id));
  GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
  GEOKG_RETURN_IF_ERROR(DecodeDocument(value, document));
  if (text == nullptr) return Status::OK();
  return FromRocks(
      handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kDocText), key, text),
      handles_->dir);
}

Status Store::GetStats(StoreStats* stats) const {
  const auto counter = [&](const char* key, uint64_t* out) -> Status {
    std::string value;
    rocksdb::Status s =
        handles_->db->Get(rocksdb::ReadOptions(), handles_->cf(StoreCf::kMeta), key, &value);
    if (s.IsNotFound()) {
      *out = 0;
      return Status::OK();
    }
    GEOKG_RETURN_IF_ERROR(FromRocks(s, handles_->dir));
    *out = keys::DecodeU64Key(value);
    return Status::OK();
  };
  GEOKG_RETURN_IF_ERROR(counter(keys::kActorCounterKey, &stats->actors));
  GEOKG_RETURN_IF_ERROR(counter(keys::kEdgeCounterKey, &stats->edges));
  GEOKG_RETURN_IF_ERROR(counter(keys::kMentionCountKey, &stats->mentions));
  GEOKG_RETURN_IF_ERROR(counter(keys::kDocumentCountKey, &stats->documents));
  stats->relation_types = handles_->relation_types.size();
  return Status::OK();
}

Status Store::NewWriter(std::unique_ptr<GraphWriter>* writer) {
  if (handles_->read_only) {
    return Status::InvalidArgument("store " + handles_->dir + " is open read-only");
  }
  if (handles_->writer_alive) {
    return Status::InvalidArgument("store " + handles_->dir + " already has a writer");
  }
  std::unique_ptr<GraphWriter> w(new GraphWriter(handles_.get()));
  GEOKG_RETURN_IF_ERROR(w->LoadCounters());
  *writer = std::move(w);
  return Status::OK();
}

Status Store::SyncWal() {
  if (handles_->read_only) return Status::OK();
  return FromRocks(handles_->db->SyncWAL(), handles_->dir);
}

}  // namespace geokg
