#include "query/journey.h"

#include <algorithm>

namespace geokg {

std::optional<Day> HopDay(Day at, bool first, Day lo, Day hi, const JourneyOptions& options) {
  const Day earliest = first ? std::max(options.start, lo) : std::max(at, lo);
  if (earliest > hi || earliest > options.end) return std::nullopt;
  if (!first && options.max_wait && int64_t{earliest} - int64_t{at} > *options.max_wait) {
    return std::nullopt;
  }
  return earliest;
}

std::string ExplainNotJourney(const Path& path, const JourneyOptions& options,
                              const std::function<std::string(size_t)>& describe,
                              std::vector<Day>* days) {
  days->clear();
  Day at = kOpenLo;
  for (size_t i = 0; i < path.hops.size(); ++i) {
    const Hop& h = path.hops[i];
    const std::optional<Day> day = HopDay(at, i == 0, h.lo, h.hi, options);
    if (day) {
      days->push_back(*day);
      at = *day;
      continue;
    }
    const std::string hop = "hop " + std::to_string(i + 1) + " (" + describe(i) + ")";
    if (i == 0) {
      return hop + (h.hi < options.start ? " ends before the window starts"
                                         : " starts after the window ends");
    }
    const std::string previous = "hop " + std::to_string(i) + " (" + FormatIsoDay(at) + ")";
    const Day earliest = std::max(at, h.lo);
    if (h.hi < at) return hop + " is over before " + previous + " could have happened";
    if (earliest > options.end) return hop + " starts after the window ends";
    return hop + " comes " + std::to_string(int64_t{earliest} - int64_t{at}) + " days after " +
           previous + ", more than the maximum wait of " + std::to_string(*options.max_wait) +
           " days";
  }
  return "";
}

}  // namespace geokg
