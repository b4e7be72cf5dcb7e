// query/rank.h
//
// Rankings of actors over a CSR snapshot (query/csr_snapshot.h), computed with Boost.Graph:
//   degree       the number of matching edges incident to the actor (parallel edges count:
//                twenty meetings weigh more than one);
//   pagerank     boost::graph::page_rank, damping 0.85, 100 iterations; actors without arcs
//                score 0 and the rest are scaled to sum to 1. On a graph without dangling
//                vertices (any undirected one) this is networkx's pagerank of the graph
//                without the arc-less actors; in a directed graph Boost lets the rank of a
//                vertex without out-arcs leak instead of spreading it over all vertices;
//   betweenness  boost::brandes_betweenness_centrality, normalised by (n-1)(n-2) so that it
//                equals networkx's normalized betweenness, directed or undirected.
// Scores are per vertex of the snapshot.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "query/csr_snapshot.h"

namespace geokg {

enum class RankMetric { kDegree, kPageRank, kBetweenness };

std::optional<RankMetric> ParseRankMetric(std::string_view name);
std::string_view RankMetricName(RankMetric metric);

// One score per vertex of `snapshot`.
std::vector<double> ComputeRank(const CsrSnapshot& snapshot, RankMetric metric);

// Vertex numbers ordered by score (highest first), ties by actor id; at most `top`.
std::vector<uint32_t> TopVertices(const CsrSnapshot& snapshot, const std::vector<double>& scores,
                                  size_t top);

}  // namespace geokg
