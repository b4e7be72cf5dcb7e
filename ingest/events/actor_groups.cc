#include "ingest/events/actor_groups.h"

#include <algorithm>
#include <array>

namespace geokg {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

}  // namespace

bool IsPreposition(std::string_view k) {
  static constexpr std::array<std::string_view, 38> kWords = {
      "mit",  "von",       "vom",     "durch",   "seitens", "laut", "gegen",     "an",
      "am",   "nach",      "fur",     "in",      "im",      "uber", "zwischen",  "bei",
      "beim", "aus",       "auf",     "zu",      "zum",     "zur",  "gegenuber", "with",
      "by",   "according", "against", "to",      "for",     "on",   "at",        "from",
      "into", "between",   "toward",  "towards", "unter",   "wegen"};
  return In(kWords, k);
}

// Words allowed between the members of a compound actor.
bool IsGroupGlue(std::string_view k) {
  return k == "," || IsCoordinator(k) || IsArticle(k) || k == "sowohl" || k == "als" ||
         k == "auch" || k == "both" || k == "weder" || k == "noch" || k == "neither" || k == "nor";
}

bool IsWord(const SentenceView& v, size_t i) {
  return v.token(i).kind != TokenKind::kPunctuation && v.token(i).kind != TokenKind::kHyphen;
}

// The actor groups of words [first, end); of the places instead when `places`.
// True for a slot in a news dateline: places at the start of the sentence, before a dash
// ("Wien – Die Vereinten Nationen haben ...", "London/Brüssel – ..."). It names where the
// report comes from, no actor.
bool Dateline(const SentenceView& v, const ActorSlot& slot) {
  for (size_t w = 0; w < v.size() && w < 8; ++w) {
    const std::string& k = v.key(w);
    if (k == "–" || k == "—") return slot.end_word <= w;
    if (v.slot_at(w) < 0 && k != "/" && !v.token(w).capitalized) return false;
  }
  return false;
}

// True for a person named as the first part of a compound ("Merkel-Berater",
// "Merkel-Wunderland"): the compound is the noun, the person no actor of the clause.
bool PersonPrefix(const SentenceView& v, const ActorSlot& slot) {
  const size_t e = slot.end_word;
  if (e + 1 >= v.size() || v.key(e) != "-" || v.token(e - 1).end != v.token(e).begin ||
      v.token(e).end != v.token(e + 1).begin || v.slot_at(e + 1) >= 0) {
    return false;
  }
  for (const ActorMention* m : slot.mentions) {
    if (m->type != ActorType::kPerson) return false;
  }
  return !slot.mentions.empty();
}

std::vector<Group> GroupsIn(const SentenceView& v, size_t first, size_t end, bool places) {
  std::vector<Group> groups;
  for (const ActorSlot& slot : places ? v.places() : v.slots()) {
    if (slot.first_word < first || slot.first_word >= end) continue;
    if (Dateline(v, slot) || PersonPrefix(v, slot)) continue;
    bool joined = false;
    if (!groups.empty()) {
      // Only glue with a joining word: an article alone does not join ("weil Russland die
      // Ukraine angegriffen hatte" is subject and object).
      joined = true;
      bool joiner = false, coordinator = false;
      for (size_t w = groups.back().end; w < slot.first_word; ++w) {
        if (!IsGroupGlue(v.key(w))) joined = false;
        joiner = joiner || !IsArticle(v.key(w));
        coordinator = coordinator || (v.key(w) != "," && !IsArticle(v.key(w)));
      }
      joined = joined && joiner && slot.first_word > groups.back().end;
      // "According to Mr Sands, Lord Goldsmith had warned ...": a comma after a fronted
      // prepositional phrase ends it; it does not list.
      const size_t prev = groups.back().first;
      if (joined && !coordinator && prev > first && prev - first <= 3 &&
          (IsPreposition(v.key(first)) || v.key(first) == "laut")) {
        joined = false;
      }
    }
    if (!joined) groups.push_back(Group{{}, slot.first_word, slot.end_word});
    Group& g = groups.back();
    g.members.insert(g.members.end(), slot.mentions.begin(), slot.mentions.end());
    g.end = slot.end_word;
  }
  return groups;
}

// The preposition that governs a group starting at word `first`: the word before it, skipping
// articles and lower-case words (adjectives) and at most four words in all; "" when none.
std::string_view GoverningPreposition(const SentenceView& v, size_t first, size_t clause_first) {
  // "von Präsident Rafael Correa": a person named after a title noun; the title is skipped.
  bool titled = false;
  if (const int slot = v.slot_at(first); slot >= 0) {
    for (const ActorMention* m : v.slots()[slot].mentions) {
      titled = titled || (m->type == ActorType::kPerson && m->rule == "apposition");
    }
  }
  size_t skipped = 0;
  for (size_t w = first; w > clause_first && skipped < 4; ++skipped) {
    --w;
    const std::string& k = v.key(w);
    if (IsPreposition(k)) return k;
    if (v.token(w).kind == TokenKind::kNumber) return "";  // "Am 24.02.2022 begann der ..."
    if (k == "mr" || k == "mrs" || k == "ms" || k == "dr" || k == "sir") continue;  // "to Mr X"
    if (titled && w + 1 == first && IsWord(v, w) && v.slot_at(w) < 0) continue;
    if (!IsWord(v, w) && k != "-") return "";
    if (!(IsArticle(k) || !v.token(w).capitalized)) return "";
  }
  return "";
}

// The first group after preposition `prep` within the clause (a few words may stand between:
// "mit dem japanischen Außenminister Yoshimasa Hayashi").
const Group* AfterPreposition(const SentenceView& v, const std::vector<Group>& groups,
                              std::string_view prep, size_t trigger) {
  for (const Group& g : groups) {
    for (size_t w = g.first; w > 0 && g.first - w < 5;) {
      --w;
      if (w == trigger) break;
      // "promised to continue to ensure the UK's rebate": "to" before a verb is no preposition.
      if (v.key(w) == prep && prep == "to" && w + 1 < g.first && v.slot_at(w + 1) < 0 &&
          !v.token(w + 1).capitalized && !IsArticle(v.key(w + 1)) && v.key(w + 1) != "his" &&
          v.key(w + 1) != "her" && v.key(w + 1) != "their") {
        break;
      }
      if (v.key(w) == prep) return &g;
      if (!IsWord(v, w) && v.key(w) != "-") break;
      if (IsPreposition(v.key(w))) break;
    }
  }
  return nullptr;
}

// A media outlet reports events; it is never their source.
bool MediaOnly(const Group& g) {
  for (const ActorMention* m : g.members) {
    if (m->type != ActorType::kMedia) return false;
  }
  return true;
}

}  // namespace geokg
