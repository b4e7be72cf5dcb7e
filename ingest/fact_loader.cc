#include "ingest/fact_loader.h"

#include <vector>

namespace geokg {
namespace {

// Resolves a string reference against the writer and the objects of the same record.
Status ResolveText(GraphWriter* writer, const FactRecord& record, std::string_view field,
                   const std::string& text, std::string* id) {
  const auto defined_here = [&](const std::string& candidate) {
    for (const ActorRef* ref : {&record.source, &record.target}) {
      if (ref->actor && ref->actor->id == candidate) return true;
    }
    return record.attributed_to && record.attributed_to->actor &&
           record.attributed_to->actor->id == candidate;
  };
  if (ValidateActorId(text).empty()) {
    Vid vid;
    Status s = writer->LookupActor(text, &vid, nullptr);
    if (s.ok() || defined_here(text)) {
      *id = text;
      return Status::OK();
    }
    if (!s.IsNotFound()) return s;
    return Status::NotFound("field " + std::string(field) + ": unknown actor id '" + text +
                            "' (give an object with id, name and type to create it)");
  }
  std::vector<std::string> ids;
  GEOKG_RETURN_IF_ERROR(writer->LookupName(text, &ids));
  if (ids.empty()) {
    return Status::NotFound("field " + std::string(field) + ": no actor is called '" + text +
                            "' (give an object with id, name and type to create it)");
  }
  if (ids.size() > 1) {
    std::string list;
    for (const std::string& candidate : ids) list += (list.empty() ? "" : ", ") + candidate;
    return Status::InvalidArgument("field " + std::string(field) + ": '" + text +
                                   "' is ambiguous: " + list);
  }
  *id = ids.front();
  return Status::OK();
}

Status ResolveRef(GraphWriter* writer, const FactRecord& record, std::string_view field,
                  const ActorRef& ref, std::string* id) {
  if (!ref.actor) return ResolveText(writer, record, field, ref.text, id);
  *id = ref.actor->id;
  if (!ref.actor->name.empty()) return Status::OK();
  // A bare {"id": ...} object refers to an existing actor.
  Vid vid;
  Status s = writer->LookupActor(ref.actor->id, &vid, nullptr);
  if (s.IsNotFound()) {
    return Status::NotFound("field " + std::string(field) + ".name: missing for new actor " +
                            ref.actor->id);
  }
  return s;
}

}  // namespace

Status StoreFact(GraphWriter* writer, FactRecord record, AddEdgeResult* result) {
  Edge& edge = record.edge;
  GEOKG_RETURN_IF_ERROR(ResolveRef(writer, record, "source", record.source, &edge.source));
  GEOKG_RETURN_IF_ERROR(ResolveRef(writer, record, "target", record.target, &edge.target));
  if (record.attributed_to) {
    GEOKG_RETURN_IF_ERROR(
        ResolveRef(writer, record, "attributed_to", *record.attributed_to, &edge.attributed_to));
  }
  for (const ActorRef* ref :
       {&record.source, &record.target, record.attributed_to ? &*record.attributed_to : nullptr}) {
    if (ref == nullptr || !ref->actor || ref->actor->name.empty()) continue;
    Vid vid;
    GEOKG_RETURN_IF_ERROR(writer->UpsertActor(*ref->actor, &vid));
  }
  return writer->AddEdge(edge, result);
}

}  // namespace geokg
