#include "ingest/text/time_lexicon.h"

#include <initializer_list>

#include "graph/event_time.h"
#include "ingest/text/time_calendar.h"

namespace geokg {
namespace {

constexpr int G(Grain g) { return static_cast<int>(g); }
constexpr int M(TimeMod m) { return static_cast<int>(m); }

void AddGerman(TimeLexicon* lex, void (TimeLexicon::*add)(std::string, Lex, int),
               void (TimeLexicon::*inflected)(std::string_view, Lex, int)) {
  const auto words = [&](std::initializer_list<const char*> list, Lex cls, int value) {
    for (const char* w : list) (lex->*add)(w, cls, value);
  };
  const auto stems = [&](std::initializer_list<const char*> list, Lex cls, int value) {
    for (const char* w : list) (lex->*inflected)(w, cls, value);
  };
  static constexpr const char* kMonths[12][3] = {
      {"januar", "jänner", nullptr},   {"februar", "feber", nullptr},
      {"märz", nullptr, nullptr},      {"april", nullptr, nullptr},
      {"mai", nullptr, nullptr},       {"juni", nullptr, nullptr},
      {"juli", nullptr, nullptr},      {"august", nullptr, nullptr},
      {"september", nullptr, nullptr}, {"oktober", nullptr, nullptr},
      {"november", nullptr, nullptr},  {"dezember", nullptr, nullptr}};
  for (int m = 0; m < 12; ++m) {
    for (const char* w : kMonths[m]) {
      if (w != nullptr) (lex->*add)(w, Lex::kMonth, m + 1);
    }
  }
  static constexpr const char* kAbbr[] = {"jan", "feb", "mär", "apr", "mai", "jun",
                                          "jul", "aug", "sep", "okt", "nov", "dez"};
  for (int m = 0; m < 12; ++m) (lex->*add)(kAbbr[m], Lex::kMonthAbbr, m + 1);
  (lex->*add)("sept", Lex::kMonthAbbr, 9);
  (lex->*add)("mrz", Lex::kMonthAbbr, 3);

  static constexpr const char* kDays[] = {"montag",  "dienstag", "mittwoch", "donnerstag",
                                          "freitag", "samstag",  "sonntag"};
  static constexpr const char* kDayParts[] = {"",           "morgen", "vormittag", "mittag",
                                              "nachmittag", "abend",  "nacht"};
  for (int d = 0; d < 7; ++d) {
    for (const char* part : kDayParts) (lex->*add)(std::string(kDays[d]) + part, Lex::kWeekday, d);
  }
  for (const char* part : kDayParts) (lex->*add)(std::string("sonnabend") + part, Lex::kWeekday, 5);

  words({"heute"}, Lex::kDayRel, 0);
  words({"gestern"}, Lex::kDayRel, -1);
  words({"vorgestern"}, Lex::kDayRel, -2);
  words({"morgen"}, Lex::kDayRel, 1);
  words({"übermorgen"}, Lex::kDayRel, 2);

  words({"tag", "tage", "tagen", "tages", "tags"}, Lex::kUnit, G(Grain::kDay));
  words({"woche", "wochen"}, Lex::kUnit, G(Grain::kWeek));
  words({"monat", "monate", "monaten", "monats"}, Lex::kUnit, G(Grain::kMonth));
  words({"quartal", "quartale", "quartalen", "quartals"}, Lex::kUnit, G(Grain::kQuarter));
  words({"halbjahr", "halbjahre", "halbjahren", "halbjahres", "halbjahrs", "jahreshälfte"},
        Lex::kUnit, G(Grain::kHalf));
  words({"jahr", "jahre", "jahren", "jahres", "jahrs"}, Lex::kUnit, G(Grain::kYear));
  words({"jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"}, Lex::kUnit, G(Grain::kDecade));
  words({"jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"}, Lex::kUnit,
        G(Grain::kCentury));
  words({"wochenende", "wochenendes"}, Lex::kWeekend, 0);

  stems({"letzt", "vergangen", "vorig"}, Lex::kRel, -1);
  stems({"dies", "laufend"}, Lex::kRel, 0);
  stems({"kommend", "nächst"}, Lex::kRel, 1);
  stems({"folgend", "darauffolgend"}, Lex::kFollowing, 1);
  stems({"selb", "gleich", "derselb", "demselb", "dieselb"}, Lex::kFollowing, 0);

  words({"anfang", "beginn"}, Lex::kPart, M(TimeMod::kStart));
  stems({"früh"}, Lex::kPart, M(TimeMod::kStart));
  words({"mitte"}, Lex::kPart, M(TimeMod::kMid));
  words({"ende"}, Lex::kPart, M(TimeMod::kEnd));
  stems({"spät"}, Lex::kPart, M(TimeMod::kEnd));

  words({"jahresanfang", "jahresbeginn", "jahresanfangs", "jahresbeginns"}, Lex::kPartWord,
        M(TimeMod::kStart));
  words({"jahresmitte"}, Lex::kPartWord, M(TimeMod::kMid));
  words({"jahresende", "jahresendes"}, Lex::kPartWord, M(TimeMod::kEnd));
  words({"monatsanfang", "monatsbeginn"}, Lex::kPartWord, 16 + M(TimeMod::kStart));
  words({"monatsmitte"}, Lex::kPartWord, 16 + M(TimeMod::kMid));
  words({"monatsende", "monatsendes"}, Lex::kPartWord, 16 + M(TimeMod::kEnd));

  words({"ein", "eine", "einen", "einem", "einer", "eines"}, Lex::kCount, 1);
  static constexpr const char* kCounts[] = {"zwei", "drei", "vier", "fünf", "sechs", "sieben",
                                            "acht", "neun", "zehn", "elf",  "zwölf"};
  for (int i = 0; i < 11; ++i) (lex->*add)(kCounts[i], Lex::kCount, i + 2);
  words({"fünfzehn"}, Lex::kCount, 15);
  words({"zwanzig"}, Lex::kCount, 20);
  words({"dreißig"}, Lex::kCount, 30);
  words({"vierzig"}, Lex::kCount, 40);
  words({"fünfzig"}, Lex::kCount, 50);
  words({"hundert"}, Lex::kCount, 100);
  stems({"wenig", "einig", "mehrer"}, Lex::kCount, -1);

  stems({"erst"}, Lex::kOrdinal, 1);
  stems({"zweit"}, Lex::kOrdinal, 2);
  stems({"dritt"}, Lex::kOrdinal, 3);
  stems({"viert"}, Lex::kOrdinal, 4);

  words({"frühling", "frühlings", "frühjahr", "frühjahrs"}, Lex::kSeason, 0);
  words({"sommer", "sommers"}, Lex::kSeason, 1);
  words({"herbst", "herbstes", "herbsts"}, Lex::kSeason, 2);
  words({"winter", "winters"}, Lex::kSeason, 3);

  words({"kürzlich", "jüngst", "neulich", "unlängst", "bislang", "bisher"}, Lex::kVague, -1);
  words({"derzeit", "zurzeit", "gegenwärtig", "momentan"}, Lex::kVague, 0);
  words({"bald", "demnächst", "künftig", "zukünftig"}, Lex::kVague, 1);

  words({"später", "danach", "darauf"}, Lex::kAnaphor, 1);
  words({"zuvor", "davor", "früher", "vorher"}, Lex::kAnaphor, -1);

  words({"resolution",   "resolutionen", "nr",     "nummer",      "artikel",    "art",
         "paragraf",     "paragraph",    "seite",  "seiten",      "zimmer",     "saal",
         "sitzungssaal", "flug",         "linie",  "bus",         "kapitel",    "plz",
         "postleitzahl", "absatz",       "abs",    "heft",        "band",       "modell",
         "typ",          "mig",          "boeing", "airbus",      "hausnummer", "tor",
         "platz",        "rang",         "gruppe", "startnummer", "kennzahl",   "iso",
         "din",          "opus",         "op"},
        Lex::kYearFilter, 0);
  words({"rund",       "etwa",      "ca",          "circa",      "mehr",      "über",
         "mindestens", "fast",      "knapp",       "weitere",    "insgesamt", "nur",
         "gut",        "höchstens", "ungefähr",    "zirka",      "bereits",   "alle",
         "je",         "pro",       "zusätzliche", "zusätzlich", "exakt",     "genau"},
        Lex::kQuantity, 0);
  words({"euro",    "dollar",    "prozent",   "mal",        "km",      "kilometer",
         "meter",   "tonnen",    "stück",     "franken",    "pfund",   "rubel",
         "yuan",    "mio",       "millionen", "milliarden", "mrd",     "punkte",
         "stimmen", "einwohner", "menschen",  "soldaten",   "personen"},
        Lex::kCountNoun, 0);
  words({"vorjahr", "vorjahres", "vorjahrs", "vormonat", "vormonats", "vorwoche", "heuer", "kurzem",
         "zukunft", "tags", "langem", "gestrigen", "heutigen", "morgigen"},
        Lex::kMarker, 0);
}

void AddEnglish(TimeLexicon* lex, void (TimeLexicon::*add)(std::string, Lex, int)) {
  const auto words = [&](std::initializer_list<const char*> list, Lex cls, int value) {
    for (const char* w : list) (lex->*add)(w, cls, value);
  };
  static constexpr const char* kMonths[] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) (lex->*add)(kMonths[m], Lex::kMonth, m + 1);
  static constexpr const char* kAbbr[] = {"jan", "feb", "mar", "apr", nullptr, "jun",
                                          "jul", "aug", "sep", "oct", "nov",   "dec"};
  for (int m = 0; m < 12; ++m) {
    if (kAbbr[m] != nullptr) (lex->*add)(kAbbr[m], Lex::kMonthAbbr, m + 1);
  }
  (lex->*add)("sept", Lex::kMonthAbbr, 9);
  static constexpr const char* kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) (lex->*add)(kDays[d], Lex::kWeekday, d);

