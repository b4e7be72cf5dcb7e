// query/neighbor_source.h
//
// The one thing the path, journey and ego-network algorithms need from a graph: the edges they
// may follow out of a vertex. They are templates over the NeighborSource concept, so that the
// command line runs them on the store (query/adjacency_source.h) and the property tests on
// small in-memory graphs (query/memory_graph.h) with the same code.
#pragma once

#include <concepts>
#include <vector>

#include "common/civil_day.h"
#include "common/status.h"
#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/relation_type.h"

namespace geokg {

// One followable edge seen from the vertex it leaves. Intentionally copyable value type.
struct Hop {
  Vid to = 0;         // the vertex the hop reaches
  EdgeId eid = 0;     // the edge it uses
  RelTypeId rel = 0;  // its relation type
  Day lo = kOpenLo;   // its valid time
  Day hi = kOpenHi;
  bool forward = true;  // true when the stored edge's source is the vertex the hop leaves
};

// Which way a search walks: kForward follows edges as a path from the start does, kBackward as
// a path towards the end does (a backward search from the end of a directed path asks for the
// edges that arrive at a vertex). For undirected queries the two are the same.
enum class Side { kForward, kBackward };

// Neighbors(v, side, &hops) replaces *hops with the followable edges of v, already filtered, in
// a deterministic order; a vertex without any gives an empty vector. Errors are the store's.
template <typename S>
concept NeighborSource = requires(S& s, Vid v, Side side, std::vector<Hop>* hops) {
  { s.Neighbors(v, side, hops) } -> std::same_as<Status>;
};

// A path: the start vertex and the hops taken from it, in order (hops[i].to is vertex i + 1).
// Intentionally copyable value type.
struct Path {
  Vid start = 0;
  std::vector<Hop> hops;

  size_t length() const { return hops.size(); }
  Vid end() const { return hops.empty() ? start : hops.back().to; }
  // start, hops[0].to, hops[1].to, ...
  std::vector<Vid> Vertices() const;
};

inline std::vector<Vid> Path::Vertices() const {
  std::vector<Vid> vertices{start};
  for (const Hop& h : hops) vertices.push_back(h.to);
  return vertices;
}

}  // namespace geokg
