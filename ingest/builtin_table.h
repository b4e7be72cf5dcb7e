// ingest/builtin_table.h
//
// The tables compiled into the binary (data/, cmake/embed_data.cmake) are parsed once, on first
// use. A table that does not parse is a build defect, caught by the unit tests before a user
// can meet it; the binary then stops with the parser's message rather than run without it.
#pragma once

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "common/embedded_data.h"
#include "common/status.h"

namespace geokg {

// Calls parse(contents of data/<name>, "data/<name>", &table) and returns the table.
template <typename Table, typename Parse>
const Table* LoadBuiltInTable(const char* name, const Parse& parse) {
  std::unique_ptr<Table> table;
  const std::string source = std::string("data/") + name;
  const std::optional<std::string_view> contents = EmbeddedDataFile(name);
  Status s =
      contents ? parse(*contents, source, &table) : Status::NotFound(source + " is not built in");
  if (!s.ok()) {
    std::cerr << "geokg: " << s.message() << "\n";
    std::abort();
  }
  return table.release();
}

}  // namespace geokg
