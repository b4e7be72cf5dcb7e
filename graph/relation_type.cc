#include "graph/relation_type.h"

#include <algorithm>
#include <array>

namespace geokg {

bool RelationType::MatchesFilter(std::string_view filter) const {
  if (filter.empty()) return false;
  const bool digits =
      std::all_of(filter.begin(), filter.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return cameo.size() >= filter.size() && cameo.compare(0, filter.size(), filter) == 0;
  return relation == filter;
}

bool IsSymmetricRelation(std::string_view relation) {
  static constexpr std::array<std::string_view, 3> kSymmetric = {"meet", "negotiate",
                                                                 "sign_agreement"};
  return std::find(kSymmetric.begin(), kSymmetric.end(), relation) != kSymmetric.end();
}

}  // namespace geokg
