// graph/edge.h
//
// An edge is one fact between two actors: an event (something happened, CAMEO-coded) or a
// relation (a state holding over an interval: member_of, holds_role, ...). It carries its valid
// time, its modality, who asserts it, and the mentions that support it: every document, sentence
// and character span it was read from. One fact reported by several documents is one edge with
// several mentions.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/event_time.h"
#include "graph/modality.h"

namespace geokg {

// Dense edge number, assigned in order of creation; never reused. Printed as "edge:<n>".
using EdgeId = uint64_t;

// Persisted as one byte: never renumber, only append.
enum class EdgeKind : uint8_t {
  kEvent = 0,
  kRelation = 1,
};

std::string_view EdgeKindName(EdgeKind kind);
std::optional<EdgeKind> ParseEdgeKind(std::string_view name);

// "edge:42"; ParseEdgeId accepts that form or the bare number.
std::string FormatEdgeId(EdgeId id);
std::optional<EdgeId> ParseEdgeId(std::string_view text);

// Where a fact was read. Offsets count Unicode code points from the start of the document text,
// so that they index the text the same way in every language binding. Feed rows have no
// sentence or span: those fields are nullopt.
struct Mention {
  std::string doc;
  std::optional<uint32_t> sentence;
  std::optional<uint32_t> begin;
  std::optional<uint32_t> end;
  std::string text;  // the evidence as written
  std::string rule;  // the extraction rule or feed that produced it
  double confidence = 1.0;
  int64_t ingested_at = 0;  // system time, seconds since the Unix epoch
  // Source-specific extras, e.g. "url", "num_mentions" for GDELT rows.
  std::map<std::string, std::string> attributes;

  friend bool operator==(const Mention&, const Mention&) = default;
};

// Intentionally copyable value type.
struct Edge {
  EdgeId id = 0;  // 0 until stored
  EdgeKind kind = EdgeKind::kEvent;
  std::string relation;  // machine name: "meet", "criticize", "member_of"
  std::string cameo;     // CAMEO code as a string ("040"); empty for relations
  std::string label;
  std::string source;  // actor ids
  std::string target;
  EventTime time;
  Modality modality = Modality::kAsserted;
  std::string attributed_to;  // actor id, empty when the edge is nobody's claim in particular
  double confidence = 1.0;
  int64_t ingested_at = 0;  // system time of the first mention, seconds since the Unix epoch
  std::vector<Mention> mentions;

  friend bool operator==(const Edge&, const Edge&) = default;
};

// The confidence of an edge given its own and its mentions' confidence: independent mentions
// corroborate one another (noisy-or), so two 0.6 mentions give 0.84.
double CombinedConfidence(const Edge& edge);

}  // namespace geokg
