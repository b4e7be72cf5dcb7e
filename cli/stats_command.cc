// `geokg stats`: counts of what the store holds.
#include <iostream>

#include "cli/command.h"
#include "export/edge_json.h"

namespace geokg::cli {
namespace {

int RunStats(const GlobalOptions& global, bool json) {
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  StoreStats stats;
  Status s = store->GetStats(&stats);
  if (!s.ok()) return Fail(s);
  if (json) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("store");
    w.String(store->dir().c_str());
    w.Key("schema_version");
    w.Uint(kSchemaVersion);
    w.Key("actors");
    w.Uint64(stats.actors);
    w.Key("edges");
    w.Uint64(stats.edges);
    w.Key("mentions");
    w.Uint64(stats.mentions);
    w.Key("documents");
    w.Uint64(stats.documents);
    w.Key("relation_types");
    w.Uint64(stats.relation_types);
    w.EndObject();
    std::cout << buffer.GetString() << "\n";
    return kExitOk;
  }
  std::cout << "store           " << store->dir() << " (schema " << kSchemaVersion << ")\n"
            << "actors          " << stats.actors << "\n"
            << "edges           " << stats.edges << "\n"
            << "mentions        " << stats.mentions << "\n"
            << "documents       " << stats.documents << "\n"
            << "relation types  " << stats.relation_types << "\n";
  return kExitOk;
}

}  // namespace

Action AddStatsCommand(CLI::App* app, GlobalOptions* global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app->add_subcommand("stats", "Count the actors, edges, mentions and documents.");
  cmd->add_flag("--json", *json, "print one JSON object");
  return [global, json] { return RunStats(*global, *json); };
}

}  // namespace geokg::cli
