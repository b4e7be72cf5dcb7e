#include "ingest/events/claim_cues.h"

#include <algorithm>
#include <array>

#include "ingest/events/actor_groups.h"

namespace geokg {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

bool IsNegation(std::string_view k) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "nicht",   "kein",  "keine", "keinen", "keinem",  "keiner",      "nie",
      "niemals", "weder", "not",   "never",  "refused", "verweigerte", "t"};
  return In(kWords, k);
}

bool IsDenial(std::string_view k) {
  return k.starts_with("dementier") || k.starts_with("bestritt") || k == "bestreitet" ||
         k == "bestritten" || k == "denied" || k == "denies" || k == "deny";
}

bool IsHypothetical(std::string_view k) {
  // "müsse" (reported necessity), "muss"/"müssen" ("Die EU muss ... kooperieren": a demand),
  // "sollte(n)" ("should"): not a fact. The past "musste" ("had to") is one. "möglich",
  // "möglicherweise", "eventuell", "vielleicht": a possibility ("Treffen ... diese Woche
  // möglich").
  static constexpr std::array<std::string_view, 23> kWords = {
      "moglich",   "moglicherweise", "eventuell", "vielleicht", "konnte", "konnten", "wurde",
      "wurden",    "falls",          "erwagt",    "erwagen",    "musse",  "muss",    "mussen",
      "sollte",    "sollten",        "could",     "might",      "would",  "if",      "considering",
      "considers", "hypothetically"};
  // "konnte"/"wurde" are the folded forms of "könnte"/"würde" but also of "konnte"/"wurde";
  // the folding loses the umlaut, so the caller checks the original spelling (see below).
  return In(kWords, k);
}

bool IsPlanned(std::string_view k) {
  static constexpr auto kWords = std::to_array<std::string_view>(
      {"plant",           "planen",    "plante",  "planten",      "geplant",
       "geplante",        "geplanten", "will",    "wollen",       "soll",
       "sollen",          "solle",     "wird",    "werden",       "werde",
       "hofft",           "hoffen",    "strebt",  "beabsichtigt", "beabsichtigen",
       "voraussichtlich", "plans",     "planned", "planning",     "intends",
       "intend",          "hopes",     "hope",    "aims",         "expected",
       "expects",         "scheduled", "due",     "shall",        "set"});
  return In(kWords, k);
}

bool IsReportVerb(std::string_view k) {
  return k.starts_with("berichtet") || k.starts_with("meldet") || k == "reported" ||
         k == "reports" || k == "reportedly" || k == "angeblich" || k == "berichte" ||
         k == "berichten";
}

// Verbs that present the clause they govern as someone's claim.
bool IsClaimVerb(std::string_view k) {
  static constexpr auto kWords = std::to_array<std::string_view>(
      {"sagte",      "sagten",     "erklarte",   "erklarten",   "behauptet",
       "behauptete", "behaupten",  "bestatigte", "bestatigten", "bestatigt",
       "mitteilte",  "mitteilten", "said",       "says",        "claimed",
       "claims",     "confirmed",  "confirms",   "stated",      "insisted",
       "insists",    "argued",     "added",      "alleges",     "alleged"});
  return IsReportVerb(k) || std::find(kWords.begin(), kWords.end(), k) != kWords.end();
}

// The actor of the first slot within `max_gap` words after word `i`.
std::string ActorAfter(const SentenceView& view, size_t i, size_t max_gap) {
  for (size_t w = i + 1; w < view.size() && w <= i + 1 + max_gap; ++w) {
    const int slot = view.slot_at(w);
    if (slot >= 0) return view.slots()[slot].mentions.front()->actor_id;
  }
  return "";
}

// The actor of the first slot of words [first, end), or "".
std::string FirstActor(const SentenceView& view, size_t first, size_t end) {
  for (size_t w = first; w < end; ++w) {
    const int slot = view.slot_at(w);
    if (slot >= 0) return view.slots()[slot].mentions.front()->actor_id;
  }
  return "";
}

// True when the original spelling of word i carries an umlaut: "könnte" is hypothetical,
// "konnte" is not.
bool HasUmlaut(const SentenceView& view, size_t i, std::string_view document) {
  const Token& t = view.token(i);
  const std::string_view word = document.substr(t.begin, t.size());
  return word.find("ö") != std::string_view::npos || word.find("ü") != std::string_view::npos ||
         word.find("ä") != std::string_view::npos;
}

