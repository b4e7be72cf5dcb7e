#include "graph/keys.h"

#include "common/coding.h"

namespace geokg::keys {
namespace {

// Optional offsets sort as value + 1 so that "none" (0) comes first.
uint32_t OptionalSortValue(const std::optional<uint32_t>& value) { return value ? *value + 1 : 0; }

}  // namespace

std::string U64Key(uint64_t value) {
  std::string key;
  PutFixed64BE(&key, value);
  return key;
}

uint64_t DecodeU64Key(std::string_view key) {
  return key.size() >= 8 ? DecodeFixed64BE(key.data()) : 0;
}

std::string RelTypeKey(RelTypeId id) {
  std::string key(kRelTypePrefix);
  PutFixed16BE(&key, id);
  return key;
}

void EncodeRelationType(const RelationType& type, std::string* dst) {
  dst->push_back(1);  // format
  PutVarint64(dst, type.id);
  PutLengthPrefixed(dst, type.relation);
  PutLengthPrefixed(dst, type.cameo);
  dst->push_back(static_cast<char>(type.kind));
  dst->push_back(type.symmetric ? 1 : 0);
  PutVarsint64(dst, type.max_span_days);
}

bool DecodeRelationType(std::string_view value, RelationType* type) {
  ByteReader in(value);
  uint8_t format = 0, kind = 0, symmetric = 0;
  uint64_t id = 0;
  const bool ok = in.GetByte(&format) && format == 1 && in.GetVarint64(&id) && id <= UINT16_MAX &&
                  in.GetLengthPrefixed(&type->relation) && in.GetLengthPrefixed(&type->cameo) &&
                  in.GetByte(&kind) && kind <= 1 && in.GetByte(&symmetric) &&
                  in.GetVarsint64(&type->max_span_days) && in.empty();
  type->id = static_cast<RelTypeId>(id);
  type->kind = static_cast<EdgeKind>(kind);
  type->symmetric = symmetric != 0;
  return ok;
}

std::string AliasPrefix(std::string_view name_key) {
  std::string key(name_key);
  key.push_back('\0');
  return key;
}

std::string AliasKey(std::string_view name_key, Vid vid) {
  std::string key = AliasPrefix(name_key);
  PutFixed64BE(&key, vid);
  return key;
}

bool ParseAliasKey(std::string_view key, Vid* vid) {
  if (key.size() < 9 || key[key.size() - 9] != '\0') return false;
  *vid = DecodeFixed64BE(key.data() + key.size() - 8);
  return true;
}

std::string MentionKey(EdgeId eid, const Mention& mention) {
  std::string key = U64Key(eid);
  key.append(mention.doc);
  key.push_back('\0');
  PutFixed32BE(&key, OptionalSortValue(mention.sentence));
  PutFixed32BE(&key, OptionalSortValue(mention.begin));
  PutFixed32BE(&key, OptionalSortValue(mention.end));
  key.append(mention.rule);
  return key;
}

std::string AdjacencySeekKey(Vid vid, Direction dir, RelTypeId rel, Day from) {
  std::string key;
  key.reserve(kAdjacencyKeySize);
  PutFixed64BE(&key, vid);
  key.push_back(static_cast<char>(dir));
  PutFixed16BE(&key, rel);
  PutOrderedInt32(&key, from);
  return key;
}

std::string AdjacencyKey(const AdjacencyEntry& e) {
  std::string key = AdjacencySeekKey(e.vid, e.dir, e.rel, e.lo);
  PutFixed64BE(&key, e.other);
  PutFixed64BE(&key, e.eid);
  return key;
}

bool ParseAdjacencyKey(std::string_view key, AdjacencyEntry* e) {
  if (key.size() != kAdjacencyKeySize) return false;
  const char* p = key.data();
  e->vid = DecodeFixed64BE(p);
  e->dir = static_cast<Direction>(p[8]);
  e->rel = DecodeFixed16BE(p + 9);
  e->lo = DecodeOrderedInt32(p + 11);
  e->other = DecodeFixed64BE(p + 15);
  e->eid = DecodeFixed64BE(p + 23);
  return static_cast<uint8_t>(p[8]) <= 1;
}

std::string PairPrefix(Vid a, Vid b) {
  std::string key;
  key.reserve(kPairKeySize);
  PutFixed64BE(&key, a < b ? a : b);
  PutFixed64BE(&key, a < b ? b : a);
  return key;
}

std::string PairKey(const PairEntry& e) {
  std::string key = PairPrefix(e.min, e.max);
  PutOrderedInt32(&key, e.lo);
  PutFixed16BE(&key, e.rel);
  PutFixed64BE(&key, e.eid);
  return key;
}

bool ParsePairKey(std::string_view key, PairEntry* e) {
  if (key.size() != kPairKeySize) return false;
  const char* p = key.data();
  e->min = DecodeFixed64BE(p);
  e->max = DecodeFixed64BE(p + 8);
  e->lo = DecodeOrderedInt32(p + 16);
  e->rel = DecodeFixed16BE(p + 20);
  e->eid = DecodeFixed64BE(p + 22);
  return true;
}

std::string TimelineSeekKey(Day from) {
  std::string key;
  key.reserve(kTimelineKeySize);
  PutOrderedInt32(&key, from);
  return key;
}

std::string TimelineKey(const TimelineEntry& e) {
  std::string key = TimelineSeekKey(e.lo);
  PutFixed16BE(&key, e.rel);
  PutFixed64BE(&key, e.eid);
  return key;
}

bool ParseTimelineKey(std::string_view key, TimelineEntry* e) {
  if (key.size() != kTimelineKeySize) return false;
  e->lo = DecodeOrderedInt32(key.data());
  e->rel = DecodeFixed16BE(key.data() + 4);
  e->eid = DecodeFixed64BE(key.data() + 6);
  return true;
}

std::string DocEdgePrefix(std::string_view doc) {
  std::string key(doc);
  key.push_back('\0');
  return key;
}

std::string DocEdgeKey(std::string_view doc, EdgeId eid) {
  std::string key = DocEdgePrefix(doc);
  PutFixed64BE(&key, eid);
  return key;
}

bool ParseDocEdgeKey(std::string_view key, EdgeId* eid) {
  if (key.size() < 9 || key[key.size() - 9] != '\0') return false;
  *eid = DecodeFixed64BE(key.data() + key.size() - 8);
  return true;
}

}  // namespace geokg::keys
