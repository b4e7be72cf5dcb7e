// `geokg neighbors`: the ego network of an actor, with hubs capped.
#include "cli/command.h"
#include "cli/graph_filter_options.h"
#include "cli/query_output.h"
#include "query/actor_resolver.h"
#include "query/adjacency_source.h"
#include "query/ego_network.h"

namespace geokg::cli {
namespace {

struct NeighborsArgs {
  std::string actor;
  size_t hops = 1;
  size_t limit = 100;
  FilterArgs filter;
  bool json = false;
};

int RunNeighbors(const GlobalOptions& global, const NeighborsArgs& args) {
  GraphFilter filter;
  Status s = ToGraphFilter(args.filter, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  Actor center;
  Vid vid = 0;
  s = ResolveActor(*store, args.actor, &center, &vid);
  if (!s.ok()) return Fail(s, kExitUsage);
  const CompiledFilter compiled(filter, store->relation_types());
  StoreAdjacencySource source(store.get(), &compiled);
  source.ExemptFromTypeFilter(vid);
  EgoNetwork ego;
  s = BuildEgoNetwork(source, vid, args.hops, args.limit, &ego);
  if (!s.ok()) return Fail(s);

  VidActors vids(store.get());
  Output out;
  if (args.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("center");
    WriteActorRefJson(center, false, &w);
    w.Key("hops");
    w.Uint64(args.hops);
    w.Key("limit");
    w.Uint64(args.limit);
    w.Key("directed");
    w.Bool(filter.directed);
    w.Key("nodes");
    w.StartArray();
    for (const EgoNode& n : ego.nodes) {
      const Actor& a = vids.Get(n.vid);
      w.StartObject();
      w.Key("id");
      w.String(a.id);
      w.Key("name");
      w.String(a.name);
      w.Key("type");
      w.String(std::string(ActorTypeName(a.type)));
      w.Key("distance");
      w.Uint64(n.distance);
      w.Key("via");
      if (n.distance == 0) {
        w.Null();
      } else {
        w.String(vids.Get(n.via).id);
      }
      w.Key("neighbours");
      if (n.expanded || n.capped) {
        w.Uint64(n.neighbours);
      } else {
        w.Null();
      }
      w.Key("expanded");
      w.Bool(n.expanded);
      w.Key("capped");
      w.Bool(n.capped);
      w.EndObject();
    }
    w.EndArray();
    w.Key("dyads");
    w.StartArray();
    for (const EgoDyad& d : ego.dyads) {
      w.StartObject();
      w.Key("a");
      w.String(vids.Get(d.a).id);
      w.Key("b");
      w.String(vids.Get(d.b).id);
      w.Key("edges");
      w.Uint64(d.edges);
      w.Key("first");
      WriteDayJson(d.first, &w);
      w.Key("last");
      WriteDayJson(d.last, &w);
      w.Key("example");
      w.String(FormatEdgeId(d.example));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out.Write(std::string_view(buffer.GetString(), buffer.GetSize()));
    out.Write("\n");
    return kExitOk;
  }
  out.Write(center.name + " (" + center.id + "): " + std::to_string(ego.nodes.size() - 1) +
            " actor(s) within " + std::to_string(args.hops) + " hop(s), " +
            std::to_string(ego.dyads.size()) + " dyad(s)\n");
  for (const EgoNode& n : ego.nodes) {
    if (n.distance == 0) continue;
    const Actor& a = vids.Get(n.vid);
    std::string line =
        std::to_string(n.distance) + "\t" + a.id + "\t" + a.name + "\tvia " + vids.Get(n.via).name;
    if (n.capped) {
      line += "\thub: " + std::to_string(n.neighbours) + " neighbours, not expanded";
    }
    out.Write(line + "\n");
  }
  return kExitOk;
}

}  // namespace

Action AddNeighborsCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<NeighborsArgs>();
  CLI::App* cmd = app->add_subcommand(
      "neighbors",
      "The ego network of an actor: every actor within --hops hops with its distance and the "
      "actor it was reached from; hubs with more than --limit neighbours are listed but not "
      "expanded.");
  cmd->add_option("ACTOR", args->actor, "actor id, name, alias or code")->required();
  cmd->add_option("--hops", args->hops, "radius in hops (default 1)")->check(CLI::Range(1, 6));
  cmd->add_option("--limit", args->limit,
                  "an actor (other than ACTOR) with more distinct neighbours than this is not "
                  "expanded (default 100)")
      ->check(CLI::Range(1, 100000000));
  AddFilterOptions(cmd, &args->filter, /*with_direction=*/true);
  cmd->add_flag("--json", args->json, "print one JSON object (see docs/cli.md)");
  return [global, args] { return RunNeighbors(*global, *args); };
}

}  // namespace geokg::cli
