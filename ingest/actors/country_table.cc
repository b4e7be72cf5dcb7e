#include "ingest/actors/country_table.h"

#include "common/name_key.h"
#include "ingest/builtin_table.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

bool IsUpperCode(std::string_view code, size_t length) {
  if (code.size() != length) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

Actor Country::ToActor() const {
  Actor actor;
  actor.id = actor_id();
  actor.name = name;
  actor.type = ActorType::kCountry;
  actor.codes["iso3"] = iso3;
  actor.codes["iso2"] = iso2;
  if (!cameo.empty()) actor.codes["cameo"] = cameo;
  std::string joined;
  for (const std::string& f : fips) joined += (joined.empty() ? "" : "|") + f;
  if (!joined.empty()) actor.codes["fips"] = joined;
  actor.aliases = aliases;
  return actor;
}

Status CountryTable::Parse(std::string_view tsv, std::string_view source,
                           std::unique_ptr<CountryTable>* table) {
  std::unique_ptr<CountryTable> t(new CountryTable());
  Status status;
  std::vector<std::string_view> fields;
  ForEachDataLine(tsv, [&](size_t line, std::string_view text) {
    const auto fail = [&](std::string_view why) {
      status = TableError(source, line, why);
      return false;
    };
    if (SplitTabs(text, &fields) != 6) return fail("expected 6 tab-separated columns");
    Country c;
    c.iso3 = fields[0];
    c.iso2 = fields[1];
    if (!IsUpperCode(c.iso3, 3) || !IsUpperCode(c.iso2, 2)) return fail("bad ISO code");
    for (std::string_view f : SplitList(fields[2])) c.fips.emplace_back(f);
    if (fields[3] != "-") c.cameo = fields[3];
    c.name = fields[4];
    if (c.name.empty()) return fail("empty name");
    Status names = ParseNames(fields[5], &c.aliases);
    if (!names.ok()) return fail(names.message());
    const size_t index = t->countries_.size();
    if (!t->by_iso3_.emplace(c.iso3, index).second) return fail("duplicate iso3 " + c.iso3);
    if (!c.cameo.empty() && !t->by_cameo_.emplace(c.cameo, index).second) {
      return fail("duplicate cameo code " + c.cameo);
    }
    for (const std::string& f : c.fips) {
      if (!t->by_fips_.emplace(f, index).second) return fail("duplicate fips code " + f);
    }
    if (!t->by_name_.emplace(NameKey(c.name), index).second)
      return fail("duplicate name " + c.name);
    for (const Alias& a : c.aliases) {
      auto [it, inserted] = t->by_name_.emplace(NameKey(a.text), index);
      if (!inserted && it->second != index) return fail("alias '" + a.text + "' names two rows");
    }
    t->countries_.push_back(std::move(c));
    return true;
  });
  GEOKG_RETURN_IF_ERROR(status);
  *table = std::move(t);
  return Status::OK();
}

const CountryTable& CountryTable::BuiltIn() {
  static const CountryTable* const kBuiltIn =
      LoadBuiltInTable<CountryTable>("actors/countries.tsv", &CountryTable::Parse);
  return *kBuiltIn;
}

namespace {
const Country* Lookup(const std::vector<Country>& countries,
                      const std::unordered_map<std::string, size_t>& index, std::string key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &countries[it->second];
}
}  // namespace

const Country* CountryTable::FindByIso3(std::string_view code) const {
  return Lookup(countries_, by_iso3_, std::string(code));
}
const Country* CountryTable::FindByCameo(std::string_view code) const {
  return Lookup(countries_, by_cameo_, std::string(code));
}
const Country* CountryTable::FindByFips(std::string_view code) const {
  return Lookup(countries_, by_fips_, std::string(code));
}
const Country* CountryTable::FindByName(std::string_view name) const {
  return Lookup(countries_, by_name_, NameKey(name));
}

}  // namespace geokg
