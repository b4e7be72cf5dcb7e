#include "export/sanitize.h"

#include <cstdint>

namespace geokg {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The sequence length a lead byte announces and the range its second byte must fall in, per the
// table of well-formed byte sequences in the Unicode Standard (3.9, table 3-7); false for a byte
// that cannot start a sequence of two or more bytes.
bool LeadByte(uint8_t b0, size_t* length, uint8_t* lo, uint8_t* hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    *length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    *length = 3;
    if (b0 == 0xE0) *lo = 0xA0;  // overlong
    if (b0 == 0xED) *hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    *length = 4;
    if (b0 == 0xF0) *lo = 0x90;  // overlong
    if (b0 == 0xF4) *hi = 0x8F;  // above U+10FFFF
  } else {
    return false;
  }
  return true;
}

// Decodes the sequence at text[i]. Returns its length and sets *code_point, or returns the
// negated length of the maximal ill-formed subpart there (the bytes that one U+FFFD replaces).
long DecodeAt(std::string_view text, size_t i, uint32_t* code_point) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
  const uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    *code_point = b0;
    return 1;
  }
  size_t length;
  uint8_t lo, hi;
  if (!LeadByte(b0, &length, &lo, &hi)) return -1;
  if (i + 1 >= text.size() || byte(i + 1) < lo || byte(i + 1) > hi) return -1;
  uint32_t cp = (b0 & (0xFF >> (length + 1))) << 6 | (byte(i + 1) & 0x3F);
  for (size_t k = 2; k < length; ++k) {
    if (i + k >= text.size() || (byte(i + k) & 0xC0) != 0x80) return -static_cast<long>(k);
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  *code_point = cp;
  return static_cast<long>(length);
}

bool Dropped(uint32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  return (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

bool IsSanitized(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const uint8_t b = static_cast<uint8_t>(text[i]);
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    uint32_t cp;
    const long length = DecodeAt(text, i, &cp);
    if (length < 0 || Dropped(cp)) return false;
    i += static_cast<size_t>(length);
  }
  return true;
}

std::string SanitizeText(std::string_view text) {
  if (IsSanitized(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp;
    const long length = DecodeAt(text, i, &cp);
    if (length < 0) {
      out += kReplacement;
      i += static_cast<size_t>(-length);
      continue;
    }
    if (!Dropped(cp)) out.append(text.substr(i, static_cast<size_t>(length)));
    i += static_cast<size_t>(length);
  }
  return out;
}

}  // namespace geokg
