#include "ingest/text/actor_slug.h"

#include "common/name_key.h"

namespace geokg {

std::string ActorSlug(std::string_view name) {
  const std::string key = NameKey(name);
  std::string slug;
  bool dash = false;
  for (char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !slug.empty()) slug.push_back('-');
      dash = false;
      slug.push_back(c);
    } else if (c != '\'' && c != '.') {  // "O'Brien" -> obrien, "Jr." -> jr
      dash = true;
    }
  }
  return slug;
}

}  // namespace geokg
