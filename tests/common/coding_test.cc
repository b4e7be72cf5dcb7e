#include "common/coding.h"

#include <gtest/gtest.h>

#include <climits>
#include <random>
#include <vector>

namespace geokg {
namespace {

TEST(CodingTest, OrderedInt32PreservesOrderAcrossSign) {
  const std::vector<int32_t> values = {INT32_MIN, -1000000, -1, 0, 1, 19000, INT32_MAX};
  for (size_t i = 0; i + 1 < values.size(); ++i) {
    std::string a, b;
    PutOrderedInt32(&a, values[i]);
    PutOrderedInt32(&b, values[i + 1]);
    EXPECT_LT(a, b) << values[i] << " vs " << values[i + 1];
    EXPECT_EQ(DecodeOrderedInt32(a.data()), values[i]);
  }
}

TEST(CodingTest, BigEndianOrderEqualsNumericOrderOnRandomValues) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 10000; ++i) {
    const uint64_t x = rng(), y = rng();
    std::string a, b;
    PutFixed64BE(&a, x);
    PutFixed64BE(&b, y);
    ASSERT_EQ(x < y, a < b);
    ASSERT_EQ(DecodeFixed64BE(a.data()), x);
  }
}

TEST(CodingTest, VarintsAndStringsRoundTrip) {
  std::string buf;
  PutVarint64(&buf, 0);
  PutVarint64(&buf, UINT64_MAX);
  PutVarsint64(&buf, -5);
  PutVarsint64(&buf, INT64_MIN);
  PutLengthPrefixed(&buf, "Pjöngjang");
  PutDouble(&buf, 0.25);
  ByteReader in(buf);
  uint64_t u;
  int64_t s;
  std::string str;
  double d;
  ASSERT_TRUE(in.GetVarint64(&u));
  EXPECT_EQ(u, 0u);
  ASSERT_TRUE(in.GetVarint64(&u));
  EXPECT_EQ(u, UINT64_MAX);
  ASSERT_TRUE(in.GetVarsint64(&s));
  EXPECT_EQ(s, -5);
  ASSERT_TRUE(in.GetVarsint64(&s));
  EXPECT_EQ(s, INT64_MIN);
  ASSERT_TRUE(in.GetLengthPrefixed(&str));
  EXPECT_EQ(str, "Pjöngjang");
  ASSERT_TRUE(in.GetDouble(&d));
  EXPECT_EQ(d, 0.25);
  EXPECT_TRUE(in.empty());
}

TEST(CodingTest, ReaderFailsOnTruncatedInput) {
  std::string buf;
  PutLengthPrefixed(&buf, "a long enough string");
  for (size_t cut = 0; cut < buf.size(); ++cut) {
    ByteReader in(std::string_view(buf).substr(0, cut));
    std::string out;
    EXPECT_FALSE(in.GetLengthPrefixed(&out)) << cut;
    EXPECT_TRUE(in.failed());
  }
}

}  // namespace
}  // namespace geokg
