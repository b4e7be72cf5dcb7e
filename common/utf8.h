// common/utf8.h
//
// UTF-8 checks for input validation. Every text that enters the store is valid UTF-8; readers
// call FindInvalidUtf8 and report the byte offset of the first bad sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Returns the byte offset of the first ill-formed sequence (overlong forms, surrogates and code
// points above U+10FFFF included), or kValidUtf8 when `text` is well-formed.
size_t FindInvalidUtf8(std::string_view text);

// Number of code points in well-formed UTF-8.
size_t CountCodePoints(std::string_view text);

// Byte offset of code point `index` in well-formed UTF-8; text.size() when index is past the end.
size_t ByteOffsetOfCodePoint(std::string_view text, size_t index);

// Byte offsets of one text to code-point offsets in O(1) each, after one pass over the text;
// for converting many spans of one document. A byte inside a multi-byte sequence maps to the
// index of its code point.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  uint32_t operator()(size_t byte) const { return at_[byte < at_.size() ? byte : at_.size() - 1]; }

 private:
  std::vector<uint32_t> at_;
};

}  // namespace geokg
