#include "graph/record_codec.h"

#include "common/coding.h"

namespace geokg {
namespace {

constexpr uint8_t kFormatV1 = 1;

// Optional values are stored as value + 1, with 0 meaning absent.
void PutOptional(std::string* dst, const std::optional<uint32_t>& value) {
  PutVarint64(dst, value ? uint64_t{*value} + 1 : 0);
}

bool GetOptional(ByteReader* in, std::optional<uint32_t>* value) {
  uint64_t raw;
  if (!in->GetVarint64(&raw) || raw > uint64_t{UINT32_MAX} + 1) return false;
  *value = raw == 0 ? std::nullopt : std::optional<uint32_t>(static_cast<uint32_t>(raw - 1));
  return true;
}

void PutOptionalDay(std::string* dst, const std::optional<Day>& day) {
  dst->push_back(day ? 1 : 0);
  if (day) PutVarsint64(dst, *day);
}

bool GetOptionalDay(ByteReader* in, std::optional<Day>* day) {
  uint8_t present;
  if (!in->GetByte(&present)) return false;
  if (present == 0) {
    day->reset();
    return true;
  }
  int64_t value;
  if (!in->GetVarsint64(&value) || value < INT32_MIN || value > INT32_MAX) return false;
  *day = static_cast<Day>(value);
  return true;
}

bool GetDay(ByteReader* in, Day* day) {
  int64_t value;
  if (!in->GetVarsint64(&value) || value < INT32_MIN || value > INT32_MAX) return false;
  *day = static_cast<Day>(value);
  return true;
}

void PutStringMap(std::string* dst, const std::map<std::string, std::string>& map) {
  PutVarint64(dst, map.size());
  for (const auto& [key, value] : map) {
    PutLengthPrefixed(dst, key);
    PutLengthPrefixed(dst, value);
  }
}

bool GetStringMap(ByteReader* in, std::map<std::string, std::string>* map) {
  uint64_t count;
  if (!in->GetVarint64(&count)) return false;
  map->clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::string key, value;
    if (!in->GetLengthPrefixed(&key) || !in->GetLengthPrefixed(&value)) return false;
    map->emplace(std::move(key), std::move(value));
  }
  return true;
}

bool CheckFormat(ByteReader* in) {
  uint8_t format;
  return in->GetByte(&format) && format == kFormatV1;
}

Status Check(const ByteReader& in, bool ok, std::string_view what) {
  if (!ok || in.failed() || !in.empty()) {
    return Status::Corruption("malformed " + std::string(what) + " record in the store");
  }
  return Status::OK();
}

}  // namespace

void EncodeActor(const Actor& actor, std::string* dst) {
  dst->push_back(static_cast<char>(kFormatV1));
  PutLengthPrefixed(dst, actor.id);
  PutLengthPrefixed(dst, actor.name);
  dst->push_back(static_cast<char>(actor.type));
  PutStringMap(dst, actor.codes);
  PutVarint64(dst, actor.aliases.size());
  for (const Alias& alias : actor.aliases) {
    PutLengthPrefixed(dst, alias.text);
    PutLengthPrefixed(dst, alias.lang);
  }
}

Status DecodeActor(std::string_view input, Actor* actor) {
  ByteReader in(input);
  uint8_t type = 0;
  uint64_t alias_count = 0;
  bool ok = CheckFormat(&in) && in.GetLengthPrefixed(&actor->id) &&
            in.GetLengthPrefixed(&actor->name) && in.GetByte(&type) &&
            type <= static_cast<uint8_t>(ActorType::kGroup) && GetStringMap(&in, &actor->codes) &&
            in.GetVarint64(&alias_count);
  actor->type = static_cast<ActorType>(type);
  actor->aliases.clear();
  for (uint64_t i = 0; ok && i < alias_count; ++i) {
    Alias alias;
    ok = in.GetLengthPrefixed(&alias.text) && in.GetLengthPrefixed(&alias.lang);
    if (ok) actor->aliases.push_back(std::move(alias));
  }
  return Check(in, ok, "actor");
}

void EncodeEdgeRecord(const Edge& edge, std::string* dst) {
  dst->push_back(static_cast<char>(kFormatV1));
  PutVarint64(dst, edge.id);
  dst->push_back(static_cast<char>(edge.kind));
  PutLengthPrefixed(dst, edge.relation);
  PutLengthPrefixed(dst, edge.cameo);
  PutLengthPrefixed(dst, edge.label);
  PutLengthPrefixed(dst, edge.source);
  PutLengthPrefixed(dst, edge.target);
  PutLengthPrefixed(dst, edge.time.value);
  dst->push_back(static_cast<char>(edge.time.mod));
  PutVarsint64(dst, edge.time.lo);
  PutVarsint64(dst, edge.time.hi);
  dst->push_back(static_cast<char>(edge.time.precision));
  PutLengthPrefixed(dst, edge.time.text);
  PutOptionalDay(dst, edge.time.anchor);
  dst->push_back(static_cast<char>(edge.modality));
  PutLengthPrefixed(dst, edge.attributed_to);
  PutDouble(dst, edge.confidence);
  PutVarsint64(dst, edge.ingested_at);
}

