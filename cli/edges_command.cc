// `geokg edges`: lists edges with their time, modality and evidence.
#include <optional>
#include <sstream>

#include "cli/command.h"
#include "cli/edge_filter_options.h"
#include "export/edge_json.h"
#include "query/edge_query.h"

namespace geokg::cli {
namespace {

struct EdgesArgs {
  EdgeFilterArgs filter;
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
  Status s = ToEdgeFilter(args.filter, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  s = ResolveFilterActors(args.filter, *store, &filter);
  if (!s.ok()) return Fail(s, kExitUsage);

  ActorCache actors(store.get());
  Output out;
  std::optional<JsonArrayOutput> json;
  if (args.json) json.emplace(&out);
  s = ForEachEdge(*store, filter, [&](const Edge& edge) {
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
  AddEdgeFilterOptions(cmd, &args->filter);
  cmd->add_flag("--json", args->json, "print JSON (see docs/cli.md)");
  return [global, args] { return RunEdges(*global, *args); };
}

}  // namespace geokg::cli
