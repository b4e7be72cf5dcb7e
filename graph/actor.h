// graph/actor.h
//
// An actor is a node of the graph: a state, an organisation, a person, a news outlet, a place or
// a group. Its id is a stable, human-readable string ("country:JPN", "org:NATO",
// "person:jens-stoltenberg") that every source of data agrees on; inside the store each actor
// also has a dense numeric Vid used in keys.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

// Dense internal vertex number, assigned in order of first appearance; never reused.
using Vid = uint64_t;

// Persisted as one byte: never renumber, only append.
enum class ActorType : uint8_t {
  kCountry = 0,
  kOrganization = 1,
  kAlliance = 2,
  kPerson = 3,
  kMedia = 4,
  kLocation = 5,
  kGroup = 6,
};

// "country", "organization", ...
std::string_view ActorTypeName(ActorType type);
std::optional<ActorType> ParseActorType(std::string_view name);

struct Alias {
  std::string text;
  std::string lang;  // BCP 47 tag such as "de" or "en"; empty when the name is not language-bound

  friend bool operator==(const Alias&, const Alias&) = default;
};

// Intentionally copyable value type.
struct Actor {
  std::string id;    // stable id, "<type prefix>:<key>"
  std::string name;  // canonical English name
  ActorType type = ActorType::kGroup;
  // Code system -> code: "iso3" -> "JPN", "cameo" -> "JPN", "fips" -> "JA", ...
  std::map<std::string, std::string> codes;
  std::vector<Alias> aliases;

  friend bool operator==(const Actor&, const Actor&) = default;
};

// Checks the shape of an actor id: a known prefix, ':', then a non-empty key without white space
// or control characters. Returns an explanation, or an empty string when the id is well-formed.
std::string ValidateActorId(std::string_view id);

// The type an id's prefix names ("person:..." -> kPerson; "org:" -> kOrganization), if any.
std::optional<ActorType> ActorTypeFromIdPrefix(std::string_view id);

// Merges what `update` knows into `base`: missing codes and aliases are added; the name and type
// of `base` win. Returns true if `base` changed.
bool MergeActorInto(const Actor& update, Actor* base);

}  // namespace geokg
