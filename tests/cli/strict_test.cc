// --strict: the first bad record stops its file and nothing of that file is stored (exit 1).
#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

class CliStrictTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()}).exit_code, 0);
    before_ = Stats(Db());
    edges_before_ = Geokg(Db(), {"edges", "--json"}).out;
  }
  void ExpectStoreUnchanged() {
    EXPECT_EQ(Stats(Db()), before_);
    EXPECT_EQ(Geokg(Db(), {"edges", "--json"}).out, edges_before_);
  }
  static std::string GoodFacts(int from, int count) {
    std::string lines;
    for (int i = from; i < from + count; ++i) lines += DistinctFactLine(i);
    return lines;
  }
  StoreCounts before_;
  std::string edges_before_;
};

TEST_F(CliStrictTest, BadFactStopsTheFileAndStoresNothingOfIt) {
  const std::string file = WriteFile(
      "facts.jsonl", GoodFacts(0, 3) +
                         R"({"relation": "meet", "source": "Japan", "target": "Nowhere"})" + "\n" +
                         DistinctFactLine(3) + "{broken\n");
  const RunResult r = Geokg(Db(), {"ingest", "--strict", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("geokg: " + file + ":4: field target: no actor is called 'Nowhere'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("stopped at the first bad record"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(file + ":6:"), std::string::npos) << "read on after the stop:\n" << r.err;
  ExpectStoreUnchanged();
}

TEST_F(CliStrictTest, NothingIsStoredEvenPastTheCommitBatchSize) {
  // More good records than one commit batch (2000) before the bad one.
  const std::string file =
      WriteFile("many.jsonl", GoodFacts(0, 4500) + "{\"relation\": 1}\n" + GoodFacts(4500, 10));
  const RunResult r = Geokg(Db(), {"ingest", "--strict", "--format", "facts", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":4501: field relation: must be a string"), std::string::npos)
      << r.err;
  ExpectStoreUnchanged();
}

TEST_F(CliStrictTest, InvalidUtf8ArticleStopsTheFile) {
  const std::string file = WriteFile(
      "articles.jsonl", ArticleLine("ok-1", "Fine.") + "{\"id\": \"bad\", \"text\": \"\xff\"}\n" +
                            ArticleLine("ok-2", "Fine too."));
  const RunResult r = Geokg(Db(), {"ingest", "--strict", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":2: invalid UTF-8 at column"), std::string::npos) << r.err;
  ExpectStoreUnchanged();
}

TEST_F(CliStrictTest, OverLongLineStopsTheFile) {
  const std::string file = WriteFile(
      "long.jsonl", ArticleLine("ok-1", "Fine.") + ArticleLine("long", std::string(40 << 20, 'x')));
  const RunResult r = Geokg(Db(), {"ingest", "--strict", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":2: line longer than 16 MiB"), std::string::npos) << r.err;
  ExpectStoreUnchanged();
}

TEST_F(CliStrictTest, OnlyTheBadFileIsDiscarded) {
  const std::string good = WriteFile("good.jsonl", GoodFacts(0, 2));
  const std::string bad = WriteFile("bad.jsonl", GoodFacts(2, 2) + "[1, 2]\n");
  const std::string later = WriteFile("later.jsonl", ArticleLine("later", "Later."));
  const RunResult r = Geokg(Db(), {"ingest", "--strict", good, bad, later});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(bad + ":3: expected a JSON object"), std::string::npos) << r.err;
  StoreCounts expected = before_;
  expected.edges += 2;
  expected.mentions += 2;
  expected.actors += 4;
  expected.documents += 1;
  EXPECT_EQ(Stats(Db()), expected);
}

TEST_F(CliStrictTest, GoodFileIsStoredWhole) {
  const RunResult r = Geokg(Db(), {"ingest", "--strict", WriteFile("good.jsonl", GoodFacts(0, 3))});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(Stats(Db()).edges, before_.edges + 3);
}

// The summary must not claim what --strict threw away.
TEST_F(CliStrictTest, SummaryReportsNothingStoredFromTheStoppedFile) {
  const std::string file = WriteFile("facts.jsonl", GoodFacts(0, 5) + "{oops\n");
  const RunResult r = Geokg(Db(), {"ingest", "--strict", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  ExpectStoreUnchanged();
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  if (s->edges_new == 5 && s->mentions_new == 5) {
    FAIL() << "regression: with --strict the summary still counts the discarded records as "
              "stored: \""
           << r.out << "\" while the store is unchanged";
  }
  EXPECT_EQ(s->edges_new, 0u);
  EXPECT_EQ(s->mentions_new, 0u);
}

}  // namespace
}  // namespace geokg::cli_test
