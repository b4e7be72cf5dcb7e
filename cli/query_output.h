// cli/query_output.h
//
// Output pieces the graph query commands (path, neighbors, timeline, rank) share: actors by
// vertex number, an edge's time as an analyst reads it, a hop with its evidence, and a path as
// JSON. The shapes are documented in docs/cli.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "export/edge_json.h"
#include "graph/store.h"
#include "query/neighbor_source.h"

namespace geokg::cli {

// Looks actors up by vertex number once.
class VidActors {
 public:
  explicit VidActors(const Store* store) : store_(store) {}
  // The actor; a placeholder named "vid:N" if it cannot be read.
  const Actor& Get(Vid vid);

 private:
  const Store* store_;
  std::map<Vid, Actor> actors_;
};

// "2023-04-04", "2023-04 (month)", "2020/.. (year)", "unknown"
std::string TimeText(const EventTime& time);

// The distinct documents of an edge's mentions, in order of first appearance.
std::vector<std::string> Sources(const Edge& edge);

// "Japan -[meet 040]-> India" or, walking against the edge, "Japan <-[meet 040]- India".
std::string HopText(const Edge& edge, bool forward, const std::string& from_name,
                    const std::string& to_name);

// Up to `max` indented mention lines ("      doc s3 \"text\""), then "... and N more".
std::string MentionLines(const Edge& edge, size_t max, const std::string& indent);

// One path (or journey, when `days` is given) as
// {"length", "arrival", "hops": [{"from", "to", "forward", "day", "edge"}]}.
void WritePathJson(const Path& path, const std::vector<Edge>& edges, const std::vector<Day>* days,
                   VidActors* vids, ActorCache* actors, JsonWriter* w);

// A day as "YYYY-MM-DD", or null for an open bound.
void WriteDayJson(Day day, JsonWriter* w);

}  // namespace geokg::cli
