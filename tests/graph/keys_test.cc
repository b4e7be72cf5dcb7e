#include "graph/keys.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "graph/event_time.h"

namespace geokg::keys {
namespace {

// The property the whole key layout rests on: sorting encoded keys bytewise sorts them by time,
// for dates before 1970 and before year 1 too.
TEST(KeysTest, TimelineKeyOrderEqualsTimeOrder) {
  std::vector<Day> days;
  for (const char* value : {"-2000-01-01", "-0043-03-15", "-0001-12-31", "0000-01-01", "0001-01-01",
                            "1492-10-12", "1949-04-04", "1969-12-31", "1970-01-01", "1970-01-02",
                            "2023-04-04", "2023-05-16", "9999-12-31"}) {
    days.push_back(*ParseIsoDay(value));
  }
  std::mt19937 rng(11);
  for (int i = 0; i < 2000; ++i) {
    days.push_back(static_cast<Day>(rng() % 2000000) - 1000000);
  }
  days.push_back(kOpenLo);
  days.push_back(kOpenHi);
  std::vector<std::pair<std::string, Day>> encoded;
  for (Day d : days) encoded.emplace_back(TimelineKey({d, 3, 77}), d);
  std::sort(encoded.begin(), encoded.end());
  for (size_t i = 0; i + 1 < encoded.size(); ++i) {
    ASSERT_LE(encoded[i].second, encoded[i + 1].second);
  }
}

TEST(KeysTest, AdjacencyKeysGroupByActorDirectionTypeThenTime) {
  const Day early = *ParseIsoDay("-0500-01-01");
  const Day late = *ParseIsoDay("2023-04-04");
  const std::string a = AdjacencyKey({7, Direction::kOut, 2, early, 99, 5});
  const std::string b = AdjacencyKey({7, Direction::kOut, 2, late, 1, 1});
  const std::string c = AdjacencyKey({7, Direction::kOut, 3, early, 1, 1});
  const std::string d = AdjacencyKey({7, Direction::kIn, 0, early, 1, 1});
  const std::string e = AdjacencyKey({8, Direction::kOut, 0, early, 1, 1});
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_LT(c, d);
  EXPECT_LT(d, e);
  EXPECT_EQ(a.size(), kAdjacencyKeySize);
  EXPECT_TRUE(b.starts_with(AdjacencySeekKey(7, Direction::kOut, 2, late)));
}

TEST(KeysTest, KeysRoundTrip) {
  AdjacencyEntry adjacency{123456789, Direction::kIn, 65535, -719162, 42, 9000000000ull};
  AdjacencyEntry parsed;
  ASSERT_TRUE(ParseAdjacencyKey(AdjacencyKey(adjacency), &parsed));
  EXPECT_EQ(parsed.vid, adjacency.vid);
  EXPECT_EQ(parsed.dir, adjacency.dir);
  EXPECT_EQ(parsed.rel, adjacency.rel);
  EXPECT_EQ(parsed.lo, adjacency.lo);
  EXPECT_EQ(parsed.other, adjacency.other);
  EXPECT_EQ(parsed.eid, adjacency.eid);

  PairEntry pair{3, 9, -5, 4, 17};
  PairEntry pair_parsed;
  ASSERT_TRUE(ParsePairKey(PairKey(pair), &pair_parsed));
  EXPECT_EQ(pair_parsed.min, 3u);
  EXPECT_EQ(pair_parsed.max, 9u);
  EXPECT_EQ(pair_parsed.lo, -5);
  EXPECT_EQ(pair_parsed.eid, 17u);
  EXPECT_EQ(PairPrefix(9, 3), PairPrefix(3, 9));

  EdgeId eid;
  ASSERT_TRUE(ParseDocEdgeKey(DocEdgeKey("doc-1", 77), &eid));
  EXPECT_EQ(eid, 77u);
  Vid vid;
  ASSERT_TRUE(ParseAliasKey(AliasKey("japan", 5), &vid));
  EXPECT_EQ(vid, 5u);
}

TEST(KeysTest, RelationTypesRoundTrip) {
  RelationType type;
  type.id = 12;
  type.relation = "member_of";
  type.kind = EdgeKind::kRelation;
  type.max_span_days = 2147483647;
  std::string value;
  EncodeRelationType(type, &value);
  RelationType parsed;
  ASSERT_TRUE(DecodeRelationType(value, &parsed));
  EXPECT_EQ(parsed.id, 12);
  EXPECT_EQ(parsed.relation, "member_of");
  EXPECT_EQ(parsed.kind, EdgeKind::kRelation);
  EXPECT_EQ(parsed.max_span_days, 2147483647);
  EXPECT_FALSE(DecodeRelationType(value.substr(0, value.size() - 1), &parsed));
}

TEST(KeysTest, RelationFilterMatchesNamesAndCameoPrefixes) {
  RelationType meet;
  meet.relation = "meet";
  meet.cameo = "040";
  EXPECT_TRUE(meet.MatchesFilter("meet"));
  EXPECT_TRUE(meet.MatchesFilter("04"));
  EXPECT_TRUE(meet.MatchesFilter("040"));
  EXPECT_FALSE(meet.MatchesFilter("0401"));
  EXPECT_FALSE(meet.MatchesFilter("05"));
  EXPECT_FALSE(meet.MatchesFilter("mee"));
}

}  // namespace
}  // namespace geokg::keys
