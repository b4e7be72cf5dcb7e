// ingest/fact_parser.h
//
// Parses one line of the `facts` format: one edge as a JSON object in exactly the shape that
// `geokg edges --json` prints for it (docs/cli.md), so that edges --json | ingest --format
// facts is a lossless backup and migration path. Actors may be given as objects (id, name,
// type, codes, aliases), as ids ("country:JPN") or as names and aliases ("Japan").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/edge.h"

namespace geokg {

// An actor as a fact names it, before resolution against the store.
struct ActorRef {
  std::string text;            // the id or name given
  std::optional<Actor> actor;  // the full description, when given as an object
};

struct FactRecord {
  Edge edge;  // source, target and attributed_to are empty until resolved
  ActorRef source;
  ActorRef target;
  std::optional<ActorRef> attributed_to;
};

// Parses and validates one facts line. Errors are InvalidArgument or Corruption with a message
// that starts with the offending field, e.g. "field time.value: month must be 01..12".
Status ParseFact(std::string_view line, FactRecord* record);

// Checks a document id as used by mentions and documents: non-empty, at most 1024 bytes, no
// control characters (NUL would break the key layout). Returns why not, or "".
std::string ValidateDocumentId(std::string_view id);

}  // namespace geokg
