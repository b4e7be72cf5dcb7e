// ingest/text/time_rules_en.h
//
// The English temporal rules, the counterpart of time_rules_de.h: "April 4, 2023", "4/4/2023"
// (US month first), "on April 4", "in May", "in 2022", "the 1990s", "the 20th century",
// "summer 2022", "Q1", "the second half of 2022", "on Monday", "yesterday", "last month",
// "earlier this year", "mid-April", "two weeks ago", "two days later", "since February 2022",
// "from 2001 to 2009", "for the past three years", "recently", "in recent years".
#pragma once

#include "ingest/text/time_spec.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

// The longest English expression starting at token i, if any.
bool MatchEnglishTime(const TimeTokenView& tokens, size_t i, TimeParse* out);

}  // namespace geokg
