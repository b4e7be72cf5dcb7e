// ingest/text/time_points_de.h
//
// German point expressions, the building blocks of the rules in time_rules_de.h: numeric and
// written dates, months, years, decades, centuries, seasons, quarters and halves, weekdays, day
// deictics, deictic units, part-of modifiers and vague adverbs. `cued` says that a preposition
// or modifier precedes, which a bare month name ("Mai") or a number read as a year needs.
#pragma once

#include "ingest/text/time_spec.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

// The longest German point expression starting at token i.
bool GermanPointAt(const TimeTokenView& tokens, size_t i, bool cued, TimePoint* out);

// A day and month ("4. April", "Montag, den 15. Mai 2023") starting at token i.
bool GermanDayMonthAt(const TimeTokenView& tokens, size_t i, TimePoint* out);

}  // namespace geokg
