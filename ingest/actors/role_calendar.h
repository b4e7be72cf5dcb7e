// ingest/actors/role_calendar.h
//
// Who held which office on which day (roles.tsv): "secretary_general of org:NATO on
// 2023-05-16" is person:jens-stoltenberg, on 2025-01-10 person:mark-rutte. Terms are closed
// intervals of days; a date of reduced precision counts from its first day (start) to its last
// day (end). On a handover day that ends one term and starts the next, the newer holder wins.
//
// Thread safety: immutable after Add(); concurrent reads are safe.
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/civil_day.h"
#include "ingest/actors/dictionary_rows.h"

namespace geokg {

struct RoleTerm {
  std::string person, role, of;
  Day first = 0;
  Day last = std::numeric_limits<Day>::max();  // max while in office
};

class RoleCalendar {
 public:
  void Add(const RoleTermRow& row);

  // The holder of `role` of `of` on `day`; nullptr when none is recorded.
  const RoleTerm* HolderOn(std::string_view role, std::string_view of, Day day) const;

  // The terms of `person` that include `day`.
  std::vector<const RoleTerm*> TermsOf(std::string_view person, Day day) const;

  // The roles `of` has any term of ("secretary_general" for org:NATO), in first-seen order.
  std::vector<std::string> RolesOf(std::string_view of) const;

 private:
  std::vector<RoleTerm> terms_;
  std::unordered_map<std::string, std::vector<size_t>> by_office_;  // "role|of"
  std::unordered_map<std::string, std::vector<size_t>> by_person_;
  std::unordered_map<std::string, std::vector<std::string>> roles_of_;
};

}  // namespace geokg
