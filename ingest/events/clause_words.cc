#include "ingest/events/clause_words.h"

#include <algorithm>
#include <array>

#include "ingest/events/actor_groups.h"

namespace geokg {

// True for a person or a party-like organisation (not a state, an alliance or an armed
// group): the actors of domestic politics.
bool Political(const ActorMention& m) {
  return m.type == ActorType::kPerson || m.type == ActorType::kOrganization;
}

// True when an object at word `object` is too far from the verb at `trigger` to be its
// object: another clause opens between them ("had supported the plans when Mr Blunkett
// argued for them": Blunkett is not what was supported).
bool ObjectOutOfReach(const SentenceView& v, size_t trigger, size_t object) {
  for (size_t w = trigger + 1; w < object; ++w) {
    const std::string& k = v.key(w);
    if (k == "," || k == "when" || k == "while" || k == "as" || k == "if" || k == "who" ||
        k == "where" || k == "which" || k == "that" || k == "wenn" || k == "als" || k == "weil") {
      return true;
    }
    // "criticised the government for claiming the EU constitution ...": the reason follows.
    if ((k == "for" || k == "over") && w + 1 < object && v.key(w + 1).ends_with("ing")) {
      return true;
    }
  }
  return false;
}

namespace {

// Nouns whose content may follow as a clause without "that" ("the idea Mr X posed a threat",
// "claims the party was split").
bool ContentNoun(std::string_view k) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "idea",       "ideas",       "claim",       "claims",      "suggestion", "suggestions",
      "notion",     "view",        "fear",        "fears",       "belief",     "argument",
      "allegation", "allegations", "accusation",  "accusations", "charge",     "charges",
      "report",     "reports",     "speculation", "rumours"};
  return std::find(kWords.begin(), kWords.end(), k) != kWords.end();
}

}  // namespace

bool EnglishObjectEmbedded(const SentenceView& v, size_t form_end, size_t object) {
  size_t prepositions = 0;
  for (size_t w = form_end; w < object; ++w) {
    const std::string& k = v.key(w);
    if (ContentNoun(k)) return true;
    // "accused ministers of turning Britain into ...": the act of an accusation or reason.
    if (k == "of" && w + 1 < object && v.key(w + 1).ends_with("ing")) return true;
    if (w == form_end) continue;
    // "to" before a lower-case word that is no determiner opens an infinitive.
    if (k == "to" && w + 1 < object && v.slot_at(w + 1) < 0 && !v.token(w + 1).capitalized &&
        v.token(w + 1).kind == TokenKind::kWord && !IsArticle(v.key(w + 1)) &&
        v.key(w + 1) != "his" && v.key(w + 1) != "her" && v.key(w + 1) != "their") {
      return true;
    }
    // One prepositional phrase may name the object's owner or aim ("lifted its suspension of
    // visas for South Korean travellers"); a second one is deeper.
    if (k != "of" && k != "by" && k != "in" && (IsPreposition(k) || k == "about" || k == "over")) {
      if (++prepositions == 2) return true;
    }
  }
  return false;
}

// True when only determiners, honorifics, modifiers and words of actor mentions stand between
// the trigger and an object at word `object` ("told the British minister", "told Mr Brown",
// "told prospective Labour MPs"; not "told MPs the UK was ...").
bool Near(const SentenceView& v, size_t trigger, size_t object) {
  bool head = false;  // a word that is no determiner has been passed
  for (size_t w = trigger + 1; w < object; ++w) {
    const std::string& k = v.key(w);
    const bool determiner = IsArticle(k) || k == "his" || k == "her" || k == "their";
    // A determiner after a word opens a second noun phrase ("told the Independent the Tories'
    // plans were ...").
    if (determiner && head) return false;
    if (determiner || k == "mr" || k == "mrs" || k == "ms" || k == "dr" || k == "sir") continue;
    // "warned against disunity and Tory leader Michael Howard ...": a preposition first.
    if (IsPreposition(k)) return false;
    // "urged Europe and the US": a coordinator joins objects.
    head = !(k == "and" || k == ",");
    bool mention = false;
    for (const ActorMention& m : v.annotation().actors) {
      mention = mention || (m.begin <= v.token(w).begin && v.token(w).end <= m.end);
    }
    // A modifier of the object ("prospective", "Parliamentary"); a plural noun or a
    // possessive is an object of its own ("told voters", "told ITV1's programme").
    const bool modifier = v.token(w).kind == TokenKind::kWord && !k.ends_with("s");
    if (!mention && !modifier) return false;
  }
  return true;
}

