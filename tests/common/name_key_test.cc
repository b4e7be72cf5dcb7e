#include "common/name_key.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(NameKeyTest, FoldsCaseAccentsAndSharpS) {
  EXPECT_EQ(NameKey("Nordkorea"), NameKey("NORDKOREA"));
  EXPECT_EQ(NameKey("Großbritannien"), NameKey("Grossbritannien"));
  EXPECT_EQ(NameKey("Pjöngjang"), NameKey("Pjongjang"));
  EXPECT_EQ(NameKey("François Hollande"), "francois hollande");
}

TEST(NameKeyTest, CollapsesSeparators) {
  EXPECT_EQ(NameKey("  Kim   Seol-hwa "), "kim seol hwa");
  EXPECT_EQ(NameKey("Citizen_(India)"), "citizen (india)");
  EXPECT_EQ(NameKey("NATO-Chef"), NameKey("nato chef"));
}

// ASCII text takes a path without ICU; it must agree with the ICU path, e.g. when one
// non-ASCII letter sends the same separators and punctuation through ICU.
TEST(NameKeyTest, AsciiPathAgreesWithIcuPath) {
  EXPECT_EQ(NameKey("\tAl-Qaida__Leader\r\n"), "al qaida leader");
  EXPECT_EQ(NameKey("\tAl-Qaida__Leader\r\n\xC3\xA9"), "al qaida leader e");
  EXPECT_EQ(NameKey("U.S. (1776) O'Brien\x1F!"), "u.s. (1776) o'brien\x1F!");
  EXPECT_EQ(NameKey("U.S. (1776) O'Brien\x1F!\xC3\x84"), "u.s. (1776) o'brien\x1F!a");
  EXPECT_EQ(NameKey("- _ -"), "");
}

TEST(NameKeyTest, KeepsDistinctNamesDistinct) {
  EXPECT_NE(NameKey("Niger"), NameKey("Nigeria"));
  EXPECT_NE(NameKey("Korea"), NameKey("Korea, North"));
  EXPECT_EQ(NameKey(""), "");
}

}  // namespace
}  // namespace geokg
