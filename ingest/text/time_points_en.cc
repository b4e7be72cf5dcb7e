#include "ingest/text/time_points_en.h"

#include "ingest/text/time_rule_util.h"

namespace geokg {
namespace {

constexpr TimeLang kEn = TimeLang::kEnglish;

using Point = TimePoint;

class English {
 public:
  explicit English(const TimeTokenView& t) : t_(t) {}

  bool AnyPoint(size_t i, bool cued, Point* p) const;

 private:
  static void Consider(const Point& candidate, Point* best, bool* found) {
    if (!*found || candidate.end > best->end) *best = candidate;
    *found = true;
  }
  bool NumericDate(size_t i, Point* p) const;
  bool MonthDay(size_t i, Point* p) const;
  bool DayOfMonth(size_t i, Point* p) const;
  bool MonthPoint(size_t i, bool cued, Point* p) const;
  bool SeasonPoint(size_t i, bool cued, Point* p) const;
  bool QuarterPoint(size_t i, bool cued, Point* p) const;
  bool YearPoint(size_t i, bool cued, Point* p) const;
  bool DecadePoint(size_t i, Point* p) const;
  bool CenturyPoint(size_t i, Point* p) const;
  bool WeekdayPoint(size_t i, Point* p) const;
  bool DayDeictic(size_t i, Point* p) const;
  bool Deictic(size_t i, Point* p) const;
  bool PartOf(size_t i, Point* p) const;

  // ", 2023", "2023", "of 2023", "this year", "last year", "of last year", "of this year".
  bool YearSuffix(size_t i, TimeSpec* spec, size_t* end) const;
  size_t SkipDayPart(size_t i) const {
    return t_.IsAny(i, {"morning", "afternoon", "evening", "night"}) ? i + 1 : i;
  }
  // "4th", "21st": the ordinal suffix glued to a day number.
  size_t SkipOrdinalSuffix(size_t i) const {
    return t_.Glued(i) && t_.IsAny(i, {"st", "nd", "rd", "th"}) ? i + 1 : i;
  }

