// query/csr_snapshot.h
//
// An in-memory snapshot of the filtered graph as a Boost.Graph compressed_sparse_row_graph,
// for whole-graph measures (query/rank.h). Built from the store in one scan of the edge
// records. Parallel edges collapse to one arc per ordered pair (the measures ask about
// connections); the number of edges per actor is kept apart for the degree ranking. Undirected
// snapshots hold both arcs of every pair; directed ones the stored direction, and both for
// symmetric relations (meet).
//
// Vertex i of the graph is actor ids[i]; only actors with at least one matching edge appear.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/store.h"
#include "query/graph_filter.h"

namespace geokg {

using CsrGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                       boost::no_property, uint32_t, uint32_t>;

struct CsrSnapshot {
  CsrGraph graph;
  std::vector<std::string> ids;  // actor id per vertex
  std::vector<uint64_t> edges;   // matching edges incident to each vertex (either direction)
  uint64_t edge_count = 0;       // matching edges in all
  bool directed = false;
};

// Builds the snapshot of the edges that pass `filter` (relation, modality, window, actor types
// read from the id prefix). `filter.directed()` chooses the arcs.
Status BuildCsrSnapshot(const Store& store, const CompiledFilter& filter, CsrSnapshot* snapshot);

// The same from an explicit arc list (tests): n vertices named "0".."n-1", one edge per pair.
void BuildCsrSnapshotFromPairs(size_t n, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                               bool directed, CsrSnapshot* snapshot);

}  // namespace geokg
