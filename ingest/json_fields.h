// ingest/json_fields.h
//
// Typed access to the members of a RapidJSON object with error messages that name the field by
// its path ("time.value", "mentions[2].begin"), as bad-input reports must.
#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"

namespace geokg::json {

using Value = rapidjson::Value;

// InvalidArgument "field <path>: <why>".
Status FieldError(std::string_view path, std::string_view why);

// Parses one JSON text that must be an object. Corruption with RapidJSON's message and the
// byte offset when it is not JSON.
Status ParseObject(std::string_view text, rapidjson::Document* doc);

// The member `name`, or nullptr when absent. JSON null counts as absent.
const Value* Find(const Value& object, const char* name);

// Each getter: absent/null leaves *out unchanged and is OK unless `required`.
Status GetString(const Value& object, const char* name, std::string_view path, bool required,
                 std::string* out);
Status GetUint32(const Value& object, const char* name, std::string_view path,
                 std::optional<uint32_t>* out);
Status GetUnitDouble(const Value& object, const char* name, std::string_view path, double* out);

// Rejects members not in `allowed` (a null-terminated list), naming the first stranger, so that
// a misspelt field is an error instead of a silently ignored one.
Status CheckKnownMembers(const Value& object, std::string_view path, const char* const* allowed);

// Joins a parent path and a member name: ("time", "value") -> "time.value".
std::string Join(std::string_view parent, std::string_view name);

}  // namespace geokg::json
