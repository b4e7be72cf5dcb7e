#include "ingest/feeds/feed_loader.h"

#include "ingest/feeds/feed_actors.h"

namespace geokg {

Status FeedLoader::IcewsActor(std::string_view name, const Mention& evidence, std::string* id,
                              std::vector<AddEdgeResult>* results) {
  auto it = ids_.find(std::string(name));
  if (it != ids_.end()) {
    *id = it->second;
    return Status::OK();
  }
  FeedActor resolved = ResolveIcewsActor(name, countries_);
  Vid vid;
  GEOKG_RETURN_IF_ERROR(writer_->UpsertActor(resolved.actor, &vid));
  if (!resolved.affiliated_with.empty()) {
    const Country* country = countries_.FindByIso3(resolved.affiliated_with.substr(8));
    if (country != nullptr) GEOKG_RETURN_IF_ERROR(writer_->UpsertActor(country->ToActor(), &vid));
    // The affiliation is read off the actor's name, so the row that named it is the evidence.
    Edge affiliation;
    affiliation.kind = EdgeKind::kRelation;
    affiliation.relation = "affiliated_with";
    affiliation.source = resolved.actor.id;
    affiliation.target = resolved.affiliated_with;
    affiliation.confidence = kFeedConfidence;
    Mention m = evidence;
    m.text = std::string(name);
    m.rule = evidence.rule + ".role";
    affiliation.mentions.push_back(std::move(m));
    AddEdgeResult result;
    GEOKG_RETURN_IF_ERROR(writer_->AddEdge(std::move(affiliation), &result));
    results->push_back(result);
  }
  *id = resolved.actor.id;
  ids_.emplace(std::string(name), resolved.actor.id);
  return Status::OK();
}

Status FeedLoader::AddIcewsEvent(const FeedEvent& event, std::vector<AddEdgeResult>* results) {
  Edge edge;
  edge.kind = EdgeKind::kEvent;
  edge.relation = event.code->relation;
  edge.cameo = event.code->code;
  edge.label = event.code->name;
  GEOKG_RETURN_IF_ERROR(IcewsActor(event.source, event.mention, &edge.source, results));
  GEOKG_RETURN_IF_ERROR(IcewsActor(event.target, event.mention, &edge.target, results));
  edge.time.value = FormatIsoDay(event.day);
  edge.time.lo = edge.time.hi = event.day;
  edge.time.precision = Precision::kDay;
  edge.confidence = kFeedConfidence;
  edge.mentions.push_back(event.mention);
  AddEdgeResult result;
  GEOKG_RETURN_IF_ERROR(writer_->AddEdge(std::move(edge), &result));
  results->push_back(result);
  return Status::OK();
}

}  // namespace geokg
