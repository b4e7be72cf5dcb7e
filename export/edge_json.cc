#include "export/edge_json.h"

#include <ctime>

namespace geokg {
namespace {

void String(JsonWriter* out, std::string_view s) {
  out->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void StringOrNull(JsonWriter* out, std::string_view s) {
  if (s.empty()) {
    out->Null();
  } else {
    String(out, s);
  }
}

void Key(JsonWriter* out, const char* key) { out->Key(key); }

template <typename T>
void OptionalUint(JsonWriter* out, const std::optional<T>& value) {
  if (value) {
    out->Uint64(*value);
  } else {
    out->Null();
  }
}

void Codes(const Actor& actor, JsonWriter* out) {
  Key(out, "codes");
  out->StartObject();
  for (const auto& [system, code] : actor.codes) {
    String(out, system);
    String(out, code);
  }
  out->EndObject();
}

void Time(const EventTime& t, JsonWriter* out) {
  out->StartObject();
  Key(out, "value");
  StringOrNull(out, t.value);
  Key(out, "mod");
  StringOrNull(out, TimeModName(t.mod));
  Key(out, "lo");
  StringOrNull(out, FormatBound(t.lo).value_or(""));
  Key(out, "hi");
  StringOrNull(out, FormatBound(t.hi).value_or(""));
  Key(out, "precision");
  String(out, PrecisionName(t.precision));
  Key(out, "text");
  StringOrNull(out, t.text);
  Key(out, "anchor");
  StringOrNull(out, t.anchor ? FormatIsoDay(*t.anchor) : "");
  out->EndObject();
}

void MentionJson(const Mention& m, JsonWriter* out) {
  out->StartObject();
  Key(out, "doc");
  String(out, m.doc);
  Key(out, "sentence");
  OptionalUint(out, m.sentence);
  Key(out, "begin");
  OptionalUint(out, m.begin);
  Key(out, "end");
  OptionalUint(out, m.end);
  Key(out, "text");
  String(out, m.text);
  Key(out, "rule");
  String(out, m.rule);
  Key(out, "confidence");
  out->Double(m.confidence);
  if (!m.attributes.empty()) {
    Key(out, "attributes");
    out->StartObject();
    for (const auto& [key, value] : m.attributes) {
      String(out, key);
      String(out, value);
    }
    out->EndObject();
  }
  Key(out, "ingested_at");
  String(out, FormatTimestamp(m.ingested_at));
  out->EndObject();
}

}  // namespace

const Actor& ActorCache::Get(const std::string& id) {
  auto it = actors_.find(id);
  if (it != actors_.end()) return it->second;
  Actor actor;
  if (!store_->GetActor(id, &actor, nullptr).ok()) {
    actor = Actor();
    actor.id = id;
    actor.name = id;
    actor.type = ActorTypeFromIdPrefix(id).value_or(ActorType::kGroup);
  }
  return actors_.emplace(id, std::move(actor)).first->second;
}

std::string FormatTimestamp(int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

void Aliases(const Actor& actor, JsonWriter* out) {
  Key(out, "aliases");
  out->StartArray();
  for (const Alias& alias : actor.aliases) {
    out->StartObject();
    Key(out, "text");
    String(out, alias.text);
    Key(out, "lang");
    StringOrNull(out, alias.lang);
    out->EndObject();
  }
  out->EndArray();
}

}  // namespace

namespace {

enum class AliasMode { kOmit, kIfAny, kAlways };

void ActorObject(const Actor& actor, AliasMode aliases, JsonWriter* out) {
  out->StartObject();
  Key(out, "id");
  String(out, actor.id);
  Key(out, "name");
  String(out, actor.name);
  Key(out, "type");
  String(out, ActorTypeName(actor.type));
  Codes(actor, out);
  if (aliases == AliasMode::kAlways || (aliases == AliasMode::kIfAny && !actor.aliases.empty())) {
    Aliases(actor, out);
  }
  out->EndObject();
}

}  // namespace

void WriteActorRefJson(const Actor& actor, bool with_aliases, JsonWriter* out) {
  ActorObject(actor, with_aliases ? AliasMode::kIfAny : AliasMode::kOmit, out);
}

void WriteActorJson(const Actor& actor, JsonWriter* out) {
  ActorObject(actor, AliasMode::kAlways, out);
}

void WriteEdgeJson(const Edge& edge, ActorCache* actors, JsonWriter* out) {
  out->StartObject();
  Key(out, "id");
  String(out, FormatEdgeId(edge.id));
  Key(out, "kind");
  String(out, EdgeKindName(edge.kind));
  Key(out, "relation");
  String(out, edge.relation);
  Key(out, "cameo");
  StringOrNull(out, edge.cameo);
  Key(out, "label");
  String(out, edge.label);
  Key(out, "source");
  WriteActorRefJson(actors->Get(edge.source), actors->FirstMention(edge.source), out);
  Key(out, "target");
  WriteActorRefJson(actors->Get(edge.target), actors->FirstMention(edge.target), out);
  Key(out, "time");
  Time(edge.time, out);
  Key(out, "modality");
  String(out, ModalityName(edge.modality));
  Key(out, "attributed_to");
  if (edge.attributed_to.empty()) {
    out->Null();
  } else {
    WriteActorRefJson(actors->Get(edge.attributed_to), actors->FirstMention(edge.attributed_to),
                      out);
  }
  Key(out, "confidence");
  out->Double(CombinedConfidence(edge));
  Key(out, "mentions");
  out->StartArray();
  for (const Mention& m : edge.mentions) MentionJson(m, out);
  out->EndArray();
  Key(out, "ingested_at");
  String(out, FormatTimestamp(edge.ingested_at));
  out->EndObject();
}

}  // namespace geokg
