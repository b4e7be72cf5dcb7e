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
  // The facts' own names, then the CAMEO events the codebook marks mutual
  // (data/cameo/event_codes.tsv; a test keeps the two lists in step).
  static constexpr std::array<std::string_view, 13> kSymmetric = {
      "meet",
      "negotiate",
      "sign_agreement",
      "consult",
      "discuss_by_telephone",
      "meet_at_third_location",
      "engage_in_negotiation",
      "engage_in_diplomatic_cooperation",
      "sign_formal_agreement",
      "engage_in_material_cooperation",
      "cooperate_economically",
      "cooperate_militarily",
      "engage_in_judicial_cooperation"};
  return std::find(kSymmetric.begin(), kSymmetric.end(), relation) != kSymmetric.end();
}

}  // namespace geokg
