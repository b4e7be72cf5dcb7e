#include "ingest/fact_parser.h"

#include <rapidjson/document.h>

#include <algorithm>

#include "ingest/json_fields.h"

namespace geokg {
namespace {

using json::FieldError;
using json::Find;
using json::Join;
using json::Value;

bool IsMachineName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool IsCameoCode(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsStructuralRelation(std::string_view relation) {
  return relation == "member_of" || relation == "holds_role" || relation == "affiliated_with" ||
         relation == "part_of" || relation == "located_in";
}

Status ParseActor(const Value& v, std::string_view path, ActorRef* ref) {
  if (v.IsString()) {
    ref->text.assign(v.GetString(), v.GetStringLength());
    if (ref->text.empty()) return FieldError(path, "empty actor");
    return Status::OK();
  }
  if (!v.IsObject()) return FieldError(path, "must be an actor id, a name or an object");
  static const char* const kAllowed[] = {"id", "name", "type", "codes", "aliases", nullptr};
  GEOKG_RETURN_IF_ERROR(json::CheckKnownMembers(v, path, kAllowed));
  Actor actor;
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "id", path, true, &actor.id));
  const std::string problem = ValidateActorId(actor.id);
  if (!problem.empty()) return FieldError(Join(path, "id"), problem);
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "name", path, false, &actor.name));
  std::string type;
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "type", path, false, &type));
  if (!type.empty()) {
    std::optional<ActorType> parsed = ParseActorType(type);
    if (!parsed) {
      return FieldError(Join(path, "type"),
                        "must be country, organization, alliance, person, media, location or "
                        "group");
    }
    actor.type = *parsed;
  } else {
    actor.type = ActorTypeFromIdPrefix(actor.id).value_or(ActorType::kGroup);
  }
  if (const Value* codes = Find(v, "codes")) {
    if (!codes->IsObject()) return FieldError(Join(path, "codes"), "must be an object");
    for (auto it = codes->MemberBegin(); it != codes->MemberEnd(); ++it) {
      if (!it->value.IsString()) {
        return FieldError(Join(Join(path, "codes"), it->name.GetString()), "must be a string");
      }
      actor.codes.emplace(it->name.GetString(), it->value.GetString());
    }
  }
  if (const Value* aliases = Find(v, "aliases")) {
    if (!aliases->IsArray()) return FieldError(Join(path, "aliases"), "must be an array");
    for (const Value& a : aliases->GetArray()) {
      Alias alias;
      if (a.IsString()) {
        alias.text = a.GetString();
      } else if (a.IsObject()) {
        GEOKG_RETURN_IF_ERROR(json::GetString(a, "text", Join(path, "aliases"), true, &alias.text));
        GEOKG_RETURN_IF_ERROR(
            json::GetString(a, "lang", Join(path, "aliases"), false, &alias.lang));
      } else {
        return FieldError(Join(path, "aliases"), "entries must be strings or {text, lang}");
      }
      if (!alias.text.empty()) actor.aliases.push_back(std::move(alias));
    }
  }
  ref->text = actor.id;
  ref->actor = std::move(actor);
  return Status::OK();
}

Status ParseDay(const Value& object, const char* name, std::string_view path,
                std::optional<Day>* out) {
  std::string text;
  GEOKG_RETURN_IF_ERROR(json::GetString(object, name, path, false, &text));
  if (text.empty()) return Status::OK();
  *out = ParseIsoDay(text);
  if (!*out) return FieldError(Join(path, name), "must be a date YYYY-MM-DD, got '" + text + "'");
  return Status::OK();
}

Status ParseTime(const Value& v, EventTime* time) {
  if (v.IsString())
    return MakeEventTime(v.GetString(), TimeMod::kNone, time).WithContext("field time");
  if (!v.IsObject()) return FieldError("time", "must be an object or a time value string");
  static const char* const kAllowed[] = {"value",     "mod",  "lo",     "hi",
                                         "precision", "text", "anchor", nullptr};
  GEOKG_RETURN_IF_ERROR(json::CheckKnownMembers(v, "time", kAllowed));
  std::string value, mod_name, precision_name, text;
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "value", "time", false, &value));
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "mod", "time", false, &mod_name));
  std::optional<TimeMod> mod = ParseTimeMod(mod_name);
  if (!mod)
    return FieldError(
        "time.mod", "must be START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE or ON_OR_AFTER");
  Status s = MakeEventTime(value, *mod, time);
  if (!s.ok()) return FieldError("time.value", s.message());
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "text", "time", false, &time->text));
  GEOKG_RETURN_IF_ERROR(ParseDay(v, "anchor", "time", &time->anchor));
  // lo, hi and precision follow from the value; when given they must agree, which catches
  // hand-edited facts whose bounds and value disagree.
  std::optional<Day> lo, hi;
  GEOKG_RETURN_IF_ERROR(ParseDay(v, "lo", "time", &lo));
  GEOKG_RETURN_IF_ERROR(ParseDay(v, "hi", "time", &hi));
  if (lo && *lo != time->lo) return FieldError("time.lo", "does not match time.value");
  if (hi && *hi != time->hi) return FieldError("time.hi", "does not match time.value");
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "precision", "time", false, &precision_name));
  if (!precision_name.empty()) {
    std::optional<Precision> precision = ParsePrecision(precision_name);
    if (!precision)
      return FieldError("time.precision", "unknown precision '" + precision_name + "'");
    // "document" marks a day taken from the publication date; otherwise the value decides.
    if (*precision == Precision::kDocument && time->precision == Precision::kDay) {
      time->precision = Precision::kDocument;
    } else if (*precision != time->precision) {
      return FieldError("time.precision", "does not match time.value");
    }
  }
  return Status::OK();
}

