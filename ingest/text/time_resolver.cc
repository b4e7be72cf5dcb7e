#include "ingest/text/time_resolver.h"

namespace geokg {
namespace {

// One resolved side of a parse: a period with a modifier, or an interval value.
struct Side {
  bool resolved = false;
  bool is_period = false;
  bool vague = false;  // a vague reference never becomes the anaphora anchor
  Period period;
  TimeMod mod = TimeMod::kNone;
  std::string interval;  // when !is_period
  std::optional<Day> anchor;
  bool future_moved = false;
};

// The partial spec completed with `year`; false when that year lacks the day (29 February).
bool WithYear(const TimeSpec& spec, int32_t year, Period* out) {
  Period p = spec.period;
  p.year = year;
  if (p.grain == Grain::kDay) {
    const int32_t month = spec.period.index;
    const int32_t dom = static_cast<int32_t>(spec.period.day);
    if (year < kMinYear || year > kMaxYear || dom > DaysInMonth(year, month)) return false;
    p.day = DayFromCivil({year, month, dom});
    p.index = 0;
  }
  *out = p;
  return true;
}

// News policy over the candidate years around the publication date.
bool PickByPolicy(const TimeSpec& spec, Day pub, bool future, Period* out) {
  const int32_t y = CivilFromDay(pub).year;
  bool found = false;
  for (int32_t year = y - 4; year <= y + 4; ++year) {
    Period p;
    if (!WithYear(spec, year, &p)) continue;
    if (future) {
      if (LastDay(p) >= pub) {
        *out = p;
        return true;
      }
    } else if (FirstDay(p) <= pub) {
      *out = p;  // keeps the latest
      found = true;
    }
  }
  return found;
}

bool PickNamed(const TimeSpec& spec, Day pub, Period* out) {
  const int32_t y = CivilFromDay(pub).year;
  Period p;
  if (spec.rel == 0) {
    for (int32_t year = y - 1; year <= y; ++year) {
      if (WithYear(spec, year, &p) && FirstDay(p) <= pub && pub <= LastDay(p)) {
        *out = p;
        return true;
      }
    }
    return WithYear(spec, y, out);
  }
  bool found = false;
  for (int32_t year = y - 2; year <= y + 2; ++year) {
    if (!WithYear(spec, year, &p)) continue;
    if (spec.rel < 0 && LastDay(p) < pub) {
      *out = p;
      found = true;
    } else if (spec.rel > 0 && FirstDay(p) > pub) {
      *out = p;
      return true;
    }
  }
  return found;
}

Day PickWeekday(int32_t weekday, int8_t rel, bool future, Day pub) {
  const int32_t back = (Weekday(pub) - weekday + 7) % 7;
  const int32_t ahead = (weekday - Weekday(pub) + 7) % 7;
  if (rel < 0) return pub - (back == 0 ? 7 : back);
  if (rel > 0) return pub + (ahead == 0 ? 7 : ahead);
  return future ? pub + ahead : pub - back;
}

// The Saturday that starts the chosen weekend.
Day PickWeekend(int8_t rel, bool future, Day pub) {
  const Day saturday = pub - (Weekday(pub) - 5 + 7) % 7;  // latest Saturday on or before pub
  if (rel < 0) return saturday + 1 < pub ? saturday : saturday - 7;
  if (rel > 0) return saturday + 7;
  if (future) return saturday + 1 >= pub ? saturday : saturday + 7;
  return saturday;
}

std::string DayRange(Day lo, Day hi) { return FormatIsoDay(lo) + "/" + FormatIsoDay(hi); }

bool ResolveSide(const TimeSpec& spec, const ResolveContext& ctx, Side* side) {
  side->mod = spec.mod;
  side->is_period = true;
  if (spec.kind == SpecKind::kAbsolute) {
    side->resolved = true;
    side->period = spec.period;
    return true;
  }
  if (spec.kind == SpecKind::kAnaphoric) {
    std::optional<Day> base;
    Grain grain = spec.unit;
    if (ctx.reference) {
      base = FirstDay(*ctx.reference);
      grain = Coarser(spec.unit, ctx.reference->grain);
    } else {
      base = ctx.publication;
    }
    if (!base) return true;  // unresolved
    side->resolved = true;
    side->anchor = base;
    side->period = PeriodOf(AddUnits(*base, spec.unit, spec.n), grain);
    if (spec.vague_count && side->mod == TimeMod::kNone) side->mod = TimeMod::kApprox;
    return true;
  }
  if (!ctx.publication) return true;  // every other kind needs the publication date
  const Day pub = *ctx.publication;
  side->resolved = true;
  side->anchor = pub;
  switch (spec.kind) {
    case SpecKind::kAbsolute:
    case SpecKind::kAnaphoric:
      break;
    case SpecKind::kPartial: {
      if (spec.has_year_offset) {
        return WithYear(spec, CivilFromDay(pub).year + spec.year_offset, &side->period);
      }
      Period past;
      if (!PickByPolicy(spec, pub, false, &past)) return false;
      side->period = past;
      if (ctx.future_cue) {
        if (!PickByPolicy(spec, pub, true, &side->period)) return false;
        side->future_moved = !(side->period == past);
      }
      return true;
    }
    case SpecKind::kWeekday: {
      const Day past = PickWeekday(spec.period.index, spec.rel, false, pub);
      const Day day = PickWeekday(spec.period.index, spec.rel, ctx.future_cue, pub);
      side->period = PeriodOf(day, Grain::kDay);
      side->future_moved = day != past;
      return true;
    }
    case SpecKind::kNamed:
      return PickNamed(spec, pub, &side->period);
    case SpecKind::kDeictic:
      side->period = ShiftPeriod(PeriodOf(pub, spec.unit), spec.n);
      return true;
    case SpecKind::kWeekend: {
      const Day past = PickWeekend(spec.rel, false, pub);
      const Day saturday = PickWeekend(spec.rel, ctx.future_cue, pub);
      side->is_period = false;
      side->interval = DayRange(saturday, saturday + 1);
      side->future_moved = saturday != past;
      return true;
    }
    case SpecKind::kAgo:
      side->period = PeriodOf(AddUnits(pub, spec.unit, -spec.n), spec.unit);
      if (spec.vague_count && side->mod == TimeMod::kNone) side->mod = TimeMod::kApprox;
      return true;
    case SpecKind::kDuration:
      side->is_period = false;
      side->interval = spec.rel > 0 ? DayRange(pub, AddUnits(pub, spec.unit, spec.n))
                                    : DayRange(AddUnits(pub, spec.unit, -spec.n), pub);
      return true;
    case SpecKind::kVague:
      side->vague = true;
      if (spec.rel == 0) {
        side->period = PeriodOf(pub, Grain::kDay);
        side->mod = TimeMod::kApprox;
        return true;
      }
      side->is_period = false;
      side->interval = spec.rel < 0 ? "../" + FormatIsoDay(pub) : FormatIsoDay(pub) + "/..";
      return true;
  }
  return false;
}

// The lower (or upper) end of a range as a value: the period itself when its modifier leaves
// that end alone, else the bounding day.
bool RangeEnd(const Side& side, bool low, std::string* out) {
  if (!side.is_period) return false;
  *out = PeriodValue(side.period);
  if (out->empty()) return false;
  const TimeMod keep = low ? TimeMod::kStart : TimeMod::kEnd;
  if (side.mod == TimeMod::kNone || side.mod == keep) return true;
  Day lo = 0, hi = 0;
  Precision precision;
  if (!ResolveTimeBounds(*out, side.mod, &lo, &hi, &precision).ok()) return false;
  const Day bound = low ? lo : hi;
  if (bound == kOpenLo || bound == kOpenHi) return false;
  *out = FormatIsoDay(bound);
  return true;
}

bool Valid(const std::string& value, TimeMod mod) {
  Day lo = 0, hi = 0;
  Precision precision;
  return !value.empty() && ResolveTimeBounds(value, mod, &lo, &hi, &precision).ok();
}

}  // namespace

bool ResolveParse(const TimeParse& parse, const ResolveContext& context, Resolution* out) {
  *out = Resolution();
  if (parse.range == RangeKind::kClosed) {
    Side b;
    if (!ResolveSide(parse.b, context, &b)) return false;
    ResolveContext for_a = context;
    if (b.resolved && b.is_period) {
      for_a.publication = FirstDay(b.period);  // "von November bis Februar": the November before
      for_a.future_cue = false;
    }
    Side a;
    if (!ResolveSide(parse.a, for_a, &a)) return false;
    if (a.anchor && context.publication && for_a.publication != context.publication) {
      a.anchor = context.publication;
    }
    out->anchor = a.anchor ? a.anchor : b.anchor;
    if (!a.resolved || !b.resolved) return true;
    std::string lo, hi;
    if (!RangeEnd(a, true, &lo) || !RangeEnd(b, false, &hi)) return false;
    out->value = lo + "/" + hi;
    out->future_moved = b.future_moved;
  } else {
    ResolveContext for_a = context;
    if (parse.past_only) for_a.future_cue = false;
    Side a;
    if (!ResolveSide(parse.a, for_a, &a)) return false;
    out->anchor = a.anchor;
    if (!a.resolved) return true;
    out->future_moved = a.future_moved;
    if (parse.range == RangeKind::kPoint) {
      if (a.is_period) {
        out->value = PeriodValue(a.period);
        out->mod = a.mod;
        if (!a.vague) out->point = a.period;
      } else {
        out->value = a.interval;
      }
    } else {
      std::string end;
      if (!RangeEnd(a, parse.range == RangeKind::kSince, &end)) return false;
      out->value = parse.range == RangeKind::kSince ? end + "/.." : "../" + end;
    }
  }
  out->resolved = true;
  if (!Valid(out->value, out->mod)) return false;
  return true;
}

}  // namespace geokg
