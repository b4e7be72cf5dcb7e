// Runs every case of tests/ingest/actors/actor_cases.tsv through ActorRecognizer, prints a pass
// rate per category, and fails naming the file line, the expected and the found mentions of
// every failing case.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "ingest/feeds/tsv.h"
#include "ingest/text/actor_recognizer.h"
#include "tests/ingest/actors/shared_lexicon.h"

namespace geokg {
namespace {

const std::string kCases = std::string(GEOKG_SOURCE_DIR) + "/tests/ingest/actors/actor_cases.tsv";

struct Expected {
  std::string span;
  int occurrence = 1;
  std::string id;           // "-" for unresolved
  std::string affiliation;  // checked when non-empty
};

std::vector<std::string> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t at = text.find(separator, start);
    parts.emplace_back(text.substr(start, at - start));
    if (at == std::string_view::npos) return parts;
    start = at + separator.size();
  }
}

bool ParseExpected(std::string_view field, std::vector<Expected>* out) {
  if (field == "none") return true;
  for (const std::string& item : Split(field, "|")) {
    const size_t eq = item.rfind('=');
    if (eq == std::string::npos) return false;
    Expected e;
    e.span = item.substr(0, eq);
    e.id = item.substr(eq + 1);
    const size_t hash = e.span.rfind('#');
    if (hash != std::string::npos && hash + 1 < e.span.size() &&
        std::isdigit(static_cast<unsigned char>(e.span[hash + 1]))) {
      e.occurrence = std::stoi(e.span.substr(hash + 1));
      e.span.resize(hash);
    }
    const size_t gt = e.id.find('>');
    if (gt != std::string::npos) {
      e.affiliation = e.id.substr(gt + 1);
      e.id.resize(gt);
    }
    out->push_back(std::move(e));
  }
  return true;
}

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

// "span#n=id" of a found mention: n counts the occurrences of the same text as a whole word
// (not inside a longer word) up to the mention.
std::string Describe(const std::string& doc, const ActorMention& m) {
  const std::string span = doc.substr(m.begin, m.end - m.begin);
  int occurrence = 0;
  for (size_t at = doc.find(span); at != std::string::npos && at <= m.begin;
       at = doc.find(span, at + 1)) {
    const size_t end = at + span.size();
    const bool whole = (at == 0 || !IsWordByte(doc[at - 1]) || !IsWordByte(span.front())) &&
                       (end == doc.size() || !IsWordByte(doc[end]) || !IsWordByte(span.back()));
    occurrence += whole;
  }
  std::string text = span;
  if (occurrence > 1) text += "#" + std::to_string(occurrence);
  return text + "=" + (m.actor_id.empty() ? "-" : m.actor_id);
}

struct CaseResult {
  bool pass = false;
  std::string message;
};

CaseResult RunCase(const std::vector<std::string_view>& f) {
  const std::string lang(f[1]);
  std::optional<Day> doc_date, sentence_date;
  const std::vector<std::string> dates = Split(f[2], "@");
  if (dates[0] != "-") doc_date = ParseIsoDay(dates[0]);
  if (dates.size() > 1) sentence_date = ParseIsoDay(dates[1]);
  ActorRecognizer recognizer(SharedLexicon(), lang, doc_date);
  std::string doc;
  std::vector<ActorMention> found;
  for (const std::string& sentence : Split(f[3], " || ")) {
    if (!doc.empty()) doc += " ";
    const size_t offset = doc.size();
    doc += sentence;
    for (ActorMention& m : recognizer.TagSentence(sentence, offset, sentence_date)) {
      found.push_back(std::move(m));
    }
  }
  std::vector<Expected> expected;
  if (!ParseExpected(f[4], &expected)) return {false, "malformed expected column"};
  std::vector<std::string> want, got;
  std::map<std::string, std::string> want_affiliation;
  for (const Expected& e : expected) {
    std::string key =
        e.span + (e.occurrence > 1 ? "#" + std::to_string(e.occurrence) : "") + "=" + e.id;
    if (!e.affiliation.empty()) want_affiliation[key] = e.affiliation;
    want.push_back(std::move(key));
  }
  std::map<std::string, std::string> got_affiliation;
  std::ostringstream details;
  for (const ActorMention& m : found) {
    const std::string key = Describe(doc, m);
    got_affiliation[key] = m.affiliation;
    got.push_back(key);
    details << "\n      " << key << " [" << m.rule << ": " << m.detail
            << (m.affiliation.empty() ? "" : "; affiliation " + m.affiliation) << "]";
  }
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  bool pass = want == got;
  std::string why;
  for (const auto& [key, affiliation] : want_affiliation) {
    if (got_affiliation.count(key) && got_affiliation[key] != affiliation) {
      pass = false;
      why += "\n    affiliation of " + key + ": expected " + affiliation + ", got " +
             (got_affiliation[key].empty() ? "none" : got_affiliation[key]);
    }
  }
  if (pass) return {true, ""};
  std::string w, g;
  for (const std::string& s : want) w += (w.empty() ? "" : " | ") + s;
  for (const std::string& s : got) g += (g.empty() ? "" : " | ") + s;
  return {false,
          "\n    text:     " + std::string(f[3]) + "\n    expected: " + (w.empty() ? "none" : w) +
              "\n    got:      " + (g.empty() ? "none" : g) + why + "\n    found:" + details.str()};
}

