// ingest/feeds/feed_actors.h
//
// Actors as event feeds name them; GDELT's codes are resolved at the end of this header. ICEWS
// writes plain names ("China", "John Kerry",
// "United Nations") and sector actors as "Role (Country)" ("Citizen (India)", "Police
// (Nigeria)"); the types are not given and are inferred here:
//   - a state or territory in the country table  -> country:<ISO3>, with its codes and aliases;
//   - a name or alias in the actor dictionary     -> that actor (org:EU, person:john-kerry);
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
#include "ingest/actors/actor_dictionary.h"
#include "ingest/actors/country_table.h"
#include "ingest/feeds/cameo_actor_codes.h"
#include "ingest/feeds/gdelt_row.h"

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
FeedActor ResolveIcewsActor(std::string_view name, const CountryTable& countries,
                            const ActorDictionary& dictionary);

// Resolves one GDELT actor from its code columns:
//   - a known group (KnownGroupCode UNO, EEC, NAT, ...)   -> its actor (org:UN, org:EU, ...),
//                                                             with the dictionary's names;
//   - the bare country code (Actor1Code == CountryCode)    -> country:<ISO3>;
//   - a country with a role (USAGOV, RUSMIL)               -> group:<role>-<iso3>, "Government
//                                                             (United States)", affiliated;
//   - anything else (BUS, COP, IGO without a known group)  -> group:<code>, named after the
//                                                             role or GDELT's name.
// REQUIRES: !fields.code.empty().
FeedActor ResolveGdeltActor(const GdeltActorFields& fields, const CountryTable& countries,
                            const CameoActorCodes& codes, const ActorDictionary& dictionary);

}  // namespace geokg
