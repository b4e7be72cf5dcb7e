// `geokg edges`: lists edges with their time, modality and evidence.
#include <optional>
#include <sstream>

#include "cli/command.h"
#include "export/edge_json.h"
#include "query/actor_resolver.h"
#include "query/edge_query.h"

namespace geokg::cli {
namespace {

struct EdgesArgs {
  std::vector<std::string> actors;
  std::vector<std::string> relations;
  std::string from;
  std::string to;
  std::string doc;
  std::vector<std::string> modalities;
  bool json = false;
};

// "2023-04-04", "2023-04 (month)", "unknown"
std::string TimeColumn(const EventTime& t) {
  if (t.unknown()) return "unknown";
  std::string text = t.value;
  if (t.mod != TimeMod::kNone) text += " " + std::string(TimeModName(t.mod));
  if (t.precision != Precision::kDay) text += " (" + std::string(PrecisionName(t.precision)) + ")";
  return text;
}

std::string TextLine(const Edge& e, ActorCache* actors) {
  std::ostringstream line;
  line << TimeColumn(e.time) << "\t" << actors->Get(e.source).name << " -[" << e.relation;
  if (!e.cameo.empty()) line << " " << e.cameo;
  line << "]-> " << actors->Get(e.target).name << "\t" << ModalityName(e.modality);
  if (!e.attributed_to.empty()) line << " by " << actors->Get(e.attributed_to).name;
  line << "\t" << e.mentions.size() << " mention(s)\t" << FormatEdgeId(e.id) << "\n";
  for (const Mention& m : e.mentions) {
    line << "    " << m.doc;
    if (m.sentence) line << " s" << *m.sentence;
    if (m.begin) line << " [" << *m.begin << "," << *m.end << ")";
    if (!m.text.empty()) line << " \"" << m.text << "\"";
    line << "\n";
  }
  return line.str();
}

int RunEdges(const GlobalOptions& global, const EdgesArgs& args) {
  EdgeFilter filter;
  filter.relations = args.relations;
  filter.doc = args.doc;
  for (const std::string& m : args.modalities) {
    std::optional<Modality> modality = ParseModality(m);
    if (!modality)
      return Fail(Status::InvalidArgument("--modality " + m + ": unknown modality"), kExitUsage);
    filter.modalities.push_back(*modality);
  }
  Day day;
  if (!args.from.empty()) {
    Status s = ParseWindowBound(args.from, false, &day);
    if (!s.ok()) return Fail(s, kExitUsage);
    filter.from = day;
  }
  if (!args.to.empty()) {
    Status s = ParseWindowBound(args.to, true, &day);
    if (!s.ok()) return Fail(s, kExitUsage);
    filter.to = day;
  }
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  for (const std::string& text : args.actors) {
    Actor actor;
    Vid vid;
    Status s = ResolveActor(*store, text, &actor, &vid);
    if (!s.ok()) return Fail(s, kExitUsage);
    filter.actors.push_back(actor.id);
  }

  ActorCache actors(store.get());
  Output out;
  std::optional<JsonArrayOutput> json;
  if (args.json) json.emplace(&out);
  Status s = ForEachEdge(*store, filter, [&](const Edge& edge) {
    if (json) {
      json->Add([&](JsonWriter* w) { WriteEdgeJson(edge, &actors, w); });
    } else {
      out.Write(TextLine(edge, &actors));
    }
    return true;
  });
  if (json) json->Close();
  out.Flush();
  return s.ok() ? kExitOk : Fail(s);
}

}  // namespace

Action AddEdgesCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<EdgesArgs>();
  CLI::App* cmd = app->add_subcommand(
      "edges",
      "List edges in time order with their evidence. With --json: one JSON array, one edge a "
      "line, in the shape ingest --format facts reads back.");
  cmd->add_option("--actor", args->actors,
                  "an actor id, name or alias; once: its edges; twice or more: the edges "
                  "between them (repeatable)");
  cmd->add_option("--relation", args->relations,
                  "a relation name (meet, member_of) or CAMEO code prefix (04, 042) (repeatable)");
  cmd->add_option("--from", args->from, "window start: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--to", args->to, "window end: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)");
  cmd->add_option("--doc", args->doc, "only edges with a mention in this document");
  cmd->add_option("--modality", args->modalities,
                  "asserted, planned, intended, reported, claimed, denied, negated or "
                  "hypothetical (repeatable; default: all)");
  cmd->add_flag("--json", args->json, "print JSON (see docs/cli.md)");
  return [global, args] { return RunEdges(*global, *args); };
}

}  // namespace geokg::cli
