// common/embedded_data.h
//
// The data files compiled into the binary (data/, see cmake/embed_data.cmake): the CAMEO
// codebook, the country table and, later, dictionaries and patterns. Built in so that geokg
// needs no installed data directory; users add their own files at run time on top.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace geokg {

struct EmbeddedFile {
  std::string_view name;  // path below data/, e.g. "cameo/event_codes.tsv"
  std::string_view contents;
};

// Both functions are defined by the source that cmake/embed_data.cmake generates for the
// geokg_data library; link it to use them.

// Every embedded file.
const std::vector<EmbeddedFile>& EmbeddedDataFiles();

// The contents of one embedded file, or nullopt.
std::optional<std::string_view> EmbeddedDataFile(std::string_view name);

}  // namespace geokg
