// cli/edge_filter_options.h
//
// The edge selection options that `edges` and `export` share (docs/cli.md): --actor, --relation,
// --from, --to, --doc and --modality, registered in one place so that the two commands select
// the same edges for the same arguments.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/store.h"
#include "query/edge_query.h"

namespace geokg::cli {

struct EdgeFilterArgs {
  std::vector<std::string> actors;
  std::vector<std::string> relations;
  std::string from;
  std::string to;
  std::string doc;
  std::vector<std::string> modalities;
};

void AddEdgeFilterOptions(CLI::App* cmd, EdgeFilterArgs* args);

// Checks and converts everything but the actors; InvalidArgument names the option at fault.
Status ToEdgeFilter(const EdgeFilterArgs& args, EdgeFilter* filter);

// Resolves the --actor arguments (ids, names, aliases) in `store` into filter->actors; an
// unknown or ambiguous actor is the resolver's error.
Status ResolveFilterActors(const EdgeFilterArgs& args, const Store& store, EdgeFilter* filter);

}  // namespace geokg::cli
