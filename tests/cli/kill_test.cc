// An ingest killed with SIGKILL leaves a store that opens, holds only whole records, and takes
// the same input again to completion.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"

namespace geokg::cli_test {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr int kActors = 2000;
constexpr int kFacts = 200000;

// kFacts distinct facts over kActors actors, each given in full as an object: on day d
// (d = 0..kFacts/kActors - 1) actor s accuses actor (s + 1 + d) mod kActors.
void WriteSyntheticFacts(const std::string& path) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  const auto base = std::chrono::sys_days{std::chrono::year{2000} / 1 / 1};
  std::string line;
  for (int i = 0; i < kFacts; ++i) {
    const int day = i / kActors;
    const int s = i % kActors;
    const int t = (s + 1 + day) % kActors;
    const std::chrono::year_month_day ymd{base + std::chrono::days{day}};
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    const auto actor = [](int n) {
      const std::string id = std::to_string(n);
      return "{\"id\": \"group:g" + id + "\", \"name\": \"Group " + id + "\", \"type\": \"group\"}";
    };
    line = "{\"relation\": \"accuse\", \"cameo\": \"112\", \"source\": " + actor(s) +
           ", \"target\": " + actor(t) + ", \"time\": \"" + date +
           "\", \"mentions\": [{\"doc\": \"synthetic-" + std::to_string(i) +
           "\", \"sentence\": 0, \"rule\": \"synthetic\"}]}\n";
    file << line;
  }
  ASSERT_TRUE(file.good());
}

uintmax_t DirectoryBytes(const std::string& dir) {
  uintmax_t bytes = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    const uintmax_t size = fs::file_size(it->path(), size_ec);
    if (!size_ec) bytes += size;
  }
  return bytes;
}

class CliKillTest : public CliTest {
 protected:
  // Kills an ingest of the synthetic facts (with `extra` arguments) in mid-run, checks that the
  // store holds whole records only, then completes the load.
  void KillMidIngestAndResume(const std::vector<std::string>& extra);
};

TEST_F(CliKillTest, KilledIngestLeavesWholeRecordsAndReingestCompletes) {
  KillMidIngestAndResume({});
}

// The bulk path writes table files and ingests them; a kill while they are written or moved
// must leave whole batches only, and the leftovers must not stop the next ingest.
TEST_F(CliKillTest, KilledBulkIngestLeavesWholeBatchesAndReingestCompletes) {
  KillMidIngestAndResume({"--bulk"});
}

void CliKillTest::KillMidIngestAndResume(const std::vector<std::string>& extra) {
  const std::string facts = Path("synthetic.jsonl");
  WriteSyntheticFacts(facts);
  std::vector<std::string> ingest_args = {"ingest"};
  ingest_args.insert(ingest_args.end(), extra.begin(), extra.end());
  ingest_args.push_back(facts);
  std::vector<std::string> child_args = {"--db", Db()};
  child_args.insert(child_args.end(), ingest_args.begin(), ingest_args.end());

  Child ingest(child_args);
  const auto start = steady_clock::now();
  // Kill once the store holds some data and at least 0.3 s have passed.
  while (ingest.Running() && steady_clock::now() - start < std::chrono::seconds(60) &&
         (DirectoryBytes(Db()) < (4u << 20) || steady_clock::now() - start < milliseconds(300))) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  ingest.Kill(SIGKILL);
  const RunResult killed = ingest.Wait();
  ASSERT_EQ(killed.signal, SIGKILL)
      << "the ingest ended before it could be killed; " << Describe(killed);

  const StoreCounts partial = Stats(Db());
  const RunResult listed = Geokg(Db(), {"edges", "--json"});
  ASSERT_EQ(listed.exit_code, 0) << Describe(listed);
  rapidjson::Document edges;
  ASSERT_TRUE(ParseEdges(listed.out, &edges));
  EXPECT_EQ(edges.Size(), partial.edges);
  EXPECT_LT(partial.edges, static_cast<uint64_t>(kFacts));
  EXPECT_LE(partial.actors, static_cast<uint64_t>(kActors));
  uint64_t mentions = 0;
  size_t incomplete = 0;
  for (const rapidjson::Value& e : edges.GetArray()) {
    const std::vector<std::string> docs = MentionDocs(e);
    // An actor whose record is missing is printed with its id as its name.
    const bool complete = StringAt(e, {"source", "name"}).starts_with("Group ") &&
                          StringAt(e, {"target", "name"}).starts_with("Group ") &&
                          StringAt(e, {"time", "value"}) != "<missing>" && docs.size() == 1 &&
                          docs[0].starts_with("synthetic-");
    if (!complete && ++incomplete <= 3) ADD_FAILURE() << "incomplete edge: " << Canonical(e);
    mentions += docs.size();
  }
  EXPECT_EQ(incomplete, 0u);
  EXPECT_EQ(mentions, partial.mentions);

  const RunResult again = Geokg(Db(), ingest_args);
  ASSERT_EQ(again.exit_code, 0) << Describe(again);
  const std::optional<IngestSummary> s = ParseSummary(again.out);
  ASSERT_TRUE(s) << again.out;
  EXPECT_EQ(s->edges_merged, partial.edges);
  EXPECT_EQ(s->edges_new + s->edges_merged, static_cast<uint64_t>(kFacts));
  const StoreCounts final_counts = Stats(Db());
  EXPECT_EQ(final_counts.edges, static_cast<uint64_t>(kFacts));
  EXPECT_EQ(final_counts.mentions, static_cast<uint64_t>(kFacts));
  EXPECT_EQ(final_counts.actors, static_cast<uint64_t>(kActors));
  EXPECT_EQ(final_counts.relation_types, 1u);
}

// Killed while it creates a new store, an ingest must leave a directory the next ingest can
// use (or finish creating), not one geokg refuses forever.
TEST_F(CliKillTest, IngestKilledWhileCreatingTheStore) {
  for (int attempt = 0; attempt < 10; ++attempt) {
    const std::string db = Path("fresh" + std::to_string(attempt));
    Child ingest({"--db", db, "ingest", ExampleArticles()});
    const auto start = steady_clock::now();
    // Kill as soon as the first file appears in the new directory.
    const auto started_store = [&] {
      std::error_code ec;
      return fs::exists(db, ec) && !fs::is_empty(db, ec);
    };
    while (ingest.Running() && !started_store() &&
           steady_clock::now() - start < std::chrono::seconds(20)) {
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    ingest.Kill(SIGKILL);
    if (ingest.Wait().signal != SIGKILL) continue;  // finished first: nothing to check

    const RunResult r = Geokg(db, {"ingest", ExampleArticles()});
    if (r.exit_code != 0 && r.err.find("not a geokg store") != std::string::npos) {
      std::string listing;
      for (const fs::directory_entry& e : fs::directory_iterator(db)) {
        listing += " " + e.path().filename().string();
      }
      FAIL() << "regression: an ingest killed while creating " << db
             << " leaves a directory that geokg refuses from then on:\n"
             << r.err << "directory:" << listing;
    }
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    EXPECT_EQ(Stats(db).documents, 6u);
  }
}

}  // namespace
}  // namespace geokg::cli_test
