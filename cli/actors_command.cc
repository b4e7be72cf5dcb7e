// `geokg actors`: lists actors, optionally those whose id, name or alias contains a text.
#include <optional>

#include "cli/command.h"
#include "common/name_key.h"
#include "export/edge_json.h"

namespace geokg::cli {
namespace {

struct ActorsArgs {
  std::string match;
  bool json = false;
};

bool ActorMatches(const Actor& actor, const std::string& key) {
  if (key.empty()) return true;
  if (NameKey(actor.id).find(key) != std::string::npos) return true;
  if (NameKey(actor.name).find(key) != std::string::npos) return true;
  for (const Alias& alias : actor.aliases) {
    if (NameKey(alias.text).find(key) != std::string::npos) return true;
  }
  for (const auto& [system, code] : actor.codes) {
    if (NameKey(code) == key) return true;
  }
  return false;
}

int RunActors(const GlobalOptions& global, const ActorsArgs& args) {
  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/true);
  if (!store) return kExitFailure;
  const std::string key = NameKey(args.match);
  Output out;
  std::optional<JsonArrayOutput> json;
  if (args.json) json.emplace(&out);
  Status s = store->ForEachActor([&](Vid, const Actor& actor) {
    if (!ActorMatches(actor, key)) return true;
    if (json) {
      json->Add([&](JsonWriter* w) { WriteActorJson(actor, w); });
    } else {
      std::string line =
          actor.id + "\t" + actor.name + "\t" + std::string(ActorTypeName(actor.type));
      for (const auto& [system, code] : actor.codes) line += "\t" + system + "=" + code;
      out.Write(line + "\n");
    }
    return true;
  });
  if (json) json->Close();
  out.Flush();
  return s.ok() ? kExitOk : Fail(s);
}

}  // namespace

Action AddActorsCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<ActorsArgs>();
  CLI::App* cmd = app->add_subcommand(
      "actors", "List actors: id, name, type and codes (tab-separated), or JSON with --json.");
  cmd->add_option("--match", args->match,
                  "only actors whose id, name or alias contains TEXT (case and accents ignored)");
  cmd->add_flag("--json", args->json, "print a JSON array of {id, name, type, codes, aliases}");
  return [global, args] { return RunActors(*global, *args); };
}

}  // namespace geokg::cli
