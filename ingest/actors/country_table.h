// ingest/actors/country_table.h
//
// States and territories (data/actors/countries.tsv) with the codes every source uses for
// them: ISO 3166 alpha-3 and alpha-2, FIPS 10-4 (GDELT geo columns), CAMEO (GDELT actor
// codes), and English and German names. It is what makes "China" from ICEWS, CHN from GDELT and
// "China" in a German article one actor, country:CHN.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"

namespace geokg {

struct Country {
  std::string iso3;
  std::string iso2;
  std::vector<std::string> fips;  // several for entries GEC splits (PSE: GZ, WE)
  std::string cameo;
  std::string name;
  std::vector<Alias> aliases;

  std::string actor_id() const { return "country:" + iso3; }
  // The actor as stored: id, name, type country, codes iso3/iso2/cameo/fips, aliases.
  Actor ToActor() const;
};

class CountryTable {
 public:
  static Status Parse(std::string_view tsv, std::string_view source,
                      std::unique_ptr<CountryTable>* table);
  // The table compiled into the binary.
  static const CountryTable& BuiltIn();

  // Each returns nullptr when nothing matches.
  const Country* FindByIso3(std::string_view code) const;
  const Country* FindByCameo(std::string_view code) const;
  const Country* FindByFips(std::string_view code) const;
  // By name or alias in any language, compared by NameKey (case and accents ignored).
  const Country* FindByName(std::string_view name) const;

  const std::vector<Country>& countries() const { return countries_; }

 private:
  CountryTable() = default;

  std::vector<Country> countries_;
  std::unordered_map<std::string, size_t> by_iso3_, by_cameo_, by_fips_, by_name_;
};

}  // namespace geokg
