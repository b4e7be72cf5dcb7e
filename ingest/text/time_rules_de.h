// ingest/text/time_rules_de.h
//
// The German temporal rules: explicit and numeric dates, day and month without year, months,
// years, decades, centuries, seasons, quarters and halves, weekdays, day deictics (heute,
// gestern), deictic units (letzten Monat, im kommenden Jahr), part-of modifiers (Anfang dieses
// Jahres, Mitte April), offsets (vor zwei Wochen), anaphoric offsets (zwei Tage später),
// ranges (seit, bis, von ... bis, zwischen ... und), durations (seit drei Jahren) and vague
// references (derzeit, kürzlich, in den letzten Jahren).
#pragma once

#include "ingest/text/time_spec.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

// The longest German expression starting at token i, if any.
bool MatchGermanTime(const TimeTokenView& tokens, size_t i, TimeParse* out);

}  // namespace geokg
