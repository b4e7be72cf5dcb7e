// query/actor_resolver.h
//
// Turns what an analyst types ("Nordkorea", "DPRK", "country:PRK", "JPN") into one actor.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "graph/store.h"

namespace geokg {

// Resolves an actor id, or a name, alias or code in any stored language. NotFound when nothing
// matches ("unknown actor 'X'"); InvalidArgument when several do, the message listing the
// candidates as "id (name)" so the analyst can pick an id.
Status ResolveActor(const Store& store, std::string_view text, Actor* actor, Vid* vid);

}  // namespace geokg
