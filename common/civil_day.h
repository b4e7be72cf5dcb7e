// common/civil_day.h
//
// Calendar days as integers. A Day counts days since 1970-01-01 in the proleptic Gregorian
// calendar (negative before it), so day arithmetic and ordering are integer arithmetic and
// ordering. Years use astronomical numbering: year 0 is 1 BCE, -43 is 44 BCE; ISO 8601 text
// writes them "0000" and "-0043".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace geokg {

using Day = int32_t;

struct CivilDate {
  int32_t year = 1970;
  int32_t month = 1;  // 1..12
  int32_t day = 1;    // 1..DaysInMonth(year, month)

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Years this library accepts: wide enough for any historical record, narrow enough that every
// Day fits an int32 with room to spare for sentinels.
inline constexpr int32_t kMinYear = -9999;
inline constexpr int32_t kMaxYear = 9999;

bool IsLeapYear(int32_t year);
int32_t DaysInMonth(int32_t year, int32_t month);

// REQUIRES: `date` is a valid calendar date within [kMinYear, kMaxYear].
Day DayFromCivil(const CivilDate& date);
CivilDate CivilFromDay(Day day);

// Parses "YYYY-MM-DD" (four or more year digits, an optional leading '-' for years before 1).
// Returns nullopt for anything else, including impossible dates such as 2023-02-29.
std::optional<Day> ParseIsoDay(std::string_view text);

// Formats as "YYYY-MM-DD", "-0043-03-15" before year 1.
std::string FormatIsoDay(Day day);

// Formats a year as ISO 8601 does: at least four digits, '-' before negative years.
std::string FormatIsoYear(int32_t year);

// Parses an unsigned decimal of exactly `text.size()` digits (1..9); nullopt otherwise.
std::optional<int32_t> ParseDigits(std::string_view text);

// Parses an ISO year: optional '-', then four or more digits; nullopt when out of range.
std::optional<int32_t> ParseIsoYear(std::string_view text);

}  // namespace geokg