// True when words [first, end) say that the actors act on each other ("each other", "one
// another", "gegenseitig", "einander").
bool EachOther(const SentenceView& v, size_t first, size_t end) {
  for (size_t w = first; w < end; ++w) {
    const std::string& k = v.key(w);
    if (k == "gegenseitig" || k == "einander") return true;
    if (w + 1 < end &&
        ((k == "each" && v.key(w + 1) == "other") || (k == "one" && v.key(w + 1) == "another"))) {
      return true;
    }
  }
  return false;
}

// True for an English passive participle at word `trigger` ("was expelled", "has been
// accused"); the caller checks that no agent ("by X") is named.
bool EnglishAgentlessPassive(const SentenceView& v, size_t first, size_t trigger,
                             std::string_view lang) {
  const std::string& verb = v.key(trigger);
  const bool participle = verb.ends_with("ed") || verb == "struck" || verb == "hit" ||
                          verb == "sent" || verb == "shot" || verb == "met" || verb == "held" ||
                          verb == "told";
  if (lang != "en" || !participle) return false;
  // "..., accused of al-Qaeda links", "Labour accused of 'EU propaganda'": the active verb has
  // its object before "of".
  if (verb == "accused" && trigger + 1 < v.size() && v.key(trigger + 1) == "of") return true;
  for (size_t w = trigger; w > first && trigger - w < 3;) {
    --w;
    const std::string& k = v.key(w);
    if (k == "was" || k == "were" || k == "been" || k == "being" || k == "be" || k == "is" ||
        k == "are") {
      return true;
    }
    if (!(k.ends_with("ly") || k == "also" || k == "not" || k == "never")) return false;
  }
  return false;
}

bool FacesOpponent(const SentenceView& v, size_t trigger, size_t end) {
  for (size_t w = trigger + 1; w < end && w < trigger + 5; ++w) {
    if (v.slot_at(w) >= 0) return false;
    if (v.key(w) == "auf") return true;
  }
  return false;
}

// True when an English determiner stands right before word `w` ("a sign", "their offer").
bool DeterminerBefore(const SentenceView& v, size_t w) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "whose"};
  return std::find(kWords.begin(), kWords.end(), v.key(w - 1)) != kWords.end();
}

// True when the English -ed form at `trigger` stands between a determiner, number or "other"
// and the noun it describes ("the three other freed British detainees").
bool AttributiveParticiple(const SentenceView& v, size_t first, size_t trigger, size_t form_end) {
  if (trigger <= first || form_end >= v.size() || !v.key(trigger).ends_with("ed")) return false;
  const std::string& b = v.key(trigger - 1);
  const bool before = b == "other" || b == "newly" || IsArticle(b) ||
                      v.token(trigger - 1).kind == TokenKind::kNumber;
  return before && IsWord(v, form_end);
}

// True when the English word at `trigger`, ending in -s, follows no subject: no actor, subject
// pronoun or relative pronoun stands right before it (across "also", "now", "again" and -ly
// adverbs), so it is a plural noun ("such attacks were", "al-Qaeda attacks seek" is a verb).
bool PluralNounForm(const SentenceView& v, size_t first, size_t trigger) {
  const std::string& k = v.key(trigger);
  if (!k.ends_with("s") || k.ends_with("ss") || k.ends_with("'s")) return false;
  for (size_t w = trigger; w > first;) {
    --w;
    const std::string& b = v.key(w);
    if (b == "also" || b == "now" || b == "again" || b == "still" || b.ends_with("ly")) continue;
    if (v.slot_at(w) >= 0 || IsSubjectPronoun(b) || b == "who" || b == "which" || b == "that") {
      return false;
    }
    // "Downing Street says", a headline's "Labour MP praises ...": a capitalised word.
    return !v.token(w).capitalized;
  }
  return false;  // the clause starts with it: a headline verb ("Attacks on ...") is left alone
}

