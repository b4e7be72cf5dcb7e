// ingest/input_format.h
//
// The input formats `geokg ingest` understands, and the guess `--format auto` makes from a file
// name and its first line.
#pragma once

#include <optional>
#include <string_view>

namespace geokg {

enum class InputFormat { kAuto, kText, kJsonl, kFacts, kIcews, kGdelt };

std::string_view InputFormatName(InputFormat format);
std::optional<InputFormat> ParseInputFormat(std::string_view name);

// Decides the format of a file from its path and first non-empty line:
//   a first line "[" (the output of edges --json): facts;
//   *.jsonl, *.ndjson, *.json: facts if the first object has "relation", else jsonl articles;
//   tab-separated lines of 4 fields ending in a date: icews; of 57, 58 or 61 fields: gdelt;
//   anything else: text (one article).
InputFormat DetectInputFormat(std::string_view path, std::string_view first_line);

}  // namespace geokg
