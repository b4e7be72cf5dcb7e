// The tagger tries its rules only at tokens that may begin a time expression: numbers and words
// whose lexicon entry `starts` (time_lexicon.h). This test tries every rule at every other word
// of every sentence of time_cases.tsv and expects no match, so a rule that reads a new first
// word fails here until the word is added to the starter words.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "ingest/text/time_lexicon.h"
#include "ingest/text/time_rules_de.h"
#include "ingest/text/time_rules_en.h"
#include "ingest/text/time_token.h"
#include "ingest/text/time_token_view.h"

namespace geokg {
namespace {

// Sentences of the cases file, with their language ("de"/"en"); " | " separates sentences.
std::vector<std::pair<std::string, std::string>> CaseSentences() {
  std::ifstream in(std::string(GEOKG_SOURCE_DIR) + "/tests/ingest/time/time_cases.tsv");
  std::vector<std::pair<std::string, std::string>> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    if (fields.size() < 4) continue;
    const std::string& text = fields[3];
    for (size_t begin = 0; begin <= text.size();) {
      size_t bar = text.find(" | ", begin);
      if (bar == std::string::npos) bar = text.size();
      out.emplace_back(fields[1], text.substr(begin, bar - begin));
      begin = bar + 3;
    }
  }
  return out;
}

TEST(TimeStartersTest, NoRuleMatchesAtAnotherToken) {
  const auto sentences = CaseSentences();
  ASSERT_GE(sentences.size(), 200u);
  size_t tried = 0;
  std::vector<TimeToken> tokens;
  std::string lower;
  for (const auto& [lang, sentence] : sentences) {
    const TimeLang time_lang = lang == "de" ? TimeLang::kGerman : TimeLang::kEnglish;
    const TimeLexicon& lexicon = TimeLexicon::For(time_lang);
    TokenizeForTime(sentence, &tokens, &lower);
    std::vector<const TimeLexEntry*> lex(tokens.size(), nullptr);
    std::vector<bool> starts(tokens.size(), false);
    for (size_t i = 0; i < tokens.size(); ++i) {
      starts[i] = tokens[i].kind == TimeTokenKind::kNumber;
      const TimeLexEntry* entry = lexicon.Find(
          std::string_view(lower).substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
      if (tokens[i].kind != TimeTokenKind::kWord || entry == nullptr) continue;
      if (entry->HasRole()) lex[i] = entry;
      starts[i] = entry->starts;
    }
    const TimeTokenView view(sentence, lower, tokens, lex);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (starts[i] || tokens[i].kind == TimeTokenKind::kPunct) continue;  // the tagger skips both
      ++tried;
      TimeParse parse;
      const bool matched = time_lang == TimeLang::kGerman ? MatchGermanTime(view, i, &parse)
                                                          : MatchEnglishTime(view, i, &parse);
      EXPECT_FALSE(matched) << "[" << lang << "] a rule matched at '" << view.Lower(i)
                            << "', which is no starter word: " << sentence;
    }
  }
  EXPECT_GT(tried, 1000u);
}

}  // namespace
}  // namespace geokg
