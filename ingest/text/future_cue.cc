#include "ingest/text/future_cue.h"

#include <string_view>

namespace geokg {
namespace {

bool ClauseBreak(const TimeTokenView& t, size_t i) {
  // "said on Wednesday that Moscow had no plans to ...": the plan is the reported clause's.
  if (t.IsAny(i, {"that", "dass"})) return true;
  if (!t.IsPunct(i)) return false;
  const std::string_view p = t.Lower(i);
  return p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "–" || p == "—" ||
         p == "\"" || p == "„" || p == "“" || p == "”" || p == "«" || p == "»" || p == "?" ||
         p == "!";
}

bool StartsWith(std::string_view w, std::string_view prefix) {
  return w.size() >= prefix.size() && w.substr(0, prefix.size()) == prefix;
}

bool GermanCue(const TimeTokenView& t, size_t i) {
  const std::string_view w = t.Lower(i);
  if (t.IsAny(i, {"wird", "werden", "werde", "wirst", "soll", "sollen", "will", "wollen", "plant",
                  "planen", "geplant", "geplante", "geplanten", "beabsichtigt", "voraussichtlich",
                  "künftig", "vorgesehen", "angesetzt", "anberaumt"})) {
    return true;
  }
  return StartsWith(w, "bevorstehend") || StartsWith(w, "anstehend") || t.Role(i, Lex::kRel) == 1;
}

bool EnglishCue(const TimeTokenView& t, size_t i) {
  if (t.IsAny(i, {"will", "shall", "upcoming", "next", "scheduled", "planned", "planning",
                  "intends"})) {
    return true;
  }
  if (t.Is(i, "ll") && t.Glued(i) && t.Punct(i - 1, "'")) return true;  // "he'll"
  if (t.IsAny(i, {"plans", "plan", "expected", "expects", "set", "going", "poised"}) &&
      t.Is(i + 1, "to")) {
    // "set to" and "going to" are neutral unless a form of "be" precedes. ("due to" is left
    // out: "is due to heavy rain" is causal.)
    if (t.IsAny(i, {"set", "going", "poised"})) {
      return t.IsAny(i - 1, {"is", "are", "am", "was", "were", "be", "'s", "s"});
    }
    // A plan named as a noun is no cue: "NATO's plan to open", "the plans to build".
    if (t.IsAny(i, {"plan", "plans"}) &&
        t.IsAny(i - 1, {"'s", "s", "the", "a", "its", "his", "her", "their", "our", "new"})) {
      return false;
    }
    return true;
  }
  return false;
}

}  // namespace

bool HasFutureCue(TimeLang lang, const TimeTokenView& tokens, size_t begin, size_t end) {
  const auto cue = [&](size_t i) {
    return lang == TimeLang::kGerman ? GermanCue(tokens, i) : EnglishCue(tokens, i);
  };
  for (size_t i = begin; i-- > 0;) {
    if (ClauseBreak(tokens, i)) break;
    if (cue(i)) return true;
  }
  // "In September, India will host ...": a fronted expression reaches across its comma.
  const bool fronted = begin == 0 || (begin == 1 && !tokens.IsPunct(0));
  for (size_t i = end; i < tokens.size(); ++i) {
    if (fronted && i == end && tokens.Punct(i, ",")) continue;
    if (ClauseBreak(tokens, i)) break;
    if (cue(i)) return true;
  }
  return false;
}

}  // namespace geokg
