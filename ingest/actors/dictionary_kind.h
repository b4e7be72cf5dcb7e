// ingest/actors/dictionary_kind.h
//
// The kinds of actor dictionary file (data/actors/README.md) and how a file's kind is found:
// a comment line "# table: <kind>" among its leading comments wins; otherwise the file name,
// which must end in "<kind>.tsv" ("people.tsv", "my-people.tsv", "extra_role_nouns.tsv").
#pragma once

#include <optional>
#include <string_view>

namespace geokg {

enum class DictionaryKind {
  kCountries,      // countries.tsv
  kOrganizations,  // organizations.tsv
  kPeople,         // people.tsv
  kRoles,          // roles.tsv
  kMemberships,    // memberships.tsv
  kCapitals,       // capitals.tsv
  kDemonyms,       // demonyms.tsv
  kRoleNouns,      // role_nouns.tsv
  kTextAliases,    // text_aliases.tsv
  kLocations,      // locations.tsv
  kNullPhrases,    // null_phrases.tsv
};

// "people", "role_nouns", ...: the kind's name as used in file names and "# table:" lines.
std::string_view DictionaryKindName(DictionaryKind kind);
std::optional<DictionaryKind> ParseDictionaryKind(std::string_view name);

// The kind declared in `text` or, failing that, named by `path`; nullopt when neither says.
std::optional<DictionaryKind> DetectDictionaryKind(std::string_view path, std::string_view text);

}  // namespace geokg