// True when the English participle at `trigger` (its form ends before `form_end`) follows a
// plain word of the clause and is followed by "by": "a dinner hosted by X", "the plans
// backed by X".
bool ReducedRelative(const SentenceView& v, size_t first, size_t trigger, size_t form_end) {
  if (trigger <= first || form_end >= v.size() || v.key(form_end) != "by") return false;
  if (!v.key(trigger).ends_with("ed")) return false;
  const size_t before = trigger - 1;
  const std::string& k = v.key(before);
  if (v.slot_at(before) >= 0 || v.token(before).kind != TokenKind::kWord) return false;
  static constexpr std::array<std::string_view, 14> kNotNouns = {
      "was", "were", "been", "being", "be",  "is",  "are",
      "has", "have", "had",  "and",   "who", "not", "also"};
  return std::find(kNotNouns.begin(), kNotNouns.end(), k) == kNotNouns.end() && !k.ends_with("ly");
}

// True when group `g` is one English nationality adjective before a noun of civilians ("the
// Pakistani community", "British families"): the people, not their state.
bool CivilianDemonym(const SentenceView& v, const Group& g) {
  if (g.members.size() != 1 || g.members.front()->rule != "demonym" || g.end >= v.size()) {
    return false;
  }
  static constexpr std::array<std::string_view, 18> kCivilians = {
      "community", "communities", "people",    "public",   "families", "voters",
      "workers",   "citizens",    "nationals", "press",    "media",    "businesses",
      "firms",     "companies",   "fans",      "students", "tourists", "muslims"};
  return std::find(kCivilians.begin(), kCivilians.end(), v.key(g.end)) != kCivilians.end();
}

// True when "warned"/"warns" at `trigger` goes on after its object (ending at word `end`) with
// a content clause ("that", or a subject: "warned Labour and the Tories they were ...")
// rather than a consequence ("of", "against", "to", "not to").
bool WarnedAbout(const SentenceView& v, size_t from, size_t to) {
  for (size_t w = from; w < to && w < v.size(); ++w) {
    if (v.key(w) == "vor") return true;
  }
  return false;
}

const Group* SubjectAfterComma(const SentenceView& v, const std::vector<Group>& groups,
                               const Group* source, size_t first, size_t trigger,
                               std::string_view lang) {
  if (lang != "de" || source == nullptr || trigger == 0) return nullptr;
  // A zu-infinitive has no subject of its own ("hofft, der NATO beizutreten").
  const std::string& verb = v.key(trigger);
  if (v.key(trigger - 1) == "zu" ||
      (verb.ends_with("en") && verb.find("zu") != std::string::npos)) {
    return nullptr;
  }
  for (const Group& g : groups) {
    if (g.end != trigger || g.first <= source->end || &g == source) continue;
    if (!GoverningPreposition(v, g.first, first).empty()) continue;
    for (size_t w = source->end; w < g.first; ++w) {
      if (v.key(w) == ",") return &g;
    }
  }
  return nullptr;
}

bool CoordinatorBetween(const SentenceView& v, size_t a, size_t b) {
  for (size_t w = std::min(a, b) + 1; w < std::max(a, b); ++w) {
    if (v.key(w) == "und" || v.key(w) == "oder") return true;
  }
  return false;
}

