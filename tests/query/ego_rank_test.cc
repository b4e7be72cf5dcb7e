// The ego network against a plain BFS, its hub cap, and the rankings on graphs whose scores
// are known in closed form.
#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <map>
#include <random>

#include "query/ego_network.h"
#include "query/memory_graph.h"
#include "query/rank.h"

namespace geokg {
namespace {

TEST(EgoNetworkTest, DistancesEqualABfsAndDyadsCountEdgesOnce) {
  std::mt19937 rng(9);
  for (int round = 0; round < 40; ++round) {
    MemoryGraph g(false);
    std::vector<std::pair<Vid, Vid>> edges;
    std::uniform_int_distribution<Vid> pick(0, 29);
    for (EdgeId id = 1; id <= 45; ++id) {
      const Vid a = pick(rng), b = pick(rng);
      edges.emplace_back(a, b);
      g.AddEdge(a, b, id, static_cast<Day>(id), static_cast<Day>(id));
    }
    const size_t hops = 1 + round % 3;
    std::map<Vid, size_t> dist{{0, 0}};
    std::deque<Vid> queue{0};
    while (!queue.empty()) {
      const Vid v = queue.front();
      queue.pop_front();
      if (dist[v] == hops) continue;
      for (const auto& [a, b] : edges) {
        const Vid w = a == v ? b : b == v ? a : v;
        if (w != v && dist.emplace(w, dist[v] + 1).second) queue.push_back(w);
      }
    }
    EgoNetwork ego;
    ASSERT_TRUE(BuildEgoNetwork(g, 0, hops, 1000, &ego).ok());
    std::map<Vid, size_t> got;
    for (const EgoNode& n : ego.nodes) got[n.vid] = n.distance;
    EXPECT_EQ(got, dist) << "round " << round;
    // Every dyad with an expanded end: edge counts exact, whichever ends were expanded.
    for (const EgoDyad& d : ego.dyads) {
      size_t count = 0;
      for (const auto& [a, b] : edges) {
        if (std::min(a, b) == d.a && std::max(a, b) == d.b) ++count;
      }
      EXPECT_EQ(d.edges, count) << d.a << "-" << d.b;
    }
  }
}

TEST(EgoNetworkTest, HubsOverTheLimitJoinButAreNotExpanded) {
  MemoryGraph g(false);
  g.AddEdge(0, 1, 1);  // 0 - 1, and 1 is a hub of 5 spokes
  for (EdgeId i = 0; i < 5; ++i) g.AddEdge(1, 10 + i, 2 + i);
  g.AddEdge(0, 2, 9);
  g.AddEdge(2, 3, 10);
  EgoNetwork ego;
  ASSERT_TRUE(BuildEgoNetwork(g, 0, 2, 3, &ego).ok());
  std::map<Vid, const EgoNode*> by_vid;
  for (const EgoNode& n : ego.nodes) by_vid[n.vid] = &n;
  ASSERT_TRUE(by_vid.count(1));
  EXPECT_TRUE(by_vid[1]->capped);
  EXPECT_FALSE(by_vid[1]->expanded);
  EXPECT_EQ(by_vid[1]->neighbours, 6u);
  EXPECT_FALSE(by_vid.count(10)) << "the hub's spokes must not be reached through it";
  ASSERT_TRUE(by_vid.count(3));
  EXPECT_EQ(by_vid[3]->distance, 2u);
  EXPECT_EQ(by_vid[3]->via, 2u);
}

TEST(RankTest, StarAndPathHaveKnownScores) {
  // A star: centre 0 with 4 leaves; 0 also met leaf 1 twice more.
  CsrSnapshot star;
  BuildCsrSnapshotFromPairs(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 0}, {0, 1}}, false, &star);
  const std::vector<double> degree = ComputeRank(star, RankMetric::kDegree);
  EXPECT_EQ(degree, (std::vector<double>{6, 3, 1, 1, 1}));
  const std::vector<double> between = ComputeRank(star, RankMetric::kBetweenness);
  EXPECT_DOUBLE_EQ(between[0], 1.0);  // every leaf pair goes through the centre
  EXPECT_DOUBLE_EQ(between[1], 0.0);
  const std::vector<double> pr = ComputeRank(star, RankMetric::kPageRank);
  double sum = 0;
  for (double s : pr) sum += s;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  // networkx.pagerank(star_graph(4)) gives the centre 0.4757 and each leaf 0.1311.
  EXPECT_NEAR(pr[0], 0.4757, 1e-3);
  EXPECT_NEAR(pr[3], 0.1311, 1e-3);
  EXPECT_EQ(TopVertices(star, between, 2), (std::vector<uint32_t>{0, 1}));  // ties by id

  // A directed path 0 -> 1 -> 2 -> 3: betweenness of 1 is 2 pairs / (3 * 2).
  CsrSnapshot path;
  BuildCsrSnapshotFromPairs(4, {{0, 1}, {1, 2}, {2, 3}}, true, &path);
  const std::vector<double> b = ComputeRank(path, RankMetric::kBetweenness);
  EXPECT_NEAR(b[1], 2.0 / 6.0, 1e-12);
  EXPECT_NEAR(b[0], 0.0, 1e-12);
}

}  // namespace
}  // namespace geokg