Status ParseMention(const Value& v, std::string_view path, double default_confidence, Mention* m) {
  if (!v.IsObject()) return FieldError(path, "must be an object");
  static const char* const kAllowed[] = {"doc",         "sentence", "begin",      "end",
                                         "text",        "rule",     "confidence", "attributes",
                                         "ingested_at", nullptr};
  GEOKG_RETURN_IF_ERROR(json::CheckKnownMembers(v, path, kAllowed));
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "doc", path, true, &m->doc));
  const std::string problem = ValidateDocumentId(m->doc);
  if (!problem.empty()) return FieldError(Join(path, "doc"), problem);
  GEOKG_RETURN_IF_ERROR(json::GetUint32(v, "sentence", path, &m->sentence));
  GEOKG_RETURN_IF_ERROR(json::GetUint32(v, "begin", path, &m->begin));
  GEOKG_RETURN_IF_ERROR(json::GetUint32(v, "end", path, &m->end));
  if (m->begin.has_value() != m->end.has_value()) {
    return FieldError(Join(path, m->begin ? "end" : "begin"), "begin and end come together");
  }
  if (m->begin && *m->begin > *m->end) return FieldError(Join(path, "end"), "is before begin");
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "text", path, false, &m->text));
  GEOKG_RETURN_IF_ERROR(json::GetString(v, "rule", path, false, &m->rule));
  m->confidence = default_confidence;
  GEOKG_RETURN_IF_ERROR(json::GetUnitDouble(v, "confidence", path, &m->confidence));
  if (const Value* attributes = Find(v, "attributes")) {
    if (!attributes->IsObject()) return FieldError(Join(path, "attributes"), "must be an object");
    for (auto it = attributes->MemberBegin(); it != attributes->MemberEnd(); ++it) {
      if (!it->value.IsString()) {
        return FieldError(Join(Join(path, "attributes"), it->name.GetString()), "must be a string");
      }
      m->attributes.emplace(it->name.GetString(), it->value.GetString());
    }
  }
  return Status::OK();
}

}  // namespace

std::string ValidateDocumentId(std::string_view id) {
  if (id.empty()) return "document id is empty";
  if (id.size() > 1024) return "document id is longer than 1024 bytes";
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return "document id contains a control character";
  }
  return {};
}

Status ParseFact(std::string_view line, FactRecord* record) {
  rapidjson::Document doc;
  GEOKG_RETURN_IF_ERROR(json::ParseObject(line, &doc));
  static const char* const kAllowed[] = {
      "id",   "kind",     "relation",      "cameo",      "label",    "source",      "target",
      "time", "modality", "attributed_to", "confidence", "mentions", "ingested_at", nullptr};
  GEOKG_RETURN_IF_ERROR(json::CheckKnownMembers(doc, "", kAllowed));
  *record = FactRecord();
  Edge& edge = record->edge;

  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "relation", "", true, &edge.relation));
  if (!IsMachineName(edge.relation)) {
    return FieldError("relation",
                      "must be a machine name of a-z, 0-9 and _, got '" + edge.relation + "'");
  }
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "cameo", "", false, &edge.cameo));
  if (!edge.cameo.empty() && !IsCameoCode(edge.cameo)) {
    return FieldError("cameo", "must be a CAMEO code of 2 to 4 digits such as \"040\"");
  }
  std::string kind;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "kind", "", false, &kind));
  if (kind.empty()) {
    edge.kind = edge.cameo.empty() && IsStructuralRelation(edge.relation) ? EdgeKind::kRelation
                                                                          : EdgeKind::kEvent;
  } else {
    std::optional<EdgeKind> parsed = ParseEdgeKind(kind);
    if (!parsed) return FieldError("kind", "must be event or relation");
    edge.kind = *parsed;
  }
  if (edge.kind == EdgeKind::kRelation && !edge.cameo.empty()) {
    return FieldError("cameo", "must be null for kind relation");
  }
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "label", "", false, &edge.label));

  const Value* source = Find(doc, "source");
  if (source == nullptr) return FieldError("source", "missing");
  GEOKG_RETURN_IF_ERROR(ParseActor(*source, "source", &record->source));
  const Value* target = Find(doc, "target");
  if (target == nullptr) return FieldError("target", "missing");
  GEOKG_RETURN_IF_ERROR(ParseActor(*target, "target", &record->target));
  if (const Value* by = Find(doc, "attributed_to")) {
    record->attributed_to.emplace();
    GEOKG_RETURN_IF_ERROR(ParseActor(*by, "attributed_to", &*record->attributed_to));
  }

  if (const Value* time = Find(doc, "time")) GEOKG_RETURN_IF_ERROR(ParseTime(*time, &edge.time));

  std::string modality;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "modality", "", false, &modality));
  if (!modality.empty()) {
    std::optional<Modality> parsed = ParseModality(modality);
    if (!parsed) {
      return FieldError("modality",
                        "must be asserted, planned, intended, reported, claimed, "
                        "denied, negated or hypothetical");
    }
    edge.modality = *parsed;
  }
  GEOKG_RETURN_IF_ERROR(json::GetUnitDouble(doc, "confidence", "", &edge.confidence));

  if (const Value* mentions = Find(doc, "mentions")) {
    if (!mentions->IsArray()) return FieldError("mentions", "must be an array");
    for (rapidjson::SizeType i = 0; i < mentions->Size(); ++i) {
      Mention m;
      GEOKG_RETURN_IF_ERROR(
          ParseMention((*mentions)[i], "mentions[" + std::to_string(i) + "]", edge.confidence, &m));
      edge.mentions.push_back(std::move(m));
    }
  }
  return Status::OK();
}

}  // namespace geokg
