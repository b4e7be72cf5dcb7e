#include "ingest/events/event_times.h"

namespace geokg {
namespace {

// `time` with value `value` and modifier `mod`, keeping its text and anchor; `time` itself
// when that is no valid time.
EventTime WithMod(const EventTime& time, std::string_view value, TimeMod mod) {
  EventTime out;
  if (!MakeEventTime(value, mod, &out).ok()) return time;
  out.text = time.text;
  out.anchor = time.anchor;
  return out;
}

}  // namespace

bool VagueTime(const TimeMention& t) { return t.rule.ends_with(".vague"); }

EventTime EventTimeOf(const SentenceView& view, const TimeMention& t) {
  const size_t w = view.WordAtByte(t.begin);
  const std::string_view value = t.time.value;
  if (w >= view.size()) return t.time;
  if (t.time.mod == TimeMod::kNone && view.key(w) == "by" && value.starts_with("../") &&
      value.find('/', 3) == value.npos) {
    // "by July": the event falls on or before the named period, not over all time up to it.
    return WithMod(t.time, value.substr(3), TimeMod::kOnOrBefore);
  }
  if (view.key(w) == "earlier" && w + 1 < view.size() && view.key(w + 1) == "this" &&
      t.time.anchor && t.time.lo != kOpenLo) {
    // "earlier this year": from the start of the period up to the publication date, not its
    // first third (which the tagger reports as <period>~START).
    const std::string interval = FormatIsoDay(t.time.lo) + "/" + FormatIsoDay(*t.time.anchor);
    return WithMod(t.time, interval, TimeMod::kNone);
  }
  if (w >= 3 && view.key(w - 3) == "as" && view.key(w - 2) == "early" && view.key(w - 1) == "as" &&
      value.find('/') == value.npos && t.time.mod == TimeMod::kNone) {
    return WithMod(t.time, value, TimeMod::kOnOrAfter);  // "as early as next week"
  }
  return t.time;
}

}  // namespace geokg
