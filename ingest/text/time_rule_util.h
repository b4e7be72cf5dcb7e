// ingest/text/time_rule_util.h
//
// Building blocks shared by the German and English rules: spec constructors, counts ("zwei",
// "a few", "12"), and the year filter that keeps troop counts, resolution numbers, postcodes,
// page numbers and prices from becoming years (category 19 of the research table).
#pragma once

#include <cstddef>
#include <string_view>

#include "ingest/text/time_lexicon.h"
#include "ingest/text/time_spec.h"
#include "ingest/text/time_token_view.h"

namespace geokg {

TimeSpec AbsoluteSpec(Grain grain, int32_t year, int32_t index = 0);
TimeSpec DaySpec(int32_t year, int32_t month, int32_t day);  // absolute day
// A day of a month without year; `day` 1..31.
TimeSpec PartialDaySpec(int32_t month, int32_t day);
TimeSpec PartialSpec(Grain grain, int32_t index);  // month, season, quarter or half
TimeSpec UnitSpec(SpecKind kind, Grain unit, int32_t n);
TimeSpec VagueSpec(int8_t direction);

// The rule names of one language's relative named points.
struct NamedPointRules {
  std::string_view weekend, weekday, month, season;
};

// A weekend, weekday, month or season named at token i in the direction `rel` of the relative
// word before it (-1 last, 0 this, +1 next): "letzten Montag", "next spring". `after_weekday`
// is where a weekday point ends, past a day part the language adds ("Montagabend", "Monday
// night"). False when token i names none of them.
bool RelativeNamedPoint(const TimeTokenView& t, size_t i, int32_t rel, size_t after_weekday,
                        const NamedPointRules& rules, TimePoint* p);

// A part-of modifier ("Anfang", "Mitte", "early", "late") applied to the point after it:
// only a year, season, quarter, half, month or deictic unit without a modifier of its own
// takes one ("Anfang April", "late last year"; not "Anfang 4. April" or "Ende gestern").
// Sets *p to `inner` with `mod` and `rule`; false when `inner` takes no modifier.
bool ApplyPartOf(const TimePoint& inner, TimeMod mod, std::string_view rule, TimePoint* p);

// True when `day` exists in `month` of some year (29 February does).
bool PlausibleDay(int32_t month, int32_t day);

// A count at token i: digits 1..999, a number word, or a vague count ("wenigen", "einige",
// "ein paar", "a few", "several", "a couple of"). Sets *n (3 for vague counts), *vague and
// *next (the token after the count).
bool CountAt(const TimeTokenView& t, size_t i, int32_t* n, bool* vague, size_t* next);

// How strongly the context announces a year.
enum class YearCue : uint8_t {
  kBare,    // nothing: "2022 war ein schweres Jahr", "the war of attrition, 2022."
  kWeak,    // a preposition that also takes quantities: "in", "bis", "von", "ab", "um", "by"
  kStrong,  // "im Jahr", "seit", "since", a month, season or part-of word before it
};

// True when the 4-digit number at token i may be read as a year in this context (1000..2199,
// standing alone, not a quantity, a numbered thing or part of a longer number).
bool AcceptYear(TimeLang lang, const TimeTokenView& t, size_t i, YearCue cue);

// The year at token i if AcceptYear holds.
bool YearAt(TimeLang lang, const TimeTokenView& t, size_t i, YearCue cue, int32_t* year);

}  // namespace geokg
