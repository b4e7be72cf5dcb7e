#include "ingest/json_fields.h"

#include <rapidjson/error/en.h>

#include <cmath>
#include <cstring>

namespace geokg::json {

Status FieldError(std::string_view path, std::string_view why) {
  return Status::InvalidArgument("field " + std::string(path) + ": " + std::string(why));
}

Status ParseObject(std::string_view text, rapidjson::Document* doc) {
  doc->Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNanAndInfFlag>(text.data(),
                                                                                     text.size());
  if (doc->HasParseError()) {
    return Status::Corruption("not valid JSON at byte " + std::to_string(doc->GetErrorOffset()) +
                              ": " + rapidjson::GetParseError_En(doc->GetParseError()));
  }
  if (!doc->IsObject()) return Status::Corruption("expected a JSON object");
  return Status::OK();
}

const Value* Find(const Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return nullptr;
  return &it->value;
}

std::string Join(std::string_view parent, std::string_view name) {
  if (parent.empty()) return std::string(name);
  return std::string(parent) + "." + std::string(name);
}

Status GetString(const Value& object, const char* name, std::string_view path, bool required,
                 std::string* out) {
  const Value* v = Find(object, name);
  if (v == nullptr) {
    return required ? FieldError(Join(path, name), "missing") : Status::OK();
  }
  if (!v->IsString()) return FieldError(Join(path, name), "must be a string");
  out->assign(v->GetString(), v->GetStringLength());
  return Status::OK();
}

Status GetUint32(const Value& object, const char* name, std::string_view path,
                 std::optional<uint32_t>* out) {
  const Value* v = Find(object, name);
  if (v == nullptr) return Status::OK();
  if (!v->IsUint()) return FieldError(Join(path, name), "must be a non-negative integer");
  *out = v->GetUint();
  return Status::OK();
}

Status GetUnitDouble(const Value& object, const char* name, std::string_view path, double* out) {
  const Value* v = Find(object, name);
  if (v == nullptr) return Status::OK();
  if (!v->IsNumber() || !std::isfinite(v->GetDouble()) || v->GetDouble() < 0 ||
      v->GetDouble() > 1) {
    return FieldError(Join(path, name), "must be a number from 0 to 1");
  }
  *out = v->GetDouble();
  return Status::OK();
}

Status CheckKnownMembers(const Value& object, std::string_view path, const char* const* allowed) {
  for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
    const char* name = it->name.GetString();
    bool known = false;
    for (const char* const* a = allowed; *a != nullptr; ++a) {
      if (std::strcmp(*a, name) == 0) {
        known = true;
        break;
      }
    }
    if (!known) return FieldError(Join(path, name), "unknown field");
  }
  return Status::OK();
}

}  // namespace geokg::json
