// ingest/text/text_key.h
//
// The lookup keys of the text matcher. A token's key is its NameKey (common/name_key.h:
// case-folded, accents removed, ß -> ss), with ’ written as '; a phrase's key is the keys of
// its tokens joined by one space, hyphens left out. Dictionary phrases and document text are
// keyed by the same code, so "Vereinigte Staaten", "VEREINIGTE STAATEN" and "Nato-Chef" /
// "NATO Chef" meet in the same key.
//
// Thread safety: KeyFolder is not thread-safe (it memoises); use one per thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/text/token.h"

namespace geokg {

class KeyFolder {
 public:
  // The key of one token's text. ASCII is lower-cased inline; other text goes through ICU
  // once per distinct spelling.
  const std::string& Fold(std::string_view token_text);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string ascii_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo_;
};

// The key of a whole phrase (tokenised as document text is), e.g. for dictionary entries.
std::string PhraseKey(std::string_view phrase, KeyFolder* folder);

// The tokens of `phrase` that take part in keys (all but hyphens), for entry lengths.
size_t PhraseTokenCount(std::string_view phrase);

}  // namespace geokg
