#include "ingest/text/actor_recognizer.h"

#include <algorithm>
#include <array>

#include "ingest/text/actor_slug.h"
#include "ingest/text/given_names.h"

namespace geokg {
namespace {

// One key memo per thread, shared by the documents the thread tags: the same words recur.
KeyFolder& Folder() {
  thread_local KeyFolder folder;
  return folder;
}

}  // namespace

ActorRecognizer::ActorRecognizer(const ActorLexicon& lexicon, std::string_view lang,
                                 std::optional<Day> document_date)
    : lexicon_(lexicon),
      lang_(lang == "de" ? TextLang::kDe : TextLang::kEn),
      lang_mask_(lang == "de" ? kLangDe : kLangEn),
      document_date_(document_date) {}

std::vector<ActorMention> ActorRecognizer::TagSentence(std::string_view sentence,
                                                       size_t sentence_offset,
                                                       std::optional<Day> sentence_date) {
  date_ = sentence_date ? sentence_date : document_date_;
  BuildWords(sentence, sentence_offset, &Folder(), &words_);
  matches_ = MatchPhrases(lexicon_, lang_mask_, words_);
  match_at_.assign(words_.size() + 1, -1);
  match_end_at_.assign(words_.size() + 1, -1);
  for (size_t m = 0; m < matches_.size(); ++m) {
    match_at_[matches_[m].begin] = static_cast<int>(m);
    match_end_at_[matches_[m].end] = static_cast<int>(m);
  }
  notes_.assign(matches_.size(), Note{});
  out_.clear();
  for (size_t i = 0; i < words_.size();) {
    const int m = MatchAt(i);
    i = m >= 0 ? HandleMatch(m) : HandleFreeWords(i);
  }
  std::stable_sort(out_.begin(), out_.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
  RememberFullNames();
  RememberSubject();
  return std::move(out_);
}

// English full names of two or three words that no rule took ("Michael Howard's wife"), for
// an honorific later in the document ("Mr Howard").
void ActorRecognizer::RememberFullNames() {
  if (lang_ != TextLang::kEn) return;
  for (size_t i = 0; i < words_.size();) {
    const size_t n = UnknownNameLength(i, 2);
    if (n == 0 || n > 3) {
      i += std::max<size_t>(n, 1);
      continue;
    }
    size_t last = i + n - 1;
    while (last > i && words_[last].hyphen_before) --last;  // "Kilroy-Silk"
    std::string key;
    for (size_t w = last; w < i + n; ++w) key += (w > last ? " " : "") + words_[w].key;
    if (last > i) coref_.RememberFullName(key, NameText(i, i + n));
    i += n;
  }
}

size_t ActorRecognizer::HandleMatch(int match) {
  const PhraseMatch& m = matches_[match];
  if (notes_[match].skip) return m.end;
  const LexEntry& e = EntryOf(match);
  switch (e.kind) {
    case EntryKind::kNull:
      return m.end;
    case EntryKind::kName:
      return HandleName(match);
    case EntryKind::kLocation:
    case EntryKind::kCapital:
      return HandlePlace(match);
    case EntryKind::kSeat:
      if (SeatAsPlace(m.begin)) {
        // "at the White House", "im Kreml", "at 10 Downing Street": where it happened.
        const std::string id = "location:" + ActorSlug(e.form);
        std::optional<Actor> place;
        if (lexicon_.FindActor(id) == nullptr) {
          place = Actor{id, e.form, ActorType::kLocation, {}, {}};
        }
        Emit(m.begin, m.end, id, "location", "seat '" + e.form + "' after a preposition",
             e.actor_id, std::move(place));
        return m.end;
      }
      Emit(m.begin, m.end, e.actor_id, "capital_metonym", "seat of power '" + e.form + "'", "");
      return m.end;
    case EntryKind::kGenitive:
      Emit(m.begin, m.end, e.actor_id, "genitive", "genitive '" + e.form + "'", "");
      return m.end;
    case EntryKind::kAdjective:
      // "Australian Lynton Crosby": a nationality before an unknown full name describes the
      // person, who acts, not the state.
      if (lang_ == TextLang::kEn) {
        if (const size_t n = UnknownNameLength(m.end, 2)) {
          const std::string name = NameText(m.end, m.end + n);
          const std::string id = "person:" + ActorSlug(name);
          if (id != "person:") {
            std::optional<Actor> person;
            if (lexicon_.FindActor(id) == nullptr) {
              person = Actor{id, name, ActorType::kPerson, {}, {}};
            }
            EmitPerson(m.end, m.end + n, id, "apposition",
                       "name after nationality '" + e.form + "'", e.actor_id, '*', "",
                       std::move(person));
            return m.end + n;
          }
        }
      }
      Emit(m.begin, m.end, e.actor_id, "demonym", "adjective '" + e.form + "'", "");
      return m.end;
    case EntryKind::kNationality:
      // "der Kanadier Mohammed Fahmi", "die 28-jährige Italienerin", "den Argentinier": one
      // person of that nationality, who is not the state (plural "die Isländer" stand for it).
      if (GermanSingularNationality(m.begin, m.end)) return m.end;
      Emit(m.begin, m.end, e.actor_id, "demonym", "nationality noun '" + e.form + "'", "");
      return m.end;
    case EntryKind::kMinistry:
      return HandleMinistry(match);
    case EntryKind::kRole:
    case EntryKind::kTitle:
      return HandleRoleNoun(match);
    case EntryKind::kPronoun:
      return HandlePronoun(match);
  }
  return m.end;
}

size_t ActorRecognizer::HandleName(int match) {
  const PhraseMatch& m = matches_[match];
  const LexEntry& e = EntryOf(match);
  if (!IsPersonMatch(match)) {
    // English "Jim Jordan", "Chad Turkey": a one-word country name right after a capitalised
    // word that is no name of ours is read as a surname (German capitalises all nouns, so the
    // rule is English only; "Eastern Ukraine" keeps its country).
    if (lang_ == TextLang::kEn && m.end - m.begin == 1 && m.begin > 0 &&
        e.actor_id.substr(0, 8) == "country:" && MatchEndingAt(m.begin) < 0) {
      const Word& before = words_[m.begin - 1];
      if (before.token.kind == TokenKind::kWord && before.token.capitalized &&
          !before.token.all_caps && !IsNameStopword(before.key) && !IsDirectionWord(before.key)) {
        return m.end;
      }
    }
    Emit(m.begin, m.end, e.actor_id, e.rule, e.rule + " '" + e.form + "'", "");
    return m.end;
  }
  Note note = notes_[match];
  std::string detail = e.rule + " '" + e.form + "'";
  if (!note.title.empty()) detail += " after '" + note.title + "'";
  if (const int title = TitleAfterComma(m.end); title >= 0) {  // "Kishida, der Premierminister"
    notes_[title].skip = true;
    const LexEntry& t = EntryOf(title);
    if (note.affiliation.empty()) note.affiliation = TitleAffiliation(title);
    if (note.gender == '*') note.gender = t.gender;
    if (t.kind == EntryKind::kRole) note.role = t.meaning;
    detail += " in apposition with '" + t.form + "'";
  }
  if (note.affiliation.empty() && !note.role.empty() && date_) {
    for (const RoleTerm* term : lexicon_.roles().TermsOf(e.actor_id, *date_)) {
      if (term->role == note.role || note.role == "leader") note.affiliation = term->of;
    }
  }
  EmitPerson(m.begin, m.end, e.actor_id, e.rule, detail, note.affiliation, note.gender, note.role,
             std::nullopt);
  return m.end;
}

// A seat of power after a locative preposition, across "the" and a house number: "at the
// White House", "in Downing Street", "at 10 Downing Street", "im Kreml".
bool ActorRecognizer::SeatAsPlace(size_t begin) const {
  size_t w = begin;
  while (w > 0 && (words_[w - 1].key == "the" || words_[w - 1].token.kind == TokenKind::kNumber)) {
    --w;
  }
  if (w == 0) return false;
  const std::string& k = words_[w - 1].key;
  return k == "at" || k == "in" || k == "im" || k == "inside" || k == "outside";
}

// True for a German nationality noun naming one person: a feminine form ("Italienerin") or a
// masculine singular article before it ("der/den/dem/des Argentinier"), across adjectives.
bool ActorRecognizer::GermanSingularNationality(size_t begin, size_t end) const {
  if (lang_ != TextLang::kDe || end == 0) return false;
  const std::string& noun = words_[end - 1].key;
  if (noun.ends_with("in") && !noun.ends_with("ein")) return true;
  for (size_t w = begin; w > 0 && begin - w < 4;) {
    --w;
    const std::string& k = words_[w].key;
    if (k == "der" || k == "den" || k == "dem" || k == "des" || k == "ein" || k == "einen" ||
        k == "einem") {
      return true;
    }
    if (k == "die" || words_[w].token.kind != TokenKind::kWord || words_[w].token.capitalized) {
      return false;
    }
  }
  return false;
}

// An English capital that modifies a noun names a place, not its government: after a
// determiner ("a London news conference", "the party's London HQ") or before a local office
// ("London mayor Ken Livingstone").
bool ActorRecognizer::CapitalAsModifier(size_t begin, size_t end) const {
  if (lang_ != TextLang::kEn) return false;
  if (begin == 0) return false;
  const std::string& before = words_[begin - 1].key;
  if (before == "a" || before == "an" || before == "the") return true;
  if (begin >= 2 && words_[begin - 1].key == "s" && words_[begin - 2].key == "'") return true;
  if (end >= words_.size()) return false;
  static constexpr std::array<std::string_view, 10> kLocal = {
      "mayor",         "hq",     "headquarters", "office",   "conference",
      "correspondent", "bureau", "council",      "assembly", "police"};
  return std::find(kLocal.begin(), kLocal.end(), words_[end].key) != kLocal.end();
}

size_t ActorRecognizer::HandlePlace(int match) {
  const PhraseMatch& m = matches_[match];
  const LexEntry& e = EntryOf(match);
  const bool locative = (m.begin > 0 && IsLocativePreposition(lang_, words_[m.begin - 1].key)) ||
                        (e.kind == EntryKind::kCapital && CapitalAsModifier(m.begin, m.end));
  if (e.kind == EntryKind::kCapital) {
    if (!locative) {
      Emit(m.begin, m.end, e.actor_id, "capital_metonym", "capital '" + e.form + "'", "");
      return m.end;
    }
    const std::string slug = ActorSlug(e.meaning);
    if (slug.empty()) {  // a capital without a Latin-script name: the state
      Emit(m.begin, m.end, e.actor_id, "capital_metonym", "capital '" + e.form + "'", "");
      return m.end;
    }
    const std::string id = "location:" + slug;
    std::optional<Actor> place;
    if (lexicon_.FindActor(id) == nullptr) {
      place = Actor{id, e.meaning, ActorType::kLocation, {}, {}};
    }
    Emit(m.begin, m.end, id, "location", "capital '" + e.form + "' after a preposition", e.actor_id,
         std::move(place));
    return m.end;
  }
  const LocationInfo* info = lexicon_.FindLocation(e.actor_id);
  if (info != nullptr && !locative) {
    std::string best;
    uint64_t best_seen = 0;
    for (const std::string& org : info->metonym_of) {
      const uint64_t seen = coref_.LastSeen(org);
      if (seen > best_seen) best = org, best_seen = seen;
    }
    if (!best.empty()) {
      Emit(m.begin, m.end, best, "metonym",
           "'" + e.form + "' for " + best + ", the organisation seated there named last", "");
      return m.end;
    }
  }
  Emit(m.begin, m.end, e.actor_id, "location", "place '" + e.form + "'",
       info != nullptr ? info->country : "");
  return m.end;
}

size_t ActorRecognizer::HandleMinistry(int match) {
  const PhraseMatch& m = matches_[match];
  const LexEntry& e = EntryOf(match);
  bool by_coref = false;
  const std::string id = ResolveMinistry(match, &by_coref);
  if (id.empty()) {
    Emit(m.begin, m.end, "", "coref", "no " + e.meaning + " named before", "");
    return m.end;
  }
  const std::string country = "country:" + id.substr(4, 3);
  std::optional<Actor> ministry;
  if (lexicon_.FindActor(id) == nullptr) ministry = lexicon_.MinistryActor(country, e.meaning);
  Emit(m.begin, m.end, id, by_coref ? "coref" : "ministry",
       e.meaning + " of " + country + (by_coref ? ", named before" : ""), country,
       std::move(ministry));
  coref_.SeeMinistry(e.meaning, id);
  return m.end;
}

size_t ActorRecognizer::HandlePronoun(int match) {
  const PhraseMatch& m = matches_[match];
  const LexEntry& e = EntryOf(match);
  // English "she" is always singular: it may take a person of unknown gender; German "sie"
  // needs a person the text marked as female ("Außenministerin", "Sprecherin").
  const char gender = e.gender == 'f' && lang_ == TextLang::kEn ? 'F' : e.gender;
  const std::vector<const RememberedPerson*> persons = coref_.RecentPersons(gender, 1, "", "");
  if (persons.empty()) {
    // German "sie" is mostly "they" or the polite "Sie": unresolved, it is not reported.
    if (e.gender != 'f' || lang_ != TextLang::kDe) {
      Emit(m.begin, m.end, "", "coref", "no person named before", "");
    }
    return m.end;
  }
  RememberedPerson p = *persons.front();
  // "He" opening a sentence continues with the previous sentence's subject ("Tory leader
  // Michael Howard said ... the chancellor ... . He also accused ..."), when the gender fits.
  const bool opening =
      m.begin == 0 || (m.begin == 1 && (words_[0].key == "and" || words_[0].key == "but" ||
                                        words_[0].key == "und" || words_[0].key == "aber"));
  if (opening && !subject_.empty() && subject_ != p.id) {
    for (const RememberedPerson* q : coref_.RecentPersons(gender, 64, "", "")) {
      if (q->id == subject_) p = *q;
    }
  }
  if (const RememberedPerson* subject = LeadingClauseSubject(m.begin, gender)) p = *subject;
  EmitPerson(m.begin, m.end, p.id, "coref", "pronoun '" + std::string(words_[m.begin].text) + "'",
             p.affiliation, '*', "", std::nullopt);
  return m.end;
}

// The subject of the sentence just tagged, for a pronoun opening the next: its first person
// that is no possessive ("Mr Brown's Budget ... , the Tory leader said" has none before the
// leader) and not inside a quotation. A sentence without one leaves the last subject.
void ActorRecognizer::RememberSubject() {
  bool quoted = false;
  size_t next_mention = 0;
  for (size_t w = 0; w < words_.size(); ++w) {
    const std::string& k = words_[w].key;
    if (k == "\"" || words_[w].text == "\u201c" || words_[w].text == "\u201d") quoted = !quoted;
    while (next_mention < out_.size() && out_[next_mention].end <= words_[w].token.begin) {
      ++next_mention;
    }
    if (next_mention >= out_.size() || out_[next_mention].begin != words_[w].token.begin) continue;
    const ActorMention& o = out_[next_mention];
    if (o.type != ActorType::kPerson || o.actor_id.empty() || quoted) continue;
    size_t end = w;
    while (end < words_.size() && words_[end].token.begin < o.end) ++end;
    const bool possessive = end + 1 < words_.size() && words_[end].key == "'" &&
                            (words_[end + 1].key == "s" || words_[end + 1].key == "'s");
    if (possessive || (end < words_.size() && words_[end].key == "'s")) continue;
    subject_ = o.actor_id;
    return;
  }
}

// "Als Stoltenberg Hayashi traf, lobte er ...", "When X met Y, he ...": a pronoun after the
// comma of a leading temporal clause is the subject of that clause, its first person, not the
// person named last. nullptr when the sentence has no such shape or that person's gender
// does not fit.
const RememberedPerson* ActorRecognizer::LeadingClauseSubject(size_t word, char gender) const {
  static constexpr std::string_view kOpeners[] = {"als",  "nachdem", "bevor",  "wahrend",
                                                  "when", "after",   "before", "while"};
  if (words_.empty() ||
      std::find(std::begin(kOpeners), std::end(kOpeners), words_[0].key) == std::end(kOpeners)) {
    return nullptr;
  }
  // The clause's only comma stands right before the pronoun, or before the verb and the
  // pronoun (German "..., lobte er").
  size_t comma = 0;
  for (size_t w = 1; w < word; ++w) {
    if (words_[w].key != ",") continue;
    if (comma != 0) return nullptr;
    comma = w;
  }
  if (comma == 0 || word - comma > 2) return nullptr;
  const ActorMention* first = nullptr;
  for (const ActorMention& o : out_) {
    if (o.type == ActorType::kPerson && !o.actor_id.empty()) {
      first = &o;
      break;
    }
  }
  if (first == nullptr) return nullptr;
  for (const RememberedPerson* r : coref_.RecentPersons(gender, 16, "", "")) {
    if (r->id == first->actor_id) return r;
  }
  return nullptr;
}

void ActorRecognizer::Emit(size_t first_word, size_t end_word, const std::string& actor_id,
                           std::string_view rule, std::string detail, std::string affiliation,
                           std::optional<Actor> new_actor) {
  ActorMention mention;
  mention.begin = words_[first_word].token.begin;
  mention.end = words_[end_word - 1].token.end;
  mention.actor_id = actor_id;
  if (const Actor* actor = lexicon_.FindActor(actor_id)) {
    mention.type = actor->type;
  } else if (new_actor) {
    mention.type = new_actor->type;
  } else {
    mention.type = ActorTypeFromIdPrefix(actor_id).value_or(ActorType::kPerson);
  }
  mention.rule = rule;
  mention.detail = std::move(detail);
  mention.new_actor = std::move(new_actor);
  mention.affiliation = std::move(affiliation);
  if (!actor_id.empty() && mention.type != ActorType::kPerson) coref_.SeeActor(actor_id);
  if (actor_id.starts_with("country:")) {
    coref_.CountState(actor_id);
  } else if (mention.affiliation.starts_with("country:")) {
    coref_.CountState(mention.affiliation);
  }
  out_.push_back(std::move(mention));
}

void ActorRecognizer::EmitPerson(size_t first_word, size_t end_word, const std::string& id,
                                 std::string_view rule, std::string detail,
                                 const std::string& affiliation, char gender,
                                 const std::string& role, std::optional<Actor> new_actor) {
  Emit(first_word, end_word, id, rule, std::move(detail), affiliation, std::move(new_actor));
  out_.back().type = ActorType::kPerson;
  out_.back().role = role;
  // "Patricia Hewitt": a gendered given name tells "she" and "Ms Hewitt" whom they name.
  if (gender == '*' && rule != "coref" && rule != "role@date" && first_word < end_word) {
    gender = GivenNameGender(lang_, words_[first_word].key);
  }
  coref_.SeePerson(id, gender, affiliation, role);
  // A state's office holders name it as much as its name does ("Mr Blair" for the UK).
  if (date_ && !out_.back().affiliation.starts_with("country:")) {
    for (const RoleTerm* term : lexicon_.roles().TermsOf(id, *date_)) {
      if (term->of.starts_with("country:")) coref_.CountState(term->of);
    }
  }
  if (rule == "coref" || rule == "role@date") return;
  std::string key;
  for (size_t i = first_word; i < end_word; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words_[i].key;
  }
  coref_.RememberName(key, id);
  if (const Actor* actor = lexicon_.FindActor(id)) {
    coref_.RememberName(PhraseKey(actor->name, &Folder()), id);
  }
}

std::string ActorRecognizer::DateText() const { return date_ ? FormatIsoDay(*date_) : "?"; }

}  // namespace geokg
