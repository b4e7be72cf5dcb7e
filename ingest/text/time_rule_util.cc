#include "ingest/text/time_rule_util.h"

namespace geokg {

TimeSpec AbsoluteSpec(Grain grain, int32_t year, int32_t index) {
  TimeSpec s;
  s.kind = SpecKind::kAbsolute;
  s.period.grain = grain;
  s.period.year = year;
  s.period.index = index;
  return s;
}

TimeSpec DaySpec(int32_t year, int32_t month, int32_t day) {
  TimeSpec s;
  s.kind = SpecKind::kAbsolute;
  s.period.grain = Grain::kDay;
  s.period.year = year;
  s.period.day = DayFromCivil({year, month, day});
  return s;
}

TimeSpec PartialDaySpec(int32_t month, int32_t day) {
  TimeSpec s;
  s.kind = SpecKind::kPartial;
  s.period.grain = Grain::kDay;
  s.period.index = month;
  s.period.day = day;
  return s;
}

TimeSpec PartialSpec(Grain grain, int32_t index) {
  TimeSpec s;
  s.kind = SpecKind::kPartial;
  s.period.grain = grain;
  s.period.index = index;
  return s;
}

TimeSpec UnitSpec(SpecKind kind, Grain unit, int32_t n) {
  TimeSpec s;
  s.kind = kind;
  s.unit = unit;
  s.n = n;
  return s;
}

TimeSpec VagueSpec(int8_t direction) {
  TimeSpec s;
  s.kind = SpecKind::kVague;
  s.rel = direction;
  return s;
}

bool PlausibleDay(int32_t month, int32_t day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(2024, month);
}

bool CountAt(const TimeTokenView& t, size_t i, int32_t* n, bool* vague, size_t* next) {
  *vague = false;
  if (t.IsNumber(i)) {
    if (t.NumDigits(i) > 3 || t.Number(i) < 1) return false;
    if (t.Glued(i + 1) && (t.Punct(i + 1, ".") || t.Punct(i + 1, ","))) return false;
    *n = t.Number(i);
    *next = i + 1;
    return true;
  }
  // "ein paar", "a few", "a couple of"
  if (t.IsAny(i, {"ein", "a"}) && t.IsAny(i + 1, {"paar", "few"})) {
    *n = 3;
    *vague = true;
    *next = i + 2;
    return true;
  }
  if (t.Is(i, "a") && t.Is(i + 1, "couple") && t.Is(i + 2, "of")) {
    *n = 2;
    *vague = true;
    *next = i + 3;
    return true;
  }
  const std::optional<int> count = t.Role(i, Lex::kCount);
  if (!count) return false;
  *vague = *count < 0;
  *n = *vague ? 3 : *count;
  *next = i + 1;
  return true;
}

namespace {

bool TimeWord(const TimeTokenView& t, size_t i) {
  return t.Has(i, Lex::kMonth) || t.Has(i, Lex::kWeekday) || t.Has(i, Lex::kUnit) ||
         t.Has(i, Lex::kSeason) || t.Has(i, Lex::kDayRel) || t.Has(i, Lex::kVague);
}

// The word before token i, skipping an abbreviation dot or a hyphen ("Nr. 1441", "MiG-29").
size_t WordBefore(const TimeTokenView& t, size_t i) {
  if (i == 0) return t.size();
  size_t j = i - 1;
  if ((t.Punct(j, ".") || t.Punct(j, "-")) && j > 0) --j;
  return j;
}

}  // namespace

bool AcceptYear(TimeLang lang, const TimeTokenView& t, size_t i, YearCue cue) {
  if (t.NumDigits(i) != 4) return false;
  const int value = t.Number(i);
  if (value < 1000 || value > 2199) return false;
  // Glued on the left: only an opening bracket or quote may touch it ("(2022", "„2022").
  if (t.Glued(i) && i > 0) {
    const std::string_view p = t.Lower(i - 1);
    if (!(p == "(" || p == "„" || p == "\"" || p == "“" || p == "'" || p == "–" || p == "/")) {
      return false;
    }
  }
  // Glued on the right: closing punctuation only, and no digit after it ("2,5", "2022-04").
  if (t.Glued(i + 1)) {
    if (!t.IsPunct(i + 1)) return false;
    if (t.IsNumber(i + 2) && t.Glued(i + 2)) {
      // Year ranges "2022/23", "2019–2021", "2019-2021" are fine; "2,5" and "2022-04" are not.
      const size_t digits = t.NumDigits(i + 2);
      const bool slash = t.Punct(i + 1, "/") && (digits == 2 || digits == 4);
      const bool dash = (t.Punct(i + 1, "–") || t.Punct(i + 1, "-")) && digits == 4;
      if (!slash && !dash) return false;
    }
    if (t.Punct(i + 1, "%") || t.Punct(i + 1, "€") || t.Punct(i + 1, "$")) return false;
  }
  const size_t before = WordBefore(t, i);
  if (t.Has(before, Lex::kYearFilter) || t.Punct(i - 1, "§") || t.Punct(i - 1, "#")) {
    return false;
  }
  if (cue == YearCue::kStrong) return !t.Has(i + 1, Lex::kCountNoun);
  if (t.Has(before, Lex::kQuantity) || t.Punct(i - 1, "$") || t.Punct(i - 1, "€")) return false;
  if ((t.Is(i - 1, "zu") && t.Is(i - 2, "bis")) || (t.Is(i - 1, "to") && t.Is(i - 2, "up"))) {
    return false;
  }
  if (t.Has(i + 1, Lex::kCountNoun)) return false;
  // "2000 bis 3000 Soldaten": the partner of a range must be a year too.
  if (t.IsAny(i + 1, {"bis", "und", "oder", "to", "and", "or", "–", "-"}) && t.IsNumber(i + 2) &&
      !AcceptYear(lang, t, i + 2, YearCue::kStrong)) {
    return false;
  }
  if (lang == TimeLang::kGerman) {
    // German nouns are capitalised: "2000 Soldaten", "1010 Wien".
    if (t.IsWord(i + 1) && t.Upper(i + 1) && !TimeWord(t, i + 1)) return false;
    return true;
  }
  if (cue == YearCue::kBare) {
    // English counts take lower-case nouns ("2000 troops"): a bare year must end a phrase.
    return i + 1 >= t.size() || t.IsPunct(i + 1);
  }
  return true;
}

bool YearAt(TimeLang lang, const TimeTokenView& t, size_t i, YearCue cue, int32_t* year) {
  if (!AcceptYear(lang, t, i, cue)) return false;
  *year = t.Number(i);
  return true;
}

bool RelativeNamedPoint(const TimeTokenView& t, size_t i, int32_t rel, size_t after_weekday,
                        const NamedPointRules& rules, TimePoint* p) {
  if (t.Has(i, Lex::kWeekend)) {
    TimeSpec spec;
    spec.kind = SpecKind::kWeekend;
    spec.rel = static_cast<int8_t>(rel);
    *p = {i + 1, spec, rules.weekend};
    return true;
  }
  if (const std::optional<int> weekday = t.Role(i, Lex::kWeekday)) {
    TimeSpec spec;
    spec.kind = SpecKind::kWeekday;
    spec.period.index = *weekday;
    spec.rel = static_cast<int8_t>(rel);
    *p = {after_weekday, spec, rules.weekday};
    return true;
  }
  std::optional<int> named = t.Role(i, Lex::kMonth);
  Grain grain = Grain::kMonth;
  if (!named) {
    named = t.Role(i, Lex::kSeason);
    grain = Grain::kSeason;
  }
  if (!named) return false;
  TimeSpec spec = PartialSpec(grain, *named);
  spec.kind = SpecKind::kNamed;
  spec.rel = static_cast<int8_t>(rel);
  *p = {i + 1, spec, grain == Grain::kMonth ? rules.month : rules.season};
  return true;
}

bool ApplyPartOf(const TimePoint& inner, TimeMod mod, std::string_view rule, TimePoint* p) {
  const SpecKind kind = inner.spec.kind;
  if (kind != SpecKind::kAbsolute && kind != SpecKind::kPartial && kind != SpecKind::kNamed &&
      kind != SpecKind::kDeictic) {
    return false;
  }
  if (inner.spec.mod != TimeMod::kNone) return false;
  if ((kind == SpecKind::kAbsolute || kind == SpecKind::kPartial) &&
      inner.spec.period.grain == Grain::kDay) {
    return false;
  }
  if (kind == SpecKind::kDeictic && inner.spec.unit == Grain::kDay) return false;
  *p = inner;
  p->spec.mod = mod;
  p->rule = rule;
  return true;
}

}  // namespace geokg
