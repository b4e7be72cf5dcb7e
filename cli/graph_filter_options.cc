#include "cli/graph_filter_options.h"

#include "cli/command.h"

namespace geokg::cli {

void AddFilterOptions(CLI::App* cmd, FilterArgs* args, bool with_direction) {
  cmd->add_option("--relation", args->relations,
                  "follow only edges of this relation name (meet, member_of) or CAMEO code "
                  "prefix (04, 042) (repeatable; default: all)");
  cmd->add_option("--modality", args->modalities,
                  "asserted, planned, intended, reported, claimed, denied, negated or "
                  "hypothetical (repeatable; default: asserted and reported)");
  cmd->add_option("--from", args->from, "window start: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--to", args->to, "window end: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)");
  cmd->add_option("--overlap", args->overlap,
                  "possibly (default: the edge's [lo, hi] overlaps the window) or certainly "
                  "([lo, hi] lies inside it)");
  cmd->add_option("--actor-type", args->actor_types,
                  "country, organization, alliance, person, media, location or group: only "
                  "actors of these types (repeatable; the actors named are always kept)");
  if (with_direction) {
    cmd->add_flag("--directed", args->directed,
                  "follow edges only from source to target (symmetric relations such as meet "
                  "both ways); default: both ways");
  }
}

Status ToGraphFilter(const FilterArgs& args, GraphFilter* filter) {
  *filter = GraphFilter();
  filter->relations = args.relations;
  GEOKG_RETURN_IF_ERROR(ParseModalities(args.modalities, &filter->modalities));
  GEOKG_RETURN_IF_ERROR(ParseWindow(args.from, args.to, &filter->from, &filter->to));
  if (args.overlap == "possibly") {
    filter->overlap = Overlap::kPossibly;
  } else if (args.overlap == "certainly") {
    filter->overlap = Overlap::kCertainly;
  } else {
    return Status::InvalidArgument("--overlap " + args.overlap +
                                   ": expected possibly or certainly");
  }
  for (const std::string& t : args.actor_types) {
    std::optional<ActorType> type = ParseActorType(t);
    if (!type) return Status::InvalidArgument("--actor-type " + t + ": unknown actor type");
    filter->actor_types.push_back(*type);
  }
  filter->directed = args.directed;
  return Status::OK();
}

}  // namespace geokg::cli
