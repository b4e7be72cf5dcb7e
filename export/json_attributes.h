// export/json_attributes.h
//
// What the JSON writers share: elements serialised one at a time into the sink's buffer, and
// schema values (attribute_schema.h) written as members of the object being written: numbers as
// JSON numbers, everything else as strings, absent values omitted.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "export/attribute_schema.h"
#include "export/edge_json.h"
#include "export/export_sink.h"

namespace geokg {

inline void WriteJsonString(std::string_view text, JsonWriter* out) {
  out->String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// Serialises one element with `write(JsonWriter*)` and appends it to `out` after `separator`.
template <typename Write>
void AppendJsonElement(std::string_view separator, const Write& write, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  write(&writer);
  out->append(separator);
  out->append(buffer.GetString(), buffer.GetSize());
}

// Appends `items` as the elements of a JSON array, one a line, each written by
// write_item(item, JsonWriter*), flushing the sink as it goes.
template <typename Items, typename WriteItem>
Status AppendJsonArray(const Items& items, const WriteItem& write_item, ExportSink* sink) {
  std::string_view separator = "\n";
  sink->buffer() += '[';
  for (const auto& item : items) {
    AppendJsonElement(
        separator, [&](JsonWriter* w) { write_item(item, w); }, &sink->buffer());
    separator = ",\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  sink->buffer() += "\n]";
  return Status::OK();
}

template <size_t N>
void WriteJsonAttributes(const std::array<AttributeSpec, N>& specs,
                         const std::array<std::optional<std::string>, N>& values, JsonWriter* out) {
  for (size_t i = 0; i < N; ++i) {
    if (!values[i]) continue;
    const std::string& value = *values[i];
    out->Key(specs[i].name.data(), static_cast<rapidjson::SizeType>(specs[i].name.size()));
    const auto size = static_cast<rapidjson::SizeType>(value.size());
    if (specs[i].type == AttributeType::kInt || specs[i].type == AttributeType::kDouble) {
      out->RawValue(value.data(), size, rapidjson::kNumberType);
    } else {
      out->String(value.data(), size);
    }
  }
}

}  // namespace geokg
