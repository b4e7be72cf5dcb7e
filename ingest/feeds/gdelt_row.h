// ingest/feeds/gdelt_row.h
//
// One row of a GDELT event export: tab-separated, no header, in three layouts told apart by
// their field count:
//   57  GDELT 1.0 back files (no SOURCEURL; geo blocks of 7 fields)
//   58  GDELT 1.0 daily files (with SOURCEURL)
//   61  GDELT 2.0 exports (geo blocks of 8 fields, DATEADDED to the second)
// CAMEO codes stay strings ("010", "0834"). The actor country columns hold CAMEO country
// codes; the geo columns hold FIPS 10-4 codes, which this reader does not mix with them.
#pragma once

#include <string_view>

#include "common/civil_day.h"
#include "common/status.h"
#include "ingest/feeds/cameo_codebook.h"

namespace geokg {

struct GdeltActorFields {
  std::string_view code;         // "USAGOV", "IGOUNO", "" when the row has no such actor
  std::string_view name;         // "UNITED STATES"
  std::string_view country;      // CAMEO country code, "USA"
  std::string_view known_group;  // "UNO"
  std::string_view type;         // first role code, "GOV"
};

struct GdeltRow {
  int fields = 0;  // 57, 58 or 61
  std::string_view event_id;
  Day day = 0;  // SQLDATE
  GdeltActorFields actor1;
  GdeltActorFields actor2;
  const CameoCode* code = nullptr;
  std::string_view num_mentions;
  std::string_view num_sources;
  std::string_view num_articles;
  std::string_view date_added;
  std::string_view url;  // empty in 57-field rows
};

// Parses one row; the views point into `line`. InvalidArgument naming the field when the
// field count, SQLDATE or EventCode is wrong.
Status ParseGdeltRow(std::string_view line, const CameoCodebook& codebook, GdeltRow* row);

}  // namespace geokg
