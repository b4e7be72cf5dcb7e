#include "common/civil_day.h"

#include <cstdio>

namespace geokg {

bool IsLeapYear(int32_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int32_t DaysInMonth(int32_t year, int32_t month) {
  static constexpr int32_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian calendar because it
// works in 400-year eras, which repeat exactly.
Day DayFromCivil(const CivilDate& date) {
  const int32_t y = date.year - (date.month <= 2 ? 1 : 0);
  const int32_t era = (y >= 0 ? y : y - 399) / 400;
  const int32_t yoe = y - era * 400;
  const int32_t mp = (date.month + 9) % 12;
  const int32_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDay(Day day) {
  const int32_t z = day + 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int32_t doe = z - era * 146097;
  const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int32_t mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = doy - (153 * mp + 2) / 5 + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (out.month <= 2 ? 1 : 0);
  return out;
}

std::optional<int32_t> ParseDigits(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int32_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<int32_t> ParseIsoYear(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.size() < 4) return std::nullopt;
  std::optional<int32_t> year = ParseDigits(text);
  if (!year) return std::nullopt;
  int32_t value = negative ? -*year : *year;
  if (value < kMinYear || value > kMaxYear) return std::nullopt;
  return value;
}

std::optional<Day> ParseIsoDay(std::string_view text) {
  // The year is everything before the second-to-last '-': "-0043-03-15".
  if (text.size() < 10) return std::nullopt;
  const std::string_view tail = text.substr(text.size() - 6);
  if (tail[0] != '-' || tail[3] != '-') return std::nullopt;
  std::optional<int32_t> year = ParseIsoYear(text.substr(0, text.size() - 6));
  std::optional<int32_t> month = ParseDigits(tail.substr(1, 2));
  std::optional<int32_t> day = ParseDigits(tail.substr(4, 2));
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > DaysInMonth(*year, *month)) {
    return std::nullopt;
  }
  return DayFromCivil(CivilDate{*year, *month, *day});
}

std::string FormatIsoYear(int32_t year) {
  char buf[16];
  if (year < 0) {
    std::snprintf(buf, sizeof buf, "-%04d", -year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

std::string FormatIsoDay(Day day) {
  const CivilDate date = CivilFromDay(day);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", FormatIsoYear(date.year).c_str(), date.month,
                date.day);
  return buf;
}

}  // namespace geokg
