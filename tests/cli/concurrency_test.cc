// One writer at a time; queries open the store read-only and work while it is being written.
#include <chrono>
#include <csignal>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

using CliConcurrencyTest = CliTest;

TEST_F(CliConcurrencyTest, SecondWriterIsRefusedWhileQueriesWork) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()}).exit_code, 0);
  // A second, idempotent ingest flushes what the first left in the write-ahead log, so that the
  // holder below opens a settled store (see QueriesSucceedWhileAWriterOpensTheStore).
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleFacts()}).exit_code, 0);
  const StoreCounts before = Stats(Db());

  // The holder opens the store for writing, then waits for its facts on standard input.
  Child holder({"--db", Db(), "ingest", "--format", "facts", "-"});
  ASSERT_TRUE(holder.WaitUntilReadingStdin(20000)) << Describe(holder.Wait());

  const std::string extra = WriteFile("extra.jsonl", ArticleLine("extra", "Extra."));
  const RunResult second = Geokg(Db(), {"ingest", extra});
  EXPECT_NE(second.exit_code, 0) << Describe(second);
  EXPECT_NE(second.err.find("store " + Db() + " is being written by another geokg process"),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.err.find("pid " + std::to_string(holder.pid())), std::string::npos)
      << second.err;

  // Read-only queries meanwhile.
  EXPECT_EQ(Stats(Db()), before);
  const RunResult edges = Geokg(Db(), {"edges", "--json"});
  EXPECT_EQ(edges.exit_code, 0) << Describe(edges);
  EXPECT_EQ(CanonicalEdges(edges.out).size(), before.edges);
  const RunResult actors = Geokg(Db(), {"actors", "--match", "japan"});
  EXPECT_EQ(actors.exit_code, 0) << Describe(actors);
  EXPECT_NE(actors.out.find("country:JPN"), std::string::npos) << actors.out;

  // The holder finishes its work; the refused writer stored nothing.
  ASSERT_TRUE(holder.WriteStdin(DistinctFactLine(1) + DistinctFactLine(2)));
  const RunResult done = holder.Wait();
  EXPECT_EQ(done.exit_code, 0) << Describe(done);
  StoreCounts expected = before;
  expected.edges += 2;
  expected.mentions += 2;
  expected.actors += 4;
  EXPECT_EQ(Stats(Db()), expected);

  // Once the lock is free, the second writer gets through.
  const RunResult retry = Geokg(Db(), {"ingest", extra});
  EXPECT_EQ(retry.exit_code, 0) << Describe(retry);
  EXPECT_EQ(Stats(Db()).documents, before.documents + 1);
}

TEST_F(CliConcurrencyTest, LockOfAKilledWriterIsReleased) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles()}).exit_code, 0);
  const uint64_t article_edges = Stats(Db()).edges;
  Child holder({"--db", Db(), "ingest", "-"});
  ASSERT_TRUE(holder.WaitUntilReadingStdin(20000)) << Describe(holder.Wait());
  holder.Kill(SIGKILL);
  EXPECT_EQ(holder.Wait().signal, SIGKILL);
  const RunResult r = Geokg(Db(), {"ingest", ExampleFacts()});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> summary = ParseSummary(r.out);
  ASSERT_TRUE(summary) << r.out;
  EXPECT_EQ(summary->records, 40u);
  EXPECT_EQ(Stats(Db()).edges, article_edges + summary->edges_new);
}

// Queries are read-only opens of a store another process writes. Each round makes a young store
// (everything still in the write-ahead log), then starts a writer, which recovers and flushes
// that log, and at the same moment a query: every query must succeed and see the documents.
TEST_F(CliConcurrencyTest, QueriesSucceedWhileAWriterOpensTheStore) {
  constexpr int kRounds = 40;
  std::vector<std::string> failures;
  const std::string reference = Path("reference");
  ASSERT_EQ(Geokg(reference, {"ingest", ExampleArticles(), ExampleFacts()}).exit_code, 0);
  const uint64_t edges = Stats(reference).edges;
  for (int round = 0; round < kRounds; ++round) {
    const std::string db = Path("store" + std::to_string(round));
    ASSERT_EQ(Geokg(db, {"ingest", ExampleArticles()}).exit_code, 0);
    Child writer({"--db", db, "ingest", ExampleFacts()});
    // The writer recovers the log a few milliseconds after it starts; start the query at
    // staggered moments around then.
    std::this_thread::sleep_for(std::chrono::milliseconds(round % 8 * 2));
    const RunResult query = Geokg(db, {"stats", "--json"});
    const RunResult written = writer.Wait();
    ASSERT_EQ(written.exit_code, 0) << Describe(written);
    if (query.exit_code != 0) {
      failures.push_back("round " + std::to_string(round) + ": " + query.err);
    } else if (query.out.find("\"documents\":6") == std::string::npos) {
      failures.push_back("round " + std::to_string(round) + ": documents missing: " + query.out);
    }
    EXPECT_EQ(Stats(db).edges, edges);
  }
  if (!failures.empty()) {
    FAIL() << "regression: " << failures.size() << " of " << kRounds
           << " read-only queries failed while a writer opened the store, e.g. "
           << failures.front();
  }
  EXPECT_TRUE(failures.empty());
}

// The same while a long ingest writes batch after batch (flushes, compactions).
TEST_F(CliConcurrencyTest, QueriesSucceedDuringALongIngest) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles()}).exit_code, 0);
  const uint64_t article_edges = Stats(Db()).edges;
  std::string facts;
  for (int i = 0; i < 60000; ++i) facts += DistinctFactLine(i);
  const std::string file = WriteFile("many.jsonl", facts);
  Child writer({"--db", Db(), "ingest", file});
  std::vector<std::string> failures;
  int queries = 0;
  while (writer.Running()) {
    ++queries;
    const RunResult query = Geokg(Db(), {"stats", "--json"});
    if (query.exit_code != 0) failures.push_back(query.err);
  }
  const RunResult written = writer.Wait();
  ASSERT_EQ(written.exit_code, 0) << Describe(written);
  EXPECT_EQ(Stats(Db()).edges, article_edges + 60000u);
  if (!failures.empty()) {
    FAIL() << "regression: " << failures.size() << " of " << queries
           << " read-only queries failed during an ingest, e.g. " << failures.front();
  }
  EXPECT_GT(queries, 0);
}

}  // namespace
}  // namespace geokg::cli_test
