// query/ego_network.h
//
// The ego network of an actor: every actor within `hops` hops, each with its distance, the
// vertex it was first reached from, and the dyads (pairs joined by at least one followed edge)
// among the actors found. Hubs are capped: a vertex other than the centre with more than
// `limit` distinct neighbours joins the network but is not expanded (its neighbourhood would
// swamp the answer and the time budget), and is marked so.
#pragma once

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/neighbor_source.h"

namespace geokg {

struct EgoNode {
  Vid vid = 0;
  size_t distance = 0;
  Vid via = 0;            // the vertex it was first reached from (itself for the centre)
  size_t neighbours = 0;  // distinct neighbours seen when expanded; 0 when not expanded
  bool expanded = false;  // false at the last level and for capped hubs
  bool capped = false;    // a hub over the limit, not expanded
};

struct EgoDyad {
  Vid a = 0;  // a < b
  Vid b = 0;
  size_t edges = 0;     // followed edges between them
  Day first = kOpenHi;  // smallest lo among them
  Day last = kOpenLo;   // largest lo among them
  EdgeId example = 0;   // the edge with the smallest id
};

// Intentionally copyable value type.
struct EgoNetwork {
  std::vector<EgoNode> nodes;  // by distance, then in order of discovery
  std::vector<EgoDyad> dyads;  // between nodes of the network, ordered by (a, b)
};

// Builds the ego network of `center` (kForward neighbours: out-edges when directed).
template <NeighborSource S>
Status BuildEgoNetwork(S& source, Vid center, size_t hops, size_t limit, EgoNetwork* ego) {
  ego->nodes.clear();
  ego->dyads.clear();
  std::unordered_map<Vid, size_t> index{{center, 0}};
  ego->nodes.push_back(EgoNode{center, 0, center, 0, false, false});
  std::map<std::pair<Vid, Vid>, EgoDyad> dyads;
  // An edge between two expanded vertices is seen from both ends: count edge ids, not sightings.
  std::map<std::pair<Vid, Vid>, std::unordered_set<EdgeId>> dyad_edges;
  std::vector<Hop> out;
  for (size_t i = 0; i < ego->nodes.size(); ++i) {
    if (ego->nodes[i].distance >= hops) break;
    const Vid v = ego->nodes[i].vid;
    GEOKG_RETURN_IF_ERROR(source.Neighbors(v, Side::kForward, &out));
    std::vector<Vid> distinct;
    for (const Hop& h : out) distinct.push_back(h.to);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    ego->nodes[i].neighbours = distinct.size();
    if (i > 0 && distinct.size() > limit) {
      ego->nodes[i].capped = true;
      continue;
    }
    ego->nodes[i].expanded = true;
    const size_t depth = ego->nodes[i].distance;
    for (const Hop& h : out) {
      if (index.emplace(h.to, ego->nodes.size()).second) {
        ego->nodes.push_back(EgoNode{h.to, depth + 1, v, 0, false, false});
      }
      if (h.to == v) continue;
      const std::pair<Vid, Vid> key{std::min(v, h.to), std::max(v, h.to)};
      if (!dyad_edges[key].insert(h.eid).second) continue;
      EgoDyad& d = dyads[key];
      d.a = key.first;
      d.b = key.second;
      if (d.edges == 0 || h.eid < d.example) d.example = h.eid;
      d.first = std::min(d.first, h.lo);
      d.last = std::max(d.last, h.lo);
      d.edges++;
    }
  }
  for (const auto& [key, d] : dyads) ego->dyads.push_back(d);
  return Status::OK();
}

}  // namespace geokg
