// query/k_shortest_paths.h
//
// The k shortest loopless paths (Yen, 1971), by hop count. Paths are told apart by their
// vertex sequence: two parallel edges between the same actors do not make two paths (the
// analyst asks how actors are connected, not how many reports say so). Each path's hops use
// the first edge the search met between consecutive vertices.
//
// Results come in non-decreasing length, ties in lexicographic order of vertex ids, none
// repeats a vertex, and no two share a vertex sequence.
#pragma once

#include <set>
#include <vector>

#include "query/shortest_path.h"

namespace geokg {

// Appends up to k paths of at most `max_hops` hops from `from` to `to` to *paths (cleared
// first). `directed` must match the source: undirected bans cover both orders of a step.
template <NeighborSource S>
Status KShortestPaths(S& source, Vid from, Vid to, size_t k, size_t max_hops, bool directed,
                      std::vector<Path>* paths) {
  paths->clear();
  if (k == 0) return Status::OK();
  Path first;
  bool found = false;
  GEOKG_RETURN_IF_ERROR(ShortestPath(source, from, to, max_hops, &first, &found));
  if (!found) return Status::OK();
  paths->push_back(first);
  if (from == to) return Status::OK();
  // Candidates ordered by (length, vertex sequence); the Path rides along.
  std::set<std::pair<std::pair<size_t, std::vector<Vid>>, size_t>> candidates;
  std::vector<Path> candidate_paths;
  std::set<std::vector<Vid>> known{first.Vertices()};
  while (paths->size() < k) {
    const Path& last = paths->back();
    const std::vector<Vid> last_vertices = last.Vertices();
    for (size_t i = 0; i + 1 < last_vertices.size(); ++i) {
      const Vid spur = last_vertices[i];
      const std::vector<Vid> root(last_vertices.begin(), last_vertices.begin() + i + 1);
      PathBans bans;
      for (const Path& p : *paths) {
        const std::vector<Vid> pv = p.Vertices();
        if (pv.size() > i + 1 && std::equal(root.begin(), root.end(), pv.begin())) {
          bans.steps.insert(PathBans::KeyOf(spur, pv[i + 1]));
          if (!directed) bans.steps.insert(PathBans::KeyOf(pv[i + 1], spur));
        }
      }
      for (size_t j = 0; j < i; ++j) bans.vertices.insert(root[j]);
      if (i >= max_hops) break;
      Path spur_path;
      GEOKG_RETURN_IF_ERROR(ShortestPath(source, spur, to, max_hops - i, &spur_path, &found, bans));
      if (!found) continue;
      Path total{from, std::vector<Hop>(last.hops.begin(), last.hops.begin() + i)};
      total.hops.insert(total.hops.end(), spur_path.hops.begin(), spur_path.hops.end());
      std::vector<Vid> vertices = total.Vertices();
      if (!known.insert(vertices).second) continue;
      candidate_paths.push_back(std::move(total));
      candidates.insert({{vertices.size() - 1, std::move(vertices)}, candidate_paths.size() - 1});
    }
    if (candidates.empty()) break;
    paths->push_back(candidate_paths[candidates.begin()->second]);
    candidates.erase(candidates.begin());
  }
  return Status::OK();
}

}  // namespace geokg
