// ingest/feeds/tsv.h
//
// Splitting of tab-separated lines, as the data tables and the ICEWS and GDELT feeds use them,
// and the value syntax the data tables share: '|'-separated lists, '-' for an empty field,
// names written lang:text (lang en, de or *).
#pragma once

#include <string_view>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"

namespace geokg {

// Splits `line` at every tab into `fields` (views into `line`); an empty line gives one empty
// field. Returns the number of fields.
size_t SplitTabs(std::string_view line, std::vector<std::string_view>* fields);

// The '|'-separated values of a table field; none for "-" or "".
std::vector<std::string_view> SplitList(std::string_view field);

// Appends the lang:text entries of a names field to *names ("*" becomes an empty language).
// Corruption naming the entry when one is malformed.
Status ParseNames(std::string_view field, std::vector<Alias>* names);

// Corruption "source:line: why", the error of a bad table line.
Status TableError(std::string_view source, size_t line, std::string_view why);

// Calls fn(line_number, line) for every line of `text` that is neither empty nor a '#'
// comment; stops early when fn returns false.
template <typename Fn>
void ForEachDataLine(std::string_view text, const Fn& fn) {
  size_t number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!fn(number, line)) return;
  }
}

}  // namespace geokg
