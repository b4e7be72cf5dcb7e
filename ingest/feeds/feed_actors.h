// ingest/feeds/feed_actors.h
//
// Actors as event feeds name them. ICEWS writes plain names ("China", "John Kerry",
// "United Nations") and sector actors as "Role (Country)" ("Citizen (India)", "Police
// (Nigeria)"); the types are not given and are inferred here:
//   - a state or territory in the country table  -> country:<ISO3>, with its codes and aliases;
//   - "Role (Country)"                          -> group:<role>-<iso3>, affiliated with the
//                                                   country (the caller stores that relation);
//   - "Role (Other)", "Unidentified ..."         -> group:<slug>;
//   - a name with an organisation word          -> org:<slug>  ("Ministry", "Party", "Police",
//                                                   "Council", "Army", "Court", "Bank", ...);
//   - anything else                             -> person:<slug>.
// The same name always gives the same id, so feed and text edges meet on one actor.
#pragma once

#include <string>
#include <string_view>

#include "graph/actor.h"
#include "ingest/actors/country_table.h"

namespace geokg {

struct FeedActor {
  Actor actor;
  // For "Role (Country)": the country's actor id; empty otherwise.
  std::string affiliated_with;
};

// Lower-case ASCII letters and digits joined by single '-': "François Hollande" ->
// "francois-hollande". Names without any such character hash to "x<hex>".
std::string Slug(std::string_view name);

// Resolves one ICEWS actor name (spaces written as '_', as ICEWS18 does, are accepted).
FeedActor ResolveIcewsActor(std::string_view name, const CountryTable& countries);

}  // namespace geokg
