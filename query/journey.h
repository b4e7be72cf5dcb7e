// query/journey.h
//
// Time-respecting paths ("journeys"): a sequence of hops whose days never go backwards, so that
// something (a message, an influence) could have travelled along it. `A met B in 2024-03` and
// `B met C in 2023-11` make a static path A-B-C but no journey from A to C.
//
// Each hop is taken on a day inside its edge's [lo, hi], as early as possible: the first hop
// on max(window start, lo), each later hop on max(arrival day, lo). A hop is impossible when
// that day is after its hi or after the window end, or, with a maximum wait, when it is more
// than `max_wait` days after the previous hop. An edge of unknown time fits any day.
//
// EarliestArrival returns the journey that arrives first, ties broken by fewer hops. Without a
// maximum wait, arriving earlier at a vertex is never worse, so one label per vertex suffices
// (Dijkstra on arrival days). With one it is not (a later arrival may still catch an edge the
// earlier one had to leave behind), so labels are (vertex, day) pairs and a journey may pass a
// vertex twice.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <queue>
#include <string>
#include <tuple>
#include <vector>

#include "query/neighbor_source.h"

namespace geokg {

struct JourneyOptions {
  Day start = kOpenLo;              // the first hop is no earlier than this
  Day end = kOpenHi;                // no hop later than this
  std::optional<int64_t> max_wait;  // days between consecutive hops
  // Bounds the search. Labels compare (day, hops), so a bound well above the journeys sought
  // is exact; a tight one may miss a journey that needs more hops than an earlier-arriving
  // route to one of its vertices.
  size_t max_hops = 64;
};

// Intentionally copyable value type.
struct Journey {
  Path path;
  std::vector<Day> days;  // the day of each hop
  Day arrival() const { return days.empty() ? kOpenLo : days.back(); }
};

// The day a hop on [lo, hi] is taken when its vertex was reached on `at` (kOpenLo for the
// start), or nullopt when it cannot be taken then. `first` exempts it from the waiting limit.
std::optional<Day> HopDay(Day at, bool first, Day lo, Day hi, const JourneyOptions& options);

// Why `path` is not a journey under `options`: the first hop that cannot follow the one before,
// described in words using `describe(i)` for hop i; empty when it is one. *days receives the
// days of the hops that could be taken.
std::string ExplainNotJourney(const Path& path, const JourneyOptions& options,
                              const std::function<std::string(size_t)>& describe,
                              std::vector<Day>* days);

template <NeighborSource S>
Status EarliestArrival(S& source, Vid from, Vid to, const JourneyOptions& options, Journey* journey,
                       bool* found) {
  *found = false;
  if (from == to) {
    *journey = Journey{Path{from, {}}, {}};
    *found = true;
    return Status::OK();
  }
  struct Label {
    Vid v;
    Day day;
    size_t hops;
    size_t parent;  // index into labels; SIZE_MAX for the start
    Hop hop;
  };
  std::vector<Label> labels{Label{from, kOpenLo, 0, SIZE_MAX, Hop{}}};
  // (day, hops, vertex, label) smallest first.
  using Entry = std::tuple<Day, size_t, Vid, size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
  queue.emplace(kOpenLo, 0, from, 0);
  // Best (day, hops) per label key already settled: key is the vertex, or (vertex, day) with a
  // maximum wait.
  std::map<std::pair<Vid, Day>, bool> settled;
  // Without a maximum wait: the best (day, hops) seen per vertex.
  std::map<Vid, std::pair<Day, size_t>> best{{from, {kOpenLo, 0}}};
  std::vector<Hop> hops;
  while (!queue.empty()) {
    const auto [day, nhops, v, index] = queue.top();
    queue.pop();
    const Day key_day = options.max_wait ? day : 0;
    if (!settled.emplace(std::make_pair(v, key_day), true).second) continue;
    if (v == to) {
      Journey result{Path{from, {}}, {}};
      for (size_t i = index; labels[i].parent != SIZE_MAX; i = labels[i].parent) {
        result.path.hops.push_back(labels[i].hop);
        result.days.push_back(labels[i].day);
      }
      std::reverse(result.path.hops.begin(), result.path.hops.end());
      std::reverse(result.days.begin(), result.days.end());
      *journey = std::move(result);
      *found = true;
      return Status::OK();
    }
    if (nhops >= options.max_hops) continue;
    GEOKG_RETURN_IF_ERROR(source.Neighbors(v, Side::kForward, &hops));
    for (const Hop& h : hops) {
      const std::optional<Day> next = HopDay(day, nhops == 0, h.lo, h.hi, options);
      if (!next) continue;
      if (!options.max_wait) {
        const std::pair<Day, size_t> label{*next, nhops + 1};
        auto it = best.find(h.to);
        if (it != best.end() && it->second <= label) continue;
        best[h.to] = label;
      } else if (settled.count({h.to, *next})) {
        continue;
      }
      labels.push_back(Label{h.to, *next, nhops + 1, index, h});
      queue.emplace(*next, nhops + 1, h.to, labels.size() - 1);
    }
  }
  return Status::OK();
}

}  // namespace geokg
