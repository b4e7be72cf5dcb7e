// `geokg path`: how two actors are connected: the shortest path, the k shortest, every trail,
// or the earliest-arriving journey, each hop with its edge and evidence.
#include <optional>

#include "cli/command.h"
#include "cli/graph_filter_options.h"
#include "cli/query_output.h"
#include "query/actor_resolver.h"
#include "query/adjacency_source.h"
#include "query/all_trails.h"
#include "query/journey.h"
#include "query/k_shortest_paths.h"
#include "query/shortest_path.h"

namespace geokg::cli {
namespace {

struct PathArgs {
  std::string from;
  std::string to;
  size_t max_hops = 0;  // 0: the default of the mode
  size_t k = 0;
  bool all = false;
  size_t limit = 100;
  bool journey = false;
  std::optional<int64_t> max_wait;
  bool explain = false;
  FilterArgs filter;
  bool json = false;
};

constexpr size_t kDefaultMaxHops = 16;
constexpr size_t kDefaultTrailHops = 4;
constexpr size_t kTextMentions = 3;

struct Found {
  Path path;
  std::vector<Day> days;  // journeys only
  std::vector<Edge> edges;
};

int RunPath(const GlobalOptions& global, const PathArgs& args) {
  if ((args.k > 0) + args.all + args.journey > 1) {
    return Fail(Status::InvalidArgument("--k, --all and --journey exclude one another"),
                kExitUsage);
  }
  if ((args.max_wait || args.explain) && !args.journey) {
    return Fail(Status::InvalidArgument("--max-wait and --explain need --journey"), kExitUsage);
  }
  if (args.max_wait && *args.max_wait < 0) {
    return Fail(Status::InvalidArgument("--max-wait must not be negative"), kExitUsage);
  }
  GraphFilter filter;
  Status s = ToGraphFilter(args.filter, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  const size_t max_hops =
      args.max_hops > 0 ? args.max_hops : (args.all ? kDefaultTrailHops : kDefaultMaxHops);

  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  Actor from_actor, to_actor;
  Vid from = 0, to = 0;
  s = ResolveActor(*store, args.from, &from_actor, &from);
  if (s.ok()) s = ResolveActor(*store, args.to, &to_actor, &to);
  if (!s.ok()) return Fail(s, kExitUsage);

  const CompiledFilter compiled(filter, store->relation_types());
  StoreAdjacencySource source(store.get(), &compiled);
  source.ExemptFromTypeFilter(from);
  source.ExemptFromTypeFilter(to);
  std::vector<Found> found;
  bool truncated = false;
  std::string explanation;
  std::string mode = "shortest";
  bool ok = false;
  if (args.journey) {
    mode = "journey";
    JourneyOptions options;
    options.start = filter.from.value_or(kOpenLo);
    options.end = filter.to.value_or(kOpenHi);
    options.max_wait = args.max_wait;
    options.max_hops = max_hops;
    Journey journey;
    s = EarliestArrival(source, from, to, options, &journey, &ok);
    if (s.ok() && ok) found.push_back(Found{journey.path, journey.days, {}});
    if (s.ok() && args.explain) {
      Path path;
      bool static_ok = false;
      s = ShortestPath(source, from, to, max_hops, &path, &static_ok);
      if (s.ok() && !static_ok) {
        explanation = "no static path either within " + std::to_string(max_hops) + " hop(s)";
      } else if (s.ok()) {
        std::vector<Day> days;
        const std::string why = ExplainNotJourney(
            path, options,
            [&](size_t i) {
              const Hop& h = path.hops[i];
              return FormatEdgeId(h.eid) + " on " +
                     FormatBound(h.lo).value_or(std::string("an unknown day"));
            },
            &days);
        explanation = "the shortest static path (" + std::to_string(path.length()) + " hop(s)) ";
        if (!why.empty()) {
          explanation += "is not a journey: " + why;
        } else {
          explanation += "is also a journey";
          const std::optional<std::string> arrival =
              days.empty() ? std::nullopt : FormatBound(days.back());
          if (arrival) explanation += ", arriving " + *arrival;
        }
      }
    }
  } else if (args.all) {
    mode = "all";
    std::vector<Path> trails;
    s = AllTrails(source, from, to, max_hops, args.limit, &trails, &truncated);
    for (Path& p : trails) found.push_back(Found{std::move(p), {}, {}});
  } else {
    std::vector<Path> paths;
    if (args.k > 0) mode = "k";
    s = KShortestPaths(source, from, to, args.k > 0 ? args.k : 1, max_hops, filter.directed,
                       &paths);
    for (Path& p : paths) found.push_back(Found{std::move(p), {}, {}});
  }
  for (Found& f : found) {
    for (const Hop& h : f.path.hops) {
      if (!s.ok()) break;
      f.edges.emplace_back();
      s = store->GetEdge(h.eid, /*with_mentions=*/true, &f.edges.back());
    }
  }
  if (!s.ok()) return Fail(s);

  VidActors vids(store.get());
  ActorCache actors(store.get());
  Output out;
  if (args.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("from");
    WriteActorRefJson(from_actor, false, &w);
    w.Key("to");
    WriteActorRefJson(to_actor, false, &w);
    w.Key("mode");
    w.String(mode);
    w.Key("directed");
    w.Bool(filter.directed);
    w.Key("max_hops");
    w.Uint64(max_hops);
    w.Key("paths");
    w.StartArray();
    for (const Found& f : found) {
      WritePathJson(f.path, f.edges, args.journey ? &f.days : nullptr, &vids, &actors, &w);
    }
    w.EndArray();
    w.Key("truncated");
    w.Bool(truncated);
    w.Key("explanation");
    if (args.explain) {
      w.String(explanation);
    } else {
      w.Null();
    }
    w.EndObject();
    out.Write(std::string_view(buffer.GetString(), buffer.GetSize()));
    out.Write("\n");
    return kExitOk;
  }
  const std::string what = args.journey ? "journey" : args.all ? "trail" : "path";
  if (found.empty()) {
    out.Write("no " + what + " from " + from_actor.name + " to " + to_actor.name + " within " +
              std::to_string(max_hops) + " hop(s)\n");
  }
  for (size_t n = 0; n < found.size(); ++n) {
    const Found& f = found[n];
    out.Write(what + " " + std::to_string(n + 1) + ": " + std::to_string(f.path.length()) +
              " hop(s)");
    if (args.journey && !f.days.empty()) out.Write(", arrives " + FormatIsoDay(f.days.back()));
    out.Write("\n");
    Vid at = f.path.start;
    for (size_t i = 0; i < f.path.hops.size(); ++i) {
      const Hop& h = f.path.hops[i];
      const Edge& e = f.edges[i];
      std::string line = "  " + std::to_string(i + 1) + ". " +
                         HopText(e, h.forward, vids.Get(at).name, vids.Get(h.to).name) + "\t" +
                         TimeText(e.time);
      if (args.journey) line += "\ttaken " + FormatIsoDay(f.days[i]);
      line += "\t" + std::string(ModalityName(e.modality)) + "\t" +
              std::to_string(e.mentions.size()) + " mention(s)\t" + FormatEdgeId(e.id) + "\n";
      out.Write(line);
      out.Write(MentionLines(e, kTextMentions, "       "));
      at = h.to;
    }
  }
  if (truncated) {
    out.Write("(more trails exist; raise --limit to see them)\n");
  }
  if (args.explain) out.Write(explanation + "\n");
  return kExitOk;
}

}  // namespace

Action AddPathCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<PathArgs>();
  CLI::App* cmd = app->add_subcommand(
      "path",
      "How two actors are connected: the shortest path (default), the k shortest loopless "
      "paths (--k), every trail (--all) or the earliest-arriving journey (--journey); each hop "
      "with its edge, time and evidence.");
  cmd->add_option("FROM", args->from, "actor id, name, alias or code")->required();
  cmd->add_option("TO", args->to, "actor id, name, alias or code")->required();
  cmd->add_option("--max-hops", args->max_hops,
                  "longest path considered (default: 4 with --all, else 16)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--k", args->k, "the k shortest loopless paths, in order of length")
      ->check(CLI::Range(1, 1000));
  cmd->add_flag("--all", args->all, "every trail (no pair of actors twice) up to --max-hops");
  cmd->add_option("--limit", args->limit, "with --all: at most this many trails (default 100)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_flag("--journey", args->journey,
                "the time-respecting path that arrives first: each hop no earlier than the one "
                "before, inside --from/--to");
  cmd->add_option("--max-wait", args->max_wait,
                  "with --journey: at most this many days between consecutive hops");
  cmd->add_flag("--explain", args->explain,
                "with --journey: say whether the shortest static path is a journey, and if not "
                "which hop breaks it");
  AddFilterOptions(cmd, &args->filter, /*with_direction=*/true);
  cmd->add_flag("--json", args->json, "print one JSON object (see docs/cli.md)");
  return [global, args] { return RunPath(*global, *args); };
}

}  // namespace geokg::cli
