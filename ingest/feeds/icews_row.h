// ingest/feeds/icews_row.h
//
// One row of the ICEWS quadruple files published for ICEWS14, ICEWS05-15 and ICEWS18:
// source<TAB>relation<TAB>target<TAB>YYYY-MM-DD, where the relation is a CAMEO event name
// ("Make a visit") and ICEWS18 writes spaces as '_'.
#pragma once

#include <string_view>

#include "common/civil_day.h"
#include "common/status.h"
#include "ingest/feeds/cameo_codebook.h"

namespace geokg {

struct IcewsRow {
  std::string_view source;  // views into the parsed line
  std::string_view target;
  const CameoCode* code = nullptr;
  Day day = 0;
};

// Parses one row. InvalidArgument naming the field: "expected 4 tab-separated fields, found
// 3", "field date: ...", "field relation: unknown CAMEO event name '...'".
Status ParseIcewsRow(std::string_view line, const CameoCodebook& codebook, IcewsRow* row);

}  // namespace geokg
