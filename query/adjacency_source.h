// query/adjacency_source.h
//
// The store as a NeighborSource: the followable edges of a vertex come from one seek into the
// adjacency index (both directions, with an iterator reused for the whole query), filtered on the
// entry alone (relation type, modality, [lo, hi]) without reading edge records. An actor-type
// filter reads each neighbour's actor record once per source and remembers its type.
//
// Not thread-safe (it caches); use one per query. The store must outlive it.
#pragma once

#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "query/graph_filter.h"
#include "query/neighbor_source.h"

namespace geokg {

class StoreAdjacencySource {
 public:
  StoreAdjacencySource(const Store* store, const CompiledFilter* filter)
      : store_(store), filter_(filter), cursor_(store->NewAdjacencyCursor()) {}

  // Undirected: every incident edge. Directed: kForward gives out-edges, kBackward in-edges,
  // and edges of symmetric types count in both. Ordered by direction, type, lo, other, id.
  // Vertices `v` never fails the actor-type filter itself; its neighbours may.
  Status Neighbors(Vid v, Side side, std::vector<Hop>* hops);

  // Vertices exempt from the actor-type filter (the actors a query names).
  void ExemptFromTypeFilter(Vid v) { type_ok_[v] = true; }

 private:
  Status TypeOk(Vid v, bool* ok);

  const Store* store_;
  const CompiledFilter* filter_;
  std::unique_ptr<AdjacencyCursor> cursor_;  // one iterator for the whole query
  std::unordered_map<Vid, bool> type_ok_;
};

static_assert(NeighborSource<StoreAdjacencySource>);

}  // namespace geokg
