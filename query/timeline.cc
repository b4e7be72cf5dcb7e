#include "query/timeline.h"

#include <algorithm>
#include <tuple>

namespace geokg {
namespace {

struct Entry {
  Day lo;
  RelTypeId rel;
  EdgeId eid;
  auto Key() const { return std::tie(lo, rel, eid); }
  bool operator<(const Entry& o) const { return Key() < o.Key(); }
  bool operator==(const Entry& o) const { return eid == o.eid; }
};

}  // namespace

Status ForEachTimelineEdge(const Store& store, const CompiledFilter& filter,
                           const std::vector<Vid>& actors,
                           const std::function<bool(const Edge&)>& fn) {
  const Day from = filter.ScanFrom();
  const Day to = filter.ScanTo();
  std::vector<Entry> entries;
  const auto keep = [&](Day lo, RelTypeId rel, EdgeId eid) {
    if (lo >= from && lo <= to && filter.WantsType(rel)) entries.push_back(Entry{lo, rel, eid});
    return true;
  };
  if (actors.empty()) {
    GEOKG_RETURN_IF_ERROR(store.ScanTimeline(
        from, to, [&](const keys::TimelineEntry& e) { return keep(e.lo, e.rel, e.eid); }));
  } else if (actors.size() == 1) {
    for (keys::Direction dir : {keys::Direction::kOut, keys::Direction::kIn}) {
      GEOKG_RETURN_IF_ERROR(store.ScanActorEdges(actors[0], dir, [&](const Store::AdjacencyHit& h) {
        if (!filter.Accepts(h.entry.rel, h.modality, h.entry.lo, h.hi)) return true;
        return keep(h.entry.lo, h.entry.rel, h.entry.eid);
      }));
    }
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());  // self-loops
  } else {
    GEOKG_RETURN_IF_ERROR(store.ScanPair(
        actors[0], actors[1], [&](const keys::PairEntry& e) { return keep(e.lo, e.rel, e.eid); }));
  }
  std::vector<std::string> named;
  for (Vid v : actors) {
    Actor a;
    GEOKG_RETURN_IF_ERROR(store.GetActorByVid(v, &a));
    named.push_back(a.id);
  }
  const auto type_ok = [&](const std::string& id) {
    if (std::find(named.begin(), named.end(), id) != named.end()) return true;
    const std::optional<ActorType> type = ActorTypeFromIdPrefix(id);
    return !type || filter.WantsActorType(*type);
  };
  std::vector<EdgeId> ids;
  ids.reserve(entries.size());
  for (const Entry& e : entries) ids.push_back(e.eid);
  return store.GetEdges(ids, /*with_mentions=*/true, [&](const Edge& edge) {
    if (!filter.AcceptsEdge(edge)) return true;
    if (filter.HasActorTypes() && !(type_ok(edge.source) && type_ok(edge.target))) return true;
    return fn(edge);
  });
}

}  // namespace geokg
