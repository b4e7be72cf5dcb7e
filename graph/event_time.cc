#include "graph/event_time.h"

#include <algorithm>
#include <array>
#include <utility>

namespace geokg {
namespace {

constexpr std::array<std::pair<Precision, std::string_view>, 11> kPrecisionNames = {{
    {Precision::kUnknown, "unknown"},
    {Precision::kDay, "day"},
    {Precision::kWeek, "week"},
    {Precision::kMonth, "month"},
    {Precision::kQuarter, "quarter"},
    {Precision::kHalf, "half"},
    {Precision::kYear, "year"},
    {Precision::kDecade, "decade"},
    {Precision::kCentury, "century"},
    {Precision::kDocument, "document"},
    {Precision::kSeason, "season"},
}};

constexpr std::array<std::pair<TimeMod, std::string_view>, 9> kModNames = {{
    {TimeMod::kNone, ""},
    {TimeMod::kStart, "START"},
    {TimeMod::kMid, "MID"},
    {TimeMod::kEnd, "END"},
    {TimeMod::kApprox, "APPROX"},
    {TimeMod::kBefore, "BEFORE"},
    {TimeMod::kAfter, "AFTER"},
    {TimeMod::kOnOrBefore, "ON_OR_BEFORE"},
    {TimeMod::kOnOrAfter, "ON_OR_AFTER"},
}};

struct Period {
  Day lo;
  Day hi;
  Precision precision;
};

Status Bad(std::string_view value, std::string_view why) {
  return Status::InvalidArgument("time value '" + std::string(value) + "': " + std::string(why));
}

Day MonthStart(int32_t year, int32_t month) { return DayFromCivil({year, month, 1}); }
Day MonthEnd(int32_t year, int32_t month) {
  return DayFromCivil({year, month, DaysInMonth(year, month)});
}

// Parses one point value (no '/', no modifier) into its period.
Status ParsePoint(std::string_view value, Period* out) {
  std::string_view rest = value;
  bool negative = false;
  if (!rest.empty() && rest.front() == '-') {
    negative = true;
    rest.remove_prefix(1);
  }
  const size_t dash = rest.find('-');
  const std::string_view year_digits = rest.substr(0, dash);
  const std::string_view suffix =
      dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
  const std::optional<int32_t> digits = ParseDigits(year_digits);
  if (!digits) return Bad(value, "expected a year such as 2023");

  if (year_digits.size() == 2 || year_digits.size() == 3) {
    if (negative || !suffix.empty()) return Bad(value, "a decade or century takes no suffix");
    const int32_t span = year_digits.size() == 2 ? 100 : 10;
    const int32_t first = *digits * span;
    *out = {DayFromCivil({first, 1, 1}), DayFromCivil({first + span - 1, 12, 31}),
            span == 100 ? Precision::kCentury : Precision::kDecade};
    return Status::OK();
  }
  if (year_digits.size() < 4) return Bad(value, "a year needs four digits");
  const int32_t year = negative ? -*digits : *digits;
  if (year < kMinYear || year > kMaxYear) return Bad(value, "year out of range");

  if (suffix.empty()) {
    *out = {MonthStart(year, 1), MonthEnd(year, 12), Precision::kYear};
    return Status::OK();
  }
  if (suffix.size() == 2 && (suffix[0] == 'Q' || suffix[0] == 'H')) {
    const int32_t n = suffix[1] - '0';
    const int32_t parts = suffix[0] == 'Q' ? 4 : 2;
    if (n < 1 || n > parts) return Bad(value, "quarter must be Q1..Q4, half H1..H2");
    const int32_t months = 12 / parts;
    *out = {MonthStart(year, (n - 1) * months + 1), MonthEnd(year, n * months),
            parts == 4 ? Precision::kQuarter : Precision::kHalf};
    return Status::OK();
  }
  if (suffix == "SP" || suffix == "SU" || suffix == "FA" || suffix == "WI") {
    // Meteorological seasons; winter starts in December of `year` and ends with February.
    const int32_t first = suffix == "SP" ? 3 : suffix == "SU" ? 6 : suffix == "FA" ? 9 : 12;
    if (first == 12 && year == kMaxYear) return Bad(value, "year out of range");
    const int32_t last_year = first == 12 ? year + 1 : year;
    const int32_t last_month = first == 12 ? 2 : first + 2;
    *out = {MonthStart(year, first), MonthEnd(last_year, last_month), Precision::kSeason};
    return Status::OK();
  }
  if (suffix.size() == 3 && suffix[0] == 'W') {
    const std::optional<int32_t> week = ParseDigits(suffix.substr(1));
    // ISO week 1 contains the year's first Thursday; its Monday starts the week-numbering year.
    const Day jan4 = DayFromCivil({year, 1, 4});
    const int32_t jan4_weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday; 1970-01-01 was Thursday
    const Day week1 = jan4 - jan4_weekday;
    const Day next_week1 = [&] {
      const Day n4 = DayFromCivil({year + 1, 1, 4});
      return n4 - (((n4 % 7) + 7 + 3) % 7);
    }();
    const int32_t weeks = (next_week1 - week1) / 7;
    if (!week || *week < 1 || *week > weeks) return Bad(value, "ISO week out of range");
    const Day monday = week1 + (*week - 1) * 7;
    *out = {monday, monday + 6, Precision::kWeek};
    return Status::OK();
  }
  if (suffix.size() == 2) {
    const std::optional<int32_t> month = ParseDigits(suffix);
    if (!month || *month < 1 || *month > 12) return Bad(value, "month must be 01..12");
    *out = {MonthStart(year, *month), MonthEnd(year, *month), Precision::kMonth};
    return Status::OK();
  }
  if (suffix.size() == 5 && suffix[2] == '-') {
    const std::optional<int32_t> month = ParseDigits(suffix.substr(0, 2));
    const std::optional<int32_t> day = ParseDigits(suffix.substr(3, 2));
    if (!month || *month < 1 || *month > 12) return Bad(value, "month must be 01..12");
    if (!day || *day < 1 || *day > DaysInMonth(year, *month)) {
      return Bad(value, "day out of range for that month");
    }
    const Day d = DayFromCivil({year, *month, *day});
    *out = {d, d, Precision::kDay};
    return Status::OK();
  }
  return Bad(value, "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-Www or YYYY-SU");
}

// Applies a modifier to a period. Widening saturates at the open ends instead of overflowing.
Status ApplyMod(std::string_view value, TimeMod mod, Period* p) {
  const int64_t length = int64_t{p->hi} - p->lo + 1;
  const auto clamp = [](int64_t d) {
    return static_cast<Day>(std::clamp<int64_t>(d, int64_t{kOpenLo} + 1, int64_t{kOpenHi} - 1));
  };
  switch (mod) {
    case TimeMod::kNone:
      return Status::OK();
    case TimeMod::kStart:
      p->hi = clamp(p->lo + (length + 2) / 3 - 1);
      return Status::OK();
    case TimeMod::kMid: {
      const int64_t third = length / 3;
      p->lo = clamp(p->lo + third);
      p->hi = clamp(int64_t{p->hi} - third);
      return Status::OK();
    }
    case TimeMod::kEnd:
      p->lo = clamp(int64_t{p->hi} - (length + 2) / 3 + 1);
      return Status::OK();
    case TimeMod::kApprox:
      p->lo = clamp(p->lo - length);
      p->hi = clamp(p->hi + length);
      return Status::OK();
    case TimeMod::kBefore:
      p->hi = clamp(int64_t{p->lo} - 1);
      p->lo = kOpenLo;
      return Status::OK();
    case TimeMod::kAfter:
      p->lo = clamp(int64_t{p->hi} + 1);
      p->hi = kOpenHi;
      return Status::OK();
    case TimeMod::kOnOrBefore:
      p->lo = kOpenLo;
      return Status::OK();
    case TimeMod::kOnOrAfter:
      p->hi = kOpenHi;
      return Status::OK();
  }
  return Bad(value, "unknown modifier");
}

}  // namespace

std::string_view PrecisionName(Precision precision) {
  for (const auto& [value, name] : kPrecisionNames) {
    if (value == precision) return name;
  }
  return "unknown";
}

std::optional<Precision> ParsePrecision(std::string_view name) {
  for (const auto& [value, precision_name] : kPrecisionNames) {
    if (precision_name == name) return value;
  }
  return std::nullopt;
}

std::string_view TimeModName(TimeMod mod) {
  for (const auto& [value, name] : kModNames) {
    if (value == mod) return name;
  }
  return "";
}

std::optional<TimeMod> ParseTimeMod(std::string_view name) {
  for (const auto& [value, mod_name] : kModNames) {
    if (mod_name == name) return value;
  }
  return std::nullopt;
}

Status ResolveTimeBounds(std::string_view value, TimeMod mod, Day* lo, Day* hi,
                         Precision* precision) {
  if (value.empty()) {
    if (mod != TimeMod::kNone) return Bad(value, "a modifier needs a value");
    *lo = kOpenLo;
    *hi = kOpenHi;
    *precision = Precision::kUnknown;
    return Status::OK();
  }
  const size_t slash = value.find('/');
  if (slash == std::string_view::npos) {
    Period p;
    GEOKG_RETURN_IF_ERROR(ParsePoint(value, &p));
    GEOKG_RETURN_IF_ERROR(ApplyMod(value, mod, &p));
    *lo = p.lo;
    *hi = p.hi;
    *precision = p.precision;
    return Status::OK();
  }
  if (mod != TimeMod::kNone) return Bad(value, "an interval takes no modifier");
  const std::string_view start = value.substr(0, slash);
  const std::string_view end = value.substr(slash + 1);
  if (start == ".." && end == "..") return Bad(value, "an interval needs at least one end");
  Period first{kOpenLo, kOpenHi, Precision::kUnknown};
  Period last{kOpenLo, kOpenHi, Precision::kUnknown};
  if (start != "..") GEOKG_RETURN_IF_ERROR(ParsePoint(start, &first));
  if (end != "..") GEOKG_RETURN_IF_ERROR(ParsePoint(end, &last));
  *lo = start == ".." ? kOpenLo : first.lo;
  *hi = end == ".." ? kOpenHi : last.hi;
  if (*lo > *hi) return Bad(value, "interval ends before it starts");
  *precision = start != ".." ? first.precision : last.precision;
  return Status::OK();
}

Status MakeEventTime(std::string_view value, TimeMod mod, EventTime* out) {
  EventTime t;
  t.value = std::string(value);
  t.mod = mod;
  GEOKG_RETURN_IF_ERROR(ResolveTimeBounds(value, mod, &t.lo, &t.hi, &t.precision));
  *out = std::move(t);
  return Status::OK();
}

std::optional<std::string> FormatBound(Day day) {
  if (day == kOpenLo || day == kOpenHi) return std::nullopt;
  return FormatIsoDay(day);
}

}  // namespace geokg
