#include "ingest/text/time_points_de.h"

#include "ingest/text/time_rule_util.h"

namespace geokg {
namespace {

constexpr TimeLang kDe = TimeLang::kGerman;

using Point = TimePoint;

class German {
 public:
  explicit German(const TimeTokenView& t) : t_(t) {}

  bool AnyPoint(size_t i, bool cued, Point* p) const;
  bool DayMonth(size_t i, Point* p) const;

 private:
  void Consider(const Point& candidate, Point* best, bool* found) const {
    if (!*found || candidate.end > best->end) *best = candidate;
    *found = true;
  }

  bool NumericDate(size_t i, Point* p) const;
  bool MonthPoint(size_t i, bool cued, Point* p) const;
  bool SeasonPoint(size_t i, bool cued, Point* p) const;
  bool QuarterPoint(size_t i, bool cued, Point* p) const;
  bool YearPoint(size_t i, bool cued, Point* p) const;
  bool DecadePoint(size_t i, Point* p) const;
  bool CenturyPoint(size_t i, Point* p) const;
  bool WeekdayPoint(size_t i, Point* p) const;
  bool DayDeictic(size_t i, Point* p) const;
  bool Deictic(size_t i, bool cued, Point* p) const;
  bool PartOf(size_t i, Point* p) const;
  bool Vague(size_t i, Point* p) const;

  // "dieses Jahres", "letzten Jahres", "des Vorjahres", "des Jahres 2001", "2001" after a
  // month, season or quarter: sets the spec's year.
  bool YearSuffix(size_t i, TimeSpec* spec, size_t* end) const;
  // Day-time words after a day: "Abend", "Morgen", "früh", "Nachmittag" ...
  size_t SkipDayPart(size_t i) const {
    return t_.IsAny(i, {"morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"})
               ? i + 1
               : i;
  }
  bool Article(size_t i) const { return t_.IsAny(i, {"der", "den", "dem", "des", "die", "das"}); }

