// query/memory_graph.h
//
// A small in-memory NeighborSource: the reference graph of the property tests and of anything
// that wants to run a query algorithm on edges it already holds. Not tuned for size; the store
// is the graph for real data.
#pragma once

#include <map>
#include <vector>

#include "query/neighbor_source.h"

namespace geokg {

class MemoryGraph {
 public:
  // directed: Neighbors(kForward) gives out-edges and Neighbors(kBackward) in-edges; otherwise
  // both give every incident edge.
  explicit MemoryGraph(bool directed) : directed_(directed) {}

  // Adds the edge source -> target with id `eid` (ids should be distinct) and time [lo, hi].
  void AddEdge(Vid source, Vid target, EdgeId eid, Day lo = kOpenLo, Day hi = kOpenHi,
               RelTypeId rel = 0) {
    out_[source].push_back(Hop{target, eid, rel, lo, hi, true});
    in_[target].push_back(Hop{source, eid, rel, lo, hi, false});
  }

  Status Neighbors(Vid v, Side side, std::vector<Hop>* hops) const {
    hops->clear();
    const auto append = [&](const std::map<Vid, std::vector<Hop>>& lists) {
      auto it = lists.find(v);
      if (it != lists.end()) hops->insert(hops->end(), it->second.begin(), it->second.end());
    };
    if (!directed_ || side == Side::kForward) append(out_);
    if (!directed_ || side == Side::kBackward) append(in_);
    return Status::OK();
  }

 private:
  bool directed_;
  std::map<Vid, std::vector<Hop>> out_;
  std::map<Vid, std::vector<Hop>> in_;
};

static_assert(NeighborSource<MemoryGraph>);

}  // namespace geokg
