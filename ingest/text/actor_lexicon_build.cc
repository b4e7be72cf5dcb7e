// The building half of ActorLexicon: turns parsed dictionary rows into phrase entries.
#include <algorithm>

#include "ingest/text/actor_lexicon.h"
#include "ingest/text/cldr_names.h"
#include "ingest/text/german_forms.h"
#include "ingest/text/text_key.h"
#include "ingest/text/tokenizer.h"

namespace geokg {
namespace {

// Base priorities; a user file's tier adds 100 per tier, so user entries win.
int BasePriority(EntryKind kind) {
  switch (kind) {
    case EntryKind::kNull:
      return 90;
    case EntryKind::kName:
      return 80;
    case EntryKind::kLocation:
      return 75;
    case EntryKind::kCapital:
    case EntryKind::kSeat:
      return 70;
    case EntryKind::kGenitive:
      return 60;
    case EntryKind::kAdjective:
      return 55;
    case EntryKind::kNationality:
      return 50;
    case EntryKind::kRole:
    case EntryKind::kTitle:
    case EntryKind::kMinistry:
      return 40;
    case EntryKind::kPronoun:
      return 30;
  }
  return 0;
}

uint8_t LangMask(std::string_view lang) {
  if (lang == "en") return kLangEn;
  if (lang == "de") return kLangDe;
  return kLangEn | kLangDe;
}

// The case rule a name's spelling asks for (lexicon_entry.h).
CaseRule NameCase(std::string_view form) {
  const std::vector<Token> tokens = Tokenize(form, 0);
  if (tokens.empty()) return CaseRule::kAny;
  size_t alnum = 0;
  bool all_caps = true;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber ||
        t.kind == TokenKind::kAbbreviation) {
      for (size_t i = t.begin; i < t.end; ++i) alnum += form[i] != '.';
      all_caps &= t.all_caps || t.kind == TokenKind::kNumber;
    }
  }
  if (all_caps && alnum <= 3) return CaseRule::kUpper;
  return tokens.front().capitalized || tokens.front().all_caps ? CaseRule::kCapitalized
                                                               : CaseRule::kAny;
}

LexEntry Entry(EntryKind kind, std::string_view lang, int tier, std::string actor_id,
               std::string rule) {
  LexEntry e;
  e.kind = kind;
  e.langs = LangMask(lang);
  e.priority = BasePriority(kind) + 100 * tier;
  e.actor_id = std::move(actor_id);
  e.rule = std::move(rule);
  return e;
}

}  // namespace

ActorLexicon::KeyInfo& ActorLexicon::InfoOf(std::string_view key) {
  const uint32_t n = phrase_keys_.Insert(key);
  if (n == key_infos_.size()) key_infos_.emplace_back();
  return key_infos_[n];
}

void ActorLexicon::AddPhrase(std::string_view form, LexEntry entry) {
  thread_local KeyFolder folder;
  const std::string key = PhraseKey(form, &folder);
  if (key.empty()) return;
  for (uint32_t i : InfoOf(key).entries) {
    LexEntry& old = entries_[i];
    if (old.kind == entry.kind && old.actor_id == entry.actor_id && old.meaning == entry.meaning &&
        old.case_rule == entry.case_rule) {
      old.langs |= entry.langs;
      old.priority = std::max(old.priority, entry.priority);
      return;
    }
  }
  size_t tokens = 1;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] != ' ') continue;
    ++tokens;
    InfoOf(std::string_view(key).substr(0, i)).prefix = true;
  }
  max_tokens_ = std::max(max_tokens_, tokens);
  entry.form = std::string(form);
  if (entry.case_rule == CaseRule::kExact) {
    for (const Token& t : Tokenize(form, 0)) {
      if (t.kind != TokenKind::kHyphen)
        entry.exact_tokens.emplace_back(form.substr(t.begin, t.size()));
    }
  }
  InfoOf(key).entries.push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

void ActorLexicon::SortEntries() {
  for (KeyInfo& info : key_infos_) {
    std::vector<uint32_t>& list = info.entries;
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return entries_[a].priority > entries_[b].priority;
    });
  }
}

void ActorLexicon::AddFile(const DictionaryFile& file, int tier) {
  for (const CountryRow& r : file.countries) AddCountry(r, tier);
  for (const ActorRow& r : file.actors) AddActor(r.actor, tier);
  for (const LocationRow& r : file.locations) AddLocation(r, tier);
  for (const CapitalRow& r : file.capitals) AddCapital(r, tier);
  for (const DemonymRow& r : file.demonyms) AddDemonym(r, tier);
  for (const RoleNounRow& r : file.role_nouns) AddRoleNoun(r, tier);
  for (const RoleTermRow& r : file.roles) roles_.Add(r);
  for (const MembershipRow& r : file.memberships) memberships_[r.member].push_back(r);
  for (const TextAliasRow& r : file.text_aliases) {
    for (const std::string& form : r.forms) {
      LexEntry e = Entry(EntryKind::kName, r.lang, tier, r.actor, "alias");
      e.priority += 5;
      e.case_rule = r.exact_case ? CaseRule::kExact : NameCase(form);
      AddPhrase(form, std::move(e));
    }
  }
  for (const NullPhraseRow& r : file.null_phrases) {
    for (const std::string& phrase : r.phrases) {
      AddPhrase(phrase, Entry(EntryKind::kNull, r.lang, tier, "", "null"));
    }
  }
}

