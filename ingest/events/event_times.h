// ingest/events/event_times.h
//
// The time an event takes from a time expression of its clause. The time tagger gives the span
// an expression names; an event that happens once within it needs a little more:
//   vague      "seit Wochen", "soon", "künftig", "in recent years" name no time: the event
//              takes none from them (the caller falls back to the document date)
//   deadline   "by July" (tagged ../2024-07) is an event on or before July: 2024-07~ON_OR_BEFORE;
//              "by the end of the year" is <year>~ON_OR_BEFORE
//   earliest   "as early as next week" is 2024-W47~ON_OR_AFTER
//   so far     "earlier this year" is the interval from the year's first day to the
//              publication date (the tagger gives the year's first third, <year>~START)
// Relations keep the span ("member until 2024" is ../2024); only events are read this way.
#pragma once

#include <string_view>

#include "graph/event_time.h"
#include "ingest/events/sentence_view.h"
#include "ingest/text/time_tagger.h"

namespace geokg {

// True when `t` names no time an event can take ("seit Wochen", "soon").
bool VagueTime(const TimeMention& t);

// The time of a one-off event dated by `t`, a time mention of `view`'s sentence.
EventTime EventTimeOf(const SentenceView& view, const TimeMention& t);

}  // namespace geokg
