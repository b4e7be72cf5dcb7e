// ingest/text/actor_lexicon.h
//
// Everything the actor recogniser knows, loaded once and then immutable: the phrase table of
// every name, alias, CLDR territory name, capital, demonym, genitive, role noun, ministry,
// pronoun and null phrase (keyed by text_key.h phrase keys, with their prefixes for pruning),
// the actors by id, the dated roles and the memberships. Built from the tables compiled into
// the binary (data/actors/) plus user dictionary files of the same formats (`--dict FILE`),
// whose entries take precedence over the built-in ones and over earlier user files.
//
// Thread safety: immutable after Load(); share one instance between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "graph/actor.h"
#include "ingest/actors/dictionary_rows.h"
#include "ingest/actors/role_calendar.h"
#include "ingest/text/flat_key_index.h"
#include "ingest/text/lexicon_entry.h"

namespace geokg {

struct LocationInfo {
  std::string country;                  // country:<iso3>
  std::vector<std::string> metonym_of;  // org ids the place can stand for
};

class ActorLexicon {
 public:
  // Loads the built-in tables and then `user_dict_files` in order. Any problem in any file
  // (malformed line, unknown kind, reference to an undefined actor) fails the load with
  // Corruption "file:line: ..."; *out is then untouched.
  static Status Load(const std::vector<std::string>& user_dict_files,
                     std::unique_ptr<ActorLexicon>* out);

  // What the lexicon holds under a phrase key: its entries, best first (possibly none), and
  // whether some longer phrase starts with the key (whole tokens). One hash lookup per step of
  // the matcher.
  struct KeyInfo {
    std::vector<uint32_t> entries;
    bool prefix = false;
  };
  // nullptr when the key is neither a phrase nor a prefix of one.
  const KeyInfo* Lookup(std::string_view key) const { return Lookup(key, KeyHash(key)); }
  // The same for a caller that holds the key's hash. REQUIRES: hash == KeyHash(key).
  const KeyInfo* Lookup(std::string_view key, uint64_t hash) const {
    const uint32_t n = phrase_keys_.Find(key, hash);
    return n == FlatKeyIndex::kNone ? nullptr : &key_infos_[n];
  }
  // Entries stored under a phrase key, best first; nullptr when none.
  const std::vector<uint32_t>* Find(std::string_view key) const;
  // True when some longer phrase starts with `key`.
  bool IsPrefix(std::string_view key) const;
  const LexEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t entry_count() const { return entries_.size(); }
  size_t max_phrase_tokens() const { return max_tokens_; }

  // A known actor by id (countries, organisations, people, locations); nullptr when none.
  const Actor* FindActor(std::string_view id) const;
  const LocationInfo* FindLocation(std::string_view id) const;
  const RoleCalendar& roles() const { return roles_; }
  // True when `member` belongs to `organization` on `day` (memberships.tsv).
  bool IsMember(std::string_view member, std::string_view organization, Day day) const;
  // The members of `organization` on `day`, sorted by id: AUKUS on 2023-05-16 is
  // country:AUS, country:GBR, country:USA.
  std::vector<std::string> MembersOf(std::string_view organization, Day day) const;

  // The actor of a ministry of a state: org:<ISO3>-<CODE>, "North Korea Ministry of Foreign
  // Affairs". The id scheme is docs/actors.md's.
  Actor MinistryActor(std::string_view country_id, std::string_view code) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  ActorLexicon() = default;
  // Building (actor_lexicon_build.cc); `tier` is 0 for built-in tables, 1.. for user files.
  void AddFile(const DictionaryFile& file, int tier);
  void AddCountry(const CountryRow& row, int tier);
  void AddActor(const Actor& actor, int tier);
  void AddCapital(const CapitalRow& row, int tier);
  void AddDemonym(const DemonymRow& row, int tier);
  void AddRoleNoun(const RoleNounRow& row, int tier);
  void AddLocation(const LocationRow& row, int tier);
  void AddPhrase(std::string_view form, LexEntry entry);
  KeyInfo& InfoOf(std::string_view key);  // inserts an empty one when absent
  void SortEntries();

  std::vector<LexEntry> entries_;
  FlatKeyIndex phrase_keys_;        // phrase keys and their prefixes
  std::vector<KeyInfo> key_infos_;  // by phrase_keys_ number
  size_t max_tokens_ = 1;
  std::unordered_map<std::string, Actor, StringHash, std::equal_to<>> actors_;
  std::unordered_map<std::string, LocationInfo, StringHash, std::equal_to<>> locations_;
  std::unordered_map<std::string, std::vector<MembershipRow>> memberships_;  // by member
  RoleCalendar roles_;
};

}  // namespace geokg
