// ingest/text/time_lexicon.h
//
// The word tables of the temporal tagger, one per language: month and weekday names, units,
// deictic and part-of modifiers (with every German inflection), counts, ordinals, seasons,
// vague adverbs, anaphoric adverbs and the words that keep a number from being a year. Keys are
// lower case (time_token.h); a word may carry two roles ("later" is a part-of modifier in
// "later this year" and anaphoric in "two days later"). Tables are built once on first use and
// are read-only afterwards, so lookups are safe from any thread.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace geokg {

enum class TimeLang : uint8_t { kGerman, kEnglish };

enum class Lex : uint8_t {
  kNone,
  kMonth,       // value 1..12, full name
  kMonthAbbr,   // value 1..12, abbreviation ("Okt", "Sept"); only next to a day or year
  kWeekday,     // value 0..6 (Monday first); German compounds "Montagabend" included
  kDayRel,      // heute 0, gestern -1, vorgestern -2, morgen +1, übermorgen +2
  kUnit,        // value = Grain; "Tag", "Wochen", "Jahres", "years" ...
  kWeekend,     // "Wochenende", "weekend"
  kRel,         // deictic modifier: -1 last, 0 this, +1 next
  kFollowing,   // anaphoric modifier: +1 "folgenden", "following"; 0 "selben", "same";
                // -1 "previous"
  kPart,        // value = TimeMod (START, MID, END)
  kCount,       // value n; -1 for vague counts ("wenigen", "several")
  kOrdinal,     // value 1..4 ("ersten", "third")
  kSeason,      // value 0..3: spring, summer, autumn, winter
  kVague,       // -1 past, 0 present, +1 future
  kAnaphor,     // +1 "später", "later"; -1 "zuvor", "earlier"
  kPartWord,    // German compounds: value = TimeMod of "Jahresende" (this year), plus 16 for
                // "Monatsende" (this month)
  kYearFilter,  // a number after it is no year: "Resolution", "Nr", "page" ...
  kQuantity,    // a number after it is a quantity: "rund", "mindestens", "about" ...
  kCountNoun,   // a number before it is a quantity: "Euro", "Prozent", "troops", "people" ...
  kMarker,      // a word the rules read by its text ("Vorjahr", "heuer", "kurzem", "ago")
};

struct LexRole {
  Lex cls = Lex::kNone;
  int8_t value = 0;
};

struct TimeLexEntry {
  LexRole roles[2];
};

class TimeLexicon {
 public:
  // The table of `lang`, built on first use.
  static const TimeLexicon& For(TimeLang lang);

  // The entry of a lower-case word, or nullptr.
  const TimeLexEntry* Find(std::string_view lower) const {
    const auto it = words_.find(lower);
    return it == words_.end() ? nullptr : &it->second;
  }

  TimeLexicon(const TimeLexicon&) = delete;
  TimeLexicon& operator=(const TimeLexicon&) = delete;

 private:
  explicit TimeLexicon(TimeLang lang);
  void Add(std::string word, Lex cls, int value);
  // Adds stem + each suffix ("letzt" + e/en/er/es/em).
  void AddInflected(std::string_view stem, Lex cls, int value);

  std::deque<std::string> storage_;  // owns the keys; a deque never moves its elements
  std::unordered_map<std::string_view, TimeLexEntry> words_;
};

}  // namespace geokg
