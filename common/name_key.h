// common/name_key.h
//
// The lookup key of a name, so that "Nordkorea", "NORDKOREA" and "Nordkórea" find the same
// actor and "Großbritannien" matches "Grossbritannien". Used for the alias index and for every
// user-typed actor argument.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// Unicode full case folding (ß -> ss), compatibility decomposition with combining marks removed
// (é -> e), every run of white space, '_' and '-' collapsed to one space, trimmed. The result is
// UTF-8. REQUIRES: `name` is valid UTF-8.
std::string NameKey(std::string_view name);

}  // namespace geokg
