// export/edge_json.h
//
// The JSON shapes of the command-line contract (docs/cli.md): an edge as `edges --json` prints
// it and `ingest --format facts` reads it back, and an actor as `actors --json` prints it.
//
//   edge:  {id, kind, relation, cameo, label, source, target,
//           time{value, mod, lo, hi, precision, text, anchor}, modality, attributed_to,
//           confidence, mentions[{doc, sentence, begin, end, text, rule, confidence,
//           attributes?}], ingested_at}
//   actor in an edge: {id, name, type, codes}, plus aliases[{text, lang}] at the actor's first
//                     occurrence in one output when it has any, so that a facts round trip
//                     keeps them without repeating them on every edge
//   actor:  {id, name, type, codes, aliases[{text, lang}]}
// Absent values are JSON null, never omitted, so consumers can rely on every key.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <set>
#include <string>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/store.h"

namespace geokg {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Looks actors up by id once and remembers them; printing edges names the same actors often.
class ActorCache {
 public:
  explicit ActorCache(const Store* store) : store_(store) {}
  // The actor with `id`; a placeholder named after the id if it is missing from the store.
  const Actor& Get(const std::string& id);
  // True the first time it is asked about `id`: that occurrence carries the actor's aliases.
  bool FirstMention(const std::string& id) { return mentioned_.insert(id).second; }

 private:
  const Store* store_;
  std::map<std::string, Actor> actors_;
  std::set<std::string> mentioned_;
};

void WriteActorRefJson(const Actor& actor, bool with_aliases, JsonWriter* out);
void WriteActorJson(const Actor& actor, JsonWriter* out);
void WriteEdgeJson(const Edge& edge, ActorCache* actors, JsonWriter* out);

// "2026-11-28T02:01:18Z"
std::string FormatTimestamp(int64_t seconds_since_epoch);

}  // namespace geokg
