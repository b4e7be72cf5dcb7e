#include "ingest/text/cldr_names.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <memory>
#include <vector>

namespace geokg {
namespace {

// The short-form display names of `display`, made once per thread and language: creating
// them loads ICU resources (about 1 ms for all territories at lexicon load).
const icu::LocaleDisplayNames* ShortNames(const icu::Locale& display) {
  struct Cached {
    std::string lang;
    std::unique_ptr<icu::LocaleDisplayNames> names;
  };
  thread_local std::vector<Cached> cache;
  for (const Cached& c : cache) {
    if (c.lang == display.getName()) return c.names.get();
  }
  UDisplayContext contexts[] = {UDISPCTX_LENGTH_SHORT};
  cache.push_back(
      {display.getName(), std::unique_ptr<icu::LocaleDisplayNames>(
                              icu::LocaleDisplayNames::createInstance(display, contexts, 1))});
  return cache.back().names.get();
}

}  // namespace

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

  if (const icu::LocaleDisplayNames* shorter = ShortNames(display)) {
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
