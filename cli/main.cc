// geokg: a knowledge-graph builder for geopolitical events. This file only parses the command
// line and dispatches; each subcommand lives in its own *_command.cc.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace geokg::cli;
  CLI::App app(
      "geokg builds a graph of geopolitical actors joined by dated, sourced edges, stored in an "
      "embedded RocksDB directory.\nExit codes: 0 success, 1 bad input or failure, 2 usage "
      "error or unknown or ambiguous actor.",
      "geokg");
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version", "geokg 0.1.0");

  GlobalOptions global;
  const char* env_db = std::getenv("GEOKG_DB");
  global.db = env_db != nullptr && *env_db != '\0' ? env_db : "geokg.db";
  app.add_option("--db", global.db, "store directory (default: $GEOKG_DB, else ./geokg.db)");
  app.add_option("--dict", global.dicts,
                 "a user dictionary file read over the built-in ones (repeatable; later files "
                 "win); see docs/actors.md")
      ->expected(1, CLI::detail::expected_max_vector_size)
      ->allow_extra_args(false);

  std::map<CLI::App*, Action> actions;
  const auto add = [&](Action (*adder)(CLI::App*, GlobalOptions*)) {
    Action action = adder(&app, &global);
    actions[app.get_subcommands({}).back()] = std::move(action);
  };
  add(&AddIngestCommand);
  add(&AddActorsCommand);
  add(&AddEdgesCommand);
  add(&AddStatsCommand);
  add(&AddAnnotateCommand);
  add(&AddDictCommand);
  add(&AddPathCommand);
  add(&AddNeighborsCommand);
  add(&AddTimelineCommand);
  add(&AddRankCommand);
  add(&AddExportCommand);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  for (CLI::App* sub : app.get_subcommands()) {
    auto it = actions.find(sub);
    if (it != actions.end()) return it->second();
  }
  return kExitUsage;
}