// True when the clause's negation is corrected by "but/sondern" + a place ("nicht in Tokio,
// sondern in Brüssel", "not in Tokyo but at NATO headquarters"): the event itself happened.
bool NegatedPlaceOnly(const SentenceView& view, size_t first, size_t end) {
  for (size_t i = first; i + 1 < end; ++i) {
    const std::string& k = view.key(i);
    if (k != "but" && k != "sondern") continue;
    const std::string& n = view.key(i + 1);
    return n == "in" || n == "at" || n == "im" || n == "auf" || n == "am" || n == "on";
  }
  return false;
}

// True when report word i is a noun about other news ("amid renewed reports of a rift"):
// it reports nothing of its own clause.
bool ReportNoun(const SentenceView& view, size_t i) {
  const std::string& k = view.key(i);
  return (k == "reports" || k == "berichte" || k == "berichten") && i + 1 < view.size() &&
         (view.key(i + 1) == "of" || view.key(i + 1) == "uber");
}

// True when planning word i is a noun, which names a plan without making its clause one:
// "NATO's plan to open", "its plans for Asia", "zu den Plänen der NATO" (folded "planen").
bool PlanNoun(const SentenceView& view, size_t i, std::string_view document) {
  const std::string& k = view.key(i);
  if (k == "planen") return HasUmlaut(view, i, document);
  if (k != "plans" || i == 0) return false;
  const std::string& before = view.key(i - 1);
  // "Tory plans", "Labour's plans": an actor or a name before it owns the plans.
  if (view.slot_at(i - 1) >= 0 || view.token(i - 1).capitalized) return true;
  return IsArticle(before) || before == "s" || before == "'s" || before == "its" ||
         before == "his" || before == "her" || before == "their" || before == "our" ||
         before == "new" || before == "these" || before == "those";
}

// True when separable particle `particle` stands in [from, end) before a punctuation mark or
// the clause end ("sagte seine Reise am Dienstag ab.").
bool ParticleCloses(const SentenceView& view, std::string_view particle, size_t from, size_t end) {
  for (size_t w = from; w < end; ++w) {
    if (view.key(w) != particle) continue;
    if (w + 1 >= end || view.token(w + 1).kind == TokenKind::kPunctuation) return true;
  }
  return false;
}

// English modal and negation cues, whose scope is the verb after them.
bool IsEnglishVerbCue(std::string_view k) {
  static constexpr auto kWords = std::to_array<std::string_view>(
      {"not",   "never",       "t",         "refused",  "could",    "might",     "would",
       "will",  "shall",       "plans",     "planned",  "planning", "intends",   "intend",
       "hopes", "hope",        "aims",      "expected", "expects",  "scheduled", "due",
       "set",   "considering", "considers", "if"});
  return In(kWords, k);
}

// True when English cue word `cue` does not govern the verb at `trigger` (see ReadClaim).
bool OutOfVerbScope(const SentenceView& view, size_t cue, size_t trigger) {
  if (!IsEnglishVerbCue(view.key(cue))) return false;
  if (cue > trigger) return true;
  const std::string& verb = view.key(trigger);
  if (!verb.ends_with("ed")) return false;
  for (size_t w = cue + 1; w < trigger; ++w) {
    if (view.key(w) == "and" || view.key(w) == "but") return true;
  }
  return false;
}

// True when a German coordinator between `trigger` and the cue at `cue` opens a second
// predicate ("warf X vor, ... und schloss ... nicht aus": the negation is the second verb's).
// A predicate starts with a lowercase word that is no article, preposition, negation,
// pronoun or adverb ("und nicht", "und auch China").
bool SecondGermanPredicate(const SentenceView& view, size_t trigger, size_t cue) {
  static constexpr auto kNoVerb = std::to_array<std::string_view>(
      {"auch", "noch", "dann", "zwar",  "schon", "bereits", "so",   "sich",
       "zu",   "er",   "sie",  "es",    "wir",   "ihr",     "sein", "seine",
       "ihre", "nur",  "vor",  "allem", "zum",   "zur",     "beim"});
  for (size_t w = trigger + 1; w + 1 < cue; ++w) {
    const std::string& k = view.key(w);
    if (k != "und" && k != "oder" && k != "aber") continue;
    const std::string& next = view.key(w + 1);
    if (view.token(w + 1).capitalized || IsArticle(next) || IsPreposition(next) ||
        IsNegation(next) || In(kNoVerb, next) || view.token(w + 1).kind != TokenKind::kWord) {
      continue;
    }
    return true;
  }
  return false;
}

}  // namespace