void ActorLexicon::AddCountry(const CountryRow& row, int tier) {
  Actor actor;
  actor.id = "country:" + row.iso3;
  actor.name = row.name;
  actor.type = ActorType::kCountry;
  actor.codes = {{"iso3", row.iso3}, {"iso2", row.iso2}};
  actor.aliases = row.aliases;
  const auto add = [&](const std::string& text, std::string_view lang, const char* rule) {
    LexEntry e = Entry(EntryKind::kName, lang, tier, actor.id, rule);
    e.case_rule = NameCase(text);
    AddPhrase(text, e);
    if (lang == "en") return;
    for (const std::string& weak : GermanWeakForms(text)) {  // "Vereinigten Staaten"
      LexEntry w = Entry(EntryKind::kName, "de", tier, actor.id, "alias");
      w.case_rule = CaseRule::kCapitalized;
      AddPhrase(weak, w);
    }
    if (std::optional<std::string> genitive = GermanGenitive(text)) {
      LexEntry g = Entry(EntryKind::kGenitive, "de", tier, actor.id, "genitive");
      g.case_rule = CaseRule::kCapitalized;
      AddPhrase(*genitive, g);
    }
  };
  add(row.name, "en", "name");
  for (const Alias& a : row.aliases) add(a.text, a.lang, "alias");
  for (std::string_view lang : {"de", "en"}) {
    for (const std::string& name : CldrTerritoryNames(row.iso2, lang)) add(name, lang, "name");
  }
  auto [it, inserted] = actors_.emplace(actor.id, actor);
  if (!inserted) MergeActorInto(actor, &it->second);
}

void ActorLexicon::AddActor(const Actor& actor, int tier) {
  const auto add = [&](const std::string& text, std::string_view lang, const char* rule) {
    LexEntry e = Entry(EntryKind::kName, lang, tier, actor.id, rule);
    e.case_rule = NameCase(text);
    AddPhrase(text, e);
    if (lang == "en" || e.case_rule != CaseRule::kCapitalized) return;
    if (actor.type != ActorType::kPerson) {
      for (const std::string& weak : GermanWeakForms(text)) {  // "Zentralen ..."
        LexEntry w = Entry(EntryKind::kName, "de", tier, actor.id, "alias");
        w.case_rule = CaseRule::kCapitalized;
        AddPhrase(weak, w);
      }
      return;
    }
    if (std::optional<std::string> genitive = GermanGenitive(text)) {  // "Stoltenbergs"
      LexEntry g = Entry(EntryKind::kName, "de", tier, actor.id, "genitive");
      g.case_rule = CaseRule::kCapitalized;
      AddPhrase(*genitive, g);
    }
  };
  add(actor.name, "", "name");
  for (const Alias& a : actor.aliases) add(a.text, a.lang, "alias");
  auto [it, inserted] = actors_.emplace(actor.id, actor);
  if (!inserted) MergeActorInto(actor, &it->second);
}

void ActorLexicon::AddLocation(const LocationRow& row, int tier) {
  actors_[row.actor.id] = row.actor;
  locations_[row.actor.id] = {row.country, row.metonym_of};
  for (const Alias& a : row.actor.aliases) {
    LexEntry e = Entry(EntryKind::kLocation, a.lang, tier, row.actor.id, "location");
    e.case_rule = NameCase(a.text);
    AddPhrase(a.text, e);
  }
}

void ActorLexicon::AddCapital(const CapitalRow& row, int tier) {
  std::string english = row.names.front().text;
  for (const Alias& a : row.names) {
    if (a.lang != "de") {
      english = a.text;
      break;
    }
  }
  const EntryKind kind = row.seat ? EntryKind::kSeat : EntryKind::kCapital;
  for (const Alias& a : row.names) {
    LexEntry e = Entry(kind, a.lang, tier, row.country, "capital_metonym");
    e.meaning = english;
    e.case_rule = NameCase(a.text);
    AddPhrase(a.text, e);
    if (a.lang == "en" || e.case_rule != CaseRule::kCapitalized) continue;
    if (std::optional<std::string> genitive = GermanGenitive(a.text)) {  // "Tokios"
      e.langs = kLangDe;
      AddPhrase(*genitive, e);
    }
  }
}

void ActorLexicon::AddDemonym(const DemonymRow& row, int tier) {
  if (row.kind == "adjective" && row.lang == "de") {
    for (const std::string& stem : row.forms) {
      for (const std::string& form : GermanAdjectiveForms(stem)) {
        AddPhrase(form, Entry(EntryKind::kAdjective, "de", tier, row.country, "demonym"));
      }
    }
    return;
  }
  const EntryKind kind = row.kind == "adjective"  ? EntryKind::kAdjective
                         : row.kind == "genitive" ? EntryKind::kGenitive
                                                  : EntryKind::kNationality;
  for (const std::string& form : row.forms) {
    LexEntry e = Entry(kind, row.lang, tier, row.country,
                       kind == EntryKind::kGenitive ? "genitive" : "demonym");
    e.case_rule = NameCase(form);
    AddPhrase(form, e);
  }
}

void ActorLexicon::AddRoleNoun(const RoleNounRow& row, int tier) {
  const EntryKind kind = row.kind == "role"       ? EntryKind::kRole
                         : row.kind == "title"    ? EntryKind::kTitle
                         : row.kind == "ministry" ? EntryKind::kMinistry
                                                  : EntryKind::kPronoun;
  for (const std::string& form : row.forms) {
    LexEntry e = Entry(kind, row.lang, tier, row.of, "");
    e.meaning = row.meaning;
    e.gender = row.gender;
    e.number = row.number;
    AddPhrase(form, e);
  }
}

}  // namespace geokg
