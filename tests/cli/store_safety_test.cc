// geokg never creates a store by querying, and never touches a directory that is not its store.
#include <rocksdb/db.h>

#include <filesystem>
#include <map>
#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

namespace fs = std::filesystem;

// Every file under `dir` (relative path -> contents), to prove a directory was left alone.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir)) {
    const std::string name = fs::relative(e.path(), dir).string();
    files[name] = e.is_regular_file() ? ReadFile(e.path().string()) : "<dir>";
  }
  return files;
}

class CliStoreSafetyTest : public CliTest {
 protected:
  // Ingest is refused as "not a geokg store"; stats, edges and actors fail naming `db`; and
  // `db` stays byte for byte as it was.
  void ExpectRefusedAndUntouched(const std::string& db) {
    const std::map<std::string, std::string> before = Snapshot(db);
    ASSERT_FALSE(before.empty());
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"ingest", ExampleArticles()}, {"stats"}, {"edges", "--json"}, {"actors"}}) {
      const RunResult r = Geokg(db, args);
      EXPECT_EQ(r.exit_code, 1) << args[0] << ": " << Describe(r);
      EXPECT_NE(r.err.find(db), std::string::npos) << args[0] << ": " << r.err;
      if (args[0] == "ingest") {
        EXPECT_NE(r.err.find("is not a geokg store"), std::string::npos) << r.err;
      }
      EXPECT_EQ(Snapshot(db), before) << args[0] << " changed " << db;
    }
  }
};

TEST_F(CliStoreSafetyTest, QueriesOnAMissingStoreFailAndCreateNothing) {
  const std::string db = Path("missing/store");
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"stats"}, {"stats", "--json"}, {"edges"}, {"edges", "--json"}, {"actors"}}) {
    const RunResult r = Geokg(db, args);
    EXPECT_EQ(r.exit_code, 1) << args[0] << ": " << Describe(r);
    EXPECT_NE(r.err.find("no geokg store at " + db), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("edge:"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(db)) << args[0] << " created " << db;
    EXPECT_FALSE(fs::exists(Path("missing"))) << args[0] << " created the parent of " << db;
  }
}

TEST_F(CliStoreSafetyTest, QueriesOnAnEmptyDirectoryFailAndLeaveItEmpty) {
  const std::string db = Path("empty");
  fs::create_directory(db);
  const RunResult r = Geokg(db, {"stats"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("no geokg store at " + db), std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_empty(db));
}

TEST_F(CliStoreSafetyTest, IngestCreatesAMissingStoreDirectory) {
  const std::string db = Path("new/nested/store");
  const RunResult r = Geokg(db, {"ingest", ExampleArticles()});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_TRUE(fs::is_directory(db));
  EXPECT_EQ(Stats(db).documents, 6u);
}

TEST_F(CliStoreSafetyTest, ForeignDirectoryIsRefusedAndLeftUntouched) {
  WriteFile("thesis/chapter1.txt", "Do not lose me.\n");
  WriteFile("thesis/figures/plot.csv", "x,y\n1,2\n");
  const std::string db = Path("thesis");
  ExpectRefusedAndUntouched(db);
  EXPECT_EQ(ReadFile(Path("thesis/chapter1.txt")), "Do not lose me.\n");
}

TEST_F(CliStoreSafetyTest, DirectoryWithAStrayCurrentFileIsRefusedAndLeftUntouched) {
  WriteFile("odd/CURRENT", "not a manifest name\n");
  WriteFile("odd/notes.md", "# notes\n");
  const std::string db = Path("odd");
  ExpectRefusedAndUntouched(db);
}

TEST_F(CliStoreSafetyTest, OtherRocksDbDatabaseIsRefusedAndLeftUntouched) {
  const std::string db = Path("other-rocksdb");
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, db, &raw).ok());
    std::unique_ptr<rocksdb::DB> other(raw);
    ASSERT_TRUE(other->Put(rocksdb::WriteOptions(), "key", "precious value").ok());
    ASSERT_TRUE(other->Close().ok());
  }
  ExpectRefusedAndUntouched(db);
  // The other application can still read its data.
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::OpenForReadOnly(rocksdb::Options(), db, &raw).ok());
  std::unique_ptr<rocksdb::DB> other(raw);
  std::string value;
  ASSERT_TRUE(other->Get(rocksdb::ReadOptions(), "key", &value).ok());
  EXPECT_EQ(value, "precious value");
}

TEST_F(CliStoreSafetyTest, StorePathThatIsAFileIsRefusedAndLeftUntouched) {
  const std::string db = WriteFile("plain-file", "some bytes\n");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"ingest", ExampleArticles()}, {"stats"}}) {
    const RunResult r = Geokg(db, args);
    EXPECT_EQ(r.exit_code, 1) << Describe(r);
    EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
  }
  EXPECT_EQ(ReadFile(db), "some bytes\n");
}

}  // namespace
}  // namespace geokg::cli_test