  words({"today", "tonight"}, Lex::kDayRel, 0);
  words({"yesterday"}, Lex::kDayRel, -1);
  words({"tomorrow"}, Lex::kDayRel, 1);

  words({"day", "days"}, Lex::kUnit, G(Grain::kDay));
  words({"week", "weeks"}, Lex::kUnit, G(Grain::kWeek));
  words({"month", "months"}, Lex::kUnit, G(Grain::kMonth));
  words({"quarter", "quarters"}, Lex::kUnit, G(Grain::kQuarter));
  words({"half"}, Lex::kUnit, G(Grain::kHalf));
  words({"year", "years"}, Lex::kUnit, G(Grain::kYear));
  words({"decade", "decades"}, Lex::kUnit, G(Grain::kDecade));
  words({"century", "centuries"}, Lex::kUnit, G(Grain::kCentury));
  words({"weekend"}, Lex::kWeekend, 0);

  words({"last"}, Lex::kRel, -1);
  words({"this", "current"}, Lex::kRel, 0);
  words({"next", "coming"}, Lex::kRel, 1);
  words({"following", "subsequent"}, Lex::kFollowing, 1);
  words({"previous", "preceding"}, Lex::kFollowing, -1);
  words({"same"}, Lex::kFollowing, 0);

  words({"early", "beginning", "start", "earlier"}, Lex::kPart, M(TimeMod::kStart));
  words({"mid", "middle"}, Lex::kPart, M(TimeMod::kMid));
  words({"late", "end", "later"}, Lex::kPart, M(TimeMod::kEnd));

