// ingest/text/language_detector.h
//
// Decides the language of a text for `--lang auto`, by counting the function words of each
// language of data/text/function_words.tsv in its first few kilobytes. Function words are the
// most frequent words of any text and differ between the languages geokg reads, so a few
// hundred words decide reliably; names, numbers and quotes in other languages do not count.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace geokg {

struct LanguageGuess {
  std::string lang;      // "" when undecided
  size_t hits = 0;       // function words of `lang` seen
  size_t runner_up = 0;  // function words of the next most frequent language
};

// The language of `text` (valid UTF-8). Undecided when fewer than `kLanguageMinHits` function words
// of any language occur, or when the best language has fewer than twice the hits of the next.
inline constexpr size_t kLanguageMinHits = 2;
LanguageGuess DetectLanguage(std::string_view text);

// Corruption naming the line when the built-in function-word table is malformed.
Status CheckLanguageTable();

}  // namespace geokg
