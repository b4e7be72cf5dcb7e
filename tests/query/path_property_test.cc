// Property tests of the path algorithms on random in-memory graphs, each against a plain
// reference written another way: a one-sided BFS for shortest paths, exhaustive enumeration of
// simple paths for k-shortest, and of trails for --all.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <map>
#include <random>
#include <set>

#include "query/all_trails.h"
#include "query/k_shortest_paths.h"
#include "query/memory_graph.h"
#include "query/shortest_path.h"

namespace geokg {
namespace {

struct RandomGraph {
  bool directed;
  size_t n;
  std::vector<std::pair<Vid, Vid>> edges;  // edge id i + 1
  MemoryGraph graph{false};
};

RandomGraph MakeGraph(std::mt19937* rng, size_t n, size_t m, bool directed) {
  RandomGraph g{directed, n, {}, MemoryGraph(directed)};
  std::uniform_int_distribution<Vid> pick(0, n - 1);
  for (size_t i = 0; i < m; ++i) {
    const Vid a = pick(*rng), b = pick(*rng);
    g.edges.emplace_back(a, b);
    g.graph.AddEdge(a, b, i + 1);
  }
  return g;
}

// Hop distances from `from` by a one-sided BFS over the edge list.
std::map<Vid, size_t> ReferenceDistances(const RandomGraph& g, Vid from) {
  std::map<Vid, size_t> dist{{from, 0}};
  std::deque<Vid> queue{from};
  while (!queue.empty()) {
    const Vid v = queue.front();
    queue.pop_front();
    for (const auto& [a, b] : g.edges) {
      Vid w;
      if (a == v) {
        w = b;
      } else if (!g.directed && b == v) {
        w = a;
      } else {
        continue;
      }
      if (dist.emplace(w, dist[v] + 1).second) queue.push_back(w);
    }
  }
  return dist;
}

// Every hop uses a real edge in a direction the query allows, and the hops chain.
void ExpectValidPath(const RandomGraph& g, const Path& p, Vid from, Vid to) {
  ASSERT_EQ(p.start, from);
  ASSERT_EQ(p.end(), to);
  Vid at = from;
  for (const Hop& h : p.hops) {
    ASSERT_GE(h.eid, 1u);
    const auto& [a, b] = g.edges[h.eid - 1];
    if (h.forward) {
      EXPECT_TRUE(a == at && b == h.to) << "edge " << h.eid;
    } else {
      EXPECT_FALSE(g.directed);
      EXPECT_TRUE(b == at && a == h.to) << "edge " << h.eid;
    }
    at = h.to;
  }
}

TEST(PathPropertyTest, ShortestPathLengthsEqualAPlainBfs) {
  std::mt19937 rng(7);
  for (int round = 0; round < 60; ++round) {
    const bool directed = round % 2 == 1;
    RandomGraph g = MakeGraph(&rng, 25, 20 + round, directed);
    for (Vid from = 0; from < g.n; from += 3) {
      const std::map<Vid, size_t> dist = ReferenceDistances(g, from);
      for (Vid to = 0; to < g.n; ++to) {
        for (size_t max_hops : {size_t{3}, size_t{100}}) {
          Path p;
          bool found = false;
          ASSERT_TRUE(ShortestPath(g.graph, from, to, max_hops, &p, &found).ok());
          auto it = dist.find(to);
          const bool reachable = it != dist.end() && it->second <= max_hops;
          ASSERT_EQ(found, reachable) << "round " << round << " " << from << "->" << to;
          if (!found) continue;
          EXPECT_EQ(p.length(), it->second) << "round " << round << " " << from << "->" << to;
          ExpectValidPath(g, p, from, to);
        }
      }
    }
  }
}

// All simple paths from -> to (vertex sequences), by exhaustive DFS.
void SimplePaths(const RandomGraph& g, Vid to, std::vector<Vid>* current,
                 std::set<std::vector<Vid>>* out) {
  const Vid v = current->back();
  if (v == to) {
    out->insert(*current);
    return;
  }
  for (const auto& [a, b] : g.edges) {
    for (int side = 0; side < (g.directed ? 1 : 2); ++side) {
      const Vid x = side == 0 ? a : b, y = side == 0 ? b : a;
      if (x != v || std::find(current->begin(), current->end(), y) != current->end()) continue;
      current->push_back(y);
      SimplePaths(g, to, current, out);
      current->pop_back();
    }
  }
}

TEST(PathPropertyTest, KShortestPathsAreLooplessDistinctOrderedAndTheShortest) {
  std::mt19937 rng(11);
  for (int round = 0; round < 80; ++round) {
    const bool directed = round % 2 == 0;
    RandomGraph g = MakeGraph(&rng, 8, 10 + round % 8, directed);
    const Vid from = round % 8, to = (round * 3 + 1) % 8;
    if (from == to) continue;
    std::vector<Vid> start{from};
    std::set<std::vector<Vid>> all;
    SimplePaths(g, to, &start, &all);
    std::vector<size_t> lengths;
    for (const auto& p : all) lengths.push_back(p.size() - 1);
    std::sort(lengths.begin(), lengths.end());
    const size_t k = 6;
    std::vector<Path> paths;
    ASSERT_TRUE(KShortestPaths(g.graph, from, to, k, 100, directed, &paths).ok());
    ASSERT_EQ(paths.size(), std::min(k, all.size())) << "round " << round;
    std::set<std::vector<Vid>> distinct;
    for (size_t i = 0; i < paths.size(); ++i) {
      ExpectValidPath(g, paths[i], from, to);
      const std::vector<Vid> vs = paths[i].Vertices();
      EXPECT_EQ(std::set<Vid>(vs.begin(), vs.end()).size(), vs.size()) << "a loop";
      EXPECT_TRUE(distinct.insert(vs).second) << "a repeat";
      EXPECT_TRUE(all.count(vs));
      EXPECT_EQ(paths[i].length(), lengths[i]) << "round " << round << " path " << i;
      if (i > 0) {
        EXPECT_LE(paths[i - 1].length(), paths[i].length());
      }
    }
  }
}

// Trails as all_trails.h defines them, by exhaustive DFS over edges.
void Trails(const RandomGraph& g, Vid to, size_t max_hops, std::vector<Vid>* current,
            std::set<std::pair<Vid, Vid>>* used, std::set<std::vector<Vid>>* out) {
  const Vid v = current->back();
  if (v == to && current->size() > 1) {
    out->insert(*current);
    return;
  }
  if (current->size() - 1 == max_hops) return;
  for (const auto& [a, b] : g.edges) {
    for (int side = 0; side < (g.directed ? 1 : 2); ++side) {
      const Vid x = side == 0 ? a : b, y = side == 0 ? b : a;
      if (x != v || x == y) continue;
      const std::pair<Vid, Vid> dyad{std::min(x, y), std::max(x, y)};
      if (used->count(dyad)) continue;
      used->insert(dyad);
      current->push_back(y);
      Trails(g, to, max_hops, current, used, out);
      current->pop_back();
      used->erase(dyad);
    }
  }
}

TEST(PathPropertyTest, AllTrailsEqualsExhaustiveEnumeration) {
  std::mt19937 rng(5);
  for (int round = 0; round < 60; ++round) {
    const bool directed = round % 2 == 0;
    RandomGraph g = MakeGraph(&rng, 7, 9 + round % 6, directed);
    const Vid from = round % 7, to = (round * 2 + 3) % 7;
    if (from == to) continue;
    const size_t max_hops = 2 + round % 4;
    std::vector<Vid> start{from};
    std::set<std::pair<Vid, Vid>> used;
    std::set<std::vector<Vid>> expected;
    Trails(g, to, max_hops, &start, &used, &expected);
    std::vector<Path> trails;
    bool truncated = true;
    ASSERT_TRUE(AllTrails(g.graph, from, to, max_hops, 100000, &trails, &truncated).ok());
    EXPECT_FALSE(truncated);
    std::set<std::vector<Vid>> got;
    for (const Path& t : trails) {
      ExpectValidPath(g, t, from, to);
      EXPECT_LE(t.length(), max_hops);
      EXPECT_TRUE(got.insert(t.Vertices()).second) << "a repeat";
    }
    EXPECT_EQ(got, expected) << "round " << round;
    if (expected.size() > 1) {
      ASSERT_TRUE(AllTrails(g.graph, from, to, max_hops, 1, &trails, &truncated).ok());
      EXPECT_EQ(trails.size(), 1u);
      EXPECT_TRUE(truncated);
    }
  }
}

}  // namespace
}  // namespace geokg
