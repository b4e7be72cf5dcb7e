#include "ingest/text/time_rules_en.h"

#include "ingest/text/time_points_en.h"
#include "ingest/text/time_rule_util.h"

namespace geokg {
namespace {

using Point = TimePoint;

class English {
 public:
  explicit English(const TimeTokenView& t) : t_(t) {}

  bool Match(size_t i, TimeParse* out) const;

 private:
  bool AnyPoint(size_t i, bool cued, Point* p) const { return EnglishPointAt(t_, i, cued, p); }

  const TimeTokenView& t_;
};

bool English::Match(size_t i, TimeParse* out) const {
  TimeParse parse;
  parse.begin = i;
  parse.content = i;
  Point a, b;
  int32_t n = 0;
  bool vague = false;
  size_t next = 0;
  const auto done = [&](size_t end, std::string_view rule) {
    parse.end = end;
    parse.rule = rule;
    *out = parse;
    return true;
  };
  const auto plain = [](const Point& p) {
    const SpecKind kind = p.spec.kind;
    return kind != SpecKind::kVague && kind != SpecKind::kDuration && kind != SpecKind::kWeekend;
  };

  // overnight: the night before the publication day, the interval of the two days it spans
  if (t_.Is(i, "overnight")) {
    parse.a = UnitSpec(SpecKind::kDeictic, Grain::kDay, -1);  // resolved against b's day
    parse.b = UnitSpec(SpecKind::kDeictic, Grain::kDay, 0);
    parse.range = RangeKind::kClosed;
    return done(i + 1, "en.overnight");
  }
  // since February 2022 / until the end of 2024 / by 2030
  if (t_.IsAny(i, {"since", "until", "till", "through", "by"})) {
    const bool since = t_.Is(i, "since");
    size_t j = i + 1;
    if (t_.Is(j, "the") && !t_.IsAny(j + 1, {"end", "beginning", "start", "middle"})) ++j;
    const bool strong = since || !t_.Is(i, "by");
    if (!AnyPoint(j, true, &a) || !plain(a)) return false;
    if (t_.Is(i, "by") && a.spec.kind == SpecKind::kAbsolute &&
        a.spec.period.grain == Grain::kYear && !strong && t_.Has(a.end, Lex::kCountNoun)) {
      return false;
    }
    parse.range = since ? RangeKind::kSince : RangeKind::kUntil;
    parse.past_only = since;
    parse.a = a.spec;
    return done(a.end, "en.open_range");
  }
  // from 2001 to 2009 / between 2019 and 2021
  if (t_.IsAny(i, {"from", "between"})) {
    const bool between = t_.Is(i, "between");
    size_t j = i + 1;
    if (t_.Is(j, "the")) ++j;
    if (!AnyPoint(j, true, &a) || !plain(a)) return false;
    const size_t k = a.end;
    if (!(between ? t_.Is(k, "and") : t_.IsAny(k, {"to", "until", "till", "through"}))) {
      return false;
    }
    size_t m = k + 1;
    if (t_.Is(m, "the")) ++m;
    if (!AnyPoint(m, true, &b) || !plain(b)) return false;
    parse.a = a.spec;
    parse.b = b.spec;
    if (a.spec.kind == SpecKind::kPartial && b.spec.kind == SpecKind::kAbsolute &&
        a.spec.period.grain == b.spec.period.grain && a.spec.period.grain != Grain::kDay) {
      parse.a.kind = SpecKind::kAbsolute;
      parse.a.period.year = b.spec.period.year;
      if (parse.a.period.index > b.spec.period.index) parse.a.period.year -= 1;
    }
    parse.range = RangeKind::kClosed;
    return done(b.end, "en.range");
  }
  // for the past three years / over the last two weeks / in recent years / in the coming days
  if (t_.IsAny(i, {"for", "over", "in", "during"})) {
    size_t j = i + 1;
    if (t_.Is(j, "recent") && t_.Has(j + 1, Lex::kUnit)) {
      parse.content = j;
      parse.a = VagueSpec(-1);
      return done(j + 2, "en.vague");
    }
    if (t_.Is(j, "the")) {
      ++j;
      int8_t rel = 0;
      if (t_.IsAny(j, {"past", "last"})) rel = -1;
      if (t_.IsAny(j, {"next", "coming"})) rel = 1;
      if (rel != 0) {
        size_t k = j + 1;
        const bool counted = CountAt(t_, k, &n, &vague, &next) && !vague;
        if (counted) k = next;
        if (t_.Is(k, "few")) ++k;
        if (const std::optional<int> unit = t_.Role(k, Lex::kUnit)) {
          const bool plural = t_.Lower(k).back() == 's' || t_.Is(k, "centuries");
          parse.content = i + 2;
          // "in the last quarter" is the previous quarter (a deictic unit), "over the past
          // year" the twelve months up to the publication date.
          const bool past_one = !plural && t_.Is(j, "past");
          if (counted || past_one) {
            parse.a = UnitSpec(SpecKind::kDuration, static_cast<Grain>(*unit), counted ? n : 1);
            parse.a.rel = rel;
            return done(k + 1, "en.since_duration");
          }
          if (!plural) return false;
          parse.a = VagueSpec(rel);
          return done(k + 1, "en.vague");
        }
      }
      if (t_.Is(j, "future") || (t_.Is(j, "near") && t_.Is(j + 1, "future"))) {
        parse.content = j;
        parse.a = VagueSpec(1);
        return done(t_.Is(j, "future") ? j + 1 : j + 2, "en.vague");
      }
    }
  }
  if (t_.Is(i, "at") && t_.IsAny(i + 1, {"present", "the"}) &&
      (t_.Is(i + 1, "present") || t_.Is(i + 2, "moment"))) {
    parse.a = VagueSpec(0);
    return done(t_.Is(i + 1, "present") ? i + 2 : i + 3, "en.vague");
  }
  // two weeks ago / about a year ago / two days later / a week earlier
  {
    size_t j = i;
    const bool approx =
        t_.IsAny(j, {"about", "some", "around", "nearly", "almost", "roughly", "approximately"});
    if (approx) ++j;
    if (CountAt(t_, j, &n, &vague, &next) && t_.Has(next, Lex::kUnit)) {
      const Grain unit = static_cast<Grain>(*t_.Role(next, Lex::kUnit));
      if (t_.Is(next + 1, "ago") && unit != Grain::kCentury) {
        parse.a = UnitSpec(SpecKind::kAgo, unit, n);
        parse.a.vague_count = vague;
        if (approx) parse.a.mod = TimeMod::kApprox;
        return done(next + 2, "en.offset");
      }
      if (const std::optional<int> dir = t_.Role(next + 1, Lex::kAnaphor);
          dir && !t_.Is(next + 1, "before") && !t_.IsAny(next + 2, {"this", "that"})) {
        parse.a = UnitSpec(SpecKind::kAnaphoric, unit, n * *dir);
        parse.a.vague_count = vague;
        if (approx) parse.a.mod = TimeMod::kApprox;
        return done(next + 2, "en.anaphoric");
      }
    }
    // "days later", "years ago"
    if (!approx && t_.Has(i, Lex::kUnit) && t_.Lower(i).back() == 's' &&
        (t_.Is(i + 1, "ago") || t_.Is(i + 1, "later"))) {
      const Grain unit = static_cast<Grain>(*t_.Role(i, Lex::kUnit));
      parse.a = UnitSpec(t_.Is(i + 1, "ago") ? SpecKind::kAgo : SpecKind::kAnaphoric, unit, 3);
      parse.a.vague_count = true;
      return done(i + 2, t_.Is(i + 1, "ago") ? "en.offset" : "en.anaphoric");
    }
  }
  // Prepositions and articles are matched but not reported.
  size_t j = i;
  bool cued = false;
  // over the weekend / at the weekend: the news policy picks the last or the next one
  if (t_.IsAny(i, {"over", "at"}) && t_.Is(i + 1, "the") && t_.Has(i + 2, Lex::kWeekend)) {
    parse.content = i + 2;
    parse.a.kind = SpecKind::kWeekend;
    return done(i + 3, "en.weekend");
  }
  if (t_.IsAny(j, {"on", "in", "at", "during", "of", "to", "and", "from", "around", "before",
                   "after"})) {
    ++j;
    cued = true;
    if (t_.Is(j, "early") || t_.Is(j, "late") || t_.Is(j, "mid")) cued = true;
  }
  if (t_.Is(j, "the") &&
      !t_.IsAny(j + 1, {"end", "beginning", "start", "middle", "following", "same", "previous",
                        "next", "day", "preceding", "subsequent"})) {
    ++j;
    cued = true;
  }
  if (cued && (t_.Is(i, "before") || t_.Is(i, "after") || t_.Is(i, "around"))) {
    // "before 2020" is not a point in 2020; only the cue is kept.
    return false;
  }
  Point p;
  if (!AnyPoint(j, cued, &p)) return false;
  parse.content = j;
  parse.a = p.spec;
  // 2019-2021, 2019–2021
  if (p.spec.kind == SpecKind::kAbsolute && p.spec.period.grain == Grain::kYear &&
      (t_.Punct(p.end, "–") || t_.Punct(p.end, "-")) && t_.NumDigits(p.end + 1) == 4) {
    const int32_t second = t_.Number(p.end + 1);
    if (second > p.spec.period.year && second <= 2199) {
      parse.b = AbsoluteSpec(Grain::kYear, second);
      parse.range = RangeKind::kClosed;
      return done(p.end + 2, "en.range");
    }
  }
  return done(p.end, p.rule);
}

}  // namespace

bool MatchEnglishTime(const TimeTokenView& tokens, size_t i, TimeParse* out) {
  return English(tokens).Match(i, out);
}

}  // namespace geokg
