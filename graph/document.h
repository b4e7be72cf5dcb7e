// graph/document.h
//
// A document is one input article. Its id is chosen by the caller (jsonl `id`, `--id`, or the
// file name) and is what every mention refers to. The content hash makes re-ingest idempotent:
// the same id with the same text is recognised and skipped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/civil_day.h"

namespace geokg {

// Intentionally copyable value type.
struct Document {
  std::string id;
  std::string content_hash;  // ContentHash() of the text
  std::string title;
  std::optional<Day> date;  // publication date: the anchor for relative time expressions
  std::string lang;         // "de", "en", or "" when unknown
  std::string source;       // outlet or feed name
  std::string url;
  int64_t ingested_at = 0;  // seconds since the Unix epoch
  uint64_t text_bytes = 0;

  friend bool operator==(const Document&, const Document&) = default;
};

// A stable 64-bit FNV-1a hash of `text` as 16 lower-case hex digits. Stable across builds and
// machines, which std::hash is not.
std::string ContentHash(std::string_view text);

}  // namespace geokg
