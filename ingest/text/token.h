// ingest/text/token.h
//
// A token of news text: a byte range of the document and what kind of text it covers. Tokens
// are views by offset only; the caller keeps the document alive to read their text. Offsets
// are 32-bit: documents up to 4 GiB (articles are lines of at most 16 MiB).
#pragma once

#include <cstdint>

namespace geokg {

enum class TokenKind : uint8_t {
  kWord,          // letters, digits and word-internal apostrophes: "Nordkorea", "Seol", "O'Brien"
  kNumber,        // digits only, or digits with inner '.'/',' ("4", "2022", "2,5")
  kAbbreviation,  // single letters each followed by '.': "U.S.", "U.N.", "F.A.Z."
  kHyphen,        // '-' or U+2010/U+2011 between two tokens without space ("NATO-Chef")
  kClitic,        // English possessive "'s" / "’s" split off its word ("Japan's")
  kPunctuation,   // anything else that is not white space: . , ; : ( ) „ “ – …
};

struct Token {
  uint32_t begin = 0;  // byte offset of the first byte in the document
  uint32_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kPunctuation;
  bool capitalized = false;  // first character is an upper-case letter
  bool all_caps = false;     // at least two letters and no lower-case letter ("NATO", "U.S.")
  bool space_before = true;  // white space (or the sentence start) precedes the token
  bool ascii = true;         // every byte is ASCII

  uint32_t size() const { return end - begin; }
};

}  // namespace geokg
