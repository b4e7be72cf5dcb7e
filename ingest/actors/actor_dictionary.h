// ingest/actors/actor_dictionary.h
//
// The named actors of the dictionaries in data/actors/: organisations, alliances, media and
// armed groups (organizations.tsv) and people (people.tsv), each with its English and German
// names. Feed importers look names up here so that ICEWS "European Union", GDELT's EEC and
// "die Europäische Union" in an article are the same actor, org:EU.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"

namespace geokg {

class ActorDictionary {
 public:
  // Reads organizations.tsv (id, type, name, codes, aliases) and people.tsv (id, name,
  // aliases) texts; errors name the file and line.
  static Status Parse(std::string_view organizations_tsv, std::string_view people_tsv,
                      std::unique_ptr<ActorDictionary>* dictionary);
  // The dictionary compiled into the binary.
  static const ActorDictionary& BuiltIn();

  // The actor one of whose names or aliases usable in `lang` ("en", "de") has the NameKey of
  // `name`; nullptr when none. Aliases tagged for the other language are not considered, so
  // that a German word never names an actor in English text and the other way round.
  const Actor* FindByName(std::string_view name, std::string_view lang) const;

  // The actor with this id; nullptr when the dictionary has none.
  const Actor* FindById(std::string_view id) const;

  size_t size() const { return actors_.size(); }

 private:
  ActorDictionary() = default;
  Status Add(Actor actor, std::string_view source, size_t line);

  std::vector<Actor> actors_;
  // NameKey -> actor index, per language ("en", "de"); "*" aliases and names go into both.
  std::unordered_map<std::string, size_t> by_name_[2];
  std::unordered_map<std::string, size_t> by_id_;
};

}  // namespace geokg
