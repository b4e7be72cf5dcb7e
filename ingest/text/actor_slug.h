// ingest/text/actor_slug.h
//
// The key part of generated actor ids: "Kim Seol-hwa" -> "kim-seol-hwa" (person:kim-seol-hwa),
// "Beijing" -> "beijing" (location:beijing). Lower case, accents removed (NameKey), every run of
// characters other than ASCII letters and digits becomes one '-', none at either end.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// "" when `name` has no ASCII letter or digit after folding.
std::string ActorSlug(std::string_view name);

}  // namespace geokg
