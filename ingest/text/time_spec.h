// ingest/text/time_spec.h
//
// What a temporal rule emits before resolution: an underspecified time ("4 April, year
// unknown", "the month before the publication date", "two days after the last date") and, for
// ranges, a second one. The resolver (time_resolver.h) fills the gaps from the publication date
// or the document's last resolved date.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/event_time.h"
#include "ingest/text/time_calendar.h"

namespace geokg {

enum class SpecKind : uint8_t {
  kAbsolute,   // `period` is complete
  kPartial,    // `period` lacks its year (grain day, month, season, quarter or half): the news
               // policy picks it, or `year_offset` counts from the publication year
  kWeekday,    // period.index is the weekday (0 = Monday); rel -1 strictly before the
               // publication date, +1 strictly after, 0 the news policy
  kNamed,      // a month, season, quarter or half named with rel -1 ("letzten März"), 0
               // ("this summer": the one of the publication year) or +1 ("next March")
  kDeictic,    // the `unit` period containing the publication date, shifted by n
  kWeekend,    // Saturday and Sunday: rel -1 last, +1 next, 0 the news policy
  kAgo,        // the `unit` period containing the publication date minus n units
  kAnaphoric,  // the `unit` period containing the last resolved date plus n units
  kDuration,   // n units up to the publication date (rel +1: from it onwards) as a day range
  kVague,      // rel -1 past ("../pub"), 0 present (pub, APPROX), +1 future ("pub/..")
};

// Intentionally copyable value type.
struct TimeSpec {
  SpecKind kind = SpecKind::kAbsolute;
  Period period;  // kAbsolute: complete; kPartial: grain and index, and for kDay `day` holds the
                  // day of the month (1..31)
  Grain unit = Grain::kDay;
  int32_t n = 0;
  int8_t rel = 0;
  bool has_year_offset = false;  // kPartial: year = publication year + year_offset
  int32_t year_offset = 0;
  bool vague_count = false;  // "vor wenigen Tagen": n is a stand-in (3), the result is APPROX
  TimeMod mod = TimeMod::kNone;
};

enum class RangeKind : uint8_t {
  kPoint,   // `a` alone
  kClosed,  // a/b
  kSince,   // a/..
  kUntil,   // ../a
};

// A point expression read by a rule: it ends before token `end`.
struct TimePoint {
  size_t end = 0;
  TimeSpec spec;
  std::string_view rule;  // a string literal such as "de.month"
};

// One rule match: tokens [begin, end) of the sentence; `content` is the first token of the
// reported span (leading prepositions and articles are matched but not reported).
struct TimeParse {
  size_t begin = 0;
  size_t content = 0;
  size_t end = 0;
  RangeKind range = RangeKind::kPoint;
  TimeSpec a;
  TimeSpec b;
  std::string_view rule;   // a string literal such as "de.day_month"
  bool past_only = false;  // "seit", "since": the start lies in the past whatever the clause
                           // says about the future
};

}  // namespace geokg
