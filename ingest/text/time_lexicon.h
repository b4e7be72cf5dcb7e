// ingest/text/time_lexicon.h
//
// The word tables of the temporal tagger, one per language: month and weekday names, units,
// deictic and part-of modifiers (with every German inflection), counts, ordinals, seasons,
// vague adverbs, anaphoric adverbs and the words that keep a number from being a year. Keys are
// lower case (time_token.h); a word may carry two roles ("later" is a part-of modifier in
// "later this year" and anaphoric in "two days later"). Tables are built once on first use and
// are read-only afterwards, so lookups are safe from any thread.
//
// The tables also know which words may begin a time expression (`TimeLexEntry::starts`): the
// tagger tries its rules only at numbers and at such words, so a rule that reads a new word at
// the first token of a match must add it to the starter words (time_lexicon.cc);
// time_starters_test checks this on every case sentence.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  // A match may begin at this word: it has a role that a rule reads at the first token (any
  // role but the year-filter classes kYearFilter, kQuantity, kCountNoun) or is a starter word
  // ("seit", "am", "since", "the" ...). Starter words without a role have roles[0].cls == kNone.
  bool starts = false;
  bool HasRole() const { return roles[0].cls != Lex::kNone; }
};

class TimeLexicon {
 public:
  // The table of `lang`, built on first use.
  static const TimeLexicon& For(TimeLang lang);

  // The entry of a lower-case word (a word with roles or a starter word), or nullptr.
  const TimeLexEntry* Find(std::string_view lower) const {
    if (lower.empty()) return nullptr;
    const uint64_t h = Hash(lower);
    const uint16_t tag = Tag(h);
    for (size_t slot = h & mask_;; slot = (slot + 1) & mask_) {
      if (tags_[slot] == 0) return nullptr;
      if (tags_[slot] == tag && slots_[slot].key == lower) return &slots_[slot].entry;
    }
  }

  TimeLexicon(const TimeLexicon&) = delete;
  TimeLexicon& operator=(const TimeLexicon&) = delete;

 private:
  explicit TimeLexicon(TimeLang lang);
  void Add(std::string word, Lex cls, int value);
  // Adds stem + each suffix ("letzt" + e/en/er/es/em).
  void AddInflected(std::string_view stem, Lex cls, int value);

  // Marks the entries that may begin a match and fills the probe table.
  void Finish();
  // A hash of up to 16 bytes read as two overlapping words (the keys are short; a longer word
  // only probes a little more). A miss, which most tokens are, costs a few cycles and one load
  // from the 8 KB tag array.
  static uint64_t Hash(std::string_view word) {
    const char* p = word.data();
    const size_t n = word.size();  // REQUIRES: n > 0
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t x, y;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      a = x;
      b = y;
    } else {
      a = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
          static_cast<unsigned char>(p[n - 1]) << 16;
    }
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + n) * 0xC2B2AE3D27D4EB4Full;
    return h ^ (h >> 29);
  }
  // Never 0, which marks a free slot.
  static uint16_t Tag(uint64_t h) { return static_cast<uint16_t>(h >> 48) | 1; }

  struct Slot {
    std::string_view key;
    TimeLexEntry entry;
  };

  std::deque<std::string> storage_;  // owns the keys; a deque never moves its elements
  std::unordered_map<std::string_view, TimeLexEntry> words_;  // while building
  std::vector<uint16_t> tags_;  // Tag() of the key in each slot; 0: free
  std::vector<Slot> slots_;     // open addressing, linear probing, at most a quarter full
  size_t mask_ = 0;
};

}  // namespace geokg
