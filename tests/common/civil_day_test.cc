#include "common/civil_day.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(CivilDayTest, EpochIsDayZero) {
  EXPECT_EQ(DayFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DayFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DayFromCivil({2000, 3, 1}), 11017);
}

TEST(CivilDayTest, RoundTripsEveryDayOverFourCenturiesAndBeforeYearOne) {
  for (Day d = DayFromCivil({-401, 1, 1}); d <= DayFromCivil({1, 12, 31}); d += 1) {
    ASSERT_EQ(DayFromCivil(CivilFromDay(d)), d);
  }
  Day previous = DayFromCivil({1899, 12, 31});
  for (int year = 1900; year <= 2300; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= DaysInMonth(year, month); ++day) {
        const Day d = DayFromCivil({year, month, day});
        ASSERT_EQ(d, previous + 1) << year << "-" << month << "-" << day;
        ASSERT_EQ(CivilFromDay(d), (CivilDate{year, month, day}));
        previous = d;
      }
    }
  }
}

TEST(CivilDayTest, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_TRUE(IsLeapYear(0));
  EXPECT_TRUE(IsLeapYear(-4));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
}

TEST(CivilDayTest, ParsesAndFormatsIsoDays) {
  EXPECT_EQ(ParseIsoDay("2023-04-04"), DayFromCivil({2023, 4, 4}));
  EXPECT_EQ(ParseIsoDay("-0043-03-15"), DayFromCivil({-43, 3, 15}));
  EXPECT_EQ(FormatIsoDay(DayFromCivil({2023, 4, 4})), "2023-04-04");
  EXPECT_EQ(FormatIsoDay(DayFromCivil({-43, 3, 15})), "-0043-03-15");
  EXPECT_EQ(FormatIsoDay(DayFromCivil({0, 1, 1})), "0000-01-01");
}

TEST(CivilDayTest, RejectsMalformedAndImpossibleDays) {
  for (const char* bad :
       {"2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "23-04-04", "2023-4-4",
        "2023/04/04", "2023-04-04T", "", "abcd-ef-gh", "99999-01-01", "2023-04-0x"}) {
    EXPECT_FALSE(ParseIsoDay(bad).has_value()) << bad;
  }
  EXPECT_TRUE(ParseIsoDay("2024-02-29").has_value());
}

}  // namespace
}  // namespace geokg
