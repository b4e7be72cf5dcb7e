// query/timeline.h
//
// The events of the whole store, of one actor, or of one pair, in chronological order: by lo
// (so a partial date such as "2014-05" sorts at its first day, and an unknown time first),
// then relation type, then edge id. Each index answers one shape: the timeline column family
// for everything, the actor's adjacency for one actor, the pair index for two.
#pragma once

#include <functional>
#include <vector>

#include "common/status.h"
#include "graph/store.h"
#include "query/graph_filter.h"

namespace geokg {

// Calls fn for each edge (with its mentions) that passes `filter` (relation, modality, window;
// the actor-type filter applies to the ends other than the named actors) and involves every
// vertex of `actors` (none, one or two), in timeline order, until fn returns false.
// REQUIRES: actors.size() <= 2.
Status ForEachTimelineEdge(const Store& store, const CompiledFilter& filter,
                           const std::vector<Vid>& actors,
                           const std::function<bool(const Edge&)>& fn);

}  // namespace geokg
