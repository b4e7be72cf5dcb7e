#include "common/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace geokg {

size_t FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  // ICU's U8_NEXT takes int32 lengths; inputs larger than that are checked in slices that end on
  // a code point boundary.
  if (text.size() > INT32_MAX / 2) {
    size_t done = 0;
    while (done < text.size()) {
      size_t take = std::min<size_t>(text.size() - done, 1u << 30);
      while (take < text.size() - done && (s[done + take] & 0xC0) == 0x80 && take > 0) --take;
      const size_t bad = FindInvalidUtf8(text.substr(done, take));
      if (bad != kValidUtf8) return done + bad;
      done += take;
    }
    return kValidUtf8;
  }
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return kValidUtf8;
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

size_t ByteOffsetOfCodePoint(std::string_view text, size_t index) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (seen == index) return i;
      ++seen;
    }
  }
  return text.size();
}

CodePointIndex::CodePointIndex(std::string_view text) : at_(text.size() + 1, 0) {
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      at_[i] = count++;
    } else {
      at_[i] = count - 1;
    }
  }
  at_[text.size()] = count;
}

}  // namespace geokg
