// `geokg export`: writes the selected part of the graph for Gephi, Cytoscape, yEd, networkx,
// igraph, D3, TimelineJS, Neo4j or Graphviz (docs/export.md).
#include <iostream>

#include "cli/command.h"
#include "cli/edge_filter_options.h"
#include "export/export_format.h"
#include "query/actor_resolver.h"

namespace geokg::cli {
namespace {

struct ExportArgs {
  std::string format;
  std::string out;
  EdgeFilterArgs filter;
  std::string ego;
  size_t hops = 1;
};

int RunExport(const GlobalOptions& global, const ExportArgs& args, bool hops_given) {
  const std::optional<ExportFormat> format = ParseExportFormat(args.format);
  if (!format) {
    return Fail(Status::InvalidArgument("--format " + args.format + ": expected one of " +
                                        ExportFormatNames()),
                kExitUsage);
  }
  if (*format == ExportFormat::kCsv && args.out.empty()) {
    return Fail(Status::InvalidArgument(
                    "--format csv writes actors.csv and edges.csv: give a directory with --out"),
                kExitUsage);
  }
  if (hops_given && args.ego.empty()) {
    return Fail(Status::InvalidArgument("--hops needs --ego"), kExitUsage);
  }
  if (!args.ego.empty() && !args.filter.actors.empty()) {
    return Fail(Status::InvalidArgument("--ego and --actor cannot be combined"), kExitUsage);
  }
  ExportSelection selection;
  Status s = ToEdgeFilter(args.filter, &selection.filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  s = ResolveFilterActors(args.filter, *store, &selection.filter);
  if (!s.ok()) return Fail(s, kExitUsage);
  if (!args.ego.empty()) {
    Actor center;
    Vid vid;
    s = ResolveActor(*store, args.ego, &center, &vid);
    if (!s.ok()) return Fail(s, kExitUsage);
    selection.ego = EgoSelection{center.id, args.hops};
  }

  ExportGraph graph;
  s = CollectExportGraph(*store, selection, &graph);
  if (!s.ok()) return Fail(s);
  ExportReport report;
  s = WriteExport(graph, *format, args.out, &report);
  if (!s.ok()) return Fail(s);
  if (!args.out.empty()) {
    std::cerr << "geokg: exported " << report.nodes << " actors and " << report.edges
              << " edges as " << args.format << " to " << args.out << "\n";
  }
  if (report.skipped > 0) {
    std::cerr << "geokg: " << report.skipped
              << " selected edges have no known time and no place on a timeline\n";
  }
  return kExitOk;
}

}  // namespace

Action AddExportCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app->add_subcommand(
      "export",
      "Write the graph (or the edges selected as for `edges`, or an ego network) for Gephi, "
      "Cytoscape, yEd, networkx, igraph, D3, TimelineJS, Neo4j or Graphviz (docs/export.md).");
  cmd->add_option("--format", args->format, ExportFormatNames())->required();
  cmd->add_option("--out", args->out,
                  "output file, written complete or not at all (default: standard output); for "
                  "csv the directory for actors.csv and edges.csv");
  AddEdgeFilterOptions(cmd, &args->filter);
  cmd->add_option("--ego", args->ego,
                  "only the actors within --hops of this actor (id, name or alias) and the edges "
                  "among them");
  CLI::Option* hops = cmd->add_option("--hops", args->hops, "hops of the ego network (default 1)")
                          ->check(CLI::Range(size_t{1}, size_t{16}));
  return [global, args, hops] { return RunExport(*global, *args, hops->count() > 0); };
}

}  // namespace geokg::cli
