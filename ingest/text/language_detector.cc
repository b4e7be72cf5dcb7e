#include "ingest/text/language_detector.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "common/embedded_data.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

constexpr std::string_view kFunctionWordTable = "text/function_words.tsv";
// Enough text for a few hundred words: a decision, and a bounded cost for long articles.
constexpr size_t kSampleBytes = 4096;

struct FunctionWords {
  std::vector<std::string> languages;
  std::unordered_map<std::string, size_t> language_of;  // word -> index in `languages`
  Status status;
};

const FunctionWords& Table() {
  static const FunctionWords* table = [] {
    auto* t = new FunctionWords();
    std::vector<std::string_view> fields;
    ForEachDataLine(*EmbeddedDataFile(kFunctionWordTable), [&](size_t line, std::string_view row) {
      if (SplitTabs(row, &fields) != 2 || fields[0].empty()) {
        t->status = TableError(kFunctionWordTable, line, "expected lang<TAB>word|word|...");
        return false;
      }
      t->languages.emplace_back(fields[0]);
      for (std::string_view word : SplitList(fields[1])) {
        if (!t->language_of.emplace(std::string(word), t->languages.size() - 1).second) {
          t->status = TableError(kFunctionWordTable, line,
                                 "'" + std::string(word) + "' is listed for two languages");
          return false;
        }
      }
      return true;
    });
    return t;
  }();
  return *table;
}

}  // namespace

Status CheckLanguageTable() { return Table().status; }

LanguageGuess DetectLanguage(std::string_view text) {
  const FunctionWords& table = Table();
  std::vector<size_t> hits(table.languages.size(), 0);
  std::string word;
  const int32_t size = static_cast<int32_t>(std::min(text.size(), kSampleBytes));
  const auto flush = [&] {
    if (word.empty()) return;
    auto it = table.language_of.find(word);
    if (it != table.language_of.end()) ++hits[it->second];
    word.clear();
  };
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    if (c >= 0 && u_isalpha(c)) {
      // Function words are short and start in lower case except at a sentence start.
      UChar32 lower = u_tolower(c);
      char buffer[4];
      int32_t length = 0;
      UBool error = false;
      U8_APPEND(buffer, length, 4, lower, error);
      if (!error) word.append(buffer, static_cast<size_t>(length));
    } else {
      flush();
    }
  }
  if (static_cast<size_t>(size) == text.size()) flush();
  LanguageGuess guess;
  size_t best = hits.size();
  for (size_t i = 0; i < hits.size(); ++i) {
    if (best == hits.size() || hits[i] > hits[best]) best = i;
  }
  if (best == hits.size()) return guess;
  for (size_t i = 0; i < hits.size(); ++i) {
    if (i != best) guess.runner_up = std::max(guess.runner_up, hits[i]);
  }
  guess.hits = hits[best];
  if (guess.hits >= kLanguageMinHits && guess.hits >= 2 * guess.runner_up) {
    guess.lang = table.languages[best];
  }
  return guess;
}

}  // namespace geokg
