// bench/query_bench.cc
//
// Latency of the analyst queries on a store, read from disk with a warm block cache: shortest
// paths between random actor pairs (search plus the hop edges with their mentions, as `geokg
// path` does), 2-hop ego networks, and the timeline of the busiest actor. Prints p50/p99 per
// query type, and writes the graph and the pairs it used so that bench/query_bench.sh can time
// python3-igraph on exactly the same questions.
//
//   build/bench/query_bench --db=DIR [--pairs=1000] [--egos=200] [--out=DIR]
//
// Output lines: "<query> n=<count> p50_ms=<x> p99_ms=<y> max_ms=<z>". With --out, writes
// DIR/edges.tsv (one "source<TAB>target" line per followed edge, as vertex numbers),
// DIR/pairs.tsv and DIR/egos.tsv (vertex numbers).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/adjacency_source.h"
#include "query/ego_network.h"
#include "query/shortest_path.h"
#include "query/timeline.h"

namespace geokg {
namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

void Report(const char* name, std::vector<double> ms) {
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
  std::printf("%s n=%zu p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n", name, ms.size(), at(0.5), at(0.99),
              ms.back());
}

std::string Flag(int argc, char** argv, const char* name, const char* fallback) {
  const std::string prefix = std::string("--") + name + "=";
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], prefix.c_str(), prefix.size()) == 0) return argv[i] + prefix.size();
  }
  return fallback;
}

int Run(int argc, char** argv) {
  const std::string db = Flag(argc, argv, "db", "");
  const size_t pairs = std::stoul(Flag(argc, argv, "pairs", "1000"));
  const size_t egos = std::stoul(Flag(argc, argv, "egos", "200"));
  const std::string out = Flag(argc, argv, "out", "");
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(options, db, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "query_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  const CompiledFilter filter(GraphFilter(), store->relation_types());
  // Actors with at least one followed edge, and the busiest of them; the edge list for igraph.
  std::vector<Vid> actors;
  std::vector<std::pair<Vid, Vid>> edge_list;
  Vid busiest = 0;
  size_t busiest_edges = 0;
  {
    StoreAdjacencySource source(store.get(), &filter);
    std::vector<Hop> hops;
    s = store->ForEachActor([&](Vid v, const Actor&) {
      if (!source.Neighbors(v, Side::kForward, &hops).ok()) return false;
      if (hops.empty()) return true;
      actors.push_back(v);
      if (hops.size() > busiest_edges) {
        busiest_edges = hops.size();
        busiest = v;
      }
      for (const Hop& h : hops) {
        if (h.forward) edge_list.emplace_back(v, h.to);
      }
      return true;
    });
  }
  std::mt19937_64 rng(2014);
  std::uniform_int_distribution<size_t> pick(0, actors.size() - 1);
  std::vector<std::pair<Vid, Vid>> pair_list;
  for (size_t i = 0; i < pairs; ++i) pair_list.emplace_back(actors[pick(rng)], actors[pick(rng)]);
  std::vector<Vid> ego_list;
  for (size_t i = 0; i < egos; ++i) ego_list.push_back(actors[pick(rng)]);
  std::printf("graph actors=%zu edges=%zu busiest_vid=%llu busiest_edges=%zu\n", actors.size(),
              edge_list.size(), static_cast<unsigned long long>(busiest), busiest_edges);

  // One pass over everything first, so the timed pass reads a warm cache.
  std::vector<double> path_ms, search_ms, ego_ms, timeline_ms;
  size_t found_paths = 0, total_hops = 0;
  for (int pass = 0; pass < 2; ++pass) {
    path_ms.clear();
    search_ms.clear();
    found_paths = total_hops = 0;
    for (const auto& [a, b] : pair_list) {
      const Clock::time_point start = Clock::now();
      StoreAdjacencySource source(store.get(), &filter);
      Path path;
      bool found = false;
      s = ShortestPath(source, a, b, 64, &path, &found);
      const Clock::time_point searched = Clock::now();
      for (const Hop& h : path.hops) {
        Edge e;
        s = store->GetEdge(h.eid, true, &e);
      }
      path_ms.push_back(Ms(Clock::now() - start));
      search_ms.push_back(Ms(searched - start));
      found_paths += found;
      total_hops += path.length();
    }
    ego_ms.clear();
    for (Vid v : ego_list) {
      const Clock::time_point start = Clock::now();
      StoreAdjacencySource source(store.get(), &filter);
      EgoNetwork ego;
      s = BuildEgoNetwork(source, v, 2, 100, &ego);
      ego_ms.push_back(Ms(Clock::now() - start));
    }
    timeline_ms.clear();
    for (int i = 0; i < 5; ++i) {
      const Clock::time_point start = Clock::now();
      size_t events = 0;
      s = ForEachTimelineEdge(*store, filter, {busiest}, [&](const Edge&) {
        ++events;
        return true;
      });
      timeline_ms.push_back(Ms(Clock::now() - start));
      if (pass == 1 && i == 0) std::printf("timeline events=%zu\n", events);
    }
  }
  std::printf("paths found=%zu of %zu, mean hops %.2f\n", found_paths, pair_list.size(),
              found_paths ? double(total_hops) / found_paths : 0.0);
  Report("path", path_ms);
  Report("path_search_only", search_ms);
  Report("ego2_limit100", ego_ms);
  Report("timeline_busiest", timeline_ms);

  if (!out.empty()) {
    std::ofstream edges_file(out + "/edges.tsv"), pairs_file(out + "/pairs.tsv"),
        egos_file(out + "/egos.tsv");
    for (const auto& [a, b] : edge_list) edges_file << a << "\t" << b << "\n";
    for (const auto& [a, b] : pair_list) pairs_file << a << "\t" << b << "\n";
    for (Vid v : ego_list) egos_file << v << "\n";
  }
  return 0;
}

}  // namespace
}  // namespace geokg

int main(int argc, char** argv) { return geokg::Run(argc, argv); }