TEST(ActorCasesTest, EveryCasePasses) {
  std::ifstream in(kCases);
  ASSERT_TRUE(in) << "cannot open " << kCases;
  std::stringstream text;
  text << in.rdbuf();
  const std::string contents = text.str();
  std::map<std::string, std::pair<int, int>> by_category;  // passed, total
  std::vector<std::string> failures;
  std::vector<std::string_view> f;
  ForEachDataLine(contents, [&](size_t line, std::string_view row) {
    const std::string where = "actor_cases.tsv:" + std::to_string(line);
    if (SplitTabs(row, &f) != 5) {
      failures.push_back(where + ": expected 5 columns");
      return true;
    }
    const CaseResult r = RunCase(f);
    auto& [passed, total] = by_category[std::string(f[0])];
    ++total;
    passed += r.pass;
    if (!r.pass) failures.push_back(where + " (" + std::string(f[0]) + ")" + r.message);
    return true;
  });
  int passed = 0, total = 0;
  std::cout << "\n  category       cases  passed   rate\n";
  for (const auto& [category, counts] : by_category) {
    std::cout << "  " << std::left << std::setw(14) << category << std::right << std::setw(6)
              << counts.second << std::setw(8) << counts.first << std::setw(6)
              << (100 * counts.first / counts.second) << "%\n";
    passed += counts.first;
    total += counts.second;
  }
  std::cout << "  " << std::left << std::setw(14) << "all" << std::right << std::setw(6) << total
            << std::setw(8) << passed << std::setw(6) << (total ? 100 * passed / total : 0)
            << "%\n\n";
  EXPECT_GE(total, 150);
  for (const std::string& failure : failures) ADD_FAILURE() << failure;
}

// Throughput of tokenising and tagging, over the German and English case sentences repeated to
// about 2 MB. Printed, not asserted: the number depends on the machine and on sanitizers.
TEST(ActorCasesTest, Throughput) {
  std::ifstream in(kCases);
  std::stringstream text;
  text << in.rdbuf();
  std::string de, en;
  std::vector<std::string_view> f;
  const std::string contents = text.str();
  ForEachDataLine(contents, [&](size_t, std::string_view row) {
    if (SplitTabs(row, &f) == 5) {
      for (const std::string& s : Split(f[3], " || ")) (f[1] == "de" ? de : en) += s + "\n";
    }
    return true;
  });
  for (const auto& [lang, sample] : {std::pair<std::string, std::string>{"de", de}, {"en", en}}) {
    size_t bytes = 0, mentions = 0;
    const auto start = std::chrono::steady_clock::now();
    while (bytes < 2'000'000) {
      ActorRecognizer recognizer(SharedLexicon(), lang, ParseIsoDay("2023-05-16"));
      for (size_t pos = 0; pos < sample.size();) {
        const size_t end = sample.find('\n', pos);
        mentions +=
            recognizer.TagSentence(std::string_view(sample).substr(pos, end - pos), pos).size();
        pos = end + 1;
      }
      bytes += sample.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "  " << lang << ": " << bytes / seconds / 1e6 << " MB/s, "
              << mentions * 1000 / bytes << " mentions per kB\n";
    EXPECT_GT(mentions, 0u);
  }
}

}  // namespace
}  // namespace geokg
