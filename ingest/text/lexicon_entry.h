// ingest/text/lexicon_entry.h
//
// One way of naming an actor (or of referring to one) that the text matcher knows, as the
// lexicon stores it under the key of its phrase (text_key.h). Several entries may share a key
// ("Japanese" is an adjective and a nationality noun); the matcher takes the one of highest
// priority that fits the text's language and case.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace geokg {

enum class EntryKind : uint8_t {
  kNull,         // null_phrases.tsv: names no actor, hides the names inside it
  kName,         // a name or alias of a country, organisation, medium, group or person
  kLocation,     // locations.tsv: a place, possibly standing for an organisation
  kCapital,      // capitals.tsv capital: stands for its state, or is a place after "in"
  kSeat,         // capitals.tsv seat of power: stands for its state
  kGenitive,     // German genitive of a state ("Japans")
  kAdjective,    // adjective of nationality ("japanische", "Japanese")
  kNationality,  // noun for a national ("Japaner", "Americans")
  kRole,         // role_nouns.tsv role: an office with dated holders
  kTitle,        // role_nouns.tsv title: a person noun (official, spokesperson)
  kMinistry,     // role_nouns.tsv ministry
  kPronoun,      // role_nouns.tsv pronoun
};

// How the case of the text must agree with the dictionary form.
enum class CaseRule : uint8_t {
  kAny,          // case ignored (role nouns, German adjectives, lower-case names such as "dpa")
  kCapitalized,  // the first letter must be upper case ("China" but not "china")
  kUpper,        // short all-capital forms: no lower-case letter in the text ("EU", "G7", "US")
  kExact,        // every token exactly as in the form (text_aliases.tsv case exact)
};

inline constexpr uint8_t kLangEn = 1;
inline constexpr uint8_t kLangDe = 2;

struct LexEntry {
  EntryKind kind = EntryKind::kName;
  uint8_t langs = kLangEn | kLangDe;
  CaseRule case_rule = CaseRule::kAny;
  char gender = '*';     // role nouns and pronouns: 'm', 'f', '*'
  char number = '*';     // 's', 'p', '*'
  int priority = 0;      // higher wins among entries of one key
  std::string actor_id;  // the actor named; for role nouns the fixed affiliation, or ""
  std::string meaning;   // role / title label / ministry code; capital: English city name
  std::string rule;      // the ActorMention rule it produces: "name", "alias", "demonym", ...
  std::string form;      // the dictionary form, for explanations
  std::vector<std::string> exact_tokens;  // kExact: the form's tokens (hyphens left out)
};

}  // namespace geokg
