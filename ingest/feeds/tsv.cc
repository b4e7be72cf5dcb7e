#include "ingest/feeds/tsv.h"

namespace geokg {

size_t SplitTabs(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields->push_back(line.substr(start));
      return fields->size();
    }
    fields->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> values;
  if (field.empty() || field == "-") return values;
  size_t start = 0;
  for (;;) {
    const size_t bar = field.find('|', start);
    values.push_back(field.substr(start, bar - start));
    if (bar == std::string_view::npos) return values;
    start = bar + 1;
  }
}

Status ParseNames(std::string_view field, std::vector<Alias>* names) {
  for (std::string_view entry : SplitList(field)) {
    const size_t colon = entry.find(':');
    const std::string_view lang = entry.substr(0, colon);
    if (colon == std::string_view::npos || colon + 1 == entry.size() ||
        (lang != "en" && lang != "de" && lang != "*")) {
      return Status::Corruption("name '" + std::string(entry) +
                                "' must be lang:text with lang en, de or *");
    }
    names->push_back({std::string(entry.substr(colon + 1)), lang == "*" ? "" : std::string(lang)});
  }
  return Status::OK();
}

Status TableError(std::string_view source, size_t line, std::string_view why) {
  std::string message(source);
  message.append(":").append(std::to_string(line)).append(": ").append(why);
  return Status::Corruption(message);
}

}  // namespace geokg
