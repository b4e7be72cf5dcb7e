#include "ingest/feeds/feed_loader.h"

#include "ingest/feeds/feed_actors.h"

namespace geokg {

Status FeedLoader::EnsureActor(const FeedActor& resolved, const Mention& evidence,
                               std::string_view written_as, std::string* id,
                               std::vector<AddEdgeResult>* results) {
  Vid vid;
  GEOKG_RETURN_IF_ERROR(writer_->UpsertActor(resolved.actor, &vid));
  if (!resolved.affiliated_with.empty()) {
    const Country* country = countries_.FindByIso3(resolved.affiliated_with.substr(8));
    if (country != nullptr && countries_stored_.insert(country->iso3).second) {
      GEOKG_RETURN_IF_ERROR(writer_->UpsertActor(country->ToActor(), &vid));
    }
    // The affiliation is read off the actor's name or code, so the row that named it is the
    // evidence.
    Edge affiliation;
    affiliation.kind = EdgeKind::kRelation;
    affiliation.relation = "affiliated_with";
    affiliation.source = resolved.actor.id;
    affiliation.target = resolved.affiliated_with;
    affiliation.confidence = kFeedConfidence;
    Mention m = evidence;
    m.text = std::string(written_as);
    m.rule = evidence.rule + ".role";
    m.attributes.clear();
    affiliation.mentions.push_back(std::move(m));
    AddEdgeResult result;
    GEOKG_RETURN_IF_ERROR(writer_->AddEdge(std::move(affiliation), &result));
    results->push_back(result);
  }
  *id = resolved.actor.id;
  return Status::OK();
}

Status FeedLoader::IcewsActor(std::string_view name, const Mention& evidence, std::string* id,
                              std::vector<AddEdgeResult>* results) {
  auto it = icews_ids_.find(name);
  if (it != icews_ids_.end()) {
    *id = it->second;
    return Status::OK();
  }
  GEOKG_RETURN_IF_ERROR(EnsureActor(ResolveIcewsActor(name, countries_, ActorDictionary::BuiltIn()),
                                    evidence, name, id, results));
  icews_ids_.emplace(std::string(name), *id);
  return Status::OK();
}

Status FeedLoader::GdeltActor(const GdeltActorFields& fields, const Mention& evidence,
                              std::string* id, std::vector<AddEdgeResult>* results) {
  std::string key(fields.code);
  key.append("\t").append(fields.country).append("\t").append(fields.known_group);
  key.append("\t").append(fields.type);
  auto it = gdelt_ids_.find(key);
  if (it != gdelt_ids_.end()) {
    *id = it->second;
    return Status::OK();
  }
  GEOKG_RETURN_IF_ERROR(EnsureActor(
      ResolveGdeltActor(fields, countries_, CameoActorCodes::BuiltIn(), ActorDictionary::BuiltIn()),
      evidence, fields.code, id, results));
  gdelt_ids_.emplace(std::move(key), *id);
  return Status::OK();
}

Status FeedLoader::AddEvent(std::string source, std::string target, const CameoCode& code, Day day,
                            const Mention& mention, std::vector<AddEdgeResult>* results) {
  Edge edge;
  edge.kind = EdgeKind::kEvent;
  edge.relation = code.relation;
  edge.cameo = code.code;
  edge.label = code.name;
  edge.source = std::move(source);
  edge.target = std::move(target);
  edge.time.value = FormatIsoDay(day);
  edge.time.lo = edge.time.hi = day;
  edge.time.precision = Precision::kDay;
  edge.confidence = kFeedConfidence;
  edge.mentions.push_back(mention);
  AddEdgeResult result;
  GEOKG_RETURN_IF_ERROR(writer_->AddEdge(std::move(edge), &result));
  results->push_back(result);
  return Status::OK();
}

Status FeedLoader::AddIcewsEvent(const FeedEvent& event, std::vector<AddEdgeResult>* results) {
  std::string source, target;
  GEOKG_RETURN_IF_ERROR(IcewsActor(event.source, event.mention, &source, results));
  GEOKG_RETURN_IF_ERROR(IcewsActor(event.target, event.mention, &target, results));
  return AddEvent(std::move(source), std::move(target), *event.code, event.day, event.mention,
                  results);
}

Status FeedLoader::AddGdeltEvent(const GdeltRow& row, const Mention& mention,
                                 std::vector<AddEdgeResult>* results) {
  std::string source, target;
  GEOKG_RETURN_IF_ERROR(GdeltActor(row.actor1, mention, &source, results));
  GEOKG_RETURN_IF_ERROR(GdeltActor(row.actor2, mention, &target, results));
  return AddEvent(std::move(source), std::move(target), *row.code, row.day, mention, results);
}

}  // namespace geokg
