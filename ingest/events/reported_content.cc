#include "ingest/events/reported_content.h"

#include <string_view>

namespace geokg {
namespace {

bool IsPronounSubject(std::string_view k) {
  return k == "it" || k == "they" || k == "its" || k == "their" || k == "es" || k == "sie" ||
         k == "ihre" || k == "seine";
}

}  // namespace

bool AccusedAct(const SentenceView& v, const Accusation& a, size_t i, size_t* content_begin) {
  if (i <= a.accused.end || v.clause(i) != v.clause(a.trigger)) return false;
  bool of = false, comma = false;
  for (size_t w = a.trigger + 1; w < i; ++w) {
    if (v.key(w) == "of" || v.key(w) == ",") *content_begin = w + 1;
    of = of || v.key(w) == "of";
    comma = comma || v.key(w) == ",";
  }
  const std::string& k = v.key(i);
  if (of && k.ends_with("ing")) return true;  // "accused Russia of shelling"
  // "vor, ein Krankenhaus bombardiert zu haben", "die Hamas, Zivilisten ... zu missbrauchen"
  const bool zu = (i + 1 < v.size() && v.key(i + 1) == "zu") || (i > 0 && v.key(i - 1) == "zu");
  return comma && zu;
}

const Group* PronounSubject(const SentenceView& v, size_t c, size_t trigger,
                            std::vector<Group>* governing) {
  if (c == 0 || !v.subordinate(c)) return nullptr;
  const auto [first, end] = v.clause_range(c);
  bool pronoun = false;
  for (size_t w = first; w < trigger && w < first + 4; ++w) {
    if (v.slot_at(w) >= 0) return nullptr;
    pronoun = pronoun || IsPronounSubject(v.key(w));
  }
  if (!pronoun) return nullptr;
  const auto [gf, ge] = v.clause_range(c - 1);
  *governing = GroupsIn(v, gf, ge);
  for (const Group& g : *governing) {
    if (GoverningPreposition(v, g.first, gf).empty() && !MediaOnly(g)) return &g;
  }
  return nullptr;
}

}  // namespace geokg
