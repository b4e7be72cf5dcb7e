// graph/keys.h
//
// The store's key layout, one column family per access path. docs/key_format.md describes the
// same layout for readers of the data; the two must agree. All integers that are range-scanned
// are fixed-width big-endian, signed ones sign-flipped, so that RocksDB's bytewise order is the
// numeric order (days before 1970 and before year 1 included).
//
//   CF          key                                                   value
//   default     "schema"                                              magic, version:u32
//               "counter/actor" | "counter/edge"                      count so far:u64
//               "count/mentions" | "count/documents"                  count:u64
//               "reltype/" rel:u16                                    RelationType
//   actors      vid:u64                                               Actor record
//   actor_ids   actor id (string)                                     vid:u64
//   aliases     NameKey(alias) 0x00 vid:u64                           alias text, lang
//   edges       eid:u64                                               Edge record (no mentions)
//   mentions    eid:u64 doc 0x00 sentence+1:u32 begin+1:u32 end+1:u32 rule   Mention record
//   adjacency   vid:u64 dir:u8 rel:u16 lo:i32 other:u64 eid:u64       hi:i32 modality:u8
//   pairs       min:u64 max:u64 lo:i32 rel:u16 eid:u64                source_is_min:u8
//   timeline    lo:i32 rel:u16 eid:u64                                source:u64 target:u64
//   documents   doc id                                                Document record
//   doc_text    doc id                                                the text, NFC, UTF-8
//   doc_edges   doc id 0x00 eid:u64                                   (empty)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/civil_day.h"
#include "graph/actor.h"
#include "graph/edge.h"
#include "graph/relation_type.h"

namespace geokg::keys {

inline constexpr char kMetaCf[] = "default";
inline constexpr char kActorsCf[] = "actors";
inline constexpr char kActorIdsCf[] = "actor_ids";
inline constexpr char kAliasesCf[] = "aliases";
inline constexpr char kEdgesCf[] = "edges";
inline constexpr char kMentionsCf[] = "mentions";
inline constexpr char kAdjacencyCf[] = "adjacency";
inline constexpr char kPairsCf[] = "pairs";
inline constexpr char kTimelineCf[] = "timeline";
inline constexpr char kDocumentsCf[] = "documents";
inline constexpr char kDocTextCf[] = "doc_text";
inline constexpr char kDocEdgesCf[] = "doc_edges";

inline constexpr char kSchemaKey[] = "schema";
inline constexpr char kActorCounterKey[] = "counter/actor";
inline constexpr char kEdgeCounterKey[] = "counter/edge";
inline constexpr char kMentionCountKey[] = "count/mentions";
inline constexpr char kDocumentCountKey[] = "count/documents";
inline constexpr char kRelTypePrefix[] = "reltype/";

// Persisted in adjacency keys: never renumber.
enum class Direction : uint8_t { kOut = 0, kIn = 1 };

std::string U64Key(uint64_t value);  // actors, edges: 8 bytes big-endian
uint64_t DecodeU64Key(std::string_view key);

std::string RelTypeKey(RelTypeId id);
void EncodeRelationType(const RelationType& type, std::string* dst);
bool DecodeRelationType(std::string_view value, RelationType* type);

std::string AliasKey(std::string_view name_key, Vid vid);
std::string AliasPrefix(std::string_view name_key);  // name_key 0x00
bool ParseAliasKey(std::string_view key, Vid* vid);

std::string MentionKey(EdgeId eid, const Mention& mention);

struct AdjacencyEntry {
  Vid vid = 0;
  Direction dir = Direction::kOut;
  RelTypeId rel = 0;
  Day lo = 0;
  Vid other = 0;
  EdgeId eid = 0;
};
inline constexpr size_t kAdjacencyKeySize = 8 + 1 + 2 + 4 + 8 + 8;
// vid, dir, rel: the prefix of one actor's edges of one type in one direction.
inline constexpr size_t kAdjacencyTypePrefixSize = 8 + 1 + 2;
std::string AdjacencyKey(const AdjacencyEntry& entry);
// The first key of (vid, dir, rel) with lo >= `from`.
std::string AdjacencySeekKey(Vid vid, Direction dir, RelTypeId rel, Day from);
bool ParseAdjacencyKey(std::string_view key, AdjacencyEntry* entry);

struct PairEntry {
  Vid min = 0;
  Vid max = 0;
  Day lo = 0;
  RelTypeId rel = 0;
  EdgeId eid = 0;
};
inline constexpr size_t kPairKeySize = 8 + 8 + 4 + 2 + 8;
std::string PairKey(const PairEntry& entry);
std::string PairPrefix(Vid a, Vid b);  // orders a and b itself
bool ParsePairKey(std::string_view key, PairEntry* entry);

struct TimelineEntry {
  Day lo = 0;
  RelTypeId rel = 0;
  EdgeId eid = 0;
};
inline constexpr size_t kTimelineKeySize = 4 + 2 + 8;
std::string TimelineKey(const TimelineEntry& entry);
std::string TimelineSeekKey(Day from);
bool ParseTimelineKey(std::string_view key, TimelineEntry* entry);

std::string DocEdgeKey(std::string_view doc, EdgeId eid);
std::string DocEdgePrefix(std::string_view doc);
bool ParseDocEdgeKey(std::string_view key, EdgeId* eid);

}  // namespace geokg::keys
