// query/shortest_path.h
//
// Fewest-hop path between two vertices by bidirectional breadth-first search: each round
// expands one level of the side whose frontier is smaller. Only the neighbourhoods the two
// balls reach are read, and each at most once.
//
// The search stops at the first vertex both sides have reached: before a level the two balls
// (radii d0, d1) are disjoint, so every path is at least d0 + d1 + 1 long, and a meeting found
// while expanding that level closes a path of at most that length. Not finishing the level
// saves most of the scanning, since the last level is the largest.
//
// Among several shortest paths the one returned is deterministic for a deterministic source
// (the first meeting in frontier and neighbour order, then the first edge each side saw).
#pragma once

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/neighbor_source.h"

namespace geokg {

// Constraints Yen's algorithm adds to a search; empty for a plain shortest path.
struct PathBans {
  std::unordered_set<Vid> vertices;  // never entered (start and end excepted)
  // Ordered vertex pairs (u, v) never stepped from u to v (for undirected queries both
  // orders are banned by the caller).
  std::unordered_set<uint64_t> steps;  // KeyOf(u, v)
  static uint64_t KeyOf(Vid u, Vid v) { return (u * 0x9E3779B97F4A7C15ull) ^ v; }
  bool Bans(Vid u, Vid v) const { return !steps.empty() && steps.count(KeyOf(u, v)) > 0; }
};

// Finds a shortest path from `from` to `to` of at most `max_hops` hops. *found is false when
// there is none (then *path is untouched). from == to gives the empty path.
template <NeighborSource S>
Status ShortestPath(S& source, Vid from, Vid to, size_t max_hops, Path* path, bool* found,
                    const PathBans& bans = {}) {
  *found = false;
  if (from == to) {
    *path = Path{from, {}};
    *found = true;
    return Status::OK();
  }
  struct Visit {
    size_t depth;
    Vid parent;
    Hop hop;  // from parent to this vertex, in path direction
  };
  std::unordered_map<Vid, Visit> seen[2];  // 0: from the start, 1: from the end
  std::vector<Vid> frontier[2] = {{from}, {to}};
  seen[0].emplace(from, Visit{0, from, Hop{}});
  seen[1].emplace(to, Visit{0, to, Hop{}});
  size_t depth[2] = {0, 0};
  std::vector<Hop> hops;
  while (!frontier[0].empty() && !frontier[1].empty() && depth[0] + depth[1] < max_hops) {
    const int s = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    const Side side = s == 0 ? Side::kForward : Side::kBackward;
    std::vector<Vid> next;
    Vid meet = 0;
    size_t best = std::numeric_limits<size_t>::max();
    for (Vid v : frontier[s]) {
      GEOKG_RETURN_IF_ERROR(source.Neighbors(v, side, &hops));
      for (const Hop& h : hops) {
        const Vid w = h.to;
        if (w != from && w != to && bans.vertices.count(w)) continue;
        if (s == 0 ? bans.Bans(v, w) : bans.Bans(w, v)) continue;
        if (seen[s].count(w)) continue;
        Hop step = h;
        if (s == 1) {  // stored as seen from v; the path walks w -> v
          step.to = v;
          step.forward = !h.forward;
        }
        seen[s].emplace(w, Visit{depth[s] + 1, v, step});
        next.push_back(w);
        auto other = seen[1 - s].find(w);
        if (other != seen[1 - s].end()) {
          best = depth[s] + 1 + other->second.depth;
          meet = w;
          break;
        }
      }
      if (best != std::numeric_limits<size_t>::max()) break;
    }
    ++depth[s];
    frontier[s] = std::move(next);
    if (best != std::numeric_limits<size_t>::max()) {
      if (best > max_hops) return Status::OK();
      Path result{from, {}};
      for (Vid v = meet; v != from; v = seen[0].at(v).parent) {
        Hop h = seen[0].at(v).hop;
        h.to = v;
        result.hops.push_back(h);
      }
      std::reverse(result.hops.begin(), result.hops.end());
      for (Vid v = meet; v != to; v = seen[1].at(v).parent)
        result.hops.push_back(seen[1].at(v).hop);
      *path = std::move(result);
      *found = true;
      return Status::OK();
    }
  }
  return Status::OK();
}

}  // namespace geokg
