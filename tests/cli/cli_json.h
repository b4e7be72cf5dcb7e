// tests/cli/cli_json.h
//
// Reading what geokg prints: `stats --json`, the ingest summary line and `edges --json`, the
// last one into order-independent canonical strings for comparisons between stores.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::cli_test {

struct StoreCounts {
  uint64_t actors = 0;
  uint64_t edges = 0;
  uint64_t mentions = 0;
  uint64_t documents = 0;
  uint64_t relation_types = 0;
  bool operator==(const StoreCounts&) const = default;
};
std::ostream& operator<<(std::ostream& os, const StoreCounts& c);

// Runs `geokg --db DB stats --json` and parses it; a failed run or bad output is a test failure
// (and all counts are 0).
StoreCounts Stats(const std::string& db);

// The counts of the summary line `ingest` prints on stdout.
struct IngestSummary {
  uint64_t files = 0;
  uint64_t records = 0;
  uint64_t documents_new = 0;
  uint64_t documents_unchanged = 0;
  uint64_t edges_new = 0;
  uint64_t edges_merged = 0;
  uint64_t mentions_new = 0;
  uint64_t rows_without_edge = 0;  // well-formed feed rows that make no edge
  uint64_t bad_records = 0;
};
std::optional<IngestSummary> ParseSummary(const std::string& out);

// Parses the output of `edges --json` (a JSON array of edge objects); false on a parse error.
bool ParseEdges(const std::string& out, rapidjson::Document* doc);

// One canonical string per edge of an `edges --json` output (object members sorted by name;
// the edge "id" and every "ingested_at" dropped), sorted, so that two stores holding the same
// facts compare equal. Adds a test failure and returns {} when the output is not valid.
std::vector<std::string> CanonicalEdges(const std::string& edges_json);

// The string at `path` (member names) inside `value`; "<missing>" when a step is absent or the
// end is not a string, so a changed output shape fails an assertion instead of crashing.
std::string StringAt(const rapidjson::Value& value, std::initializer_list<const char*> path);
// The size of the array at `path`; 0 when absent.
size_t ArraySizeAt(const rapidjson::Value& value, std::initializer_list<const char*> path);
// The "doc" of each mention of an edge object, in order.
std::vector<std::string> MentionDocs(const rapidjson::Value& edge);

// A JSON value with object members sorted by name, recursively.
std::string Canonical(const rapidjson::Value& value);

}  // namespace geokg::cli_test
