// ingest/text/time_calendar.h
//
// Calendar periods for the temporal tagger: a day, ISO week, month, meteorological season,
// quarter, half year, year, decade or century, with the arithmetic the resolver needs (the
// period containing a day, shifting by whole periods, first and last day) and the value
// spelling of graph/event_time.h ("2023-04-04", "2023-W14", "2022-SU", "199", ...).
#pragma once

#include <cstdint>
#include <string>

#include "common/civil_day.h"

namespace geokg {

// Ordered from fine to coarse: Coarser() compares them.
enum class Grain : uint8_t {
  kDay,
  kWeek,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
};

inline Grain Coarser(Grain a, Grain b) { return a > b ? a : b; }

// Intentionally copyable value type.
struct Period {
  Grain grain = Grain::kDay;
  // kWeek: the ISO week-numbering year; kSeason: the year the season starts in (winter 2022/23
  // is 2022); kDecade, kCentury: the first year (1990, 1900); kDay: unused.
  int32_t year = 0;
  // Month 1..12, ISO week 1..53, season 0..3 (spring, summer, autumn, winter), quarter 1..4,
  // half 1..2; unused for day, year, decade and century.
  int32_t index = 0;
  Day day = 0;  // kDay only

  friend bool operator==(const Period&, const Period&) = default;
};

// 0 = Monday ... 6 = Sunday.
int32_t Weekday(Day day);

// The period of `grain` that contains `day`.
Period PeriodOf(Day day, Grain grain);

// `period` moved by `n` periods of its own grain (n may be negative).
Period ShiftPeriod(const Period& period, int32_t n);

Day FirstDay(const Period& period);
Day LastDay(const Period& period);

// `day` moved by `n` units of `unit`; month arithmetic clamps the day of month (31 March minus
// one month is 28 or 29 February). Units coarser than a year count 10 or 100 years.
Day AddUnits(Day day, Grain unit, int32_t n);

// The EventTime value of the period, or "" when graph/event_time.h cannot spell it (a decade or
// century before year 1000, a year outside [kMinYear, kMaxYear]).
std::string PeriodValue(const Period& period);

}  // namespace geokg
