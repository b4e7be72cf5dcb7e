// Runs every case of tests/ingest/time/time_cases.tsv through the TimeTagger, prints a pass-rate
// table per category and language, and fails on any failing case. The file's header documents
// the columns.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "graph/event_time.h"
#include "ingest/text/time_tagger.h"

namespace geokg {
namespace {

struct Case {
  int line = 0;
  std::string category, lang, pub, sentence, span, value, mod, lo, hi;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::vector<Case> LoadCases(std::string* error) {
  const std::string path = std::string(GEOKG_SOURCE_DIR) + "/tests/ingest/time/time_cases.tsv";
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return {};
  }
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 9) {
      *error = path + ":" + std::to_string(number) + ": expected 9 columns, got " +
               std::to_string(f.size());
      return {};
    }
    cases.push_back({number, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]});
  }
  return cases;
}

std::string Bound(Day day) { return FormatBound(day).value_or("open"); }

std::string Describe(const TimeMention& m) {
  std::ostringstream out;
  out << "'" << m.time.text << "' value=" << (m.resolved ? m.time.value : "?")
      << " mod=" << (m.time.mod == TimeMod::kNone ? "-" : std::string(TimeModName(m.time.mod)))
      << " lo=" << Bound(m.time.lo) << " hi=" << Bound(m.time.hi) << " rule=" << m.rule;
  return out.str();
}

// Runs one case; returns "" when it passes, else what went wrong.
std::string RunCase(const Case& c) {
  std::optional<Day> pub;
  if (c.pub != "-") {
    pub = ParseIsoDay(c.pub);
    if (!pub) return "bad publication date " + c.pub;
  }
  TimeTagger tagger(c.lang, pub);
  std::vector<TimeMention> mentions;
  // " | " separates the sentences of one document.
  size_t start = 0;
  while (start <= c.sentence.size()) {
    size_t bar = c.sentence.find(" | ", start);
    if (bar == std::string::npos) bar = c.sentence.size();
    std::vector<TimeMention> found =
        tagger.TagSentence(std::string_view(c.sentence).substr(start, bar - start), start);
    for (TimeMention& m : found) {
      if (c.sentence.substr(m.begin, m.end - m.begin) != m.time.text) {
        return "offsets [" + std::to_string(m.begin) + "," + std::to_string(m.end) +
               ") do not give the span '" + m.time.text + "'";
      }
      mentions.push_back(std::move(m));
    }
    start = bar + 3;
  }
  std::string got;
  for (const TimeMention& m : mentions) got += "\n    got " + Describe(m);
  if (c.span == "-") return mentions.empty() ? "" : "expected no time expression" + got;
  for (const TimeMention& m : mentions) {
    if (m.time.text != c.span) continue;
    const std::string value = m.resolved ? m.time.value : "?";
    const std::string mod =
        m.time.mod == TimeMod::kNone ? "-" : std::string(TimeModName(m.time.mod));
    EventTime expected_bounds;
    if (c.value != "?" && (c.lo == "=" || c.hi == "=")) {
      if (!MakeEventTime(c.value, ParseTimeMod(c.mod == "-" ? "" : c.mod).value_or(TimeMod::kNone),
                         &expected_bounds)
               .ok()) {
        return "expected value " + c.value + " is not a valid EventTime value";
      }
    }
    const std::string lo = c.lo == "=" ? Bound(expected_bounds.lo) : c.lo;
    const std::string hi = c.hi == "=" ? Bound(expected_bounds.hi) : c.hi;
    if (value == c.value && mod == c.mod &&
        (c.value == "?" || (Bound(m.time.lo) == lo && Bound(m.time.hi) == hi))) {
      return "";
    }
    return "expected '" + c.span + "' value=" + c.value + " mod=" + c.mod + " lo=" + lo +
           " hi=" + hi + got;
  }
  return "expected span '" + c.span + "' not found" + got;
}

TEST(TimeCasesTest, EveryCasePasses) {
  std::string error;
  const std::vector<Case> cases = LoadCases(&error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GE(cases.size(), 200u);
  // category -> lang -> {passed, total}
  std::map<int, std::map<std::string, std::pair<int, int>>> table;
  int failed = 0;
  for (const Case& c : cases) {
    const std::string why = RunCase(c);
    auto& cell = table[std::stoi(c.category)][c.lang];
    ++cell.second;
    if (why.empty()) {
      ++cell.first;
    } else {
      ++failed;
      ADD_FAILURE() << "time_cases.tsv:" << c.line << " [" << c.lang << "] " << c.sentence << "\n  "
                    << why;
    }
  }
  std::ostringstream report;
  report << "category |   de pass/total |   en pass/total\n";
  int total_pass = 0, total = 0;
  for (const auto& [category, langs] : table) {
    char row[96];
    const auto cell = [&](const char* lang) {
      const auto it = langs.find(lang);
      return it == langs.end() ? std::pair<int, int>{0, 0} : it->second;
    };
    const auto de = cell("de"), en = cell("en");
    std::snprintf(row, sizeof(row), "%8d | %7d/%-7d | %7d/%-7d\n", category, de.first, de.second,
                  en.first, en.second);
    report << row;
    total_pass += de.first + en.first;
    total += de.second + en.second;
  }
  report << "all: " << total_pass << "/" << total << " passed\n";
  std::printf("%s", report.str().c_str());
  EXPECT_EQ(failed, 0);
}

}  // namespace
}  // namespace geokg