Status DecodeEdgeRecord(std::string_view input, Edge* edge) {
  ByteReader in(input);
  uint8_t kind = 0, mod = 0, precision = 0, modality = 0;
  const bool ok = CheckFormat(&in) && in.GetVarint64(&edge->id) && in.GetByte(&kind) &&
                  kind <= static_cast<uint8_t>(EdgeKind::kRelation) &&
                  in.GetLengthPrefixed(&edge->relation) && in.GetLengthPrefixed(&edge->cameo) &&
                  in.GetLengthPrefixed(&edge->label) && in.GetLengthPrefixed(&edge->source) &&
                  in.GetLengthPrefixed(&edge->target) && in.GetLengthPrefixed(&edge->time.value) &&
                  in.GetByte(&mod) && mod <= static_cast<uint8_t>(TimeMod::kOnOrAfter) &&
                  GetDay(&in, &edge->time.lo) && GetDay(&in, &edge->time.hi) &&
                  in.GetByte(&precision) && precision <= static_cast<uint8_t>(Precision::kSeason) &&
                  in.GetLengthPrefixed(&edge->time.text) &&
                  GetOptionalDay(&in, &edge->time.anchor) && in.GetByte(&modality) &&
                  modality < kModalityCount && in.GetLengthPrefixed(&edge->attributed_to) &&
                  in.GetDouble(&edge->confidence) && in.GetVarsint64(&edge->ingested_at);
  edge->kind = static_cast<EdgeKind>(kind);
  edge->time.mod = static_cast<TimeMod>(mod);
  edge->time.precision = static_cast<Precision>(precision);
  edge->modality = static_cast<Modality>(modality);
  edge->mentions.clear();
  return Check(in, ok, "edge");
}

void EncodeMention(const Mention& mention, std::string* dst) {
  dst->push_back(static_cast<char>(kFormatV1));
  PutLengthPrefixed(dst, mention.doc);
  PutOptional(dst, mention.sentence);
  PutOptional(dst, mention.begin);
  PutOptional(dst, mention.end);
  PutLengthPrefixed(dst, mention.text);
  PutLengthPrefixed(dst, mention.rule);
  PutDouble(dst, mention.confidence);
  PutVarsint64(dst, mention.ingested_at);
  PutStringMap(dst, mention.attributes);
}

Status DecodeMention(std::string_view input, Mention* mention) {
  ByteReader in(input);
  const bool ok = CheckFormat(&in) && in.GetLengthPrefixed(&mention->doc) &&
                  GetOptional(&in, &mention->sentence) && GetOptional(&in, &mention->begin) &&
                  GetOptional(&in, &mention->end) && in.GetLengthPrefixed(&mention->text) &&
                  in.GetLengthPrefixed(&mention->rule) && in.GetDouble(&mention->confidence) &&
                  in.GetVarsint64(&mention->ingested_at) && GetStringMap(&in, &mention->attributes);
  return Check(in, ok, "mention");
}

void EncodeDocument(const Document& document, std::string* dst) {
  dst->push_back(static_cast<char>(kFormatV1));
  PutLengthPrefixed(dst, document.id);
  PutLengthPrefixed(dst, document.content_hash);
  PutLengthPrefixed(dst, document.title);
  PutOptionalDay(dst, document.date);
  PutLengthPrefixed(dst, document.lang);
  PutLengthPrefixed(dst, document.source);
  PutLengthPrefixed(dst, document.url);
  PutVarsint64(dst, document.ingested_at);
  PutVarint64(dst, document.text_bytes);
}

Status DecodeDocument(std::string_view input, Document* document) {
  ByteReader in(input);
  const bool ok = CheckFormat(&in) && in.GetLengthPrefixed(&document->id) &&
                  in.GetLengthPrefixed(&document->content_hash) &&
                  in.GetLengthPrefixed(&document->title) && GetOptionalDay(&in, &document->date) &&
                  in.GetLengthPrefixed(&document->lang) &&
                  in.GetLengthPrefixed(&document->source) && in.GetLengthPrefixed(&document->url) &&
                  in.GetVarsint64(&document->ingested_at) && in.GetVarint64(&document->text_bytes);
  return Check(in, ok, "document");
}

}  // namespace geokg
