#include "ingest/text/function_words.h"

#include <initializer_list>

#include "ingest/text/flat_key_index.h"

namespace geokg {
namespace {

bool In(std::string_view key, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (w == key) return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsDefiniteDeterminer(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) return In(key, {"the", "this", "that", "these", "those"});
  return In(key, {"der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesen",
                  "diesem", "jener", "jene", "jenen"});
}

bool IsIndefiniteArticle(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) return In(key, {"a", "an", "another", "any", "every", "no"});
  return In(key, {"ein", "eine", "einen", "einem", "eines", "einer", "kein", "keine", "keinen",
                  "keinem", "jeder", "jede", "jeden", "jedem"});
}

bool IsPluralMarker(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) return In(key, {"two", "both", "2"});
  return In(key, {"beiden", "beide", "zwei", "2"});
}

bool IsFormerWord(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) {
    return In(key, {"former", "ex", "late", "then", "future", "next", "vice", "deputy"});
  }
  return In(key, {"ehemalige",
                  "ehemaligen",
                  "ehemaliger",
                  "ehemaliges",
                  "fruhere",
                  "fruheren",
                  "fruherer",
                  "einstige",
                  "einstigen",
                  "einstiger",
                  "ex",
                  "kunftige",
                  "kunftigen",
                  "kunftiger",
                  "designierte",
                  "designierten",
                  "designierter",
                  "damalige",
                  "damaligen",
                  "damaliger",
                  "verstorbene",
                  "verstorbenen",
                  "stellvertretende",
                  "stellvertretenden",
                  "stellvertretender"});
}

bool IsLocativePreposition(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) return In(key, {"in", "at"});
  return In(key, {"in", "nach"});
}

bool IsLinkWord(TextLang lang, std::string_view key) {
  if (lang == TextLang::kEn) return key == "of";
  return In(key, {"des", "der", "von", "vom"});
}

bool IsNameStopword(std::string_view key) {
  // Asked for every capitalised word: a flat table with a cheap hash (flat_key_index.h).
  static const FlatKeyIndex* const kWords = [] {
    auto* words = new FlatKeyIndex();
    for (std::string_view w :
         {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines",
          "einer", "und", "oder", "aber", "auch", "am", "im", "in", "an", "auf", "aus", "bei",
          "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "fur", "uber", "unter", "vor",
          "wie", "wo", "was", "wer", "als", "dass", "doch", "laut", "nun", "so", "es", "er", "sie",
          "wir", "ihr", "man", "herr", "frau", "the", "a", "and", "or", "but", "of", "on", "at",
          "to", "for", "from", "with", "by", "as", "he", "she", "it", "they", "we", "his", "her",
          "its", "their", "this", "that", "these", "those", "mr", "mrs", "ms", "dr", "prof",
          "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "januar", "februar",
          "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
          "minister", "ministerin", "regierung", "government", "sprecher", "sprecherin", "anfang",
          "ende", "mitte", "beginn", "heute", "gestern", "morgen", "jahr", "jahres", "woche",
          "monat", "today", "yesterday", "tomorrow", "early", "late", "last", "next",
          // English sentence openers that start no name ("Both Germany and France ...").
          "both", "neither", "either", "nor", "when", "while", "after", "before", "since", "if",
          "although", "because", "unlike", "like", "including", "despite", "meanwhile", "only",
          "also", "even", "then", "however"}) {
      words->Insert(w);
    }
    return words;
  }();
  return kWords->Find(key) != FlatKeyIndex::kNone;
}

bool IsDirectionWord(std::string_view key) {
  return In(key, {"eastern", "western", "northern", "southern", "central", "north", "south", "east",
                  "west", "northeastern", "northwestern", "southeastern", "southwestern"});
}

bool IsNameParticle(std::string_view key) {
  if (key.size() < 2 || key.size() > 5) return false;  // asked for most words of a name
  return In(key, {"von", "van", "de", "da", "di", "del", "della", "dos", "bin", "ibn", "al", "el",
                  "le", "la", "ten", "ter", "zu"});
}

bool LooksLikeGermanAdjective(std::string_view key) {
  if (key.size() < 4) return false;
  return EndsWith(key, "e") || EndsWith(key, "en") || EndsWith(key, "er") || EndsWith(key, "es") ||
         EndsWith(key, "em");
}

}  // namespace geokg