bool GermanParticiple(const SentenceView& v, const std::vector<Group>& groups, size_t first,
                      size_t trigger, size_t form_end, const Group** agent, const Group** patient) {
  *agent = *patient = nullptr;
  if (trigger == 0) return false;
  const auto by = [&](const Group& g) {
    const std::string_view p = GoverningPreposition(v, g.first, first);
    return p == "von" || p == "vom";
  };
  if (v.key(trigger - 1) == "," && form_end < v.size() &&
      (v.key(form_end) == "von" || v.key(form_end) == "vom")) {
    for (const Group& g : groups) {
      if (g.end == trigger - 1) *patient = &g;
      if (*agent == nullptr && g.first > form_end && g.first <= form_end + 4 && by(g)) *agent = &g;
    }
    if (*agent != nullptr && *patient != nullptr) return true;
    *agent = *patient = nullptr;
    return false;
  }
  if (form_end >= v.size() || !v.token(form_end).capitalized) return false;
  for (const Group& g : groups) {
    if (g.end == trigger && by(g)) *agent = &g;
    if (g.first == form_end) *patient = &g;
  }
  if (*agent != nullptr) return true;
  *patient = nullptr;
  // "dem vom Westen unterstützten Sturz": an agent the dictionaries do not know.
  for (size_t w = trigger; w > first && trigger - w < 4;) {
    --w;
    if (v.key(w) == "von" || v.key(w) == "vom") return w + 1 < trigger;
    if (!IsWord(v, w)) break;
  }
  return false;
}

bool GermanAttributive(const SentenceView& v, size_t first, size_t trigger, size_t form_end) {
  if (form_end >= v.size() || !v.token(form_end).capitalized || v.slot_at(form_end) >= 0) {
    return false;
  }
  // An adjective's ending: "kritisierten", "angekündigte", "geplantes".
  const std::string& k = v.key(trigger);
  if (!(k.ends_with("te") || k.ends_with("ten") || k.ends_with("tes") || k.ends_with("ter") ||
        k.ends_with("tem") || k.ends_with("ene") || k.ends_with("enen"))) {
    return false;
  }
  for (size_t w = trigger; w > first && trigger - w < 4;) {
    --w;
    const std::string& b = v.key(w);
    if (IsArticle(b) || IsPreposition(b)) return true;
    if (!IsWord(v, w) || v.token(w).capitalized || IsCoordinator(b) || IsSubordinator(b)) break;
  }
  return false;
}

bool TopicBefore(const SentenceView& v, size_t from, size_t to) {
  for (size_t w = from; w < to && w < v.size(); ++w) {
    if (v.key(w) == "uber" || v.key(w) == "about") return true;  // keys are folded: "über"
  }
  return false;
}

bool IsLocative(std::string_view prep) { return prep == "in" || prep == "im" || prep == "at"; }

bool WarningOfContent(const SentenceView& v, size_t trigger, size_t end) {
  const std::string& k = v.key(trigger);
  if ((k != "warned" && k != "warns") || end <= trigger || end >= v.size()) return false;
  size_t w = end;
  // A time or place first: "warned X in a document on 7 March 2003 that ...".
  if (v.key(w) == "on" || v.key(w) == "in" || v.key(w) == "at") {
    for (size_t n = 0; w + 1 < v.size() && n < 8 && IsWord(v, w) && v.key(w) != "that"; ++n) ++w;
  }
  const std::string& n = v.key(w);
  return n == "that" || IsSubjectPronoun(n) || v.slot_at(w) >= 0;
}

bool Violent(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// True when an English light verb ("carried out", "launched", "conducted", "staged",
// "mounted") stands within the five words before noun `trigger` of a clause from `first`.
bool LightVerbBefore(const SentenceView& v, size_t first, size_t trigger) {
  for (size_t w = trigger; w > first && trigger - w < 5;) {
    --w;
    const std::string& k = v.key(w);
    if (k == "launched" || k == "launch" || k == "launches" || k == "conducted" || k == "staged" ||
        k == "mounted" || (k == "out" && w > first && v.key(w - 1).starts_with("carr"))) {
      return true;
    }
  }
  return false;
}

// True when the clause of word `w` says, before it, that an office was taken up ("took over
// as", "took office", "became", "was sworn in as", "übernahm das Amt").
bool TookOffice(const SentenceView& v, size_t w) {
  const size_t first = v.clause_range(v.clause(w)).first;
  for (size_t i = first; i < w; ++i) {
    const std::string& k = v.key(i);
    const std::string& n = i + 1 < v.size() ? v.key(i + 1) : k;
    if ((k == "took" && (n == "over" || n == "office")) || k == "became" || k == "sworn" ||
        k == "ubernahm" || k == "ubernimmt") {
      return true;
    }
  }
  return false;
}

}  // namespace geokg
