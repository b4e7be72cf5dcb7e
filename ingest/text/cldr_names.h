// ingest/text/cldr_names.h
//
// Territory names from ICU's CLDR data (text-processing.md B.1): the display name of an ISO
// 3166 alpha-2 code in German or English ("KP" -> "Nordkorea" / "North Korea") and its CLDR
// short form where it differs ("US" -> "USA" / "US", "GB" -> "UK"). They add to the names of
// countries.tsv, which holds what CLDR lacks.
//
// Thread safety: safe to call from several threads (ICU display names are thread-safe).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geokg {

// The CLDR names of `iso2` in `lang` ("de" or "en"): display name first, then the short form
// when it differs. Empty when ICU does not know the code (it then echoes the code back).
std::vector<std::string> CldrTerritoryNames(std::string_view iso2, std::string_view lang);

}  // namespace geokg
