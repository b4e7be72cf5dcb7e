#include "export/sanitize.h"

#include <gtest/gtest.h>

#include "common/utf8.h"

namespace geokg {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(SanitizeTest, KeepsCleanTextByteForByte) {
  for (const std::string text :
       {"", "Jens Stoltenberg", "Ko\xC3\xA7 \xE2\x80\x93 \xE6\x97\xA5\xE6\x9C\xAC",  // ç – 日本
        "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 flag", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",  // 🇺🇦, שלום
        "\xE2\x80\x8F\xE2\x80\xAE rtl marks", "tab\tline\nreturn\r", "<>&\"'"}) {
    EXPECT_TRUE(IsSanitized(text)) << text;
    EXPECT_EQ(SanitizeText(text), text);
  }
}

TEST(SanitizeTest, RemovesControlsXmlCannotCarry) {
  EXPECT_EQ(SanitizeText(std::string("a\x01"
                                     "b\x08"
                                     "c\x0B"
                                     "d\x0C"
                                     "e\x1E"
                                     "f\x7F"
                                     "g",
                                     13)),
            "abcdefg");
  EXPECT_EQ(SanitizeText(std::string("nul\0here", 8)), "nulhere");
  EXPECT_EQ(SanitizeText("c1\xC2\x80\xC2\x9F"
                         "end"),
            "c1end");  // U+0080, U+009F
  EXPECT_EQ(SanitizeText("nc\xEF\xBF\xBE\xEF\xBF\xBF"
                         "end"),
            "ncend");                                               // U+FFFE, U+FFFF
  EXPECT_EQ(SanitizeText("keep\xC2\xA0nbsp"), "keep\xC2\xA0nbsp");  // U+00A0 stays
  EXPECT_FALSE(IsSanitized("a\x01"));
}

TEST(SanitizeTest, ReplacesEachMaximalIllFormedSubpart) {
  EXPECT_EQ(SanitizeText("a\xFF"
                         "b"),
            "a" + kFffd + "b");
  EXPECT_EQ(SanitizeText("a\x80\x80"
                         "b"),
            "a" + kFffd + kFffd + "b");                             // lone continuations
  EXPECT_EQ(SanitizeText("over\xC0\xAF"), "over" + kFffd + kFffd);  // overlong '/'
  EXPECT_EQ(SanitizeText("over\xE0\x80\xAF"), "over" + kFffd + kFffd + kFffd);
  EXPECT_EQ(SanitizeText("sur\xED\xA0\x80"), "sur" + kFffd + kFffd + kFffd);  // U+D800
  EXPECT_EQ(SanitizeText("big\xF4\x90\x80\x80"), "big" + kFffd + kFffd + kFffd + kFffd);
  // A truncated sequence is one subpart, and the byte after it is read afresh.
  EXPECT_EQ(SanitizeText("cut\xE6\x97"
                         "x"),
            "cut" + kFffd + "x");
  EXPECT_EQ(SanitizeText("cut\xF0\x9F\x87"), "cut" + kFffd);
}

TEST(SanitizeTest, OutputIsValidUtf8AndIdempotent) {
  // Every two-byte string: whatever the input, the result is clean and stays as it is.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; b += 3) {
      const std::string text = {'x', static_cast<char>(a), static_cast<char>(b), '\xE2', 'y'};
      const std::string clean = SanitizeText(text);
      ASSERT_EQ(FindInvalidUtf8(clean), kValidUtf8) << a << " " << b;
      ASSERT_TRUE(IsSanitized(clean)) << a << " " << b;
      ASSERT_EQ(SanitizeText(clean), clean) << a << " " << b;
    }
  }
}

}  // namespace
}  // namespace geokg
