#include "graph/actor.h"

#include <algorithm>
#include <array>
#include <utility>

namespace geokg {
namespace {

constexpr std::array<std::pair<ActorType, std::string_view>, 7> kTypeNames = {{
    {ActorType::kCountry, "country"},
    {ActorType::kOrganization, "organization"},
    {ActorType::kAlliance, "alliance"},
    {ActorType::kPerson, "person"},
    {ActorType::kMedia, "media"},
    {ActorType::kLocation, "location"},
    {ActorType::kGroup, "group"},
}};

// Id prefixes. "org:" covers organisations and alliances alike, so that an alliance's id does
// not change if its classification is refined.
constexpr std::array<std::pair<std::string_view, ActorType>, 7> kIdPrefixes = {{
    {"country", ActorType::kCountry},
    {"org", ActorType::kOrganization},
    {"person", ActorType::kPerson},
    {"media", ActorType::kMedia},
    {"location", ActorType::kLocation},
    {"group", ActorType::kGroup},
    {"alliance", ActorType::kAlliance},
}};

}  // namespace

std::string_view ActorTypeName(ActorType type) {
  for (const auto& [value, name] : kTypeNames) {
    if (value == type) return name;
  }
  return "group";
}

std::optional<ActorType> ParseActorType(std::string_view name) {
  for (const auto& [value, type_name] : kTypeNames) {
    if (type_name == name) return value;
  }
  return std::nullopt;
}

std::optional<ActorType> ActorTypeFromIdPrefix(std::string_view id) {
  const size_t colon = id.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view prefix = id.substr(0, colon);
  for (const auto& [name, type] : kIdPrefixes) {
    if (name == prefix) return type;
  }
  return std::nullopt;
}

std::string ValidateActorId(std::string_view id) {
  const size_t colon = id.find(':');
  if (colon == std::string_view::npos || !ActorTypeFromIdPrefix(id)) {
    return "actor id must start with one of country:, org:, alliance:, person:, media:, "
           "location:, group:";
  }
  if (colon + 1 == id.size()) return "actor id has an empty key after ':'";
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) return "actor id contains white space or a control character";
  }
  return {};
}

bool MergeActorInto(const Actor& update, Actor* base) {
  bool changed = false;
  for (const auto& [system, code] : update.codes) {
    if (base->codes.emplace(system, code).second) changed = true;
  }
  for (const Alias& alias : update.aliases) {
    if (std::find(base->aliases.begin(), base->aliases.end(), alias) == base->aliases.end()) {
      base->aliases.push_back(alias);
      changed = true;
    }
  }
  return changed;
}

}  // namespace geokg
