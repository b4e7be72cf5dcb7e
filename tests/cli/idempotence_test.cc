// Ingesting the same input again changes nothing; a document id is bound to its first text.
#include <string>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

using CliIdempotenceTest = CliTest;

TEST_F(CliIdempotenceTest, ReingestingTheExamplesChangesNothing) {
  RunResult r = Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const StoreCounts counts = Stats(Db());
  const RunResult edges = Geokg(Db(), {"edges", "--json"});
  ASSERT_EQ(edges.exit_code, 0) << Describe(edges);

  r = Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->files, 2u);
  EXPECT_EQ(s->records, 46u);
  EXPECT_EQ(s->documents_new, 0u);
  EXPECT_EQ(s->documents_unchanged, 6u);
  EXPECT_EQ(s->edges_new, 0u);
  EXPECT_EQ(s->edges_merged, 40u);
  EXPECT_EQ(s->mentions_new, 0u);
  EXPECT_EQ(s->bad_records, 0u);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(Stats(Db()), counts);
  // Not even a timestamp moves.
  EXPECT_EQ(Geokg(Db(), {"edges", "--json"}).out, edges.out);
}

TEST_F(CliIdempotenceTest, ReingestingATextFileAndStandardInputChangesNothing) {
  const std::string text = WriteFile("report.txt", "Headline\nAland met Bland on Tuesday.\n");
  ASSERT_EQ(Geokg(Db(), {"ingest", "--format", "text", text}).exit_code, 0);
  RunOptions stdin_text;
  stdin_text.stdin_data = "Another report read from standard input.\n";
  ASSERT_EQ(Geokg(Db(), {"ingest", "--format", "text", "--id", "piped", "-"}, stdin_text).exit_code,
            0);
  const StoreCounts counts = Stats(Db());
  EXPECT_EQ(counts.documents, 2u);

  RunResult r = Geokg(Db(), {"ingest", "--format", "text", text});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  r = Geokg(Db(), {"ingest", "--format", "text", "--id", "piped", "-"}, stdin_text);
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->documents_new, 0u);
  EXPECT_EQ(s->documents_unchanged, 1u);
  EXPECT_EQ(Stats(Db()), counts);
}

TEST_F(CliIdempotenceTest, SameDocumentIdWithOtherTextIsABadRecordAndKeepsTheOriginal) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()}).exit_code, 0);
  const StoreCounts before = Stats(Db());
  const std::string doc = "ex-de-vilnius-2023";
  const RunResult doc_edges = Geokg(Db(), {"edges", "--json", "--doc", doc});
  ASSERT_EQ(doc_edges.exit_code, 0);
  ASSERT_GT(CanonicalEdges(doc_edges.out).size(), 0u);

  const std::string file =
      WriteFile("changed.jsonl", ArticleLine("fresh-article", "Something new.") +
                                     ArticleLine(doc, "A rewritten text under the same id."));
  const RunResult r = Geokg(Db(), {"ingest", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("geokg: " + file + ":2: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("different content"), std::string::npos) << r.err;

  StoreCounts expected = before;
  expected.documents += 1;  // fresh-article only
  EXPECT_EQ(Stats(Db()), expected);
  EXPECT_EQ(Geokg(Db(), {"edges", "--json", "--doc", doc}).out, doc_edges.out);
  // The original text is still the stored one: ingesting it again is "unchanged".
  const RunResult again = Geokg(Db(), {"ingest", ExampleArticles()});
  EXPECT_EQ(again.exit_code, 0) << Describe(again);
  const std::optional<IngestSummary> s = ParseSummary(again.out);
  ASSERT_TRUE(s) << again.out;
  EXPECT_EQ(s->documents_unchanged, 6u);
}

TEST_F(CliIdempotenceTest, SameDocumentIdTwiceInOneFileKeepsTheFirstText) {
  const std::string file = WriteFile("dup.jsonl", ArticleLine("twice", "First text.") +
                                                      ArticleLine("twice", "Second text.") +
                                                      ArticleLine("twice", "First text."));
  const RunResult r = Geokg(Db(), {"ingest", file});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(file + ":2: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(file + ":3: "), std::string::npos) << r.err;
  EXPECT_EQ(Stats(Db()).documents, 1u);
  const RunResult text_conflict =
      Geokg(Db(), {"ingest", "--format", "text", WriteFile("twice.txt", "Third text.")});
  EXPECT_EQ(text_conflict.exit_code, 1) << Describe(text_conflict);
  EXPECT_EQ(Stats(Db()).documents, 1u);
}

// A month fact overlapping two day edges of the same dyad was merged into one of them; ingesting
// its file again must not attach its mention to the other one as well.
TEST_F(CliIdempotenceTest, ReingestOfCoarseFactOverlappingTwoEdgesAddsNothing) {
  Fact f;
  f.relation = "accuse";
  f.cameo = "112";
  f.time = Quoted("2023-04-05");
  f.doc = "d-day5";
  const std::string first = WriteFile("first.jsonl", FactLine(f));
  f.source = Quoted("Aland");
  f.target = Quoted("Bland");
  f.time = Quoted("2023-04");
  f.doc = "d-month";
  std::string second = FactLine(f);
  f.time = Quoted("2023-04-04");
  f.doc = "d-day4";
  second += FactLine(f);
  const std::string second_file = WriteFile("second.jsonl", second);

  ASSERT_EQ(Geokg(Db(), {"ingest", first}).exit_code, 0);
  ASSERT_EQ(Geokg(Db(), {"ingest", second_file}).exit_code, 0);
  const StoreCounts counts = Stats(Db());
  EXPECT_EQ(counts.edges, 2u);
  EXPECT_EQ(counts.mentions, 3u);
  const std::string edges = Geokg(Db(), {"edges", "--json"}).out;

  const RunResult r = Geokg(Db(), {"ingest", second_file});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  if (s->mentions_new != 0 && Stats(Db()).mentions == counts.mentions + s->mentions_new) {
    FAIL() << "regression: re-ingesting " << second_file << " added " << s->mentions_new
           << " mention(s): the 2023-04 fact first merged into the 2023-04-05 edge, on "
              "re-ingest it merges into the 2023-04-04 edge instead\n"
           << r.out;
  }
  EXPECT_EQ(s->mentions_new, 0u);
  EXPECT_EQ(s->edges_new, 0u);
  EXPECT_EQ(Stats(Db()), counts);
  EXPECT_EQ(Geokg(Db(), {"edges", "--json"}).out, edges);
}

}  // namespace
}  // namespace geokg::cli_test
