#include "common/utf8.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_EQ(FindInvalidUtf8("Pjöngjang „Zitat“ 🙂 عربى"), kValidUtf8);
  EXPECT_EQ(FindInvalidUtf8(""), kValidUtf8);
}

TEST(Utf8Test, FindsTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("a\xc3"), 1u);             // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("a\xc0\xaf"), 1u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("xy\xed\xa0\x80"), 2u);    // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // above U+10FFFF
}

TEST(Utf8Test, CountsCodePointsAndOffsets) {
  const std::string text = "Köln 🙂!";
  EXPECT_EQ(CountCodePoints(text), 7u);
  EXPECT_EQ(ByteOffsetOfCodePoint(text, 2), 3u);
  EXPECT_EQ(ByteOffsetOfCodePoint(text, 6), text.size() - 1);
  EXPECT_EQ(ByteOffsetOfCodePoint(text, 99), text.size());
}

}  // namespace
}  // namespace geokg
