#include "ingest/actors/role_calendar.h"

#include <algorithm>

namespace geokg {
namespace {
std::string OfficeKey(std::string_view role, std::string_view of) {
  std::string key(role);
  key.push_back('|');
  key.append(of);
  return key;
}
}  // namespace

void RoleCalendar::Add(const RoleTermRow& row) {
  RoleTerm term{row.person, row.role, row.of, row.start.first,
                row.end ? row.end->last : std::numeric_limits<Day>::max()};
  const size_t index = terms_.size();
  terms_.push_back(std::move(term));
  by_office_[OfficeKey(row.role, row.of)].push_back(index);
  by_person_[row.person].push_back(index);
  std::vector<std::string>& roles = roles_of_[row.of];
  if (std::find(roles.begin(), roles.end(), row.role) == roles.end()) roles.push_back(row.role);
}

const RoleTerm* RoleCalendar::HolderOn(std::string_view role, std::string_view of, Day day) const {
  auto it = by_office_.find(OfficeKey(role, of));
  if (it == by_office_.end()) return nullptr;
  const RoleTerm* best = nullptr;
  for (size_t i : it->second) {
    const RoleTerm& t = terms_[i];
    if (t.first <= day && day <= t.last && (best == nullptr || t.first > best->first)) best = &t;
  }
  return best;
}

std::vector<const RoleTerm*> RoleCalendar::TermsOf(std::string_view person, Day day) const {
  std::vector<const RoleTerm*> terms;
  auto it = by_person_.find(std::string(person));
  if (it == by_person_.end()) return terms;
  for (size_t i : it->second) {
    if (terms_[i].first <= day && day <= terms_[i].last) terms.push_back(&terms_[i]);
  }
  return terms;
}

std::vector<std::string> RoleCalendar::RolesOf(std::string_view of) const {
  auto it = roles_of_.find(std::string(of));
  return it == roles_of_.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace geokg
