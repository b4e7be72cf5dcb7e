#include "query/actor_resolver.h"

namespace geokg {

Status ResolveActor(const Store& store, std::string_view text, Actor* actor, Vid* vid) {
  Status by_id = store.GetActor(text, actor, vid);
  if (!by_id.IsNotFound()) return by_id;
  std::vector<Vid> vids;
  GEOKG_RETURN_IF_ERROR(store.FindActorsByName(text, &vids));
  if (vids.empty()) return Status::NotFound("unknown actor '" + std::string(text) + "'");
  if (vids.size() == 1) {
    *vid = vids.front();
    return store.GetActorByVid(*vid, actor);
  }
  std::string candidates;
  for (Vid candidate : vids) {
    Actor a;
    GEOKG_RETURN_IF_ERROR(store.GetActorByVid(candidate, &a));
    candidates += "\n  " + a.id + " (" + a.name + ")";
  }
  std::string message = "'";
  message.append(text);
  message.append("' names ").append(std::to_string(vids.size()));
  message.append(" actors; give one of these ids:").append(candidates);
  return Status::InvalidArgument(message);
}

}  // namespace geokg
