// query/all_trails.h
//
// Every trail from one vertex to another of at most `max_hops` hops: a walk that uses no dyad
// (pair of actors) twice, vertices may repeat, and that ends the first time it reaches the end
// vertex. As in k_shortest_paths.h, parallel edges between the same two actors are one step
// (its hop is the first edge seen), so the count reflects connections, not reports.
//
// A backward breadth-first search from the end first gives every vertex its distance to the
// end; the depth-first enumeration only enters vertices from which the end is still reachable
// in the hops left, so dead branches cost nothing. Trails come out in depth-first order over
// neighbours in source order; `limit` caps how many are returned (*truncated says whether more
// existed).
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/shortest_path.h"

namespace geokg {

template <NeighborSource S>
Status AllTrails(S& source, Vid from, Vid to, size_t max_hops, size_t limit,
                 std::vector<Path>* trails, bool* truncated) {
  trails->clear();
  *truncated = false;
  // Distances to `to`, walking backwards, up to max_hops - 1 (the start needs none).
  std::unordered_map<Vid, size_t> to_end{{to, 0}};
  std::vector<Vid> frontier{to};
  std::vector<Hop> hops;
  for (size_t d = 1; d < max_hops && !frontier.empty(); ++d) {
    std::vector<Vid> next;
    for (Vid v : frontier) {
      GEOKG_RETURN_IF_ERROR(source.Neighbors(v, Side::kBackward, &hops));
      for (const Hop& h : hops) {
        if (to_end.emplace(h.to, d).second) next.push_back(h.to);
      }
    }
    frontier = std::move(next);
  }
  if (from == to) {
    trails->push_back(Path{from, {}});
    return Status::OK();
  }
  // Neighbour lists collapsed to one hop per neighbour, read once per vertex.
  std::unordered_map<Vid, std::vector<Hop>> steps;
  const auto steps_of = [&](Vid v, const std::vector<Hop>** out) -> Status {
    auto it = steps.find(v);
    if (it == steps.end()) {
      GEOKG_RETURN_IF_ERROR(source.Neighbors(v, Side::kForward, &hops));
      std::vector<Hop> unique;
      std::unordered_set<Vid> seen_to;
      for (const Hop& h : hops) {
        if (h.to != v && seen_to.insert(h.to).second) unique.push_back(h);
      }
      it = steps.emplace(v, std::move(unique)).first;
    }
    *out = &it->second;
    return Status::OK();
  };
  std::unordered_set<uint64_t> used;  // dyads on the current trail
  const auto dyad = [](Vid a, Vid b) { return PathBans::KeyOf(std::min(a, b), std::max(a, b)); };
  Path current{from, {}};
  // Iterative depth-first search: stack of (vertex, index of the next step to try).
  std::vector<std::pair<Vid, size_t>> stack{{from, 0}};
  while (!stack.empty()) {
    auto& [v, index] = stack.back();
    const std::vector<Hop>* out = nullptr;
    GEOKG_RETURN_IF_ERROR(steps_of(v, &out));
    if (index >= out->size()) {
      stack.pop_back();
      if (!current.hops.empty()) {
        const Hop& h = current.hops.back();
        used.erase(
            dyad(current.hops.size() > 1 ? current.hops[current.hops.size() - 2].to : from, h.to));
        current.hops.pop_back();
      }
      continue;
    }
    const Hop h = (*out)[index++];
    const Vid at = v;
    const size_t depth = current.hops.size() + 1;
    auto d = to_end.find(h.to);
    if (d == to_end.end() || depth + d->second > max_hops) continue;
    if (used.count(dyad(at, h.to))) continue;
    if (h.to == to) {
      if (trails->size() == limit) {
        *truncated = true;
        return Status::OK();
      }
      Path found = current;
      found.hops.push_back(h);
      trails->push_back(std::move(found));
      continue;
    }
    used.insert(dyad(at, h.to));
    current.hops.push_back(h);
    stack.emplace_back(h.to, 0);
  }
  return Status::OK();
}

}  // namespace geokg
