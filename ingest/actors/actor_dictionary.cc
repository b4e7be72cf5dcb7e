#include "ingest/actors/actor_dictionary.h"

#include "common/name_key.h"
#include "ingest/builtin_table.h"
#include "ingest/feeds/tsv.h"

namespace geokg {

Status ActorDictionary::Add(Actor actor, std::string_view source, size_t line) {
  const auto fail = [&](std::string_view why) { return TableError(source, line, why); };
  const std::string problem = ValidateActorId(actor.id);
  if (!problem.empty()) return fail(problem);
  if (actor.name.empty()) return fail("empty name");
  const size_t index = actors_.size();
  const auto index_name = [&](const std::string& text, std::string_view lang) -> Status {
    const std::string key = NameKey(text);
    for (int l = 0; l < 2; ++l) {
      if (!lang.empty() && lang != (l == 0 ? "en" : "de")) continue;
      auto [it, inserted] = by_name_[l].emplace(key, index);
      if (!inserted && it->second != index) {
        return fail("'" + text + "' also names " + actors_[it->second].id);
      }
    }
    return Status::OK();
  };
  if (!by_id_.emplace(actor.id, index).second) return fail("duplicate id " + actor.id);
  GEOKG_RETURN_IF_ERROR(index_name(actor.name, ""));
  for (const Alias& alias : actor.aliases)
    GEOKG_RETURN_IF_ERROR(index_name(alias.text, alias.lang));
  actors_.push_back(std::move(actor));
  return Status::OK();
}

Status ActorDictionary::Parse(std::string_view organizations_tsv, std::string_view people_tsv,
                              std::unique_ptr<ActorDictionary>* dictionary) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  Status status;
  std::vector<std::string_view> f;
  ForEachDataLine(organizations_tsv, [&](size_t line, std::string_view text) {
    const std::string_view source = "data/actors/organizations.tsv";
    if (SplitTabs(text, &f) != 5) {
      status = TableError(source, line, "expected id, type, name, codes, aliases");
      return false;
    }
    Actor actor;
    actor.id = f[0];
    const std::optional<ActorType> type = ParseActorType(f[1]);
    actor.type = type.value_or(ActorType::kOrganization);
    actor.name = f[2];
    for (std::string_view pair : SplitList(f[3])) {
      const size_t eq = pair.find('=');
      if (eq != std::string_view::npos) {
        actor.codes.emplace(std::string(pair.substr(0, eq)), std::string(pair.substr(eq + 1)));
      }
    }
    status = ParseNames(f[4], &actor.aliases);
    if (!status.ok()) status = TableError(source, line, status.message());
    if (status.ok() && !type) {
      status = TableError(source, line, "unknown type '" + std::string(f[1]) + "'");
    }
    if (status.ok()) status = d->Add(std::move(actor), source, line);
    return status.ok();
  });
  GEOKG_RETURN_IF_ERROR(status);
  ForEachDataLine(people_tsv, [&](size_t line, std::string_view text) {
    const std::string_view source = "data/actors/people.tsv";
    if (SplitTabs(text, &f) != 3) {
      status = TableError(source, line, "expected id, name, aliases");
      return false;
    }
    Actor actor{std::string(f[0]), std::string(f[1]), ActorType::kPerson, {}, {}};
    status = ParseNames(f[2], &actor.aliases);
    if (!status.ok()) status = TableError(source, line, status.message());
    if (status.ok()) status = d->Add(std::move(actor), source, line);
    return status.ok();
  });
  GEOKG_RETURN_IF_ERROR(status);
  *dictionary = std::move(d);
  return Status::OK();
}

const ActorDictionary& ActorDictionary::BuiltIn() {
  static const ActorDictionary* const kBuiltIn = LoadBuiltInTable<ActorDictionary>(
      "actors/organizations.tsv", [](std::string_view organizations, const std::string&,
                                     std::unique_ptr<ActorDictionary>* dictionary) {
        const std::optional<std::string_view> people = EmbeddedDataFile("actors/people.tsv");
        if (!people) return Status::NotFound("data/actors/people.tsv is not built in");
        return Parse(organizations, *people, dictionary);
      });
  return *kBuiltIn;
}

const Actor* ActorDictionary::FindByName(std::string_view name, std::string_view lang) const {
  const auto& index = by_name_[lang == "de" ? 1 : 0];
  auto it = index.find(NameKey(name));
  return it == index.end() ? nullptr : &actors_[it->second];
}

const Actor* ActorDictionary::FindById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &actors_[it->second];
}

}  // namespace geokg
