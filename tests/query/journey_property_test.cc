// Property tests of earliest-arrival journeys on small random temporal graphs: every journey
// found is time-ordered and respects the window and the waiting limit, and no journey arrives
// earlier. The references: without a waiting limit, brute force over every simple path; with
// one, a fixpoint over (vertex, day) states.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <random>
#include <set>

#include "query/journey.h"
#include "query/memory_graph.h"

namespace geokg {
namespace {

struct TemporalEdge {
  Vid a, b;
  Day lo, hi;
};

struct TemporalGraph {
  bool directed;
  size_t n;
  std::vector<TemporalEdge> edges;  // edge id i + 1
  MemoryGraph graph{false};
};

TemporalGraph MakeGraph(std::mt19937* rng, size_t n, size_t m, bool directed) {
  TemporalGraph g{directed, n, {}, MemoryGraph(directed)};
  std::uniform_int_distribution<Vid> pick(0, n - 1);
  std::uniform_int_distribution<int> day(0, 30), span(0, 6), kind(0, 9);
  for (size_t i = 0; i < m; ++i) {
    const Vid a = pick(*rng), b = pick(*rng);
    Day lo = day(*rng), hi = lo;
    const int k = kind(*rng);
    if (k == 0) hi = lo + span(*rng);  // a short interval
    if (k == 1) {                      // unknown time
      lo = kOpenLo;
      hi = kOpenHi;
    }
    g.edges.push_back({a, b, lo, hi});
    g.graph.AddEdge(a, b, i + 1, lo, hi);
  }
  return g;
}

// The steps (x -> y over edge i) a journey may take from x.
template <typename Fn>
void ForEachStep(const TemporalGraph& g, Vid x, Fn fn) {
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const TemporalEdge& e = g.edges[i];
    if (e.a == x) fn(e.b, e);
    if (!g.directed && e.b == x && e.a != e.b) fn(e.a, e);
  }
}

// Brute force without a waiting limit: the best arrival over all simple paths.
void BestOverSimplePaths(const TemporalGraph& g, Vid v, Vid to, Day at, bool first,
                         const JourneyOptions& o, std::vector<bool>* on_path,
                         std::optional<Day>* best) {
  if (v == to && !first) {
    if (!*best || at < **best) *best = at;
    return;
  }
  ForEachStep(g, v, [&](Vid y, const TemporalEdge& e) {
    if ((*on_path)[y]) return;
    const std::optional<Day> day = HopDay(at, first, e.lo, e.hi, o);
    if (!day) return;
    (*on_path)[y] = true;
    BestOverSimplePaths(g, y, to, *day, false, o, on_path, best);
    (*on_path)[y] = false;
  });
}

// Fixpoint over reachable (vertex, day) states; the earliest day at `to`.
std::optional<Day> BestByFixpoint(const TemporalGraph& g, Vid from, Vid to,
                                  const JourneyOptions& o) {
  std::set<std::pair<Vid, Day>> states;
  bool changed = true;
  ForEachStep(g, from, [&](Vid y, const TemporalEdge& e) {
    if (std::optional<Day> d = HopDay(kOpenLo, true, e.lo, e.hi, o)) states.insert({y, *d});
  });
  while (changed) {
    changed = false;
    for (const auto& [v, at] : std::set<std::pair<Vid, Day>>(states)) {
      ForEachStep(g, v, [&](Vid y, const TemporalEdge& e) {
        if (std::optional<Day> d = HopDay(at, false, e.lo, e.hi, o)) {
          changed |= states.insert({y, *d}).second;
        }
      });
    }
  }
  std::optional<Day> best;
  for (const auto& [v, at] : states) {
    if (v == to && (!best || at < *best)) best = at;
  }
  return best;
}

void ExpectValidJourney(const TemporalGraph& g, const Journey& j, Vid from, Vid to,
                        const JourneyOptions& o) {
  ASSERT_EQ(j.path.start, from);
  ASSERT_EQ(j.path.end(), to);
  ASSERT_EQ(j.days.size(), j.path.hops.size());
  Vid at = from;
  for (size_t i = 0; i < j.days.size(); ++i) {
    const Hop& h = j.path.hops[i];
    const TemporalEdge& e = g.edges[h.eid - 1];
    EXPECT_TRUE((e.a == at && e.b == h.to) || (!g.directed && e.b == at && e.a == h.to));
    EXPECT_GE(j.days[i], e.lo);
    EXPECT_LE(j.days[i], e.hi);
    EXPECT_LE(j.days[i], o.end);
    if (i == 0) {
      EXPECT_GE(j.days[i], o.start);
    }
    if (i > 0) {
      EXPECT_GE(j.days[i], j.days[i - 1]) << "not time-ordered";
      if (o.max_wait) {
        EXPECT_LE(int64_t{j.days[i]} - j.days[i - 1], *o.max_wait);
      }
    }
    at = h.to;
  }
}

TEST(JourneyPropertyTest, EarliestArrivalIsTimeOrderedAndNothingArrivesEarlier) {
  std::mt19937 rng(3);
  int found_some = 0;
  for (int round = 0; round < 200; ++round) {
    const bool directed = round % 2 == 0;
    TemporalGraph g = MakeGraph(&rng, 7, 8 + round % 10, directed);
    JourneyOptions o;
    if (round % 3 == 1) o.start = 5;
    if (round % 5 == 2) o.end = 20;
    const bool with_wait = round % 4 >= 2;
    if (with_wait) o.max_wait = 3 + round % 5;
    for (Vid from = 0; from < g.n; ++from) {
      for (Vid to = 0; to < g.n; ++to) {
        if (from == to) continue;
        Journey j;
        bool found = false;
        ASSERT_TRUE(EarliestArrival(g.graph, from, to, o, &j, &found).ok());
        std::optional<Day> best;
        if (with_wait) {
          best = BestByFixpoint(g, from, to, o);
        } else {
          std::vector<bool> on_path(g.n, false);
          on_path[from] = true;
          BestOverSimplePaths(g, from, to, kOpenLo, true, o, &on_path, &best);
        }
        ASSERT_EQ(found, best.has_value()) << "round " << round << " " << from << "->" << to;
        if (!found) continue;
        ++found_some;
        ExpectValidJourney(g, j, from, to, o);
        EXPECT_EQ(j.arrival(), *best) << "round " << round << " " << from << "->" << to;
      }
    }
  }
  EXPECT_GT(found_some, 1000);
}

TEST(JourneyPropertyTest, ExplainsWhyAStaticPathIsNotAJourney) {
  // A met B on day 10; B met C on day 4: a path A-B-C, but no journey.
  const Path path{0, {Hop{1, 1, 0, 10, 10, true}, Hop{2, 2, 0, 4, 4, true}}};
  std::vector<Day> days;
  const std::string why = ExplainNotJourney(
      path, JourneyOptions{}, [](size_t i) { return "e" + std::to_string(i); }, &days);
  EXPECT_EQ(why, "hop 2 (e1) is over before hop 1 (1970-01-11) could have happened");
  EXPECT_EQ(days, std::vector<Day>{10});
  JourneyOptions wait;
  wait.max_wait = 3;
  const Path late{0, {Hop{1, 1, 0, 10, 10, true}, Hop{2, 2, 0, 20, 20, true}}};
  EXPECT_EQ(ExplainNotJourney(
                late, wait, [](size_t) { return "x"; }, &days),
            "hop 2 (x) comes 10 days after hop 1 (1970-01-11), more than the maximum wait of 3 "
            "days");
  EXPECT_EQ(ExplainNotJourney(
                late, JourneyOptions{}, [](size_t) { return "x"; }, &days),
            "");
  EXPECT_EQ(days, (std::vector<Day>{10, 20}));
}

}  // namespace
}  // namespace geokg
