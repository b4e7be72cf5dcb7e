// Merging: the same claim about the same dyad at an overlapping time is one edge with several
// mentions; anything that tells two claims apart keeps two edges.
#include <string>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

class CliMergeTest : public CliTest {
 protected:
  // Ingests each fixture as its own file (its own command), asserting success.
  void IngestEach(const std::vector<std::string>& lines) {
    for (size_t i = 0; i < lines.size(); ++i) {
      const std::string file = WriteFile("fact" + std::to_string(i) + ".jsonl", lines[i]);
      const RunResult r = Geokg(Db(), {"ingest", file});
      ASSERT_EQ(r.exit_code, 0) << Describe(r);
    }
  }
  // edges --json (with extra filter arguments), parsed.
  rapidjson::Document Edges(std::vector<std::string> filter = {}) {
    filter.insert(filter.begin(), {"edges", "--json"});
    const RunResult r = Geokg(Db(), filter);
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    rapidjson::Document doc;
    EXPECT_TRUE(ParseEdges(r.out, &doc)) << r.out;
    if (!doc.IsArray()) doc.SetArray();
    return doc;
  }
};

TEST_F(CliMergeTest, SameDyadRelationAndDayFromTwoDocumentsIsOneEdge) {
  Fact f;
  f.doc = "report-1";
  const std::string one = FactLine(f);
  f.doc = "report-2";
  f.source = Quoted("country:AAA");  // the same actors, by id and by name
  f.target = Quoted("Bland");
  IngestEach({one, FactLine(f)});
  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), 1u);
  EXPECT_EQ(MentionDocs(edges[0]), (std::vector<std::string>{"report-1", "report-2"}));
  EXPECT_EQ(Stats(Db()).edges, 1u);
  EXPECT_EQ(Stats(Db()).mentions, 2u);
}

TEST_F(CliMergeTest, TheSameMentionIsStoredOnceButAnotherRuleIsAnotherMention) {
  Fact f;
  const std::string line = FactLine(f);
  f.rule = "another-rule";
  const std::string file = WriteFile("f.jsonl", line + line + FactLine(f));
  const RunResult r = Geokg(Db(), {"ingest", file});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->edges_new, 1u);
  EXPECT_EQ(s->edges_merged, 2u);
  EXPECT_EQ(s->mentions_new, 2u);
  EXPECT_EQ(Stats(Db()).mentions, 2u);
}

TEST_F(CliMergeTest, DifferentDaysAreDifferentEdges) {
  Fact f;
  f.doc = "report-1";
  const std::string day4 = FactLine(f);
  f.time = Quoted("2023-04-05");
  f.doc = "report-2";
  IngestEach({day4, FactLine(f)});
  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), 2u);
  EXPECT_EQ(StringAt(edges[0], {"time", "value"}), "2023-04-04");
  EXPECT_EQ(StringAt(edges[1], {"time", "value"}), "2023-04-05");
  EXPECT_EQ(Stats(Db()).mentions, 2u);
}

TEST_F(CliMergeTest, DifferentModalityOrAttributionIsADifferentEdge) {
  Fact f;
  const std::string asserted = FactLine(f);
  f.modality = "denied";
  f.doc = "report-2";
  const std::string denied = FactLine(f);
  f.modality = "asserted";
  f.attributed_to = ActorObject("media:herald", "The Herald", "media");
  f.doc = "report-3";
  IngestEach({asserted, denied, FactLine(f)});
  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), 3u);
  EXPECT_EQ(Edges({"--modality", "denied"}).Size(), 1u);
  EXPECT_EQ(Edges({"--modality", "asserted"}).Size(), 2u);
}

TEST_F(CliMergeTest, DayInsideAStoredMonthRefinesTheEdge) {
  Fact f;
  f.time = Quoted("2023-04");
  f.doc = "monthly";
  const std::string month = FactLine(f);
  f.time = Quoted("2023-04-04");
  f.doc = "daily";
  IngestEach({month, FactLine(f)});

  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), 1u);
  EXPECT_EQ(StringAt(edges[0], {"time", "value"}), "2023-04-04");
  EXPECT_EQ(StringAt(edges[0], {"time", "precision"}), "day");
  EXPECT_EQ(StringAt(edges[0], {"time", "lo"}), "2023-04-04");
  EXPECT_EQ(StringAt(edges[0], {"time", "hi"}), "2023-04-04");
  EXPECT_EQ(MentionDocs(edges[0]), (std::vector<std::string>{"daily", "monthly"}));
  // The indexes follow the refined time: the rest of April no longer matches.
  EXPECT_EQ(Edges({"--from", "2023-04-05", "--to", "2023-04-30"}).Size(), 0u);
  EXPECT_EQ(Edges({"--actor", "Aland", "--from", "2023-04-10"}).Size(), 0u);
  EXPECT_EQ(Edges({"--from", "2023-04-04", "--to", "2023-04-04"}).Size(), 1u);
  EXPECT_EQ(Edges({"--actor", "Bland", "--actor", "Aland"}).Size(), 1u);
  EXPECT_EQ(Stats(Db()).edges, 1u);
}