  words({"a", "an", "one"}, Lex::kCount, 1);
  static constexpr const char* kCounts[] = {"two",   "three", "four", "five",   "six",   "seven",
                                            "eight", "nine",  "ten",  "eleven", "twelve"};
  for (int i = 0; i < 11; ++i) (lex->*add)(kCounts[i], Lex::kCount, i + 2);
  words({"fifteen"}, Lex::kCount, 15);
  words({"twenty"}, Lex::kCount, 20);
  words({"thirty"}, Lex::kCount, 30);
  words({"forty"}, Lex::kCount, 40);
  words({"fifty"}, Lex::kCount, 50);
  words({"hundred"}, Lex::kCount, 100);
  words({"few", "several"}, Lex::kCount, -1);

  words({"first"}, Lex::kOrdinal, 1);
  words({"second"}, Lex::kOrdinal, 2);
  words({"third"}, Lex::kOrdinal, 3);
  words({"fourth"}, Lex::kOrdinal, 4);

  words({"spring"}, Lex::kSeason, 0);
  words({"summer"}, Lex::kSeason, 1);
  words({"autumn", "fall"}, Lex::kSeason, 2);
  words({"winter"}, Lex::kSeason, 3);

  words({"recently", "lately"}, Lex::kVague, -1);
  words({"currently", "nowadays"}, Lex::kVague, 0);
  words({"soon"}, Lex::kVague, 1);

  words({"later", "afterwards", "afterward"}, Lex::kAnaphor, 1);
  words({"earlier", "before", "previously"}, Lex::kAnaphor, -1);

