#include "query/csr_snapshot.h"

#include <algorithm>
#include <unordered_map>

namespace geokg {
namespace {

void Finish(size_t n, std::vector<std::pair<uint32_t, uint32_t>> arcs, CsrSnapshot* snapshot) {
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  snapshot->graph = CsrGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
}

}  // namespace

Status BuildCsrSnapshot(const Store& store, const CompiledFilter& filter, CsrSnapshot* snapshot) {
  *snapshot = CsrSnapshot();
  snapshot->directed = filter.directed();
  std::unordered_map<std::string, uint32_t> index;
  const auto vertex = [&](const std::string& id) {
    auto [it, added] = index.emplace(id, static_cast<uint32_t>(snapshot->ids.size()));
    if (added) {
      snapshot->ids.push_back(id);
      snapshot->edges.push_back(0);
    }
    return it->second;
  };
  const auto type_ok = [&](const std::string& id) {
    const std::optional<ActorType> type = ActorTypeFromIdPrefix(id);
    return !type || filter.WantsActorType(*type);
  };
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  GEOKG_RETURN_IF_ERROR(store.ForEachEdge([&](const Edge& e) {
    if (!filter.AcceptsEdge(e)) return true;
    if (filter.HasActorTypes() && !(type_ok(e.source) && type_ok(e.target))) return true;
    const uint32_t s = vertex(e.source);
    const uint32_t t = vertex(e.target);
    ++snapshot->edge_count;
    ++snapshot->edges[s];
    if (t != s) ++snapshot->edges[t];
    if (s == t) return true;  // a self-loop connects nothing
    arcs.emplace_back(s, t);
    if (!filter.directed() || IsSymmetricRelation(e.relation)) arcs.emplace_back(t, s);
    return true;
  }));
  Finish(snapshot->ids.size(), std::move(arcs), snapshot);
  return Status::OK();
}

void BuildCsrSnapshotFromPairs(size_t n, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                               bool directed, CsrSnapshot* snapshot) {
  *snapshot = CsrSnapshot();
  snapshot->directed = directed;
  snapshot->edges.assign(n, 0);
  for (size_t i = 0; i < n; ++i) snapshot->ids.push_back(std::to_string(i));
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  for (const auto& [s, t] : pairs) {
    ++snapshot->edge_count;
    ++snapshot->edges[s];
    if (s != t) ++snapshot->edges[t];
    if (s == t) continue;
    arcs.emplace_back(s, t);
    if (!directed) arcs.emplace_back(t, s);
  }
  Finish(n, std::move(arcs), snapshot);
}

}  // namespace geokg
