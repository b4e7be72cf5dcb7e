// The commands of the contract that are not built yet (export). They are registered so that --help
// shows the whole contract, accept their documented options, and exit 2 with a message saying so.
#include <iostream>

#include "cli/command.h"

namespace geokg::cli {
namespace {

struct Planned {
  const char* name;
  const char* usage;
  const char* description;
};

constexpr Planned kPlanned[] = {
    {"export", "--format graphml|gexf|json|cytoscape|timelinejs|csv|dot [--out PATH]",
     "write the graph for Gephi, Cytoscape, networkx, TimelineJS, Neo4j or Graphviz"},
};

}  // namespace

void AddPlannedCommands(CLI::App* app, std::map<CLI::App*, Action>* actions) {
  for (const Planned& p : kPlanned) {
    CLI::App* cmd =
        app->add_subcommand(p.name, std::string(p.description) +
                                        " (not implemented yet). Usage: " + p.name + " " + p.usage);
    cmd->prefix_command();
    cmd->fallthrough(false);
    const std::string name = p.name;
    (*actions)[cmd] = [name] {
      std::cerr << "geokg: " << name << " is not implemented yet in this version\n";
      return kExitUsage;
    };
  }
}

}  // namespace geokg::cli
