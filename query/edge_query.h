// query/edge_query.h
//
// Selects edges by actor, relation, time window, document and modality, using the index that
// narrows the search most: the document's edge list, the pair index for two or more actors,
// the adjacency of one actor, or the timeline for a window alone.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/store.h"

namespace geokg {

struct EdgeFilter {
  // Actor ids. One: the edges of that actor, either direction. Several: the edges whose source
  // and target are both among them.
  std::vector<std::string> actors;
  // Relation names ("meet", "member_of") or CAMEO prefixes ("04", "0431"); any may match.
  std::vector<std::string> relations;
  // Time window, inclusive. An edge matches when its [lo, hi] overlaps the window (it possibly
  // happened inside it).
  std::optional<Day> from;
  std::optional<Day> to;
  // Only edges with a mention in this document.
  std::string doc;
  // Allowed modalities; empty allows all.
  std::vector<Modality> modalities;
};

// Calls fn for each matching edge, with its mentions, ordered by lo, then id, until fn returns
// false. An actor id in the filter that is not in the store matches nothing.
Status ForEachEdge(const Store& store, const EdgeFilter& filter,
                   const std::function<bool(const Edge&)>& fn);

}  // namespace geokg
