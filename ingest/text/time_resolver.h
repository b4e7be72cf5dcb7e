// ingest/text/time_resolver.h
//
// Turns a TimeParse into an EventTime value. Relative expressions resolve against the
// publication date (news policy: a date, month, season, quarter, half or weekday without year
// is the latest occurrence that starts on or before the publication date; with a future cue in
// the clause, the earliest one that ends on or after it) or, for anaphoric ones, against the
// last resolved date of the document, falling back to the publication date.
#pragma once

#include <optional>
#include <string>

#include "graph/event_time.h"
#include "ingest/text/time_calendar.h"
#include "ingest/text/time_spec.h"

namespace geokg {

struct ResolveContext {
  std::optional<Day> publication;   // the document's publication date, if known
  std::optional<Period> reference;  // the last resolved point of the document
  bool future_cue = false;          // the clause of the expression carries a future cue
};

// Intentionally copyable value type.
struct Resolution {
  bool resolved = false;  // false: an anchor was missing; `value` is empty
  std::string value;      // EventTime value (point or interval)
  TimeMod mod = TimeMod::kNone;
  std::optional<Day> anchor;    // what the expression was resolved against, if anything
  bool future_moved = false;    // the future cue changed the result
  std::optional<Period> point;  // set when the value is one period: the next anaphora anchor
};

// Resolves `parse`. Returns false when the expression names an impossible time (31 February,
// a range that ends before it starts, a year out of range); the caller drops it. Returns true
// with resolution->resolved == false when a relative expression lacks its anchor.
bool ResolveParse(const TimeParse& parse, const ResolveContext& context, Resolution* resolution);

}  // namespace geokg
