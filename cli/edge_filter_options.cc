#include "cli/edge_filter_options.h"

#include <optional>

#include "cli/command.h"
#include "query/actor_resolver.h"

namespace geokg::cli {

void AddEdgeFilterOptions(CLI::App* cmd, EdgeFilterArgs* args) {
  cmd->add_option("--actor", args->actors,
                  "an actor id, name or alias; once: its edges; twice or more: the edges "
                  "between them (repeatable)");
  cmd->add_option("--relation", args->relations,
                  "a relation name (meet, member_of) or CAMEO code prefix (04, 042) (repeatable)");
  cmd->add_option("--from", args->from, "window start: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--to", args->to, "window end: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)");
  cmd->add_option("--doc", args->doc, "only edges with a mention in this document");
  cmd->add_option("--modality", args->modalities,
                  "asserted, planned, intended, reported, claimed, denied, negated or "
                  "hypothetical (repeatable; default: all)");
}

Status ToEdgeFilter(const EdgeFilterArgs& args, EdgeFilter* filter) {
  filter->relations = args.relations;
  filter->doc = args.doc;
  GEOKG_RETURN_IF_ERROR(ParseModalities(args.modalities, &filter->modalities));
  GEOKG_RETURN_IF_ERROR(ParseWindow(args.from, args.to, &filter->from, &filter->to));
  return Status::OK();
}

Status ResolveFilterActors(const EdgeFilterArgs& args, const Store& store, EdgeFilter* filter) {
  for (const std::string& text : args.actors) {
    Actor actor;
    Vid vid;
    GEOKG_RETURN_IF_ERROR(ResolveActor(store, text, &actor, &vid));
    filter->actors.push_back(actor.id);
  }
  return Status::OK();
}

}  // namespace geokg::cli