TEST_F(CliMergeTest, RefinementWithinOneFileThenAnotherDayIsANewEdge) {
  Fact f;
  f.time = Quoted("2023-04");
  f.doc = "monthly";
  std::string lines = FactLine(f);
  f.time = Quoted("2023-04-04");
  f.doc = "daily";
  lines += FactLine(f);
  f.time = Quoted("2023-04-20");
  f.doc = "later";
  lines += FactLine(f);
  ASSERT_EQ(Geokg(Db(), {"ingest", WriteFile("f.jsonl", lines)}).exit_code, 0);
  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), 2u);
  EXPECT_EQ(StringAt(edges[0], {"time", "value"}), "2023-04-04");
  EXPECT_EQ(ArraySizeAt(edges[0], {"mentions"}), 2u);
  EXPECT_EQ(StringAt(edges[1], {"time", "value"}), "2023-04-20");
}

TEST_F(CliMergeTest, SymmetricRelationMergesAcrossOrientationOthersDoNot) {
  Fact meet;
  meet.doc = "report-1";
  const std::string forward = FactLine(meet);
  meet.source = Quoted("Bland");
  meet.target = Quoted("Aland");
  meet.doc = "report-2";
  Fact accuse;
  accuse.relation = "accuse";
  accuse.cameo = "112";
  accuse.doc = "report-3";
  const std::string accuse_forward = FactLine(accuse);
  accuse.source = Quoted("Bland");
  accuse.target = Quoted("Aland");
  accuse.doc = "report-4";
  IngestEach({forward, FactLine(meet), accuse_forward, FactLine(accuse)});
  EXPECT_EQ(Edges({"--relation", "meet"}).Size(), 1u);
  EXPECT_EQ(Edges({"--relation", "accuse"}).Size(), 2u);
  EXPECT_EQ(Stats(Db()).edges, 3u);
}

// One big file whose merges and refinements reach back across commit batches (2000 records),
// including the batch still being written in the background.
TEST_F(CliMergeTest, MergesAndRefinementsAcrossCommitBatches) {
  constexpr int kPairs = 5000;
  constexpr int kLag = 1500;  // a day fact follows its month fact 1500 facts later
  const auto fact = [](int n, const std::string& time, const std::string& doc) {
    Fact f;
    f.relation = "accuse";
    f.cameo = "112";
    f.source = ActorObject("group:s" + std::to_string(n), "Source " + std::to_string(n), "group");
    f.target = ActorObject("group:t" + std::to_string(n), "Target " + std::to_string(n), "group");
    f.time = Quoted(time);
    f.doc = doc + std::to_string(n);
    return FactLine(f);
  };
  const auto day = [](int n) {
    return "2023-04-" + std::string(n % 28 < 9 ? "0" : "") + std::to_string(n % 28 + 1);
  };
  std::string lines;
  for (int i = 0; i < kPairs + kLag; ++i) {
    if (i < kPairs) lines += fact(i, "2023-04", "month-");
    if (i >= kLag) lines += fact(i - kLag, day(i - kLag), "day-");
  }
  // The whole file again: nothing new.
  lines += lines;
  const RunResult r = Geokg(Db(), {"ingest", WriteFile("big.jsonl", lines)});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->edges_new, static_cast<uint64_t>(kPairs));
  EXPECT_EQ(s->mentions_new, 2u * kPairs);

  const StoreCounts counts = Stats(Db());
  EXPECT_EQ(counts.edges, static_cast<uint64_t>(kPairs));
  EXPECT_EQ(counts.mentions, 2u * kPairs);
  const rapidjson::Document edges = Edges();
  ASSERT_EQ(edges.Size(), static_cast<rapidjson::SizeType>(kPairs));
  size_t not_refined = 0;
  for (const rapidjson::Value& e : edges.GetArray()) {
    if (StringAt(e, {"time", "precision"}) != "day" || MentionDocs(e).size() != 2) {
      if (++not_refined <= 3) ADD_FAILURE() << Canonical(e);
    }
  }
  EXPECT_EQ(not_refined, 0u);
  // No month-wide index entry survives: nothing starts after the 28th.
  EXPECT_EQ(Edges({"--from", "2023-04-29", "--to", "2023-04-30"}).Size(), 0u);
}

}  // namespace
}  // namespace geokg::cli_test
