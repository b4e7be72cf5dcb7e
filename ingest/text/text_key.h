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
#include <vector>

#include "ingest/text/flat_key_index.h"
#include "ingest/text/token.h"

namespace geokg {

class KeyFolder {
 public:
  // The key of one token's text. ASCII and German words are folded inline; other text goes
  // through ICU once per distinct spelling.
  // The view lives until the next call.
  std::string_view Fold(std::string_view token_text);
  // The same, written to *key (replacing its contents; its buffer is reused).
  void FoldInto(std::string_view token_text, std::string* key);

 private:
  const std::string& FoldNonAscii(std::string_view token_text);  // memoised
  std::string folded_;                                           // what Fold returned last
  FlatKeyIndex memo_keys_;                                       // distinct non-ASCII spellings
  std::vector<std::string> memo_keys_folded_;                    // their keys, by memo_keys_ number
};

// The key of a whole phrase (tokenised as document text is), e.g. for dictionary entries.
std::string PhraseKey(std::string_view phrase, KeyFolder* folder);

// The tokens of `phrase` that take part in keys (all but hyphens), for entry lengths.
size_t PhraseTokenCount(std::string_view phrase);

}  // namespace geokg
