#include "ingest/text/time_calendar.h"

#include <algorithm>
#include <cstdio>

namespace geokg {
namespace {

// Floor division for the linear period counters (negative years are allowed).
int32_t FloorDiv(int32_t a, int32_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Day Week1Monday(int32_t iso_year) {
  const Day jan4 = DayFromCivil({iso_year, 1, 4});
  return jan4 - Weekday(jan4);
}

bool YearInRange(int32_t year) { return year >= kMinYear && year <= kMaxYear; }

}  // namespace

int32_t Weekday(Day day) { return ((day % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday

Period PeriodOf(Day day, Grain grain) {
  const CivilDate c = CivilFromDay(day);
  Period p;
  p.grain = grain;
  p.year = c.year;
  switch (grain) {
    case Grain::kDay:
      p.day = day;
      break;
    case Grain::kWeek: {
      const Day thursday = day - Weekday(day) + 3;
      p.year = CivilFromDay(thursday).year;
      p.index = (thursday - Week1Monday(p.year)) / 7 + 1;
      break;
    }
    case Grain::kMonth:
      p.index = c.month;
      break;
    case Grain::kSeason:
      if (c.month <= 2) {
        p.year = c.year - 1;
        p.index = 3;
      } else {
        p.index = c.month == 12 ? 3 : (c.month - 3) / 3;
      }
      break;
    case Grain::kQuarter:
      p.index = (c.month - 1) / 3 + 1;
      break;
    case Grain::kHalf:
      p.index = (c.month - 1) / 6 + 1;
      break;
    case Grain::kYear:
      break;
    case Grain::kDecade:
      p.year = FloorDiv(c.year, 10) * 10;
      break;
    case Grain::kCentury:
      p.year = FloorDiv(c.year, 100) * 100;
      break;
  }
  return p;
}

Period ShiftPeriod(const Period& period, int32_t n) {
  Period p = period;
  const auto linear = [&](int32_t per_year, int32_t first_index) {
    const int32_t k = p.year * per_year + (p.index - first_index) + n;
    p.year = FloorDiv(k, per_year);
    p.index = k - p.year * per_year + first_index;
  };
  switch (p.grain) {
    case Grain::kDay:
      p.day += n;
      break;
    case Grain::kWeek:
      p = PeriodOf(FirstDay(period) + 7 * n, Grain::kWeek);
      break;
    case Grain::kMonth:
      linear(12, 1);
      break;
    case Grain::kSeason:
      linear(4, 0);
      break;
    case Grain::kQuarter:
      linear(4, 1);
      break;
    case Grain::kHalf:
      linear(2, 1);
      break;
    case Grain::kYear:
      p.year += n;
      break;
    case Grain::kDecade:
      p.year += 10 * n;
      break;
    case Grain::kCentury:
      p.year += 100 * n;
      break;
  }
  return p;
}

Day FirstDay(const Period& p) {
  switch (p.grain) {
    case Grain::kDay:
      return p.day;
    case Grain::kWeek:
      return Week1Monday(p.year) + 7 * (p.index - 1);
    case Grain::kMonth:
      return DayFromCivil({p.year, p.index, 1});
    case Grain::kSeason:
      return DayFromCivil({p.year, 3 + 3 * p.index, 1});  // 3, 6, 9, 12
    case Grain::kQuarter:
      return DayFromCivil({p.year, 3 * (p.index - 1) + 1, 1});
    case Grain::kHalf:
      return DayFromCivil({p.year, 6 * (p.index - 1) + 1, 1});
    case Grain::kYear:
    case Grain::kDecade:
    case Grain::kCentury:
      return DayFromCivil({p.year, 1, 1});
  }
  return p.day;
}

Day LastDay(const Period& p) { return FirstDay(ShiftPeriod(p, 1)) - 1; }

Day AddUnits(Day day, Grain unit, int32_t n) {
  int32_t months = 0;
  switch (unit) {
    case Grain::kDay:
      return day + n;
    case Grain::kWeek:
      return day + 7 * n;
    case Grain::kMonth:
      months = n;
      break;
    case Grain::kSeason:
    case Grain::kQuarter:
      months = 3 * n;
      break;
    case Grain::kHalf:
      months = 6 * n;
      break;
    case Grain::kYear:
      months = 12 * n;
      break;
    case Grain::kDecade:
      months = 120 * n;
      break;
    case Grain::kCentury:
      months = 1200 * n;
      break;
  }
  const CivilDate c = CivilFromDay(day);
  const int32_t k = c.year * 12 + (c.month - 1) + months;
  const int32_t year = FloorDiv(k, 12);
  const int32_t month = k - year * 12 + 1;
  const int32_t clamped = std::clamp(year, kMinYear, kMaxYear);
  return DayFromCivil({clamped, month, std::min(c.day, DaysInMonth(clamped, month))});
}

std::string PeriodValue(const Period& p) {
  if (p.grain == Grain::kDay) return FormatIsoDay(p.day);
  if (!YearInRange(p.year)) return "";
  char buf[32];
  const std::string year = FormatIsoYear(p.year);
  switch (p.grain) {
    case Grain::kDay:
      break;
    case Grain::kWeek:
      std::snprintf(buf, sizeof(buf), "-W%02d", p.index);
      return year + buf;
    case Grain::kMonth:
      std::snprintf(buf, sizeof(buf), "-%02d", p.index);
      return year + buf;
    case Grain::kSeason: {
      static constexpr const char* kSeasons[4] = {"-SP", "-SU", "-FA", "-WI"};
      return year + kSeasons[p.index & 3];
    }
    case Grain::kQuarter:
      return year + "-Q" + std::to_string(p.index);
    case Grain::kHalf:
      return year + "-H" + std::to_string(p.index);
    case Grain::kYear:
      return year;
    case Grain::kDecade:
      return p.year >= 1000 ? std::to_string(p.year / 10) : "";
    case Grain::kCentury:
      return p.year >= 1000 ? std::to_string(p.year / 100) : "";
  }
  return "";
}

}  // namespace geokg
