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

TEST(NameKeyTest, KeepsDistinctNamesDistinct) {
  EXPECT_NE(NameKey("Niger"), NameKey("Nigeria"));
  EXPECT_NE(NameKey("Korea"), NameKey("Korea, North"));
  EXPECT_EQ(NameKey(""), "");
}

}  // namespace
}  // namespace geokg
