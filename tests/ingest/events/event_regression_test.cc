// The event regression suite (tests/data/events/): every German and English case through the
// text pipeline and the extractor, a pass-rate table per category and language, and a
// regression check against tests/data/events/passing.txt, the ids that passed when it was last
// written. A case listed there that fails now fails the test; a case that newly passes is
// named so that it can be added (GEOKG_WRITE_PASSING=FILE writes the current list).
// GEOKG_SHOW_FAILURES=1 prints every failing case with its missing and extra edges;
// GEOKG_SHOW_FAILURES=<category> only those of one category.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>

#include "ingest/events/event_extractor.h"
#include "ingest/text/actor_lexicon.h"
#include "ingest/text/document_annotator.h"
#include "tests/ingest/events/regression_case.h"

namespace geokg::events_test {
namespace {

const std::string kData = std::string(GEOKG_SOURCE_DIR) + "/tests/data/events/";

struct Pipeline {
  std::unique_ptr<ActorLexicon> lexicon;
  std::unique_ptr<EventPatterns> patterns;
  std::unique_ptr<DocumentAnnotator> annotator;

  Pipeline() {
    EXPECT_TRUE(ActorLexicon::Load({}, &lexicon).ok());
    EXPECT_TRUE(EventPatterns::Load({}, &patterns).ok());
    annotator = std::make_unique<DocumentAnnotator>(*lexicon);
  }

  std::vector<ExtractedEdge> Extract(std::string_view text, std::string_view lang,
                                     std::optional<Day> date, std::string* mentions = nullptr) {
    DocumentAnnotation annotation;
    EXPECT_TRUE(annotator->Annotate(text, lang, date, &annotation).ok());
    for (const SentenceAnnotation& s : annotation.sentences) {
      if (mentions == nullptr) break;
      for (const ActorMention& m : s.actors) {
        *mentions += "\n    actor   '" + std::string(text.substr(m.begin, m.end - m.begin)) + "' " +
                     m.actor_id + " " + m.rule + " role=" + m.role + " of=" + m.affiliation;
      }
      for (const TimeMention& t : s.times) {
        *mentions += "\n    time    '" + std::string(text.substr(t.begin, t.end - t.begin)) + "' " +
                     t.time.value + " " + t.rule;
      }
    }
    EventExtractor extractor(*patterns, annotation.lang, date);
    std::vector<ExtractedEdge> edges;
    for (const SentenceAnnotation& s : annotation.sentences) {
      extractor.ExtractSentence(text, s, &edges);
    }
    return edges;
  }
};

std::set<std::string> ReadPassing() {
  std::set<std::string> ids;
  std::ifstream in(kData + "passing.txt");
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') ids.insert(line);
  }
  return ids;
}

TEST(EventRegressionTest, CasesThatPassedStillPass) {
  Pipeline pipeline;
  const std::set<std::string> passing_before = ReadPassing();
  std::map<std::pair<std::string, std::string>, std::pair<int, int>> table;  // category, lang
  std::vector<std::string> passing_now, regressions, improvements;
  int total = 0, passed = 0;
  const char* show = std::getenv("GEOKG_SHOW_FAILURES");
  for (const char* lang : {"de", "en"}) {
    const std::string path = kData + "regression_" + lang + ".tsv";
    const std::vector<RegressionCase> cases = ReadCases(path);
    EXPECT_GE(cases.size(), 150u) << path;
    for (const RegressionCase& c : cases) {
      std::string mentions;
      const std::vector<ExtractedEdge> edges =
          pipeline.Extract(c.sentence, lang, ParseIsoDay(c.date), show ? &mentions : nullptr);
      const std::string diff = Compare(c, edges);
      auto& cell = table[{c.category, lang}];
      ++cell.second;
      ++total;
      if (diff.empty()) {
        ++cell.first;
        ++passed;
        passing_now.push_back(c.id);
        if (!passing_before.count(c.id)) improvements.push_back(c.id);
      } else if (show != nullptr &&
                 (std::string_view(show) == "1" || std::string_view(show) == c.category)) {
        std::cout << c.id << " [" << c.category << "] " << c.date << " " << c.sentence << diff
                  << mentions << "\n";
      }
      if (!diff.empty() && passing_before.count(c.id)) {
        regressions.push_back(path + ":" + std::to_string(c.line) + " " + c.id + " " + c.sentence +
                              diff);
      }
    }
  }
  std::cout << "event regression suite, cases passing per category:\n";
  std::cout << "  category        de          en\n";
  std::string last;
  for (const auto& [key, cell] : table) {
    if (key.first != last) std::cout << "\n  " << std::left << std::setw(14) << key.first;
    last = key.first;
    std::cout << std::right << std::setw(4) << cell.first << "/" << std::left << std::setw(4)
              << cell.second << "   ";
  }
  std::cout << "\n  all: " << passed << "/" << total << " (" << (total ? 100 * passed / total : 0)
            << " %)\n";
  if (!improvements.empty()) {
    std::cout << "  newly passing (add to tests/data/events/passing.txt):";
    for (const std::string& id : improvements) std::cout << " " << id;
    std::cout << "\n";
  }
  if (const char* out = std::getenv("GEOKG_WRITE_PASSING")) {
    std::ofstream file(out);
    file << "# Event regression cases that pass; written by event_regression_test with\n"
            "# GEOKG_WRITE_PASSING. A listed case that fails is a regression.\n";
    for (const std::string& id : passing_now) file << id << "\n";
  }
  for (const std::string& r : regressions) ADD_FAILURE() << "regression: " << r;
}

// A case's comparison itself: what counts as a match.
TEST(EventRegressionTest, ComparisonFollowsTheSuiteRules) {
  RegressionCase c;
  c.category = "patterns";
  std::string error;
  ASSERT_TRUE(
      ParseExpected("country:JPN > 04* > org:NATO @ 2023-04 # asserted", &c.expected, &error))
      << error;
  ExtractedEdge e;
  e.edge.kind = EdgeKind::kEvent;
  e.edge.cameo = "043";
  e.edge.source = "country:JPN";
  e.edge.target = "org:NATO";
  ASSERT_TRUE(MakeEventTime("2023-04", TimeMod::kNone, &e.edge.time).ok());
  EXPECT_EQ(Compare(c, {e}), "");
  ExtractedEdge relation = e;
  relation.edge.kind = EdgeKind::kRelation;
  relation.edge.relation = "holds_role";
  EXPECT_EQ(Compare(c, {e, relation}), "") << "relations do not count in patterns cases";
  e.edge.modality = Modality::kPlanned;
  EXPECT_NE(Compare(c, {e}), "");
  e.edge.modality = Modality::kAsserted;
  e.edge.attributed_to = "media:NIKKEI";
  EXPECT_NE(Compare(c, {e}), "") << "an attribution the case does not give";
  ASSERT_TRUE(ParseExpected("none", &c.expected, &error));
  EXPECT_NE(Compare(c, {e}), "");
  EXPECT_EQ(Compare(c, {}), "");
}

}  // namespace
}  // namespace geokg::events_test
