// ingest/text/future_cue.h
//
// Future cues for the news policy (no part-of-speech tagger): a clause that says "wird",
// "soll", "plant", "kommenden", "will", "is expected to", "plans to", "next" ... moves a date
// without year, a month or a weekday to its next occurrence instead of the last one. The clause
// is the stretch of tokens between the nearest clause punctuation (, ; : ( ) – — quotes) on
// either side of the expression.
#pragma once

#include <cstddef>

#include "ingest/text/time_lexicon.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

// True when the clause around tokens [begin, end) carries a future cue of `lang`. The tokens of
// the expression itself are not inspected.
bool HasFutureCue(TimeLang lang, const TimeTokenView& tokens, size_t begin, size_t end);

}  // namespace geokg
