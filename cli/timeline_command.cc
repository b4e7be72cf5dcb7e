// `geokg timeline`: events in chronological order, of the store, of one actor or of one pair,
// with how many mentions and which sources support each.
#include "cli/command.h"
#include "cli/graph_filter_options.h"
#include "cli/query_output.h"
#include "query/actor_resolver.h"
#include "query/timeline.h"

namespace geokg::cli {
namespace {

struct TimelineArgs {
  std::vector<std::string> actors;
  FilterArgs filter;
  bool json = false;
};

int RunTimeline(const GlobalOptions& global, const TimelineArgs& args) {
  if (args.actors.size() > 2) {
    return Fail(Status::InvalidArgument("timeline takes at most two actors"), kExitUsage);
  }
  GraphFilter filter;
  Status s = ToGraphFilter(args.filter, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  std::vector<Vid> vids;
  for (const std::string& text : args.actors) {
    Actor actor;
    Vid vid = 0;
    s = ResolveActor(*store, text, &actor, &vid);
    if (!s.ok()) return Fail(s, kExitUsage);
    vids.push_back(vid);
  }
  const CompiledFilter compiled(filter, store->relation_types());
  ActorCache actors(store.get());
  Output out;
  std::optional<JsonArrayOutput> json;
  if (args.json) json.emplace(&out);
  s = ForEachTimelineEdge(*store, compiled, vids, [&](const Edge& e) {
    const std::vector<std::string> sources = Sources(e);
    if (json) {
      json->Add([&](JsonWriter* w) {
        w->StartObject();
        w->Key("day");
        WriteDayJson(e.time.lo, w);
        w->Key("precision");
        w->String(std::string(PrecisionName(e.time.precision)));
        w->Key("mentions");
        w->Uint64(e.mentions.size());
        w->Key("sources");
        w->StartArray();
        for (const std::string& doc : sources) w->String(doc);
        w->EndArray();
        w->Key("edge");
        WriteEdgeJson(e, &actors, w);
        w->EndObject();
      });
      return true;
    }
    std::string line = TimeText(e.time) + "\t" +
                       HopText(e, true, actors.Get(e.source).name, actors.Get(e.target).name) +
                       "\t" + std::string(ModalityName(e.modality));
    if (!e.attributed_to.empty()) line += " by " + actors.Get(e.attributed_to).name;
    line += "\t" + std::to_string(e.mentions.size()) + " mention(s)\t";
    for (size_t i = 0; i < sources.size(); ++i) line += (i ? ", " : "") + sources[i];
    line += "\t" + FormatEdgeId(e.id) + "\n";
    out.Write(line);
    return true;
  });
  if (json) json->Close();
  out.Flush();
  return s.ok() ? kExitOk : Fail(s);
}

}  // namespace

Action AddTimelineCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* cmd = app->add_subcommand(
      "timeline",
      "Events in chronological order: of the whole store, of one actor, or between two actors; "
      "a partial date sorts at its first day and shows its precision. Each event with its "
      "mention count and sources.");
  cmd->add_option("ACTOR", args->actors, "none, one or two actor ids, names, aliases or codes");
  AddFilterOptions(cmd, &args->filter, /*with_direction=*/false);
  cmd->add_flag("--json", args->json, "print one JSON array, one event a line (see docs/cli.md)");
  return [global, args] { return RunTimeline(*global, *args); };
}

}  // namespace geokg::cli