  const TimeTokenView& t_;
};

bool English::YearSuffix(size_t i, TimeSpec* spec, size_t* end) const {
  size_t j = i;
  if (t_.Punct(j, ",") && t_.IsNumber(j + 1)) ++j;
  if (t_.Is(j, "of")) ++j;
  if (const std::optional<int> rel = t_.Role(j, Lex::kRel); rel && t_.Is(j + 1, "year")) {
    spec->has_year_offset = true;
    spec->year_offset = *rel;
    *end = j + 2;
    return true;
  }
  if (t_.Is(j, "the") && t_.Is(j + 1, "year") && !t_.IsNumber(j + 2)) {
    spec->has_year_offset = true;
    spec->year_offset = 0;
    *end = j + 2;
    return true;
  }
  int32_t year = 0;
  if (!YearAt(kEn, t_, j, YearCue::kStrong, &year)) return false;
  spec->kind = SpecKind::kAbsolute;
  spec->period.year = year;
  if (spec->period.grain == Grain::kDay) {
    if (spec->period.day > DaysInMonth(year, spec->period.index)) return false;
    spec->period.day = DayFromCivil({year, spec->period.index, spec->period.day});
    spec->period.index = 0;
  }
  *end = j + 1;
  return true;
}

bool English::NumericDate(size_t i, Point* p) const {
  if (!t_.IsNumber(i)) return false;
  if (t_.NumDigits(i) == 4 && t_.Punct(i + 1, "-") && t_.NumDigits(i + 2) == 2 &&
      t_.Punct(i + 3, "-") && t_.NumDigits(i + 4) == 2 && t_.Glued(i + 1) && t_.Glued(i + 2) &&
      t_.Glued(i + 3) && t_.Glued(i + 4)) {
    const int y = t_.Number(i), m = t_.Number(i + 2), d = t_.Number(i + 4);
    if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return false;
    *p = {i + 5, DaySpec(y, m, d), "en.iso_date"};
    return true;
  }
  // US order: 4/14/2023
  if (t_.NumDigits(i) <= 2 && t_.Punct(i + 1, "/") && t_.NumDigits(i + 2) <= 2 &&
      t_.Punct(i + 3, "/") && t_.NumDigits(i + 4) == 4 && t_.Glued(i + 1) && t_.Glued(i + 2) &&
      t_.Glued(i + 3) && t_.Glued(i + 4)) {
    if (t_.Glued(i) && i > 0 && !t_.IsPunct(i - 1)) return false;
    if (t_.Glued(i + 5) && (t_.Punct(i + 5, "/") || t_.IsNumber(i + 6))) return false;
    const int m = t_.Number(i), d = t_.Number(i + 2), y = t_.Number(i + 4);
    if (m < 1 || m > 12 || d < 1 || y < 1000 || d > DaysInMonth(y, m)) return false;
    *p = {i + 5, DaySpec(y, m, d), "en.numeric_date"};
    return true;
  }
  return false;
}

// "April 4", "April 4th, 2023", "Monday, May 15", "Jan. 4 2023"
bool English::MonthDay(size_t i, Point* p) const {
  size_t j = i;
  if (t_.Has(j, Lex::kWeekday)) {
    ++j;
    if (t_.Punct(j, ",")) ++j;
  }
  std::optional<int> month = t_.Role(j, Lex::kMonth);
  if (!month) {
    month = t_.Role(j, Lex::kMonthAbbr);
    if (!month || !t_.Upper(j)) return false;
    if (t_.Punct(j + 1, ".") && t_.Glued(j + 1)) ++j;
  }
  const size_t d = j + 1;
  if (!t_.IsNumber(d) || t_.NumDigits(d) > 2 || t_.Glued(d)) return false;
  if (t_.Glued(d + 1) && t_.IsNumber(d + 2) && t_.Glued(d + 2)) return false;  // "May 3-5"
  const int day = t_.Number(d);
  if (!PlausibleDay(*month, day)) return false;
  Point out{SkipOrdinalSuffix(d + 1), PartialDaySpec(*month, day), "en.day_month"};
  size_t end = 0;
  TimeSpec with_year = out.spec;
  if (YearSuffix(out.end, &with_year, &end)) {
    out.spec = with_year;
    out.end = end;
    if (with_year.kind == SpecKind::kAbsolute) out.rule = "en.full_date";
  }
  *p = out;
  return true;
}

// "4 April 2023", "the 4th of April"
bool English::DayOfMonth(size_t i, Point* p) const {
  if (!t_.IsNumber(i) || t_.NumDigits(i) > 2) return false;
  size_t j = SkipOrdinalSuffix(i + 1);
  if (t_.Is(j, "of")) ++j;
  std::optional<int> month = t_.Role(j, Lex::kMonth);
  if (!month) {
    month = t_.Role(j, Lex::kMonthAbbr);
    if (!month || !t_.Upper(j)) return false;
    if (t_.Punct(j + 1, ".") && t_.Glued(j + 1)) ++j;
  }
  const int day = t_.Number(i);
  if (!PlausibleDay(*month, day)) return false;
  Point out{j + 1, PartialDaySpec(*month, day), "en.day_month"};
  size_t end = 0;
  TimeSpec with_year = out.spec;
  if (YearSuffix(out.end, &with_year, &end)) {
    out.spec = with_year;
    out.end = end;
    if (with_year.kind == SpecKind::kAbsolute) out.rule = "en.full_date";
  }
  *p = out;
  return true;
}

bool English::MonthPoint(size_t i, bool cued, Point* p) const {
  const std::optional<int> month = t_.Role(i, Lex::kMonth);
  if (!month || !t_.Upper(i)) return false;
  TimeSpec spec = PartialSpec(Grain::kMonth, *month);
  size_t end = 0;
  if (YearSuffix(i + 1, &spec, &end)) {
    *p = {end, spec, spec.kind == SpecKind::kAbsolute ? "en.month_year" : "en.month"};
    return true;
  }
  if (!cued) return false;  // "May" the modal or the name, "march" the verb
  *p = {i + 1, spec, "en.month"};
  return true;
}

bool English::SeasonPoint(size_t i, bool cued, Point* p) const {
  const std::optional<int> season = t_.Role(i, Lex::kSeason);
  if (!season) return false;
  TimeSpec spec = PartialSpec(Grain::kSeason, *season);
  size_t end = 0;
  if (YearSuffix(i + 1, &spec, &end)) {
    *p = {end, spec, "en.season"};
    return true;
  }
  if (!cued || t_.Is(i, "fall") || t_.Is(i + 1, "of")) return false;
  *p = {i + 1, spec, "en.season"};
  return true;
}

bool English::QuarterPoint(size_t i, bool cued, Point* p) const {
  Grain grain = Grain::kQuarter;
  int index = 0;
  size_t j = i;
  if (t_.Is(i, "q") && t_.IsNumber(i + 1) && t_.Glued(i + 1) && t_.Number(i + 1) >= 1 &&
      t_.Number(i + 1) <= 4) {
    index = t_.Number(i + 1);
    j = i + 2;
  } else {
    const std::optional<int> ordinal = t_.Role(i, Lex::kOrdinal);
    const std::optional<int> unit = t_.Role(i + 1, Lex::kUnit);
    if (!ordinal || !unit) return false;
    grain = static_cast<Grain>(*unit);
    if (grain != Grain::kQuarter && grain != Grain::kHalf) return false;
    index = *ordinal;
    if (grain == Grain::kHalf && index > 2) return false;
    j = i + 2;
  }
  TimeSpec spec = PartialSpec(grain, index);
  size_t end = 0;
  const std::string_view rule = grain == Grain::kQuarter ? "en.quarter" : "en.half";
  if (YearSuffix(j, &spec, &end)) {
    *p = {end, spec, rule};
    return true;
  }
  // "the second half" alone may be a match's; "the first quarter" and "Q3" stand alone.
  if (grain == Grain::kHalf || !cued) return false;
  *p = {j, spec, rule};
  return true;
}

bool English::YearPoint(size_t i, bool cued, Point* p) const {
  int32_t year = 0;
  if (t_.Is(i, "year") && YearAt(kEn, t_, i + 1, YearCue::kStrong, &year)) {
    *p = {i + 2, AbsoluteSpec(Grain::kYear, year), "en.year"};
    return true;
  }
  if (!YearAt(kEn, t_, i, cued ? YearCue::kWeak : YearCue::kBare, &year)) return false;
  *p = {i + 1, AbsoluteSpec(Grain::kYear, year), "en.year"};
  return true;
}

bool English::DecadePoint(size_t i, Point* p) const {
  size_t j = i;
  TimeMod mod = TimeMod::kNone;
  if (t_.IsAny(j, {"early", "mid", "late"})) {
    mod = static_cast<TimeMod>(*t_.Role(j, Lex::kPart));
    ++j;
    if (t_.Punct(j, "-")) ++j;
  }
  if (t_.Punct(j, "'") || t_.Punct(j, "’")) ++j;
  if (!t_.IsNumber(j) || !t_.Is(j + 1, "s") || !t_.Glued(j + 1)) return false;
  int year = t_.Number(j);
  if (t_.NumDigits(j) == 2) {
    year += year >= 20 ? 1900 : 2000;
  } else if (t_.NumDigits(j) != 4) {
    return false;
  }
  if (year % 10 != 0) return false;
  TimeSpec spec = AbsoluteSpec(Grain::kDecade, year);
  spec.mod = mod;
  *p = {j + 2, spec, "en.decade"};
  return true;
}

bool English::CenturyPoint(size_t i, Point* p) const {
  size_t j = i;
  TimeMod mod = TimeMod::kNone;
  if (t_.IsAny(j, {"early", "mid", "late"})) {
    mod = static_cast<TimeMod>(*t_.Role(j, Lex::kPart));
    ++j;
    if (t_.Punct(j, "-")) ++j;
  }
  if (!t_.IsNumber(j) || !t_.IsAny(j + 1, {"st", "nd", "rd", "th"}) || !t_.Glued(j + 1) ||
      !t_.Is(j + 2, "century")) {
    return false;
  }
  const int n = t_.Number(j);
  if (n < 11 || n > 22) return false;
  TimeSpec spec = AbsoluteSpec(Grain::kCentury, (n - 1) * 100);
  spec.mod = mod;
  *p = {j + 3, spec, "en.century"};
  return true;
}

bool English::WeekdayPoint(size_t i, Point* p) const {
  const std::optional<int> weekday = t_.Role(i, Lex::kWeekday);
  if (!weekday || !t_.Upper(i)) return false;
  if (i > 0 && t_.IsAny(i - 1, {"every", "each"})) return false;  // a set, not a day
  TimeSpec spec;
  spec.kind = SpecKind::kWeekday;
  spec.period.index = *weekday;
  *p = {SkipDayPart(i + 1), spec, "en.weekday"};
  return true;
}

bool English::DayDeictic(size_t i, Point* p) const {
  std::optional<int> rel = t_.Role(i, Lex::kDayRel);
  size_t end = i + 1;
  if (rel) {
    end = SkipDayPart(end);
  } else if (t_.Is(i, "the") && t_.Is(i + 1, "day") && t_.IsAny(i + 2, {"before", "after"}) &&
             t_.IsAny(i + 3, {"yesterday", "tomorrow"})) {
    rel = t_.Is(i + 3, "yesterday") ? -2 : 2;
    end = i + 4;
  } else if (t_.Is(i, "this") && t_.IsAny(i + 1, {"morning", "afternoon", "evening"})) {
    rel = 0;
    end = i + 2;
  } else if (t_.Is(i, "last") && t_.Is(i + 1, "night")) {
    rel = -1;
    end = i + 2;
  } else if (t_.IsAny(i, {"earlier", "later"}) && t_.Is(i + 1, "today")) {
    rel = 0;
    end = i + 2;
  } else {
    return false;
  }
  *p = {end, UnitSpec(SpecKind::kDeictic, Grain::kDay, *rel), "en.day_deictic"};
  return true;
}

bool English::Deictic(size_t i, Point* p) const {
  size_t j = i;
  if (t_.Is(j, "the")) ++j;
  // "the following day", "the same day", "the previous year"; "that day"
  const std::optional<int> following = t_.Role(j, Lex::kFollowing);
  if ((following || t_.Is(j, "that")) && t_.Has(j + 1, Lex::kUnit) && (j > i || t_.Is(j, "that"))) {
    const Grain unit = static_cast<Grain>(*t_.Role(j + 1, Lex::kUnit));
    *p = {j + 2, UnitSpec(SpecKind::kAnaphoric, unit, following ? *following : 0), "en.anaphoric"};
    return true;
  }
  if (j > i && t_.Is(j, "next") && t_.Is(j + 1, "day")) {
    *p = {j + 2, UnitSpec(SpecKind::kAnaphoric, Grain::kDay, 1), "en.anaphoric"};
    return true;
  }
  if (j > i) return false;
  const std::optional<int> rel = t_.Role(i, Lex::kRel);
  if (!rel) return false;
  const size_t k = i + 1;
  if (const std::optional<int> unit = t_.Role(k, Lex::kUnit)) {
    const Grain grain = static_cast<Grain>(*unit);
    if (grain == Grain::kDay || grain == Grain::kCentury || grain == Grain::kHalf) return false;
    *p = {k + 1, UnitSpec(SpecKind::kDeictic, grain, *rel), "en.deictic_unit"};
    return true;
  }
  static constexpr NamedPointRules kRules{"en.weekend", "en.weekday", "en.month", "en.season"};
  return RelativeNamedPoint(t_, k, *rel, SkipDayPart(k + 1), kRules, p);
}

bool English::PartOf(size_t i, Point* p) const {
  size_t j = i;
  TimeMod mod = TimeMod::kNone;
  // "earlier this year", "later this month", "late last year", "early next year"
  if (t_.IsAny(j, {"earlier", "later", "early", "late", "mid"})) {
    mod = static_cast<TimeMod>(*t_.Role(j, Lex::kPart));
    ++j;
    if (t_.Punct(j, "-") && t_.Glued(j)) ++j;
    if (const std::optional<int> rel = t_.Role(j, Lex::kRel)) {
      const std::optional<int> unit = t_.Role(j + 1, Lex::kUnit);
      if (!unit) return false;
      const Grain grain = static_cast<Grain>(*unit);
      if (grain != Grain::kWeek && grain != Grain::kMonth && grain != Grain::kYear) return false;
      TimeSpec spec = UnitSpec(SpecKind::kDeictic, grain, *rel);
      spec.mod = mod;
      *p = {j + 2, spec, "en.part_of"};
      return true;
    }
    if (t_.IsAny(i, {"earlier", "later"})) return false;
  } else {
    // "the end of last year", "the beginning of 2022", "the middle of the month"
    if (t_.Is(j, "the")) ++j;
    if (!t_.IsAny(j, {"beginning", "start", "middle", "end"}) || !t_.Is(j + 1, "of")) {
      return false;
    }
    mod = static_cast<TimeMod>(*t_.Role(j, Lex::kPart));
    j += 2;
    if (t_.Is(j, "the") && t_.Has(j + 1, Lex::kUnit)) {
      const Grain grain = static_cast<Grain>(*t_.Role(j + 1, Lex::kUnit));
      if (grain == Grain::kWeek || grain == Grain::kMonth || grain == Grain::kYear ||
          grain == Grain::kDecade) {
        TimeSpec spec = UnitSpec(SpecKind::kDeictic, grain, 0);
        spec.mod = mod;
        *p = {j + 2, spec, "en.part_of"};
        return true;
      }
    }
    if (t_.Is(j, "the")) ++j;
  }
  Point inner;
  if (!AnyPoint(j, true, &inner)) return false;
  return ApplyPartOf(inner, mod, "en.part_of", p);
}

bool English::AnyPoint(size_t i, bool cued, Point* best) const {
  bool found = false;
  Point p;
  if (NumericDate(i, &p)) Consider(p, best, &found);
  if (MonthDay(i, &p)) Consider(p, best, &found);
  if (DayOfMonth(i, &p)) Consider(p, best, &found);
  if (MonthPoint(i, cued, &p)) Consider(p, best, &found);
  if (SeasonPoint(i, cued, &p)) Consider(p, best, &found);
  if (QuarterPoint(i, cued, &p)) Consider(p, best, &found);
  if (YearPoint(i, cued, &p)) Consider(p, best, &found);
  if (DecadePoint(i, &p)) Consider(p, best, &found);
  if (CenturyPoint(i, &p)) Consider(p, best, &found);
  if (WeekdayPoint(i, &p)) Consider(p, best, &found);
  if (DayDeictic(i, &p)) Consider(p, best, &found);
  if (Deictic(i, &p)) Consider(p, best, &found);
  if (PartOf(i, &p)) Consider(p, best, &found);
  if (const std::optional<int> vague = t_.Role(i, Lex::kVague)) {
    Consider({i + 1, VagueSpec(static_cast<int8_t>(*vague)), "en.vague"}, best, &found);
  }
  return found;
}

}  // namespace

bool EnglishPointAt(const TimeTokenView& tokens, size_t i, bool cued, TimePoint* out) {
  return English(tokens).AnyPoint(i, cued, out);
}

}  // namespace geokg