Claim ReadClaim(const SentenceView& view, size_t trigger, std::string_view document,
                bool english_verb) {
  Claim claim;
  const size_t clause = view.clause(trigger);
  const auto [first, end] = view.clause_range(clause);
  bool negated = false, hypothetical = false, planned = false, reported = false, denied = false;
  bool would = false;  // "would" alone: hypothetical, or the future of reported speech
  std::string attribution;

  for (size_t i = first; i < end; ++i) {
    const std::string& k = view.key(i);
    if (english_verb && OutOfVerbScope(view, i, trigger)) continue;
    // "Jack Straw is to visit Thailand": a plan.
    if (english_verb && (k == "is" || k == "are") && i + 2 == trigger && view.key(i + 1) == "to") {
      planned = true;
    }
    if (IsNegation(k) && !english_verb && i > trigger && SecondGermanPredicate(view, trigger, i)) {
      continue;
    }
    // "Nicht-EU-Staaten": a prefix, no negation.
    const bool prefix = i + 1 < view.size() && view.key(i + 1) == "-" &&
                        view.token(i).end == view.token(i + 1).begin;
    if (IsNegation(k) && !prefix) {
      const bool not_only =
          i + 1 < view.size() && (view.key(i + 1) == "nur" || view.key(i + 1) == "only");
      if (!not_only && (k != "t" || (i > 0 && view.key(i - 1) == "'"))) negated = true;
    }
    // "called off his trip", "cancelled", "sagte seine Reise ab", "abgesagt".
    const bool german_off =
        (k == "sagte" || k == "sagten" || k == "sagt") && ParticleCloses(view, "ab", i + 1, end);
    if ((k == "called" && i + 1 < end && view.key(i + 1) == "off") || k == "cancelled" ||
        k == "canceled" || k == "abgesagt" || german_off) {
      negated = true;
      claim.cancelled = true;
    }
    if (k == "no" && i + 1 < end) {
      // "has no plans to join", "will no longer travel"; "no evidence" is OpenQuestion's.
      const std::string& n = view.key(i + 1);
      if (n == "plans" || n == "plan" || n == "longer" || n == "intention") negated = true;
    }
    if (IsHypothetical(k)) {
      const bool umlaut_word = k == "konnte" || k == "konnten" || k == "wurde" || k == "wurden";
      if (!umlaut_word || HasUmlaut(view, i, document)) {
        if (k == "would") {
          would = true;
        } else {
          hypothetical = true;
        }
      }
    }
    if (IsPlanned(k) && !PlanNoun(view, i, document)) planned = true;
    if (k == "soll" || k == "sollen") {
      // Hearsay: "soll ... getroffen haben" reports a past event.
      for (size_t j = i + 1; j < end; ++j) {
        if (view.key(j) == "haben" || view.key(j) == "sein") {
          reported = true;
          planned = false;
        }
      }
    }
  }
  // Report and attribution cues anywhere in the sentence before the trigger's clause ends.
  for (size_t i = 0; i < view.size(); ++i) {
    const std::string& k = view.key(i);
    if (k == "laut" || (k == "according" && i + 1 < view.size() && view.key(i + 1) == "to")) {
      reported = true;
      if (attribution.empty()) attribution = ActorAfter(view, i, 3);
    } else if (k == "angaben" && i > 0 && view.key(i - 1) == "nach") {
      reported = true;
      if (attribution.empty()) attribution = ActorAfter(view, i, 3);
    } else if ((k == "said" || k == "alleged" || k == "thought" || k == "believed" ||
                k == "understood") &&
               i > 1 && i + 1 < view.size() && view.key(i + 1) == "to" &&
               (view.key(i - 1) == "also" || view.key(i - 1).ends_with("ly")) &&
               (view.key(i - 2) == "is" || view.key(i - 2) == "are" || view.key(i - 2) == "was" ||
                view.key(i - 2) == "were")) {
      reported = true;  // "are also believed to have agreed"
    } else if ((k == "said" || k == "alleged" || k == "thought" || k == "believed" ||
                k == "understood") &&
               i > 0 && i + 1 < view.size() && view.key(i + 1) == "to" &&
               (view.key(i - 1) == "is" || view.key(i - 1) == "are" || view.key(i - 1) == "was" ||
                view.key(i - 1) == "were")) {
      // "Hezbollah is said to have fired ...", "is alleged to have told": hearsay without a
      // source.
      reported = true;
    } else if (k == "zufolge" || (IsReportVerb(k) && !ReportNoun(view, i))) {
      const size_t c = view.clause(i);
      if (c == clause || (c + 1 == clause && view.subordinate(clause)) || k == "zufolge" ||
          k == "reportedly" || k == "angeblich") {
        reported = true;
        if (attribution.empty() && IsReportVerb(k) && k != "reportedly" && k != "angeblich") {
          const auto [cf, ce] = view.clause_range(c);
          attribution = FirstActor(view, cf, i);
        }
      }
    }
  }
  // A clause that a claim verb governs ("X bestätigte, dass ...", "Kyiv said Russian forces
  // had ...", "Wie X meldete, ...") is reported by the claimer.
  if (clause > 0) {
    const size_t g = clause - 1;
    const auto [gf, ge] = view.clause_range(g);
    // "The Lib Dems said the plan could ..., while Labour criticised ...": a contrast or time
    // clause is no content of the claim.
    const std::string& own = view.key(view.clause_range(clause).first);
    const bool adverbial = own == "while" || own == "whereas" || own == "although" ||
                           own == "though" || own == "when" || own == "after" || own == "before" ||
                           own == "because" || own == "since";
    const bool governs = (view.subordinate(clause) && !adverbial) ||
                         (view.subordinate(g) && (view.key(gf) == "wie" || view.key(gf) == "as"));
    for (size_t i = gf; governs && i < ge; ++i) {
      if (!IsClaimVerb(view.key(i)) || view.slot_at(i) >= 0) continue;
      // "His claims were denied by X, who ...": a claim named as a noun governs nothing.
      if (i > gf &&
          (view.key(i - 1) == "his" || view.key(i - 1) == "her" || view.key(i - 1) == "their" ||
           view.key(i - 1) == "the" || view.key(i - 1) == "these")) {
        continue;
      }
      reported = true;
      if (attribution.empty()) attribution = FirstActor(view, gf, i);
      for (size_t w = gf; w < i; ++w) {
        if (IsNegation(view.key(w))) claim.unconfirmed = true;
      }
      break;
    }
  }
  // ", Scholz said." after the clause: its content is Scholz's claim.
  if (clause + 1 < view.clause_count() && view.trailing_report(clause + 1)) {
    const auto [tf, te] = view.clause_range(clause + 1);
    reported = true;
    if (attribution.empty()) attribution = FirstActor(view, tf, te);
  }
  // A denial verb of the trigger's own clause: "Moskau bestritt, ... angegriffen zu haben",
  // "China denied sending ...". The content starts after the denial's comma (its time is not
  // the content's).
  for (size_t i = first; i < trigger; ++i) {
    if (!IsDenial(view.key(i))) continue;
    denied = true;
    attribution = FirstActor(view, first, i);
    claim.content_begin = i + 1;
    for (size_t w = i + 1; w < trigger; ++w) {
      if (view.key(w) == ",") {
        claim.content_begin = w + 1;
        break;
      }
    }
    break;
  }
  // A conditional before the clause: "Falls ..., wird Südkorea ...", "Should X ..., Japan ...".
  if (clause > 0 && !view.subordinate(clause)) {
    const std::string& opener = view.key(view.clause_range(clause - 1).first);
    if (opener == "falls" || opener == "wenn" || opener == "if" || opener == "should" ||
        opener == "unless") {
      hypothetical = true;
    }
  }
  // A denial governs its content clause, not a relative clause about its agent ("His claims
  // were denied by Jack Straw, who accused the Tories of ...").
  const std::string& opener = view.key(first);
  const bool relative = opener == "who" || opener == "which" || opener == "whom" ||
                        opener == "whose" || opener.starts_with("welch");
  if (view.subordinate(clause) && clause > 0 && !relative) {
    const auto [gf, ge] = view.clause_range(clause - 1);
    for (size_t i = gf; i < ge; ++i) {
      if (IsDenial(view.key(i))) {
        denied = true;
        attribution = FirstActor(view, gf, i);
      }
    }
  }
  // "Officials said that the minister would visit Berlin": in reported speech "would" is the
  // future of the report, a plan; elsewhere a condition.
  if (would) (reported && clause > 0 ? planned : hypothetical) = true;
  // "did not meet Hayashi in Tokyo but at NATO headquarters": the negation is the place's.
  if (negated && NegatedPlaceOnly(view, first, end)) negated = false;
  if (denied) {
    claim.modality = Modality::kDenied;
  } else if (negated) {
    claim.modality = Modality::kNegated;
  } else if (hypothetical) {
    claim.modality = Modality::kHypothetical;
  } else if (planned) {
    claim.modality = Modality::kPlanned;
  } else if (reported) {
    claim.modality = Modality::kReported;
  }
  claim.attributed_to = attribution;
  return claim;
}

}  // namespace geokg
