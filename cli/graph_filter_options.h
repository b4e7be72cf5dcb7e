// cli/graph_filter_options.h
//
// The filter options that path, neighbors, timeline and rank share (docs/cli.md, "Graph
// filters"), registered in one place so that their names, defaults and help texts agree.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "common/status.h"
#include "query/graph_filter.h"

namespace geokg::cli {

struct FilterArgs {
  std::vector<std::string> relations;
  std::vector<std::string> modalities;
  std::string from;
  std::string to;
  std::string overlap = "possibly";
  std::vector<std::string> actor_types;
  bool directed = false;
};

// Adds --relation, --modality, --from, --to, --overlap, --actor-type and, when
// `with_direction`, --directed.
void AddFilterOptions(CLI::App* cmd, FilterArgs* args, bool with_direction);

// Checks and converts; InvalidArgument names the option at fault.
Status ToGraphFilter(const FilterArgs& args, GraphFilter* filter);

}  // namespace geokg::cli
