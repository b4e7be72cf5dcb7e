#include "graph/event_time.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

std::string Lo(const EventTime& t) { return FormatBound(t.lo).value_or("open"); }
std::string Hi(const EventTime& t) { return FormatBound(t.hi).value_or("open"); }

EventTime Make(std::string_view value, TimeMod mod = TimeMod::kNone) {
  EventTime t;
  Status s = MakeEventTime(value, mod, &t);
  EXPECT_TRUE(s.ok()) << value << ": " << s.ToString();
  return t;
}

TEST(EventTimeTest, GranularitiesGiveTheirBounds) {
  struct Case {
    const char* value;
    const char* lo;
    const char* hi;
    Precision precision;
  };
  const Case cases[] = {
      {"2023-04-04", "2023-04-04", "2023-04-04", Precision::kDay},
      {"2023-04", "2023-04-01", "2023-04-30", Precision::kMonth},
      {"2024-02", "2024-02-01", "2024-02-29", Precision::kMonth},
      {"2023-Q1", "2023-01-01", "2023-03-31", Precision::kQuarter},
      {"2023-Q4", "2023-10-01", "2023-12-31", Precision::kQuarter},
      {"2023-H2", "2023-07-01", "2023-12-31", Precision::kHalf},
      {"2023", "2023-01-01", "2023-12-31", Precision::kYear},
      {"202", "2020-01-01", "2029-12-31", Precision::kDecade},
      {"19", "1900-01-01", "1999-12-31", Precision::kCentury},
      {"2023-W14", "2023-04-03", "2023-04-09", Precision::kWeek},
      {"2021-W01", "2021-01-04", "2021-01-10", Precision::kWeek},
      {"2020-W53", "2020-12-28", "2021-01-03", Precision::kWeek},
      {"-0043-03-15", "-0043-03-15", "-0043-03-15", Precision::kDay},
      {"-0043", "-0043-01-01", "-0043-12-31", Precision::kYear},
      {"2022-SP", "2022-03-01", "2022-05-31", Precision::kSeason},
      {"2022-SU", "2022-06-01", "2022-08-31", Precision::kSeason},
      {"2022-FA", "2022-09-01", "2022-11-30", Precision::kSeason},
      {"2022-WI", "2022-12-01", "2023-02-28", Precision::kSeason},
      {"2023-WI", "2023-12-01", "2024-02-29", Precision::kSeason},
  };
  for (const Case& c : cases) {
    const EventTime t = Make(c.value);
    EXPECT_EQ(Lo(t), c.lo) << c.value;
    EXPECT_EQ(Hi(t), c.hi) << c.value;
    EXPECT_EQ(t.precision, c.precision) << c.value;
  }
}

TEST(EventTimeTest, ModifiersNarrowOrOpenTheBounds) {
  EventTime start = Make("2023", TimeMod::kStart);
  EXPECT_EQ(Lo(start), "2023-01-01");
  EXPECT_EQ(Hi(start), "2023-05-02");
  EventTime end = Make("2023", TimeMod::kEnd);
  EXPECT_EQ(Lo(end), "2023-09-01");
  EXPECT_EQ(Hi(end), "2023-12-31");
  EventTime mid = Make("2023-04", TimeMod::kMid);
  EXPECT_EQ(Lo(mid), "2023-04-11");
  EXPECT_EQ(Hi(mid), "2023-04-20");
  EventTime approx = Make("2023-04-04", TimeMod::kApprox);
  EXPECT_EQ(Lo(approx), "2023-04-03");
  EXPECT_EQ(Hi(approx), "2023-04-05");
  EventTime before = Make("2023-04", TimeMod::kBefore);
  EXPECT_EQ(Lo(before), "open");
  EXPECT_EQ(Hi(before), "2023-03-31");
  EventTime after = Make("2023-04", TimeMod::kOnOrAfter);
  EXPECT_EQ(Lo(after), "2023-04-01");
  EXPECT_EQ(Hi(after), "open");
}

TEST(EventTimeTest, SeasonsTakeModifiersAndIntervals) {
  EventTime late_winter = Make("2022-WI", TimeMod::kEnd);
  EXPECT_EQ(Lo(late_winter), "2023-01-30");
  EXPECT_EQ(Hi(late_winter), "2023-02-28");
  EventTime since = Make("2022-SU/..");
  EXPECT_EQ(Lo(since), "2022-06-01");
  EXPECT_EQ(Hi(since), "open");
  EXPECT_EQ(since.precision, Precision::kSeason);
}

TEST(EventTimeTest, IntervalsAndOpenEnds) {
  EventTime membership = Make("1949-04-04/..");
  EXPECT_EQ(Lo(membership), "1949-04-04");
  EXPECT_EQ(Hi(membership), "open");
  EventTime term = Make("2014-10-01/2024-09-30");
  EXPECT_EQ(Lo(term), "2014-10-01");
  EXPECT_EQ(Hi(term), "2024-09-30");
  EventTime until = Make("../2023-05");
  EXPECT_EQ(Lo(until), "open");
  EXPECT_EQ(Hi(until), "2023-05-31");
  EventTime unknown = Make("");
  EXPECT_TRUE(unknown.unknown());
  EXPECT_EQ(unknown.precision, Precision::kUnknown);
}

TEST(EventTimeTest, RejectsMalformedValues) {
  for (const char* bad :
       {"2023-13", "2023-02-30", "2023-Q5", "2023-H3", "2023-W54", "2023-04-4", "2023-1", "2023-SO",
        "2023-su", "9999-WI", "2023-04-04/2023-04-01", "../..", "April", "2023-04-04T10", "1"}) {
    EventTime t;
    EXPECT_FALSE(MakeEventTime(bad, TimeMod::kNone, &t).ok()) << bad;
  }
  EventTime t;
  EXPECT_FALSE(MakeEventTime("", TimeMod::kStart, &t).ok());
  EXPECT_FALSE(MakeEventTime("2023/..", TimeMod::kStart, &t).ok());
}

TEST(EventTimeTest, OverlapAndContainment) {
  const EventTime month = Make("2023-04");
  const EventTime day = Make("2023-04-04");
  const EventTime other_day = Make("2023-05-04");
  EXPECT_TRUE(day.Overlaps(month));
  EXPECT_TRUE(day.StrictlyInside(month));
  EXPECT_FALSE(month.StrictlyInside(day));
  EXPECT_FALSE(day.StrictlyInside(day));
  EXPECT_FALSE(day.Overlaps(other_day));
  EXPECT_TRUE(Make("").Overlaps(day));
}

TEST(EventTimeTest, NamesRoundTrip) {
  for (TimeMod mod :
       {TimeMod::kNone, TimeMod::kStart, TimeMod::kMid, TimeMod::kEnd, TimeMod::kApprox,
        TimeMod::kBefore, TimeMod::kAfter, TimeMod::kOnOrBefore, TimeMod::kOnOrAfter}) {
    EXPECT_EQ(ParseTimeMod(TimeModName(mod)), mod);
  }
  for (int p = 0; p <= static_cast<int>(Precision::kSeason); ++p) {
    EXPECT_EQ(ParsePrecision(PrecisionName(static_cast<Precision>(p))), static_cast<Precision>(p));
  }
}

}  // namespace
}  // namespace geokg
