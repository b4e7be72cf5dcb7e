#include "ingest/input_format.h"

#include <algorithm>
#include <array>
#include <utility>

#include "common/civil_day.h"

namespace geokg {
namespace {

constexpr std::array<std::pair<InputFormat, std::string_view>, 6> kNames = {{
    {InputFormat::kAuto, "auto"},
    {InputFormat::kText, "text"},
    {InputFormat::kJsonl, "jsonl"},
    {InputFormat::kFacts, "facts"},
    {InputFormat::kIcews, "icews"},
    {InputFormat::kGdelt, "gdelt"},
}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view InputFormatName(InputFormat format) {
  for (const auto& [value, name] : kNames) {
    if (value == format) return name;
  }
  return "auto";
}

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  for (const auto& [value, format_name] : kNames) {
    if (format_name == name) return value;
  }
  return std::nullopt;
}

InputFormat DetectInputFormat(std::string_view path, std::string_view first_line) {
  const bool json_name =
      EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json");
  const size_t start = first_line.find_first_not_of(" \t");
  // `edges --json` prints a JSON array with one edge a line: that is facts.
  if (start != std::string_view::npos &&
      (first_line.substr(start) == "[" || first_line.substr(start).starts_with("[]"))) {
    return InputFormat::kFacts;
  }
  if (json_name || (start != std::string_view::npos && first_line[start] == '{')) {
    // A facts line always names its relation; an article never does.
    return first_line.find("\"relation\"") != std::string_view::npos ? InputFormat::kFacts
                                                                     : InputFormat::kJsonl;
  }
  const size_t tabs = static_cast<size_t>(std::count(first_line.begin(), first_line.end(), '\t'));
  if (tabs == 3) {
    const std::string_view last = first_line.substr(first_line.rfind('\t') + 1);
    if (ParseIsoDay(last.substr(0, 10))) return InputFormat::kIcews;
  }
  if (tabs == 56 || tabs == 57 || tabs == 60) return InputFormat::kGdelt;
  return InputFormat::kText;
}

}  // namespace geokg
