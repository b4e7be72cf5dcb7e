// `geokg rank`: actors ranked by degree, PageRank or betweenness on an in-memory snapshot of
// the filtered graph (Boost.Graph, compressed sparse row).
#include <cstdio>

#include "cli/command.h"
#include "cli/graph_filter_options.h"
#include "export/edge_json.h"
#include "query/rank.h"

namespace geokg::cli {
namespace {

struct RankArgs {
  std::string metric = "degree";
  size_t top = 20;
  FilterArgs filter;
  bool json = false;
};

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", score);
  return buffer;
}

int RunRank(const GlobalOptions& global, const RankArgs& args) {
  const std::optional<RankMetric> metric = ParseRankMetric(args.metric);
  if (!metric) {
    return Fail(Status::InvalidArgument("--metric " + args.metric +
                                        ": expected degree, pagerank or betweenness"),
                kExitUsage);
  }
  GraphFilter filter;
  Status s = ToGraphFilter(args.filter, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  const CompiledFilter compiled(filter, store->relation_types());
  CsrSnapshot snapshot;
  s = BuildCsrSnapshot(*store, compiled, &snapshot);
  if (!s.ok()) return Fail(s);
  const std::vector<double> scores = ComputeRank(snapshot, *metric);
  const std::vector<uint32_t> top = TopVertices(snapshot, scores, args.top);

  ActorCache actors(store.get());
  Output out;
  if (args.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("metric");
    w.String(std::string(RankMetricName(*metric)));
    w.Key("directed");
    w.Bool(filter.directed);
    w.Key("actors");
    w.Uint64(snapshot.ids.size());
    w.Key("edges");
    w.Uint64(snapshot.edge_count);
    w.Key("ranking");
    w.StartArray();
    for (size_t i = 0; i < top.size(); ++i) {
      const uint32_t v = top[i];
      w.StartObject();
      w.Key("rank");
      w.Uint64(i + 1);
      w.Key("actor");
      WriteActorRefJson(actors.Get(snapshot.ids[v]), false, &w);
      w.Key("score");
      w.Double(scores[v]);
      w.Key("edges");
      w.Uint64(snapshot.edges[v]);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out.Write(std::string_view(buffer.GetString(), buffer.GetSize()));
    out.Write("\n");
    return kExitOk;
  }
  out.Write(std::string(RankMetricName(*metric)) + " over " + std::to_string(snapshot.ids.size()) +
            " actor(s) and " + std::to_string(snapshot.edge_count) + " edge(s)\n");
  for (size_t i = 0; i < top.size(); ++i) {
    const uint32_t v = top[i];
    const Actor& a = actors.Get(snapshot.ids[v]);
    out.Write(std::to_string(i + 1) + "\t" + Score(scores[v]) + "\t" + a.id + "\t" + a.name + "\t" +
              std::to_string(snapshot.edges[v]) + " edge(s)\n");
  }
  return kExitOk;
}

}  // namespace

Action AddRankCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<RankArgs>();
  CLI::App* cmd = app->add_subcommand(
      "rank",
      "Actors ranked by degree (matching edges), PageRank or betweenness, computed on an "
      "in-memory snapshot of the filtered graph.");
  cmd->add_option("--metric", args->metric, "degree (default), pagerank or betweenness");
  cmd->add_option("--top", args->top, "how many actors to list (default 20)")
      ->check(CLI::Range(1, 100000000));
  AddFilterOptions(cmd, &args->filter, /*with_direction=*/true);
  cmd->add_flag("--json", args->json, "print one JSON object (see docs/cli.md)");
  return [global, args] { return RunRank(*global, *args); };
}

}  // namespace geokg::cli
