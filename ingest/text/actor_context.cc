// The context half of ActorRecognizer: what the words around a match say (modifiers,
// determiners, "der X" / "of X", names next to a role noun).
#include <algorithm>
#include <array>

#include "ingest/text/actor_recognizer.h"

namespace geokg {
namespace {

bool IsNounSuffixed(std::string_view key) {
  for (std::string_view s : {"ung", "heit", "keit", "schaft", "tion", "tat", "ismus", "nis", "ium",
                             "ment", "zentrum", "amt", "rat"}) {
    if (key.size() > s.size() + 2 && key.substr(key.size() - s.size()) == s) return true;
  }
  return false;
}

bool IsWordToken(const Word& w) { return w.token.kind == TokenKind::kWord; }

}  // namespace

int ActorRecognizer::MatchEndingAt(size_t word_end) const {
  return word_end < match_end_at_.size() ? match_end_at_[word_end] : -1;
}

bool ActorRecognizer::IsPersonMatch(int match) const {
  if (match < 0) return false;
  const LexEntry& e = EntryOf(match);
  return e.kind == EntryKind::kName && e.actor_id.substr(0, 7) == "person:";
}

// The state or organisation a match names when it modifies a noun ("japanische", "Japans",
// "NATO" in "NATO-Chef", "Kreml" in "Kreml-Sprecher"); "" for anything else.
std::string ActorRecognizer::ModifierActor(int match) const {
  if (match < 0) return "";
  const LexEntry& e = EntryOf(match);
  switch (e.kind) {
    case EntryKind::kAdjective:
    case EntryKind::kGenitive:
    case EntryKind::kCapital:
    case EntryKind::kSeat:
      return e.actor_id;
    case EntryKind::kMinistry: {  // "foreign ministry spokesperson"
      bool by_coref = false;
      return ResolveMinistry(match, &by_coref);
    }
    case EntryKind::kName: {
      const std::optional<ActorType> type = ActorTypeFromIdPrefix(e.actor_id);
      if (type == ActorType::kPerson || type == ActorType::kMedia) return "";
      return e.actor_id;
    }
    default:
      return "";
  }
}

std::string ActorRecognizer::LeftAffiliation(size_t begin) const {
  if (begin == 0) return "";
  std::string actor = ModifierActor(MatchEndingAt(begin));
  if (!actor.empty()) return actor;
  const Word& before = words_[begin - 1];
  if (begin >= 2 && before.token.kind == TokenKind::kClitic) {  // "Japan's foreign minister"
    return ModifierActor(MatchEndingAt(begin - 1));
  }
  if (lang_ == TextLang::kEn && before.key == "its") {
    // "Japan has no plans to join NATO, its foreign minister said": the first state or
    // organisation of the sentence, most often its subject.
    for (const PhraseMatch& m : matches_) {
      if (m.end > begin) break;
      std::string first = ModifierActor(static_cast<int>(&m - matches_.data()));
      if (!first.empty()) return first;
    }
    return "";
  }
  if (begin >= 2 && MatchEndingAt(begin) < 0 && IsWordToken(before) &&
      !before.token.capitalized) {  // "Japans neuer Außenminister", "Japan's new PM"
    const bool adjective = lang_ == TextLang::kDe
                               ? LooksLikeGermanAdjective(before.key)
                               : (before.key == "new" || before.key == "top" ||
                                  before.key == "current" || before.key == "acting");
    if (adjective) return ModifierActor(MatchEndingAt(begin - 1));
  }
  return "";
}

// The match that "der X" / "des X" / "of X" / a genitive after a noun ending at `end` names:
// a state, an organisation or a ministry. Skips nouns in between ("ein Beamter des
// Asien-Instituts des Außenministeriums" links to the ministry). -1 when none.
int ActorRecognizer::RightLink(size_t end) const {
  const int direct = MatchAt(end);
  if (direct >= 0 && EntryOf(direct).kind == EntryKind::kGenitive) return direct;
  size_t j = end;
  for (int hops = 0; hops < 3 && j < words_.size(); ++hops) {
    if (!IsLinkWord(lang_, words_[j].key) && !(lang_ == TextLang::kEn && words_[j].key == "at")) {
      return -1;
    }
    size_t k = j + 1;
    if (k < words_.size() && lang_ == TextLang::kEn && words_[k].key == "the") ++k;
    // Adjectives before the head: "des nordkoreanischen Außenministeriums".
    while (k < words_.size()) {
      const int m = MatchAt(k);
      if (m >= 0 && EntryOf(m).kind == EntryKind::kAdjective && MatchAt(matches_[m].end) >= 0) {
        k = matches_[m].end;
      } else if (m < 0 && IsWordToken(words_[k]) && !words_[k].token.capitalized &&
                 lang_ == TextLang::kDe && LooksLikeGermanAdjective(words_[k].key)) {
        ++k;
      } else {
        break;
      }
    }
    if (k >= words_.size()) return -1;
    const int m = MatchAt(k);
    size_t after = k + 1;
    if (m >= 0) {
      after = matches_[m].end;
      const bool compound = after < words_.size() && words_[after].hyphen_before;
      if (!compound) {
        if (after + 1 < words_.size() && words_[after].token.kind == TokenKind::kClitic) {
          const int owned = MatchAt(after + 1);  // "of North Korea's foreign ministry"
          if (owned >= 0 && EntryOf(owned).kind == EntryKind::kMinistry) return owned;
        }
        const EntryKind kind = EntryOf(m).kind;
        if (kind == EntryKind::kMinistry || kind == EntryKind::kGenitive ||
            (kind == EntryKind::kName && !ModifierActor(m).empty())) {
          return m;
        }
        return -1;
      }
    } else if (!words_[k].token.capitalized) {
      return -1;  // "der" before a verb or an adjective without noun: no link
    }
    while (after < words_.size() && words_[after].hyphen_before) ++after;  // rest of a compound
    j = after;
  }
  return -1;
}

std::string ActorRecognizer::LinkedAffiliation(int match) const {
  if (match < 0) return "";
  if (EntryOf(match).kind == EntryKind::kMinistry) {
    bool by_coref = false;
    return ResolveMinistry(match, &by_coref);
  }
  return ModifierActor(match);
}

bool ActorRecognizer::FormerBefore(size_t begin) const {
  if (begin > 0 && words_[begin].hyphen_before && words_[begin - 1].key == "ex") return true;
  size_t j = begin;
  for (int steps = 0; steps < 3 && j > 0; ++steps) {
    --j;
    if (IsFormerWord(lang_, words_[j].key)) return true;
    if (IsDefiniteDeterminer(lang_, words_[j].key) || IsIndefiniteArticle(lang_, words_[j].key)) {
      return false;
    }
    const int m = MatchEndingAt(j + 1);
    if (m >= 0) j = matches_[m].begin;
  }
  return false;
}

namespace {

// English words that end the noun phrase a determiner opens: "called on ministers" has no
// determiner, whatever stands before "on".
bool EnglishPhraseBoundary(std::string_view k) {
  static constexpr std::array<std::string_view, 14> kWords = {"on",   "to", "for",  "with", "by",
                                                              "from", "at", "in",   "of",   "into",
                                                              "and",  "or", "that", "who"};
  return std::find(kWords.begin(), kWords.end(), k) != kWords.end();
}

}  // namespace

ActorRecognizer::DeterminerInfo ActorRecognizer::DeterminerBefore(size_t begin) const {
  DeterminerInfo info;
  size_t j = begin;
  for (int steps = 0; steps < 4 && j > 0; ++steps) {
    const int m = MatchEndingAt(j);
    if (m >= 0 && !ModifierActor(m).empty()) {  // "der japanische", "the NATO"
      j = matches_[m].begin;
      continue;
    }
    const Word& w = words_[j - 1];
    if (IsPluralMarker(lang_, w.key)) {
      info.plural = true;
    } else if (IsDefiniteDeterminer(lang_, w.key)) {
      info.definite = true;
      return info;
    } else if (IsIndefiniteArticle(lang_, w.key)) {
      info.indefinite = true;
      return info;
    } else if (!IsWordToken(w) || w.token.capitalized || EnglishPhraseBoundary(w.key) ||
               (lang_ == TextLang::kDe && !LooksLikeGermanAdjective(w.key) &&
                !IsFormerWord(lang_, w.key))) {
      return info;
    }
    --j;
  }
  return info;
}

// A capitalised run that can be a person's name: "Kim Seol-hwa", "Jens Stoltenberg",
// "Ursula von der Leyen". Stops at any dictionary phrase, function word or noun-like word.
size_t ActorRecognizer::UnknownNameLength(size_t begin, size_t min_words) const {
  const auto name_word = [&](size_t i) {
    const Word& w = words_[i];
    return IsWordToken(w) && w.token.capitalized && (!w.token.all_caps || w.text.size() == 1) &&
           MatchAt(i) < 0 && !IsNameStopword(w.key) && !IsNounSuffixed(w.key);
  };
  if (begin >= words_.size() || words_[begin].hyphen_before || !name_word(begin)) return 0;
  size_t end = begin + 1;
  while (end < words_.size() && end - begin < 5) {
    const Word& w = words_[end];
    if (w.hyphen_before && IsWordToken(w) && MatchAt(end) < 0) {
      ++end;  // "Seol-hwa"
    } else if (!w.hyphen_before && name_word(end)) {
      ++end;
    } else if (IsNameParticle(w.key) && !w.token.capitalized && end + 1 < words_.size() &&
               name_word(end + 1)) {
      end += 2;
    } else {
      break;
    }
  }
  if (end < words_.size() && words_[end].hyphen_before) return 0;  // "Kim Seol-Forschung"
  return end - begin >= min_words ? end - begin : 0;
}

// A person this document has named before, by full name or by a part of it ("Kim").
size_t ActorRecognizer::DocumentNameLength(size_t begin, std::string* id) const {
  // A role noun may end the sentence: nothing follows it.
  if (begin >= words_.size()) return 0;
  if (!words_[begin].token.capitalized || words_[begin].hyphen_before ||
      IsNameStopword(words_[begin].key)) {
    return 0;
  }
  std::string key;
  size_t best = 0;
  for (size_t n = 1; n <= 5 && begin + n <= words_.size(); ++n) {
    if (MatchAt(begin + n - 1) >= 0) break;
    if (n > 1) key.push_back(' ');
    key += words_[begin + n - 1].key;
    if (const std::string* person = coref_.PersonByName(key); person && !person->empty()) {
      best = n;
      *id = *person;
    }
    if (!coref_.IsNamePrefix(key)) break;
  }
  if (best > 0 && begin + best < words_.size() && words_[begin + best].hyphen_before) return 0;
  // "Charles Kennedy" after "Charles Clarke", "Howard Flight" after "Michael Howard": a name
  // part followed by another capitalised unknown word begins another person's name.
  if (best > 0 && begin + best < words_.size()) {
    const Word& next = words_[begin + best];
    if (next.token.capitalized && IsWordToken(next) && MatchAt(begin + best) < 0 &&
        !IsNameStopword(next.key)) {
      return 0;
    }
  }
  return best;
}

// ", ein Beamter" / ", der japanische Außenminister" / ", a senior official" after a name
// ending at `end`: the title or role noun match, or -1.
int ActorRecognizer::TitleAfterComma(size_t end) const {
  if (end >= words_.size() || words_[end].text != ",") return -1;
  size_t j = end + 1;
  if (j < words_.size() &&
      (IsIndefiniteArticle(lang_, words_[j].key) || IsDefiniteDeterminer(lang_, words_[j].key))) {
    ++j;
  }
  for (int steps = 0; steps < 3 && j < words_.size(); ++steps) {
    const int m = MatchAt(j);
    if (m >= 0) {
      const EntryKind kind = EntryOf(m).kind;
      // An honorific opens the next name ("at the Sage Centre, Mr Brown said").
      if (EntryOf(m).meaning == "honorific") return -1;
      if (kind == EntryKind::kTitle || kind == EntryKind::kRole) return m;
      if (ModifierActor(m).empty()) return -1;
      j = matches_[m].end;
      if (j < words_.size() && words_[j].token.kind == TokenKind::kClitic) ++j;  // "Australia's"
    } else if (IsWordToken(words_[j]) && !words_[j].token.capitalized) {
      ++j;  // "hochrangiger", "senior"
    } else {
      return -1;
    }
  }
  return -1;
}

std::string ActorRecognizer::TitleAffiliation(int title) const {
  const LexEntry& e = EntryOf(title);
  if (!e.actor_id.empty()) return e.actor_id;
  std::string left = LeftAffiliation(matches_[title].begin);
  if (!left.empty()) return left;
  return LinkedAffiliation(RightLink(matches_[title].end));
}

std::string ActorRecognizer::ResolveMinistry(int match, bool* by_coref) const {
  const LexEntry& e = EntryOf(match);
  *by_coref = false;
  std::string country = e.actor_id;
  if (country.empty()) country = LeftAffiliation(matches_[match].begin);
  if (country.empty()) {
    const int right = RightLink(matches_[match].end);
    if (right >= 0 && EntryOf(right).kind != EntryKind::kMinistry) country = ModifierActor(right);
  }
  if (country.substr(0, 8) == "country:") return lexicon_.MinistryActor(country, e.meaning).id;
  *by_coref = true;
  return coref_.LastMinistry(e.meaning);
}

const RoleTerm* ActorRecognizer::ResolveRole(std::string_view role, std::string_view of) const {
  if (!date_) return nullptr;
  const RoleCalendar& roles = lexicon_.roles();
  if (role != "leader") {
    const RoleTerm* term = roles.HolderOn(role, of, *date_);
    if (term != nullptr || of.substr(0, 4) != "org:") return term;
  }
  // The head of an organisation, or of a state: its supreme leader; the president where the
  // presidency holds executive power; else the head of government.
  static constexpr std::string_view kOrgHeads[] = {"secretary_general", "president",
                                                   "high_representative"};
  static constexpr std::string_view kExecutivePresidencies[] = {
      "country:USA", "country:RUS", "country:CHN", "country:FRA", "country:KOR", "country:TUR",
      "country:BRA", "country:ARG", "country:MEX", "country:IDN", "country:UKR", "country:ZAF"};
  if (of.substr(0, 4) == "org:") {
    for (std::string_view r : kOrgHeads) {
      if (const RoleTerm* t = roles.HolderOn(r, of, *date_)) return t;
    }
    return nullptr;
  }
  if (const RoleTerm* t = roles.HolderOn("supreme_leader", of, *date_)) return t;
  for (std::string_view c : kExecutivePresidencies) {
    if (c == of) return roles.HolderOn("head_of_state", of, *date_);
  }
  return roles.HolderOn("head_of_government", of, *date_);
}

}  // namespace geokg
