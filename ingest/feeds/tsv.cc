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

}  // namespace geokg
