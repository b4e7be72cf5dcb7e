#include "query/graph_filter.h"

#include <algorithm>

namespace geokg {

std::vector<Modality> DefaultModalities() { return {Modality::kAsserted, Modality::kReported}; }

CompiledFilter::CompiledFilter(const GraphFilter& filter, const std::vector<RelationType>& types)
    : filter_(filter) {
  wanted_.assign(types.size(), filter.relations.empty());
  symmetric_.assign(types.size(), false);
  int64_t span = 0;
  for (const RelationType& t : types) {
    if (t.id >= types.size()) continue;
    symmetric_[t.id] = t.symmetric;
    for (const std::string& r : filter.relations) {
      if (t.MatchesFilter(r)) wanted_[t.id] = true;
    }
    if (wanted_[t.id]) span = std::max(span, t.max_span_days);
  }
  const std::vector<Modality> modalities =
      filter.modalities.empty() ? DefaultModalities() : filter.modalities;
  for (Modality m : modalities) modalities_ |= 1u << static_cast<int>(m);
  if (filter.from) {
    scan_from_ = static_cast<Day>(std::max<int64_t>(int64_t{*filter.from} - span, kOpenLo));
    // A certain edge lies inside the window, so it starts inside it too.
    if (filter.overlap == Overlap::kCertainly) scan_from_ = *filter.from;
  }
}

bool CompiledFilter::WantsTime(Day lo, Day hi) const {
  const Day from = filter_.from.value_or(kOpenLo);
  const Day to = filter_.to.value_or(kOpenHi);
  if (filter_.overlap == Overlap::kCertainly) return lo >= from && hi <= to;
  return lo <= to && hi >= from;
}

bool CompiledFilter::WantsActorType(ActorType type) const {
  return filter_.actor_types.empty() ||
         std::find(filter_.actor_types.begin(), filter_.actor_types.end(), type) !=
             filter_.actor_types.end();
}

bool CompiledFilter::AcceptsEdge(const Edge& edge) const {
  if (!WantsModality(edge.modality) || !WantsTime(edge.time.lo, edge.time.hi)) return false;
  if (filter_.relations.empty()) return true;
  RelationType type;
  type.relation = edge.relation;
  type.cameo = edge.cameo;
  return std::any_of(filter_.relations.begin(), filter_.relations.end(),
                     [&](const std::string& r) { return type.MatchesFilter(r); });
}

}  // namespace geokg