  const TimeTokenView& t_;
};

bool German::YearSuffix(size_t i, TimeSpec* spec, size_t* end) const {
  size_t j = i;
  if (t_.Is(j, "des")) ++j;
  if (t_.IsAny(j, {"vorjahres", "vorjahrs"})) {
    spec->has_year_offset = true;
    spec->year_offset = -1;
    *end = j + 1;
    return true;
  }
  const std::optional<int> rel = t_.Role(j, Lex::kRel);
  if (rel && t_.IsAny(j + 1, {"jahres", "jahrs"})) {
    spec->has_year_offset = true;
    spec->year_offset = *rel;
    *end = j + 2;
    return true;
  }
  if (t_.IsAny(j, {"jahres", "jahrs"})) ++j;
  int32_t year = 0;
  if (YearAt(kDe, t_, j, YearCue::kStrong, &year)) {
    spec->kind = SpecKind::kAbsolute;
    spec->period.year = year;
    if (spec->period.grain == Grain::kDay) {
      if (spec->period.day > DaysInMonth(year, spec->period.index)) return false;
      spec->period.day = DayFromCivil({year, spec->period.index, spec->period.day});
      spec->period.index = 0;
    }
    *end = j + 1;
    // "Winter 2022/23"
    if (t_.Punct(j + 1, "/") && t_.Glued(j + 1) && t_.IsNumber(j + 2) && t_.Glued(j + 2)) {
      *end = j + 3;
    }
    return true;
  }
  return false;
}

bool German::NumericDate(size_t i, Point* p) const {
  if (!t_.IsNumber(i)) return false;
  // ISO 2023-04-04
  if (t_.NumDigits(i) == 4 && t_.Punct(i + 1, "-") && t_.NumDigits(i + 2) == 2 &&
      t_.Punct(i + 3, "-") && t_.NumDigits(i + 4) == 2 && t_.Glued(i + 1) && t_.Glued(i + 2) &&
      t_.Glued(i + 3) && t_.Glued(i + 4)) {
    const int y = t_.Number(i), m = t_.Number(i + 2), d = t_.Number(i + 4);
    if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return false;
    *p = {i + 5, DaySpec(y, m, d), "de.iso_date"};
    return true;
  }
  // 4.4.2023, 04.04.23
  if (t_.NumDigits(i) <= 2 && t_.Punct(i + 1, ".") && t_.NumDigits(i + 2) >= 1 &&
      t_.NumDigits(i + 2) <= 2 && t_.Punct(i + 3, ".") &&
      (t_.NumDigits(i + 4) == 4 || t_.NumDigits(i + 4) == 2) && t_.Glued(i + 1) &&
      t_.Glued(i + 2) && t_.Glued(i + 3) && t_.Glued(i + 4)) {
    if (t_.Glued(i) && i > 0 && !t_.IsPunct(i - 1)) return false;
    if (t_.Glued(i + 5) && (t_.IsNumber(i + 6) || t_.IsWord(i + 5))) return false;
    int y = t_.Number(i + 4);
    if (t_.NumDigits(i + 4) == 2) y += y < 50 ? 2000 : 1900;
    const int m = t_.Number(i + 2), d = t_.Number(i);
    if (m < 1 || m > 12 || d < 1 || y < 1000 || d > DaysInMonth(y, m)) return false;
    *p = {i + 5, DaySpec(y, m, d), "de.numeric_date"};
    return true;
  }
  return false;
}

bool German::DayMonth(size_t i, Point* p) const {
  size_t j = i;
  // "Montag, 15. Mai", "Montag, den 15. Mai"
  if (t_.Has(j, Lex::kWeekday)) {
    ++j;
    if (t_.Punct(j, ",")) ++j;
    if (t_.IsAny(j, {"den", "dem"})) ++j;
  }
  if (!t_.IsNumber(j) || t_.NumDigits(j) > 2 || !t_.Punct(j + 1, ".") || !t_.Glued(j + 1)) {
    return false;
  }
  const int day = t_.Number(j);
  size_t k = j + 2;
  std::optional<int> month = t_.Role(k, Lex::kMonth);
  if (!month) {
    month = t_.Role(k, Lex::kMonthAbbr);
    if (month && t_.Punct(k + 1, ".") && t_.Glued(k + 1)) ++k;
  }
  if (!month || !PlausibleDay(*month, day)) return false;
  p->spec = PartialDaySpec(*month, day);
  p->end = k + 1;
  p->rule = "de.day_month";
  size_t end = 0;
  TimeSpec with_year = p->spec;
  if (YearSuffix(k + 1, &with_year, &end)) {
    p->spec = with_year;
    p->end = end;
    if (with_year.kind == SpecKind::kAbsolute) p->rule = "de.full_date";
  }
  return true;
}

bool German::MonthPoint(size_t i, bool cued, Point* p) const {
  const std::optional<int> month = t_.Role(i, Lex::kMonth);
  if (!month) return false;
  TimeSpec spec = PartialSpec(Grain::kMonth, *month);
  size_t end = 0;
  if (YearSuffix(i + 1, &spec, &end)) {
    *p = {end, spec, spec.kind == SpecKind::kAbsolute ? "de.month_year" : "de.month"};
    return true;
  }
  if (!cued) return false;  // "Mai" alone may be a name
  *p = {i + 1, spec, "de.month"};
  return true;
}

bool German::SeasonPoint(size_t i, bool cued, Point* p) const {
  const std::optional<int> season = t_.Role(i, Lex::kSeason);
  if (!season) return false;
  TimeSpec spec = PartialSpec(Grain::kSeason, *season);
  size_t end = 0;
  if (YearSuffix(i + 1, &spec, &end)) {
    *p = {end, spec, "de.season"};
    return true;
  }
  if (!cued) return false;
  *p = {i + 1, spec, "de.season"};
  return true;
}

bool German::QuarterPoint(size_t i, bool cued, Point* p) const {
  Grain grain;
  int index = 0;
  size_t j = i;
  if (t_.Is(i, "q") && t_.IsNumber(i + 1) && t_.Glued(i + 1) && t_.Number(i + 1) >= 1 &&
      t_.Number(i + 1) <= 4) {
    grain = Grain::kQuarter;
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
  if (YearSuffix(j, &spec, &end)) {
    *p = {end, spec, grain == Grain::kQuarter ? "de.quarter" : "de.half"};
    return true;
  }
  if (!cued && j == i + 2 && t_.Is(i, "q")) return false;
  *p = {j, spec, grain == Grain::kQuarter ? "de.quarter" : "de.half"};
  return true;
}

bool German::YearPoint(size_t i, bool cued, Point* p) const {
  if (t_.IsAny(i, {"jahr", "jahre", "jahres"}) && t_.IsNumber(i + 1) && t_.NumDigits(i + 1) <= 4 &&
      !(t_.Glued(i + 2) && (t_.IsWord(i + 2) || t_.IsNumber(i + 3)))) {
    const int year = t_.Number(i + 1);
    if (year < 1) return false;
    *p = {i + 2, AbsoluteSpec(Grain::kYear, year), "de.year"};
    return true;
  }
  int32_t year = 0;
  if (!YearAt(kDe, t_, i, cued ? YearCue::kWeak : YearCue::kBare, &year)) return false;
  *p = {i + 1, AbsoluteSpec(Grain::kYear, year), "de.year"};
  return true;
}

bool German::DecadePoint(size_t i, Point* p) const {
  size_t j = i;
  TimeMod mod = TimeMod::kNone;
  if (const std::optional<int> part = t_.Role(j, Lex::kPart); part && !t_.Upper(j)) {
    mod = static_cast<TimeMod>(*part);
    ++j;
  }
  if (!t_.IsNumber(j) || !t_.Glued(j + 1)) return false;
  const std::string_view suffix = t_.Lower(j + 1);
  if (suffix != "er" && suffix != "erjahre" && suffix != "erjahren" && suffix != "ern") {
    return false;
  }
  int year = t_.Number(j);
  if (t_.NumDigits(j) == 2) {
    year += year >= 20 ? 1900 : 2000;
  } else if (t_.NumDigits(j) != 4) {
    return false;
  }
  if (year % 10 != 0) return false;
  size_t end = j + 2;
  if (suffix == "er" || suffix == "ern") {
    if (t_.Punct(end, "-") && t_.Glued(end)) ++end;
    if (t_.IsAny(end, {"jahre", "jahren", "jahrzehnt"})) ++end;
  }
  TimeSpec spec = AbsoluteSpec(Grain::kDecade, year);
  spec.mod = mod;
  *p = {end, spec, "de.decade"};
  return true;
}

bool German::CenturyPoint(size_t i, Point* p) const {
  size_t j = i;
  TimeMod mod = TimeMod::kNone;
  if (const std::optional<int> part = t_.Role(j, Lex::kPart); part && !t_.Upper(j)) {
    mod = static_cast<TimeMod>(*part);
    ++j;
  }
  if (!t_.IsNumber(j) || t_.NumDigits(j) > 2 || !t_.Punct(j + 1, ".") ||
      !t_.IsAny(j + 2, {"jahrhundert", "jahrhunderts"})) {
    return false;
  }
  const int n = t_.Number(j);
  if (n < 11 || n > 22) return false;
  TimeSpec spec = AbsoluteSpec(Grain::kCentury, (n - 1) * 100);
  spec.mod = mod;
  *p = {j + 3, spec, "de.century"};
  return true;
}

bool German::WeekdayPoint(size_t i, Point* p) const {
  const std::optional<int> weekday = t_.Role(i, Lex::kWeekday);
  if (!weekday || !t_.Upper(i)) return false;
  if (i > 0 && t_.IsAny(i - 1, {"jeden", "jedem", "jedes", "alle"}))
    return false;  // a set, not a day
  TimeSpec spec;
  spec.kind = SpecKind::kWeekday;
  spec.period.index = *weekday;
  *p = {SkipDayPart(i + 1), spec, "de.weekday"};
  return true;
}

bool German::DayDeictic(size_t i, Point* p) const {
  std::optional<int> rel = t_.Role(i, Lex::kDayRel);
  // "Morgen" written with a capital inside a sentence is the noun (the morning).
  if (rel && t_.Is(i, "morgen") && t_.Upper(i) && i > 0) return false;
  size_t end = i + 1;
  if (!rel) {
    // "am gestrigen Montag", "am heutigen Tag"
    static constexpr std::pair<std::string_view, int> kAdjectives[] = {
        {"gestrigen", -1}, {"heutigen", 0}, {"morgigen", 1}};
    for (const auto& [word, value] : kAdjectives) {
      if (t_.Is(i, word) && (t_.Has(i + 1, Lex::kWeekday) || t_.Is(i + 1, "tag"))) {
        rel = value;
        end = i + 2;
      }
    }
    if (!rel) return false;
  }
  *p = {SkipDayPart(end), UnitSpec(SpecKind::kDeictic, Grain::kDay, *rel), "de.day_deictic"};
  return true;
}

bool German::Deictic(size_t i, bool cued, Point* p) const {
  // One-word deictics
  if (t_.IsAny(i, {"vorjahr", "vorjahres", "vorjahrs"})) {
    *p = {i + 1, UnitSpec(SpecKind::kDeictic, Grain::kYear, -1), "de.deictic_unit"};
    return true;
  }
  if (t_.IsAny(i, {"vormonat", "vormonats"})) {
    *p = {i + 1, UnitSpec(SpecKind::kDeictic, Grain::kMonth, -1), "de.deictic_unit"};
    return true;
  }
  if (t_.Is(i, "vorwoche")) {
    *p = {i + 1, UnitSpec(SpecKind::kDeictic, Grain::kWeek, -1), "de.deictic_unit"};
    return true;
  }
  if (t_.Is(i, "heuer")) {
    *p = {i + 1, UnitSpec(SpecKind::kDeictic, Grain::kYear, 0), "de.deictic_unit"};
    return true;
  }
  if (t_.Has(i, Lex::kWeekend) && cued) {
    TimeSpec spec;
    spec.kind = SpecKind::kWeekend;
    *p = {i + 1, spec, "de.weekend"};
    return true;
  }
  const std::optional<int> rel = t_.Role(i, Lex::kRel);
  if (!rel) {
    // "am folgenden Tag", "im selben Jahr"
    const std::optional<int> following = t_.Role(i, Lex::kFollowing);
    const std::optional<int> unit = t_.Role(i + 1, Lex::kUnit);
    if (!following || !unit) return false;
    *p = {i + 2, UnitSpec(SpecKind::kAnaphoric, static_cast<Grain>(*unit), *following),
          "de.anaphoric"};
    return true;
  }
  const size_t j = i + 1;
  if (const std::optional<int> unit = t_.Role(j, Lex::kUnit)) {
    const Grain grain = static_cast<Grain>(*unit);
    if (grain == Grain::kCentury) return false;
    // "die kommenden Monate", "der vergangenen Jahre": a vague stretch, not one period.
    if (t_.IsAny(j, {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "quartale",
                     "quartalen", "jahrzehnte", "jahrzehnten", "halbjahre"})) {
      if (*rel == 0) return false;
      *p = {j + 1, VagueSpec(static_cast<int8_t>(*rel)), "de.vague"};
      return true;
    }
    if (grain == Grain::kDay) {
      // "am nächsten Tag" is narrative: the day after the last date.
      if (*rel != 1) return false;
      *p = {j + 1, UnitSpec(SpecKind::kAnaphoric, Grain::kDay, 1), "de.anaphoric"};
      return true;
    }
    *p = {j + 1, UnitSpec(SpecKind::kDeictic, grain, *rel), "de.deictic_unit"};
    return true;
  }
  static constexpr NamedPointRules kRules{"de.weekend", "de.weekday", "de.month", "de.season"};
  return RelativeNamedPoint(t_, j, *rel, SkipDayPart(j + 1), kRules, p);
}

bool German::PartOf(size_t i, Point* p) const {
  if (const std::optional<int> word = t_.Role(i, Lex::kPartWord)) {
    TimeSpec spec = UnitSpec(SpecKind::kDeictic, *word >= 16 ? Grain::kMonth : Grain::kYear, 0);
    spec.mod = static_cast<TimeMod>(*word & 15);
    *p = {i + 1, spec, "de.part_of"};
    return true;
  }
  if (!t_.IsAny(i, {"anfang", "beginn", "mitte", "ende"})) return false;
  const TimeMod mod = static_cast<TimeMod>(*t_.Role(i, Lex::kPart));
  size_t j = i + 1;
  // "Ende des Jahres", "Mitte der Woche": the period of the publication date.
  if (Article(j)) {
    if (const std::optional<int> unit = t_.Role(j + 1, Lex::kUnit)) {
      const Grain grain = static_cast<Grain>(*unit);
      if (grain == Grain::kWeek || grain == Grain::kMonth || grain == Grain::kYear ||
          grain == Grain::kDecade || grain == Grain::kQuarter) {
        TimeSpec spec = UnitSpec(SpecKind::kDeictic, grain, 0);
        spec.mod = mod;
        *p = {j + 2, spec, "de.part_of"};
        return true;
      }
    }
    ++j;
  }
  Point inner;
  if (!AnyPoint(j, true, &inner)) return false;
  return ApplyPartOf(inner, mod, "de.part_of", p);
}

bool German::Vague(size_t i, Point* p) const {
  if (const std::optional<int> vague = t_.Role(i, Lex::kVague)) {
    *p = {i + 1, VagueSpec(static_cast<int8_t>(*vague)), "de.vague"};
    return true;
  }
  return false;
}

bool German::AnyPoint(size_t i, bool cued, Point* best) const {
  bool found = false;
  Point p;
  if (NumericDate(i, &p)) Consider(p, best, &found);
  if (DayMonth(i, &p)) Consider(p, best, &found);
  if (MonthPoint(i, cued, &p)) Consider(p, best, &found);
  if (SeasonPoint(i, cued, &p)) Consider(p, best, &found);
  if (QuarterPoint(i, cued, &p)) Consider(p, best, &found);
  if (YearPoint(i, cued, &p)) Consider(p, best, &found);
  if (DecadePoint(i, &p)) Consider(p, best, &found);
  if (CenturyPoint(i, &p)) Consider(p, best, &found);
  if (WeekdayPoint(i, &p)) Consider(p, best, &found);
  if (DayDeictic(i, &p)) Consider(p, best, &found);
  if (Deictic(i, cued, &p)) Consider(p, best, &found);
  if (PartOf(i, &p)) Consider(p, best, &found);
  if (Vague(i, &p)) Consider(p, best, &found);
  return found;
}

}  // namespace

bool GermanPointAt(const TimeTokenView& tokens, size_t i, bool cued, TimePoint* out) {
  return German(tokens).AnyPoint(i, cued, out);
}

bool GermanDayMonthAt(const TimeTokenView& tokens, size_t i, TimePoint* out) {
  return German(tokens).DayMonth(i, out);
}

}  // namespace geokg
