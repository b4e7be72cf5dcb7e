#include "ingest/text/time_rules_de.h"

#include "ingest/text/time_points_de.h"
#include "ingest/text/time_rule_util.h"

namespace geokg {
namespace {

constexpr TimeLang kDe = TimeLang::kGerman;
using Point = TimePoint;

class German {
 public:
  explicit German(const TimeTokenView& t) : t_(t) {}

  bool Match(size_t i, TimeParse* out) const;

 private:
  bool AnyPoint(size_t i, bool cued, Point* p) const { return GermanPointAt(t_, i, cued, p); }
  bool DayMonth(size_t i, Point* p) const { return GermanDayMonthAt(t_, i, p); }
  bool Article(size_t i) const { return t_.IsAny(i, {"der", "den", "dem", "des", "die", "das"}); }

  const TimeTokenView& t_;
};

bool German::Match(size_t i, TimeParse* out) const {
  TimeParse parse;
  parse.begin = i;
  parse.content = i;
  Point a, b;
  int32_t n = 0;
  bool vague = false;
  size_t next = 0;

  // in der Nacht zum Sonntag / in der Nacht auf Mittwoch: the day before and the day named
  if (t_.Is(i, "in") && t_.Is(i + 1, "der") && t_.Is(i + 2, "nacht") &&
      t_.IsAny(i + 3, {"zum", "zu", "auf"}) && AnyPoint(i + 4, true, &b) &&
      (b.spec.kind == SpecKind::kWeekday ||
       (b.spec.kind != SpecKind::kVague && b.spec.period.grain == Grain::kDay))) {
    parse.a = UnitSpec(SpecKind::kDeictic, Grain::kDay, -1);  // resolved against b's day
    parse.b = b.spec;
    parse.range = RangeKind::kClosed;
    parse.end = b.end;
    parse.rule = "de.night_to";
    *out = parse;
    return true;
  }
  // seit drei Jahren / seit Jahren / seit Februar 2022 / ab dem 1. Juni
  if (t_.IsAny(i, {"seit", "ab"})) {
    size_t j = i + 1;
    if (t_.Is(i, "seit") && CountAt(t_, j, &n, &vague, &next) && t_.Has(next, Lex::kUnit) &&
        !vague) {
      parse.a = UnitSpec(SpecKind::kDuration, static_cast<Grain>(*t_.Role(next, Lex::kUnit)), n);
      parse.end = next + 1;
      parse.rule = "de.since_duration";
      *out = parse;
      return true;
    }
    if (t_.Is(i, "seit") &&
        t_.IsAny(j, {"jahren", "monaten", "wochen", "tagen", "langem", "kurzem", "jahrzehnten"})) {
      parse.a = VagueSpec(-1);
      parse.end = j + 1;
      parse.rule = "de.vague";
      *out = parse;
      return true;
    }
    if (t_.IsAny(j, {"dem", "der", "den"})) ++j;
    if (AnyPoint(j, true, &a) && a.spec.kind != SpecKind::kVague &&
        a.spec.kind != SpecKind::kDuration) {
      parse.range = RangeKind::kSince;
      parse.past_only = t_.Is(i, "seit");
      parse.a = a.spec;
      parse.end = a.end;
      parse.rule = "de.open_range";
      *out = parse;
      return true;
    }
    int32_t year = 0;
    if (YearAt(kDe, t_, j, YearCue::kStrong, &year)) {
      parse.range = RangeKind::kSince;
      parse.a = AbsoluteSpec(Grain::kYear, year);
      parse.end = j + 1;
      parse.rule = "de.open_range";
      *out = parse;
      return true;
    }
    return false;
  }
  // bis Ende 2024 / bis zum 31. März / bis heute (not "bis zu 2000")
  if (t_.Is(i, "bis") && !t_.Is(i + 1, "zu")) {
    size_t j = i + 1;
    if (t_.IsAny(j, {"zum", "zur", "in", "ins", "spätestens", "mindestens"})) ++j;
    if (Article(j)) ++j;
    if (AnyPoint(j, true, &a) && a.spec.kind != SpecKind::kDuration &&
        (a.spec.kind != SpecKind::kVague || a.spec.rel == 0)) {
      parse.range = RangeKind::kUntil;
      parse.a = a.spec;
      parse.end = a.end;
      parse.rule = "de.open_range";
      if (a.spec.kind == SpecKind::kVague) return false;
      *out = parse;
      return true;
    }
    return false;
  }
  // von 2001 bis 2009 / vom 3. bis 5. April / zwischen 2019 und 2021
  if (t_.IsAny(i, {"von", "vom", "zwischen"})) {
    const bool between = t_.Is(i, "zwischen");
    const std::string_view joiner = between ? "und" : "bis";
    size_t j = i + 1;
    if (Article(j)) ++j;
    // A bare day: "vom 3. bis 5. April"
    if (t_.IsNumber(j) && t_.NumDigits(j) <= 2 && t_.Punct(j + 1, ".") && t_.Is(j + 2, joiner)) {
      size_t k = j + 3;
      if (t_.IsAny(k, {"zum", "dem"})) ++k;
      if (!DayMonth(k, &b)) return false;
      const int day = t_.Number(j);
      const int month = b.spec.kind == SpecKind::kAbsolute ? CivilFromDay(b.spec.period.day).month
                                                           : b.spec.period.index;
      if (!PlausibleDay(month, day)) return false;
      parse.a = PartialDaySpec(month, day);
      if (b.spec.kind == SpecKind::kAbsolute) {
        const int year = CivilFromDay(b.spec.period.day).year;
        if (day > DaysInMonth(year, month)) return false;
        parse.a = DaySpec(year, month, day);
      } else if (b.spec.has_year_offset) {
        parse.a.has_year_offset = true;
        parse.a.year_offset = b.spec.year_offset;
      }
      parse.b = b.spec;
      parse.range = RangeKind::kClosed;
      parse.end = b.end;
      parse.rule = "de.range";
      *out = parse;
      return true;
    }
    if (!AnyPoint(j, true, &a) || !t_.Is(a.end, joiner)) return false;
    size_t k = a.end + 1;
    if (t_.IsAny(k, {"zum", "dem", "zur"})) ++k;
    if (Article(k)) ++k;
    if (!AnyPoint(k, true, &b)) return false;
    for (const Point* side : {&a, &b}) {
      const SpecKind kind = side->spec.kind;
      if (kind == SpecKind::kVague || kind == SpecKind::kDuration || kind == SpecKind::kWeekend) {
        return false;
      }
    }
    parse.a = a.spec;
    parse.b = b.spec;
    // "von Januar bis März 2023": the first month takes the year of the second.
    if (a.spec.kind == SpecKind::kPartial && b.spec.kind == SpecKind::kAbsolute &&
        a.spec.period.grain == b.spec.period.grain && a.spec.period.grain != Grain::kDay) {
      parse.a.kind = SpecKind::kAbsolute;
      parse.a.period.year = b.spec.period.year;
      if (parse.a.period.index > b.spec.period.index) parse.a.period.year -= 1;
    }
    parse.range = RangeKind::kClosed;
    parse.end = b.end;
    parse.rule = "de.range";
    *out = parse;
    return true;
  }
  // vor zwei Wochen / vor rund einem Jahr / vor kurzem
  if (t_.Is(i, "vor")) {
    size_t j = i + 1;
    if (t_.Is(j, "kurzem")) {
      parse.a = VagueSpec(-1);
      parse.end = j + 1;
      parse.rule = "de.vague";
      *out = parse;
      return true;
    }
    const bool approx = t_.IsAny(j, {"rund", "etwa", "gut", "knapp", "fast", "ungefähr", "ca"});
    if (approx) {
      ++j;
      if (t_.Punct(j, ".")) ++j;
    }
    if (!CountAt(t_, j, &n, &vague, &next)) return false;
    const std::optional<int> unit = t_.Role(next, Lex::kUnit);
    if (!unit || static_cast<Grain>(*unit) == Grain::kCentury) return false;
    parse.a = UnitSpec(SpecKind::kAgo, static_cast<Grain>(*unit), n);
    parse.a.vague_count = vague;
    if (approx) parse.a.mod = TimeMod::kApprox;
    parse.end = next + 1;
    parse.rule = "de.offset";
    *out = parse;
    return true;
  }
  // zwei Tage später / eine Woche zuvor / tags darauf
  if (t_.Is(i, "tags") && t_.Has(i + 1, Lex::kAnaphor)) {
    parse.a = UnitSpec(SpecKind::kAnaphoric, Grain::kDay, *t_.Role(i + 1, Lex::kAnaphor));
    parse.end = i + 2;
    parse.rule = "de.anaphoric";
    *out = parse;
    return true;
  }
  if (CountAt(t_, i, &n, &vague, &next) && t_.Has(next, Lex::kUnit) &&
      t_.Has(next + 1, Lex::kAnaphor)) {
    parse.a = UnitSpec(SpecKind::kAnaphoric, static_cast<Grain>(*t_.Role(next, Lex::kUnit)),
                       n * *t_.Role(next + 1, Lex::kAnaphor));
    parse.a.vague_count = vague;
    parse.end = next + 2;
    parse.rule = "de.anaphoric";
    *out = parse;
    return true;
  }
  // Prepositions and articles are matched but not reported.
  size_t j = i;
  bool cued = false;
  if (t_.IsAny(j, {"am", "im", "in", "an", "um", "zum", "zur", "gegen", "zu", "beim"})) {
    ++j;
    cued = true;
    if (Article(j)) ++j;
  }
  // in den letzten drei Jahren / in den kommenden Wochen
  if (t_.Is(i, "in") && t_.Is(i + 1, "den")) {
    const std::optional<int> rel = t_.Role(i + 2, Lex::kRel);
    if (rel && *rel != 0) {
      size_t k = i + 3;
      const bool counted = CountAt(t_, k, &n, &vague, &next) && !vague;
      if (counted) k = next;
      if (const std::optional<int> unit = t_.Role(k, Lex::kUnit)) {
        parse.content = i + 2;
        parse.end = k + 1;
        if (counted) {
          parse.a = UnitSpec(SpecKind::kDuration, static_cast<Grain>(*unit), n);
          parse.a.rel = static_cast<int8_t>(*rel);
          parse.rule = "de.since_duration";
        } else {
          parse.a = VagueSpec(static_cast<int8_t>(*rel));
          parse.rule = "de.vague";
        }
        *out = parse;
        return true;
      }
    }
  }
  if (t_.Is(i, "in") &&
      (t_.Is(i + 1, "zukunft") || (t_.Is(i + 1, "naher") && t_.Is(i + 2, "zukunft")))) {
    parse.content = i + 1;
    parse.end = t_.Is(i + 1, "zukunft") ? i + 2 : i + 3;
    parse.a = VagueSpec(1);
    parse.rule = "de.vague";
    *out = parse;
    return true;
  }
  if (cued && j == i) return false;
  Point p;
  if (!AnyPoint(j, cued, &p)) return false;
  // A year written with "im Jahr", or "1850/51"
  parse.content = j;
  parse.a = p.spec;
  parse.end = p.end;
  parse.rule = p.rule;
  // 2019 bis 2021, 2019–2021, 1850/51
  if (p.spec.kind == SpecKind::kAbsolute && p.spec.period.grain == Grain::kYear) {
    const size_t k = p.end;
    if ((t_.Is(k, "bis") || t_.Punct(k, "–") || (t_.Punct(k, "/") && t_.Glued(k)))) {
      const size_t y = k + 1;
      int32_t second = 0;
      if (t_.Punct(k, "/") && t_.NumDigits(y) == 2 && t_.Glued(y)) {
        second = p.spec.period.year / 100 * 100 + t_.Number(y);
      } else if (!YearAt(kDe, t_, y, YearCue::kStrong, &second)) {
        second = 0;
      }
      if (second > p.spec.period.year) {
        parse.b = AbsoluteSpec(Grain::kYear, second);
        parse.range = RangeKind::kClosed;
        parse.end = y + 1;
        parse.rule = "de.range";
      }
    }
  }
  *out = parse;
  return true;
}

}  // namespace

bool MatchGermanTime(const TimeTokenView& tokens, size_t i, TimeParse* out) {
  return German(tokens).Match(i, out);
}

}  // namespace geokg
