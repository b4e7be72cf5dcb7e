#include "query/rank.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <numeric>

namespace geokg {

std::optional<RankMetric> ParseRankMetric(std::string_view name) {
  if (name == "degree") return RankMetric::kDegree;
  if (name == "pagerank") return RankMetric::kPageRank;
  if (name == "betweenness") return RankMetric::kBetweenness;
  return std::nullopt;
}

std::string_view RankMetricName(RankMetric metric) {
  switch (metric) {
    case RankMetric::kDegree:
      return "degree";
    case RankMetric::kPageRank:
      return "pagerank";
    case RankMetric::kBetweenness:
      return "betweenness";
  }
  return "";
}

std::vector<double> ComputeRank(const CsrSnapshot& snapshot, RankMetric metric) {
  const CsrGraph& g = snapshot.graph;
  const size_t n = boost::num_vertices(g);
  std::vector<double> scores(n, 0.0);
  if (n == 0) return scores;
  BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<CsrGraph>));
  BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<CsrGraph>));
  const auto index = boost::get(boost::vertex_index, g);
  switch (metric) {
    case RankMetric::kDegree:
      for (size_t i = 0; i < n; ++i) scores[i] = static_cast<double>(snapshot.edges[i]);
      break;
    case RankMetric::kPageRank: {
      boost::graph::page_rank(g, boost::make_iterator_property_map(scores.begin(), index),
                              boost::graph::n_iterations(100), 0.85);
      // An actor without arcs (only self-loops) keeps Boost's constant 1 - damping and passes
      // nothing on; leaving it out makes the rest networkx's pagerank of the graph without it.
      double sum = 0;
      for (size_t i = 0; i < n; ++i) {
        if (boost::out_degree(static_cast<uint32_t>(i), g) == 0) scores[i] = 0;
        sum += scores[i];
      }
      if (sum > 0) {
        for (double& s : scores) s /= sum;
      }
      break;
    }
    case RankMetric::kBetweenness: {
      boost::brandes_betweenness_centrality(
          g, boost::centrality_map(boost::make_iterator_property_map(scores.begin(), index)));
      if (n > 2) {
        const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (double& s : scores) s *= scale;
      }
      break;
    }
  }
  return scores;
}

std::vector<uint32_t> TopVertices(const CsrSnapshot& snapshot, const std::vector<double>& scores,
                                  size_t top) {
  std::vector<uint32_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  const auto better = [&](uint32_t a, uint32_t b) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : snapshot.ids[a] < snapshot.ids[b];
  };
  top = std::min(top, order.size());
  std::partial_sort(order.begin(), order.begin() + top, order.end(), better);
  order.resize(top);
  return order;
}

}  // namespace geokg
