#include "ingest/text/cldr_names.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <memory>

namespace geokg {

std::vector<std::string> CldrTerritoryNames(std::string_view iso2, std::string_view lang) {
  std::vector<std::string> names;
  const std::string code(iso2);
  const icu::Locale display(std::string(lang).c_str());
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(display, name);
  std::string utf8;
  name.toUTF8String(utf8);
  if (utf8.empty() || utf8 == code) return names;
  names.push_back(utf8);

  UDisplayContext contexts[] = {UDISPCTX_LENGTH_SHORT};
  std::unique_ptr<icu::LocaleDisplayNames> shorter(
      icu::LocaleDisplayNames::createInstance(display, contexts, 1));
  if (shorter) {
    icu::UnicodeString short_name;
    shorter->regionDisplayName(code.c_str(), short_name);
    std::string short_utf8;
    short_name.toUTF8String(short_utf8);
    if (!short_utf8.empty() && short_utf8 != utf8 && short_utf8 != code) {
      names.push_back(short_utf8);
    }
  }
  return names;
}

}  // namespace geokg