  words({"resolution", "resolutions", "no",         "number",    "article", "paragraph", "section",
         "page",       "pages",       "room",       "flight",    "route",   "chapter",   "line",
         "bus",        "highway",     "interstate", "model",     "type",    "boeing",    "airbus",
         "mig",        "volume",      "vol",        "iso",       "code",    "level",     "platform",
         "gate",       "suite",       "unit",       "apartment", "box",     "exit",      "flat",
         "row",        "seat",        "shelf",      "catalogue", "catalog", "bill",      "act",
         "hr"},
        Lex::kYearFilter, 0);
  words({"about",  "some",          "nearly",  "almost", "over", "than",     "least",
         "around", "approximately", "roughly", "total",  "only", "another",  "additional",
         "extra",  "all",           "exactly", "just",   "up",   "estimated"},
        Lex::kQuantity, 0);
  words({"people",  "troops",     "soldiers",   "civilians",  "residents", "refugees", "migrants",
         "workers", "members",    "votes",      "seats",      "dollars",   "euros",    "pounds",
         "times",   "cases",      "deaths",     "casualties", "tonnes",    "tons",     "barrels",
         "km",      "kilometres", "kilometers", "miles",      "metres",    "meters",   "percent",
         "units",   "vehicles",   "tanks",      "rockets",    "missiles",  "drones",   "homes",
         "houses",  "children",   "students",   "protesters", "prisoners", "jobs",     "points",
         "words",   "delegates",  "officers",   "police",     "sailors",   "marines",  "men",
         "women",   "fighters",   "militants",  "victims",    "patients"},
        Lex::kCountNoun, 0);
  words({"ago", "future", "present", "recent", "moment"}, Lex::kMarker, 0);
}

// Words without a role of their own that the rules of time_rules_*.cc and time_points_*.cc
// read at the first token of a match (prepositions, range words, articles, approximations).
// One list for both languages: CountAt reads "ein paar" and "a few" in either, and a stray
// word only costs a failed rule attempt.
constexpr const char* kStarterWords[] = {
    // German: ranges, offsets and the prepositions that are matched but not reported
    "seit", "ab", "bis", "von", "vom", "zwischen", "vor", "am", "im", "in", "an", "um", "zum",
    "zur", "gegen", "zu", "beim", "ein", "a", "q",
    // English: ranges, durations, approximations, prepositions, "the", "that day"
    "since", "until", "till", "through", "by", "from", "between", "for", "over", "during", "at",
    "about", "some", "around", "nearly", "almost", "roughly", "approximately", "on", "of", "to",
    "and", "before", "after", "the", "that", "overnight"};

// Roles that no rule reads at the first token of a match: they only veto a year.
bool FilterOnly(Lex cls) {
  return cls == Lex::kNone || cls == Lex::kYearFilter || cls == Lex::kQuantity ||
         cls == Lex::kCountNoun;
}

}  // namespace

TimeLexicon::TimeLexicon(TimeLang lang) {
  if (lang == TimeLang::kGerman) {
    AddGerman(this, &TimeLexicon::Add, &TimeLexicon::AddInflected);
  } else {
    AddEnglish(this, &TimeLexicon::Add);
  }
  Finish();
}

void TimeLexicon::Finish() {
  for (auto& [word, entry] : words_) {
    entry.starts = !FilterOnly(entry.roles[0].cls) || !FilterOnly(entry.roles[1].cls);
  }
  for (const char* word : kStarterWords) {
    auto it = words_.find(word);
    if (it == words_.end()) {
      storage_.emplace_back(word);
      it = words_.emplace(storage_.back(), TimeLexEntry{}).first;
    }
    it->second.starts = true;
  }
  size_t size = 16;
  while (size < 4 * words_.size()) size *= 2;
  tags_.assign(size, 0);
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [word, entry] : words_) {
    const uint64_t h = Hash(word);
    size_t slot = h & mask_;
    while (tags_[slot] != 0) slot = (slot + 1) & mask_;
    tags_[slot] = Tag(h);
    slots_[slot] = Slot{word, entry};
  }
  words_.clear();
}

const TimeLexicon& TimeLexicon::For(TimeLang lang) {
  static const TimeLexicon* const kGerman = new TimeLexicon(TimeLang::kGerman);
  static const TimeLexicon* const kEnglish = new TimeLexicon(TimeLang::kEnglish);
  return lang == TimeLang::kGerman ? *kGerman : *kEnglish;
}

void TimeLexicon::Add(std::string word, Lex cls, int value) {
  auto it = words_.find(word);
  if (it == words_.end()) {
    storage_.push_back(std::move(word));
    it = words_.emplace(storage_.back(), TimeLexEntry{}).first;
  }
  LexRole* role =
      it->second.roles[0].cls == Lex::kNone ? &it->second.roles[0] : &it->second.roles[1];
  *role = LexRole{cls, static_cast<int8_t>(value)};
}

void TimeLexicon::AddInflected(std::string_view stem, Lex cls, int value) {
  for (const char* suffix : {"e", "en", "er", "es", "em"}) {
    Add(std::string(stem) + suffix, cls, value);
  }
}

}  // namespace geokg
