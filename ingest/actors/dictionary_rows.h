// ingest/actors/dictionary_rows.h
//
// The rows of every actor dictionary file (data/actors/*.tsv and users' files of the same
// formats), parsed but not yet cross-checked: one struct per file kind, and one parser that
// reads a whole file and collects every malformed line as a problem with file and line instead
// of stopping at the first. The lexicon (ingest/text/actor_lexicon.h) refuses a file with any
// problem; the checker (dictionary_checker.h) reports them all and adds cross-file checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_day.h"
#include "common/status.h"
#include "graph/actor.h"
#include "ingest/actors/dictionary_kind.h"

namespace geokg {

struct DictionaryProblem {
  std::string file;
  size_t line = 0;  // 0 for problems of the whole file
  std::string message;

  // "file:line: message" (or "file: message").
  std::string ToString() const;
};

// A date of reduced precision as the tables write it (YYYY, YYYY-MM, YYYY-MM-DD): the first
// and last day it can mean.
struct DayRange {
  Day first = 0;
  Day last = 0;
};
std::optional<DayRange> ParseTableDate(std::string_view text);

struct CountryRow {  // countries.tsv; ids are country:<iso3>
  size_t line = 0;
  std::string iso3, iso2, name;
  std::vector<Alias> aliases;
};
struct ActorRow {  // organizations.tsv, people.tsv
  size_t line = 0;
  Actor actor;
};
struct RoleTermRow {  // roles.tsv
  size_t line = 0;
  std::string person, role, of;
  DayRange start;
  std::optional<DayRange> end;  // nullopt while in office
};
struct MembershipRow {  // memberships.tsv
  size_t line = 0;
  std::string member, organization;
  DayRange start;
  std::optional<DayRange> end;
};
struct CapitalRow {  // capitals.tsv
  size_t line = 0;
  std::string country;
  bool seat = false;  // a seat of power (Kremlin) rather than the capital city
  std::vector<Alias> names;
};
struct DemonymRow {  // demonyms.tsv
  size_t line = 0;
  std::string country, lang, kind;  // kind: adjective, genitive or person
  std::vector<std::string> forms;
};
struct RoleNounRow {  // role_nouns.tsv
  size_t line = 0;
  std::string lang, kind, meaning, of;  // of: "" when the text must give it
  char gender = '*';                    // 'm', 'f' or '*'
  char number = '*';                    // 's' (sg), 'p' (pl) or '*'
  std::vector<std::string> forms;
};
struct TextAliasRow {  // text_aliases.tsv
  size_t line = 0;
  std::string actor, lang;  // lang "" for any
  bool exact_case = false;
  std::vector<std::string> forms;
};
struct LocationRow {  // locations.tsv
  size_t line = 0;
  Actor actor;  // type location, aliases = names
  std::string country;
  std::vector<std::string> metonym_of;
};
struct NullPhraseRow {  // null_phrases.tsv
  size_t line = 0;
  std::string lang;  // "" for any
  std::vector<std::string> phrases;
};

// The rows of one file, of the kind it was parsed as.
struct DictionaryFile {
  std::string source;  // file name used in problems
  DictionaryKind kind = DictionaryKind::kPeople;
  std::vector<CountryRow> countries;
  std::vector<ActorRow> actors;  // organizations or people
  std::vector<RoleTermRow> roles;
  std::vector<MembershipRow> memberships;
  std::vector<CapitalRow> capitals;
  std::vector<DemonymRow> demonyms;
  std::vector<RoleNounRow> role_nouns;
  std::vector<TextAliasRow> text_aliases;
  std::vector<LocationRow> locations;
  std::vector<NullPhraseRow> null_phrases;
  std::vector<DictionaryProblem> problems;  // malformed lines, in line order
};

// Parses `text` as a file of `kind`. Lines with problems are reported in file->problems and
// left out of the rows; checks are per line (columns, codes, ids, dates, languages, duplicate
// keys within the file), not against other files.
void ParseDictionaryText(std::string_view text, std::string_view source, DictionaryKind kind,
                         DictionaryFile* file);

// Corruption "file:line: message" for the first problem (and how many more), OK when none.
Status ProblemsToStatus(const std::vector<DictionaryProblem>& problems);

// The roles roles.tsv may name, and the extra meaning "leader" role nouns may use.
bool IsKnownRole(std::string_view role);

}  // namespace geokg
