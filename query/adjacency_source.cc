#include "query/adjacency_source.h"

namespace geokg {

Status StoreAdjacencySource::TypeOk(Vid v, bool* ok) {
  auto it = type_ok_.find(v);
  if (it != type_ok_.end()) {
    *ok = it->second;
    return Status::OK();
  }
  Actor actor;
  GEOKG_RETURN_IF_ERROR(store_->GetActorByVid(v, &actor));
  *ok = filter_->WantsActorType(actor.type);
  type_ok_.emplace(v, *ok);
  return Status::OK();
}

Status StoreAdjacencySource::Neighbors(Vid v, Side side, std::vector<Hop>* hops) {
  hops->clear();
  const bool directed = filter_->directed();
  const Day scan_from = filter_->ScanFrom();
  GEOKG_RETURN_IF_ERROR(cursor_->ScanAllEdges(v, [&](const Store::AdjacencyHit& hit) {
    const keys::AdjacencyEntry& e = hit.entry;
    if (e.lo < scan_from) return true;
    if (!filter_->Accepts(e.rel, hit.modality, e.lo, hit.hi)) return true;
    const bool out = e.dir == keys::Direction::kOut;
    // Directed: the direction this side follows, plus symmetric types from the other one.
    const bool natural = out == (side == Side::kForward);
    if (directed && !natural && !filter_->IsSymmetric(e.rel)) return true;
    hops->push_back(Hop{e.other, e.eid, e.rel, e.lo, hit.hi, out});
    return true;
  }));
  if (!filter_->HasActorTypes()) return Status::OK();
  size_t kept = 0;
  for (const Hop& h : *hops) {
    bool ok = false;
    GEOKG_RETURN_IF_ERROR(TypeOk(h.to, &ok));
    if (ok) (*hops)[kept++] = h;
  }
  hops->resize(kept);
  return Status::OK();
}

}  // namespace geokg
