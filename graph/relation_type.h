// graph/relation_type.h
//
// A relation type is one distinct (relation name, CAMEO code, kind) triple seen by the store,
// numbered densely so that index keys carry two bytes instead of a string. Filters by name or
// CAMEO prefix expand to the set of matching numbers, and each number is one prefix seek.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/civil_day.h"
#include "graph/edge.h"

namespace geokg {

using RelTypeId = uint16_t;

struct RelationType {
  RelTypeId id = 0;
  std::string relation;
  std::string cameo;
  EdgeKind kind = EdgeKind::kEvent;
  // "X meets Y" and "Y meets X" state one fact: merging checks both orientations.
  bool symmetric = false;
  // The longest [lo, hi] span of any edge of this type, in days; an open bound counts as the
  // whole day range (2^32 - 1). Scans that must find every edge overlapping a window start
  // this far before it.
  int64_t max_span_days = 0;

  // True when `filter` names this type: the relation name itself, or a CAMEO prefix made of
  // digits ("04" matches "040", "042", "0431").
  bool MatchesFilter(std::string_view filter) const;
};

// Relations whose two participants play the same part. Kept small and explicit: a directed
// reading is the safe default, since merging two directed facts loses information.
bool IsSymmetricRelation(std::string_view relation);

}  // namespace geokg
