#include "export/export_graph.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "export/sanitize.h"
#include "query/adjacency_source.h"
#include "query/ego_network.h"
#include "query/graph_filter.h"

namespace geokg {
namespace {

void Sanitize(std::string* text) {
  if (!IsSanitized(*text)) *text = SanitizeText(*text);
}

void SanitizeMap(std::map<std::string, std::string>* map) {
  const bool clean_already = std::all_of(map->begin(), map->end(), [](const auto& entry) {
    return IsSanitized(entry.first) && IsSanitized(entry.second);
  });
  if (clean_already) return;
  // Keys change: the map is rebuilt so that it stays ordered by the cleaned keys.
  std::map<std::string, std::string> clean;
  for (auto& [key, value] : *map) {
    Sanitize(&value);
    clean.emplace(SanitizeText(key), std::move(value));
  }
  *map = std::move(clean);
}

void SanitizeActor(Actor* actor) {
  Sanitize(&actor->id);
  Sanitize(&actor->name);
  SanitizeMap(&actor->codes);
  for (Alias& alias : actor->aliases) {
    Sanitize(&alias.text);
    Sanitize(&alias.lang);
  }
}

void SanitizeEdge(Edge* edge) {
  for (std::string* text :
       {&edge->relation, &edge->cameo, &edge->label, &edge->source, &edge->target,
        &edge->attributed_to, &edge->time.value, &edge->time.text}) {
    Sanitize(text);
  }
  for (Mention& m : edge->mentions) {
    Sanitize(&m.doc);
    Sanitize(&m.text);
    Sanitize(&m.rule);
    SanitizeMap(&m.attributes);
  }
}

// The ids of the actors within the ego's hops, counted over edges that pass the filter.
Status EgoActors(const Store& store, const ExportSelection& selection,
                 std::vector<std::string>* ids) {
  Actor center;
  Vid center_vid;
  GEOKG_RETURN_IF_ERROR(store.GetActor(selection.ego->center, &center, &center_vid));
  GraphFilter graph_filter;
  graph_filter.relations = selection.filter.relations;
  // As `edges` does, an empty list allows every modality (queries default to what happened).
  graph_filter.modalities = selection.filter.modalities;
  if (graph_filter.modalities.empty()) {
    for (int m = 0; m <= static_cast<int>(Modality::kHypothetical); ++m) {
      graph_filter.modalities.push_back(static_cast<Modality>(m));
    }
  }
  graph_filter.from = selection.filter.from;
  graph_filter.to = selection.filter.to;
  const CompiledFilter compiled(graph_filter, store.relation_types());
  StoreAdjacencySource source(&store, &compiled);
  EgoNetwork ego;
  GEOKG_RETURN_IF_ERROR(BuildEgoNetwork(source, center_vid, selection.ego->hops,
                                        std::numeric_limits<size_t>::max(), &ego));
  for (const EgoNode& node : ego.nodes) {
    Actor actor;
    GEOKG_RETURN_IF_ERROR(store.GetActorByVid(node.vid, &actor));
    ids->push_back(actor.id);
  }
  return Status::OK();
}

}  // namespace

const Actor* ExportGraph::FindNode(std::string_view id) const {
  const auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                                   [](const Actor& a, std::string_view key) { return a.id < key; });
  return it != nodes.end() && it->id == id ? &*it : nullptr;
}

Status CollectExportGraph(const Store& store, const ExportSelection& selection,
                          ExportGraph* graph) {
  graph->nodes.clear();
  graph->edges.clear();
  EdgeFilter filter = selection.filter;
  if (selection.ego) {
    if (!filter.actors.empty()) {
      return Status::InvalidArgument("an ego network cannot be combined with an actor filter");
    }
    GEOKG_RETURN_IF_ERROR(EgoActors(store, selection, &filter.actors));
    // A lone centre: its self-loops are the ego network, not all its edges.
    if (filter.actors.size() == 1) filter.actors.push_back(filter.actors.front());
  }
  GEOKG_RETURN_IF_ERROR(ForEachEdge(store, filter, [&](const Edge& edge) {
    graph->edges.push_back(edge);
    SanitizeEdge(&graph->edges.back());
    return true;
  }));

  std::set<std::string_view> docs;
  for (const Edge& e : graph->edges) {
    for (const Mention& m : e.mentions) docs.insert(m.doc);
  }
  for (std::string_view doc : docs) {
    Document document;
    Status s = store.GetDocument(doc, &document, nullptr);
    if (s.IsNotFound()) continue;  // feed files are sources without a document record
    GEOKG_RETURN_IF_ERROR(s);
    if (!document.url.empty()) graph->document_urls.emplace(doc, SanitizeText(document.url));
  }

  std::vector<std::string> ids;
  ids.reserve(graph->edges.size() * 2);
  for (const Edge& e : graph->edges) {
    ids.push_back(e.source);
    ids.push_back(e.target);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  graph->nodes.reserve(ids.size());
  for (const std::string& id : ids) {
    Actor actor;
    Status s = store.GetActor(id, &actor, nullptr);
    if (s.IsNotFound()) {
      actor = Actor{};
      actor.id = id;
      actor.name = id;
      actor.type = ActorTypeFromIdPrefix(id).value_or(ActorType::kGroup);
    } else if (!s.ok()) {
      return s;
    }
    SanitizeActor(&actor);
    graph->nodes.push_back(std::move(actor));
  }
  return Status::OK();
}

}  // namespace geokg
