// bench/store_bench.cc
//
// Ingest of synthetic facts into a fresh store through GraphWriter, with the write-ahead log on
// (the default), and one-hop neighbourhood seeks on the result. Targets on 2 cores: at least
// 100,000 edges/s ingest, a warm one-hop seek under 20 us.
//
//   build/bench/store_bench [--edges=N] [--actors=N] [--dir=PATH] [--bulk]
//                           [--write_buffer_mb=N] [benchmark flags]
//
// Synthetic graph: N edges over A actors with Zipf-like endpoints (a few hubs, many leaves, as
// in event data), 20 CAMEO event types, days uniform over 2000-2024, one mention each.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <random>

#include "graph/graph_writer.h"
#include "graph/store.h"

namespace geokg {
namespace {

size_t g_edges = 1000000;
size_t g_actors = 100000;
std::string g_dir = "/tmp/geokg-store-bench";
size_t g_write_buffer_mb = 0;  // 0: the StoreOptions default
bool g_bulk = false;           // --bulk: GraphWriter::SetBulkMode, 50,000 edges a batch

std::string ActorId(size_t i) { return "person:bench-" + std::to_string(i); }

// Draws actor indices so that low indices are much more frequent (exponent ~0.8).
class SkewedPicker {
 public:
  explicit SkewedPicker(size_t n) : n_(n) {}
  size_t operator()(std::mt19937_64& rng) {
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    return std::min(n_ - 1, static_cast<size_t>(std::pow(u, 1.0 / 0.2) * static_cast<double>(n_)));
  }

 private:
  size_t n_;
};

void BM_IngestFacts(benchmark::State& state) {
  static const char* kCameo[] = {"010", "020", "030", "036", "040", "042", "043",
                                 "046", "051", "057", "061", "071", "090", "111",
                                 "112", "120", "130", "150", "163", "190"};
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(g_dir);
    std::unique_ptr<Store> store;
    StoreOptions options;
    if (g_write_buffer_mb > 0) options.write_buffer_bytes = g_write_buffer_mb << 20;
    if (!Store::Open(options, g_dir, &store).ok()) {
      state.SkipWithError("cannot open store");
      return;
    }
    std::unique_ptr<GraphWriter> writer;
    (void)store->NewWriter(&writer).ok();
    // Ids are built once, as a feed loader resolves each actor name once.
    std::vector<std::string> ids(g_actors);
    for (size_t i = 0; i < g_actors; ++i) {
      ids[i] = ActorId(i);
      Actor a{ids[i], "Bench Actor " + std::to_string(i), ActorType::kPerson, {}, {}};
      Vid vid;
      (void)writer->UpsertActor(a, &vid).ok();
      if (i % 10000 == 9999) (void)writer->Commit().ok();
    }
    (void)writer->Commit().ok();
    writer->SetBulkMode(g_bulk);
    const size_t batch = g_bulk ? 50000 : 2000;
    std::mt19937_64 rng(42);
    SkewedPicker pick(g_actors);
    const Day first = *ParseIsoDay("2000-01-01");
    const Day last = *ParseIsoDay("2024-12-31");
    state.ResumeTiming();

    Edge edge;
    edge.mentions.resize(1);
    for (size_t i = 0; i < g_edges; ++i) {
      const size_t s = pick(rng);
      size_t t = pick(rng);
      if (t == s) t = (t + 1) % g_actors;
      const char* cameo = kCameo[rng() % 20];
      edge.source = ids[s];
      edge.target = ids[t];
      edge.cameo = cameo;
      edge.relation = std::string("cameo_") + cameo;
      const Day day = first + static_cast<Day>(rng() % static_cast<uint64_t>(last - first + 1));
      edge.time.value = FormatIsoDay(day);
      edge.time.lo = edge.time.hi = day;
      edge.time.precision = Precision::kDay;
      edge.mentions[0] = Mention{"bench-" + std::to_string(i / 20),
                                 static_cast<uint32_t>(i % 20),
                                 0,
                                 40,
                                 "synthetic evidence sentence",
                                 "bench",
                                 0.8,
                                 0,
                                 {}};
      AddEdgeResult result;
      if (!writer->AddEdge(edge, &result).ok()) {
        state.SkipWithError("AddEdge failed");
        return;
      }
      if (writer->pending_operations() >= batch && !writer->CommitAsync().ok()) {
        state.SkipWithError("Commit failed");
        return;
      }
    }
    if (!writer->Commit().ok() || !store->SyncWal().ok()) state.SkipWithError("final commit");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * g_edges));
  state.counters["edges"] = static_cast<double>(g_edges);
  state.counters["edges_per_s"] =
      benchmark::Counter(static_cast<double>(g_edges), benchmark::Counter::kIsRate);
}

// One-hop neighbourhood of a random actor: both directions, every type, one seek each.
void BM_OneHop(benchmark::State& state) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  if (!Store::Open(options, g_dir, &store).ok()) {
    state.SkipWithError("run BM_IngestFacts first (no store)");
    return;
  }
  std::mt19937_64 rng(7);
  size_t neighbours = 0;
  for (auto _ : state) {
    const Vid vid = 1 + rng() % g_actors;
    for (keys::Direction dir : {keys::Direction::kOut, keys::Direction::kIn}) {
      (void)store
          ->ScanActorEdges(vid, dir,
                           [&](const Store::AdjacencyHit& hit) {
                             benchmark::DoNotOptimize(hit.entry.other);
                             ++neighbours;
                             return true;
                           })
          .ok();
    }
  }
  state.counters["edges_per_query"] =
      static_cast<double>(neighbours) / static_cast<double>(state.iterations());
}

// Edges of an actor for one relation type in a one-year window: one seek, short scan.
void BM_OneHopTypeWindow(benchmark::State& state) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  if (!Store::Open(options, g_dir, &store).ok()) {
    state.SkipWithError("run BM_IngestFacts first (no store)");
    return;
  }
  const Day from = *ParseIsoDay("2012-01-01");
  const Day to = *ParseIsoDay("2012-12-31");
  std::mt19937_64 rng(9);
  const size_t types = store->relation_types().size();
  for (auto _ : state) {
    const Vid vid = 1 + rng() % g_actors;
    const RelTypeId rel = static_cast<RelTypeId>(rng() % types);
    (void)store
        ->ScanAdjacency(vid, keys::Direction::kOut, rel, from, to,
                        [&](const Store::AdjacencyHit& hit) {
                          benchmark::DoNotOptimize(hit.hi);
                          return true;
                        })
        .ok();
  }
}

BENCHMARK(BM_IngestFacts)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_OneHop)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OneHopTypeWindow)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace geokg

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--edges=", 8) == 0) geokg::g_edges = std::stoul(argv[i] + 8);
    if (std::strncmp(argv[i], "--actors=", 9) == 0) geokg::g_actors = std::stoul(argv[i] + 9);
    if (std::strncmp(argv[i], "--dir=", 6) == 0) geokg::g_dir = argv[i] + 6;
    if (std::strcmp(argv[i], "--bulk") == 0) geokg::g_bulk = true;
    if (std::strncmp(argv[i], "--write_buffer_mb=", 18) == 0) {
      geokg::g_write_buffer_mb = std::stoul(argv[i] + 18);
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
