// graph/event_time.h
//
// The valid time of an edge: a TIMEX3-style value that keeps its granularity ("2023-04-04",
// "2023-04", "2023-Q1", "2023"), an optional modifier, and the day bounds [lo, hi] that the value
// and modifier imply. Queries compare bounds: a window "possibly" holds an edge when the bounds
// overlap it and "certainly" holds it when the bounds lie inside it.
//
// Values (a subset of TIMEX3 and EDTF, years may be negative: "-0043-03-15"):
//   YYYY-MM-DD  day         YYYY-Www  ISO week     YYYY-MM  month
//   YYYY-Qn     quarter     YYYY-Hn   half year    YYYY     year
//   YYYY-SP, YYYY-SU, YYYY-FA, YYYY-WI   meteorological season of year YYYY: spring March-May,
//               summer June-August, autumn (fall) September-November, winter December of YYYY
//               to the end of February of YYYY+1 ("2022-WI" is the winter 2022/23)
//   YYY         decade ("202" is 2020-2029)        YY       century ("19" is 1900-1999)
//   A/B         interval from the start of A to the end of B; either side may be ".." (open)
//   ""          unknown: bounds are open on both sides
// Modifiers narrow or widen the bounds of a point value:
//   START, MID, END   the first, middle or last third of the period
//   APPROX            the period widened by its own length on both sides
//   BEFORE, AFTER     open-ended before the start / after the end of the period
//   ON_OR_BEFORE, ON_OR_AFTER   open-ended, including the period
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/civil_day.h"
#include "common/status.h"

namespace geokg {

// Open interval ends. They sort before and after every real day.
inline constexpr Day kOpenLo = INT32_MIN;
inline constexpr Day kOpenHi = INT32_MAX;

// Persisted as one byte: never renumber, only append.
enum class Precision : uint8_t {
  kUnknown = 0,
  kDay = 1,
  kWeek = 2,
  kMonth = 3,
  kQuarter = 4,
  kHalf = 5,
  kYear = 6,
  kDecade = 7,
  kCentury = 8,
  // The day is the publication date of the document because the text named no time; the edge
  // is flagged so that nobody mistakes it for a reported date.
  kDocument = 9,
  kSeason = 10,  // "2022-SU"; appended after kDocument, so the numbers do not follow the sizes
};

// Persisted as one byte: never renumber, only append.
enum class TimeMod : uint8_t {
  kNone = 0,
  kStart = 1,
  kMid = 2,
  kEnd = 3,
  kApprox = 4,
  kBefore = 5,
  kAfter = 6,
  kOnOrBefore = 7,
  kOnOrAfter = 8,
};

std::string_view PrecisionName(Precision precision);
std::optional<Precision> ParsePrecision(std::string_view name);
// "" for kNone, else the TIMEX3 spelling ("START", "APPROX", "ON_OR_BEFORE", ...).
std::string_view TimeModName(TimeMod mod);
std::optional<TimeMod> ParseTimeMod(std::string_view name);

// Intentionally copyable value type.
struct EventTime {
  std::string value;  // "" when unknown
  TimeMod mod = TimeMod::kNone;
  Day lo = kOpenLo;
  Day hi = kOpenHi;
  Precision precision = Precision::kUnknown;
  std::string text;           // the expression as written in the source, if any
  std::optional<Day> anchor;  // the date relative expressions were resolved against

  bool unknown() const { return value.empty(); }
  // True when the bounds of `other` overlap ours.
  bool Overlaps(const EventTime& other) const { return lo <= other.hi && other.lo <= hi; }
  // True when our bounds lie inside those of `other` and are strictly narrower.
  bool StrictlyInside(const EventTime& other) const {
    return lo >= other.lo && hi <= other.hi && (lo != other.lo || hi != other.hi);
  }

  friend bool operator==(const EventTime&, const EventTime&) = default;
};

// Computes lo, hi and precision from `value` and `mod`. Returns InvalidArgument naming what is
// wrong with the value ("month 13 out of range", ...).
Status ResolveTimeBounds(std::string_view value, TimeMod mod, Day* lo, Day* hi,
                         Precision* precision);

// Convenience: builds a complete EventTime for a value, or returns the error.
Status MakeEventTime(std::string_view value, TimeMod mod, EventTime* out);

// Formats a bound as an ISO day; open bounds are nullopt.
std::optional<std::string> FormatBound(Day day);

}  // namespace geokg
