// ingest/text/time_points_en.h
//
// English point expressions, the building blocks of the rules in time_rules_en.h: numeric and
// written dates, months, years, decades, centuries, seasons, quarters and halves, weekdays, day
// deictics, deictic units, part-of modifiers and vague adverbs. `cued` says that a preposition
// or modifier precedes, which a bare month name ("May", "March") or a number read as a year
// needs.
#pragma once

#include "ingest/text/time_spec.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

// The longest English point expression starting at token i.
bool EnglishPointAt(const TimeTokenView& tokens, size_t i, bool cued, TimePoint* out);

}  // namespace geokg
