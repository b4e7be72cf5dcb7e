// ingest/text/time_token.h
//
// The token scanner under the temporal tagger: splits one sentence of UTF-8 NFC text into word,
// number and punctuation tokens with byte offsets, in one pass and without allocation beyond the
// output vectors. Letters and digits never share a token ("1990er" is "1990" + "er", "Q1" is
// "Q" + "1"); `glued` says that no space separates a token from the one before it, so rules can
// rebuild "04.04.2023", "mid-April" or "4." exactly. Every punctuation character is a token of
// its own (a multi-byte one such as "–" or "„" too).
//
// Lower-casing covers ASCII and the Latin-1 capitals (Ä Ö Ü É ...), which keep their byte
// length, so the lower-cased copy of the sentence has the same offsets as the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class TimeTokenKind : uint8_t { kWord, kNumber, kPunct };

struct TimeToken {
  uint32_t begin = 0;  // byte offsets in the sentence, [begin, end)
  uint32_t end = 0;
  TimeTokenKind kind = TimeTokenKind::kWord;
  bool glued = false;  // no white space between this token and the previous one
  bool upper = false;  // a word whose first letter is a capital
};

// Tokenises `text` into `tokens` (cleared first) and writes its lower-cased copy to `lower`
// (same length, same offsets). White space is ASCII space, tab, CR, LF and the Unicode spaces
// U+00A0, U+2000..U+200B and U+202F.
void TokenizeForTime(std::string_view text, std::vector<TimeToken>* tokens, std::string* lower);

}  // namespace geokg
