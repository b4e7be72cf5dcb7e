#include "ingest/text/time_token.h"

#include <algorithm>

namespace geokg {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kPunct };

// Length of the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes).
size_t SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The class of each ASCII byte, so that the common case is one table load.
struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        of[c] = CharClass::kSpace;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        of[c] = CharClass::kLetter;
      } else if (c >= '0' && c <= '9') {
        of[c] = CharClass::kDigit;
      } else {
        of[c] = CharClass::kPunct;
      }
    }
  }
};
constexpr AsciiClasses kAscii;

// Classifies the character at text[i] and stores its byte length in *len.
CharClass Classify(std::string_view text, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    return kAscii.of[c];
  }
  *len = std::min(SequenceLength(c), text.size() - i);
  const unsigned char c1 = *len > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (c == 0xC2) return c1 == 0xA0 ? CharClass::kSpace : CharClass::kPunct;  // NBSP, « » § °
  if (c == 0xC3) return (c1 == 0x97 || c1 == 0xB7) ? CharClass::kPunct : CharClass::kLetter;
  if (c == 0xE2 && c1 == 0x80 && *len == 3) {
    const unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
    if (c2 <= 0x8B || c2 == 0xAF) return CharClass::kSpace;
    return CharClass::kPunct;  // dashes, quotes, ellipsis
  }
  if (c == 0xE2) return CharClass::kPunct;  // arrows, math, more general punctuation
  return CharClass::kLetter;                // Latin Extended, Greek, Cyrillic, CJK, ...
}

bool IsUpperLead(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && i + 1 < text.size()) {
    const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    return c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97;
  }
  return false;
}

}  // namespace

void TokenizeForTime(std::string_view text, std::vector<TimeToken>* tokens, std::string* lower) {
  tokens->clear();
  lower->assign(text);
  // Local pointer and size: stores through a char* may alias the string's own fields, which
  // would make the compiler reload them at every byte.
  char* const out = lower->data();
  const size_t size = lower->size();
  for (size_t i = 0; i < size; ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < size) {
      const unsigned char c1 = static_cast<unsigned char>(out[i + 1]);
      if (c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97) out[i + 1] = static_cast<char>(c1 + 0x20);
      ++i;
    }
  }

  bool space_before = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    const CharClass cls = Classify(text, i, &len);
    if (cls == CharClass::kSpace) {
      space_before = true;
      i += len;
      continue;
    }
    TimeToken token;
    token.begin = static_cast<uint32_t>(i);
    token.glued = !space_before;
    if (cls == CharClass::kPunct) {
      token.kind = TimeTokenKind::kPunct;
      i += len;
    } else {
      token.kind = cls == CharClass::kDigit ? TimeTokenKind::kNumber : TimeTokenKind::kWord;
      token.upper = cls == CharClass::kLetter && IsUpperLead(text, i);
      i += len;
      while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {  // ASCII fast path: one table load per byte
          if (kAscii.of[c] != cls) break;
          ++i;
          continue;
        }
        size_t next_len = 1;
        if (Classify(text, i, &next_len) != cls) break;
        i += next_len;
      }
    }
    token.end = static_cast<uint32_t>(i);
    tokens->push_back(token);
    space_before = false;
  }
}

}  // namespace geokg
