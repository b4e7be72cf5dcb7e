// ingest/feeds/cameo_actor_codes.h
//
// The CAMEO actor codes GDELT uses beyond country codes: role and sector codes
// (data/cameo/actor_types.tsv: GOV -> "Government") and known groups
// (data/cameo/known_groups.tsv: UNO -> org:UN).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "graph/actor.h"

namespace geokg {

class CameoActorCodes {
 public:
  static Status Parse(std::string_view types_tsv, std::string_view groups_tsv,
                      std::unique_ptr<CameoActorCodes>* codes);
  // The tables compiled into the binary.
  static const CameoActorCodes& BuiltIn();

  // "Government" for GOV; empty when unknown.
  std::string_view TypeLabel(std::string_view code) const;
  // The actor of a known group (id, name, type), or nullptr.
  const Actor* KnownGroup(std::string_view code) const;

 private:
  CameoActorCodes() = default;

  std::map<std::string, std::string, std::less<>> type_labels_;
  std::map<std::string, Actor, std::less<>> known_groups_;
};

}  // namespace geokg
