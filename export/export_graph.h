// export/export_graph.h
//
// The part of the store an export writes: the selected edges with their mentions and every actor
// they join, cleaned by SanitizeText once, so that each writer only adds its format's escaping.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/store.h"
#include "query/edge_query.h"

namespace geokg {

// Intentionally copyable value type.
struct ExportGraph {
  // Every actor that is the source or target of an edge, ordered by id. No actor is written
  // without an edge, and no edge without both its ends: readers such as Cytoscape.js reject
  // dangling edges.
  std::vector<Actor> nodes;
  // Ordered by lo, then id, as `geokg edges` lists them.
  std::vector<Edge> edges;

  // Document id -> the URL it was published at, for the documents of the mentions that have
  // one (articles with a url, GDELT rows keep theirs in the mention's "url" attribute).
  std::map<std::string, std::string> document_urls;

  // The node with actor id `id`, or nullptr.
  const Actor* FindNode(std::string_view id) const;
};

struct EgoSelection {
  std::string center;  // actor id
  size_t hops = 1;
};

struct ExportSelection {
  EdgeFilter filter;
  // When set: only edges between actors within `hops` hops of `center`, hops counted over edges
  // that pass `filter` (every modality when it names none, as for the edges themselves) in
  // either direction. The filter's own actor list must then be empty.
  std::optional<EgoSelection> ego;
};

// Reads the selection from `store` into `graph`. An actor referenced by an edge but missing from
// the store (possible only in a damaged store) becomes a node named after its id.
Status CollectExportGraph(const Store& store, const ExportSelection& selection, ExportGraph* graph);

}  // namespace geokg
