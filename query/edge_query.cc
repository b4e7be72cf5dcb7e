#include "query/edge_query.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace geokg {
namespace {

// Up to this many actors, the edges among them are read pair by pair from the pair index.
constexpr size_t kPairScanLimit = 16;

struct Candidate {
  Day lo;
  EdgeId id;
  bool operator<(const Candidate& o) const { return lo != o.lo ? lo < o.lo : id < o.id; }
  bool operator==(const Candidate& o) const { return id == o.id; }
};

// How far before the window an edge may start and still overlap it.
int64_t LongestSpan(const std::vector<RelationType>& types, const std::vector<bool>& wanted) {
  int64_t span = 0;
  for (const RelationType& t : types) {
    if (wanted[t.id]) span = std::max(span, t.max_span_days);
  }
  return span;
}

// `among(id)` tells whether an actor id is in the filter's actor list.
template <typename Among>
bool Matches(const Edge& e, const EdgeFilter& f, const Among& among) {
  if (!f.relations.empty()) {
    RelationType type;
    type.relation = e.relation;
    type.cameo = e.cameo;
    if (std::none_of(f.relations.begin(), f.relations.end(),
                     [&](const std::string& r) { return type.MatchesFilter(r); })) {
      return false;
    }
  }
  if (f.from && e.time.hi < *f.from) return false;
  if (f.to && e.time.lo > *f.to) return false;
  if (!f.modalities.empty() &&
      std::find(f.modalities.begin(), f.modalities.end(), e.modality) == f.modalities.end()) {
    return false;
  }
  if (f.actors.size() == 1 && e.source != f.actors[0] && e.target != f.actors[0]) return false;
  if (f.actors.size() > 1 && (!among(e.source) || !among(e.target))) return false;
  if (!f.doc.empty() && std::none_of(e.mentions.begin(), e.mentions.end(),
                                     [&](const Mention& m) { return m.doc == f.doc; })) {
    return false;
  }
  return true;
}

}  // namespace

Status ForEachEdge(const Store& store, const EdgeFilter& filter,
                   const std::function<bool(const Edge&)>& fn) {
  std::vector<std::string> sorted_actors = filter.actors;
  std::sort(sorted_actors.begin(), sorted_actors.end());
  const auto among = [&](const std::string& id) {
    return std::binary_search(sorted_actors.begin(), sorted_actors.end(), id);
  };
  const std::vector<RelationType>& types = store.relation_types();
  std::vector<bool> wanted(types.size(), filter.relations.empty());
  for (const RelationType& t : types) {
    for (const std::string& r : filter.relations) {
      if (t.MatchesFilter(r)) wanted[t.id] = true;
    }
  }
  const Day from = filter.from.value_or(kOpenLo);
  const Day to = filter.to.value_or(kOpenHi);
  const Day scan_from =
      static_cast<Day>(std::max<int64_t>(int64_t{from} - LongestSpan(types, wanted), kOpenLo));

  std::vector<Candidate> candidates;
  const auto add_edge = [&](EdgeId id, Day lo) {
    candidates.push_back({lo, id});
    return true;
  };
  if (!filter.doc.empty()) {
    GEOKG_RETURN_IF_ERROR(
        store.ScanDocumentEdges(filter.doc, [&](EdgeId id) { return add_edge(id, 0); }));
  } else if (!filter.actors.empty()) {
    std::vector<Vid> vids;
    for (const std::string& id : filter.actors) {
      Vid vid;
      Status s = store.GetActor(id, nullptr, &vid);
      if (s.IsNotFound()) continue;
      GEOKG_RETURN_IF_ERROR(s);
      vids.push_back(vid);
    }
    if (filter.actors.size() == 1) {
      for (Vid vid : vids) {
        for (const RelationType& t : types) {
          if (!wanted[t.id]) continue;
          for (keys::Direction dir : {keys::Direction::kOut, keys::Direction::kIn}) {
            GEOKG_RETURN_IF_ERROR(store.ScanAdjacency(
                vid, dir, t.id, scan_from, to, [&](const Store::AdjacencyHit& hit) {
                  return add_edge(hit.entry.eid, hit.entry.lo);
                }));
          }
        }
      }
    } else if (vids.size() <= kPairScanLimit) {
      for (size_t i = 0; i < vids.size(); ++i) {
        for (size_t j = i; j < vids.size(); ++j) {
          GEOKG_RETURN_IF_ERROR(store.ScanPair(
              vids[i], vids[j], [&](const keys::PairEntry& e) { return add_edge(e.eid, e.lo); }));
        }
      }
    } else {
      // Pair scans grow with the square of the group (an ego network has thousands of actors);
      // every edge inside the group is an out-edge of one of its members, so one adjacency scan
      // per member finds them all.
      std::sort(vids.begin(), vids.end());
      std::unique_ptr<AdjacencyCursor> cursor = store.NewAdjacencyCursor();
      for (Vid vid : vids) {
        GEOKG_RETURN_IF_ERROR(
            cursor->ScanActorEdges(vid, keys::Direction::kOut, [&](const Store::AdjacencyHit& hit) {
              if (std::binary_search(vids.begin(), vids.end(), hit.entry.other)) {
                add_edge(hit.entry.eid, hit.entry.lo);
              }
              return true;
            }));
      }
    }
  } else {
    GEOKG_RETURN_IF_ERROR(store.ScanTimeline(scan_from, to, [&](const keys::TimelineEntry& e) {
      return e.rel < wanted.size() && wanted[e.rel] ? add_edge(e.eid, e.lo) : true;
    }));
  }

  // The document path has no lo yet; every path may list an edge twice (self-loops, pairs).
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.id < b.id; });
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  if (!filter.doc.empty()) {
    for (Candidate& c : candidates) {
      Edge edge;
      GEOKG_RETURN_IF_ERROR(store.GetEdge(c.id, false, &edge));
      c.lo = edge.time.lo;
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<EdgeId> ids;
  ids.reserve(candidates.size());
  for (const Candidate& c : candidates) ids.push_back(c.id);
  return store.GetEdges(ids, /*with_mentions=*/true, [&](const Edge& edge) {
    return !Matches(edge, filter, among) || fn(edge);
  });
}

}  // namespace geokg
