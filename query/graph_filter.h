// query/graph_filter.h
//
// The filters every graph query shares (path, neighbors, timeline, rank): which relation types,
// modalities, time window and actor types an edge must have to be followed, and whether edges
// are followed only from source to target. GraphFilter is what the analyst gives;
// CompiledFilter is the same question turned into per-edge checks against one store's relation
// types, so that a scan decides on an adjacency entry without reading the edge record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/relation_type.h"

namespace geokg {

// How an edge's [lo, hi] must relate to the window [from, to].
enum class Overlap {
  kPossibly,   // lo <= to and hi >= from: the edge may have happened inside the window
  kCertainly,  // from <= lo and hi <= to: the edge happened inside the window whatever its day
};

// Intentionally copyable value type.
struct GraphFilter {
  // Relation names ("meet") or CAMEO prefixes ("04"); any may match. Empty: every relation.
  std::vector<std::string> relations;
  // Allowed modalities. Empty: asserted and reported (what happened, as far as the sources say).
  std::vector<Modality> modalities;
  // Inclusive window; an absent bound is open.
  std::optional<Day> from;
  std::optional<Day> to;
  Overlap overlap = Overlap::kPossibly;
  // Both ends of a followed edge must have one of these types. Empty: every type. The start
  // and end actors a query names are never filtered out.
  std::vector<ActorType> actor_types;
  // True: follow edges only from source to target (symmetric relations such as meet go both
  // ways). False (the default): follow every edge both ways.
  bool directed = false;
};

// The modalities used when GraphFilter::modalities is empty.
std::vector<Modality> DefaultModalities();

class CompiledFilter {
 public:
  // Compiles `filter` against `types` (Store::relation_types()).
  CompiledFilter(const GraphFilter& filter, const std::vector<RelationType>& types);

  const GraphFilter& filter() const { return filter_; }
  bool directed() const { return filter_.directed; }
  bool HasActorTypes() const { return !filter_.actor_types.empty(); }

  bool WantsType(RelTypeId rel) const { return rel < wanted_.size() && wanted_[rel]; }
  bool IsSymmetric(RelTypeId rel) const { return rel < symmetric_.size() && symmetric_[rel]; }
  bool WantsModality(Modality m) const { return (modalities_ >> static_cast<int>(m)) & 1u; }
  bool WantsTime(Day lo, Day hi) const;
  bool WantsActorType(ActorType type) const;
  // Relation type, modality and time together.
  bool Accepts(RelTypeId rel, Modality m, Day lo, Day hi) const {
    return WantsType(rel) && WantsModality(m) && WantsTime(lo, hi);
  }
  // The same test on a whole edge (by relation name and CAMEO code).
  bool AcceptsEdge(const Edge& edge) const;
  // The first lo a scan must start from to see every edge that may pass the time test: the
  // window start minus the longest span of a wanted relation type.
  Day ScanFrom() const { return scan_from_; }
  Day ScanTo() const { return filter_.to.value_or(kOpenHi); }

 private:
  GraphFilter filter_;
  std::vector<bool> wanted_;
  std::vector<bool> symmetric_;
  unsigned modalities_ = 0;
  Day scan_from_ = kOpenLo;
};

}  // namespace geokg
