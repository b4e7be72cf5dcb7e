// The person rules of ActorRecognizer: role nouns resolved by date, titles with names next to
// them, names in apposition, and names the document used before.
#include <algorithm>

#include "ingest/text/actor_recognizer.h"
#include "ingest/text/actor_slug.h"
#include "ingest/text/given_names.h"

namespace geokg {

// "Kim Seol-hwa": the words joined by a space, or by '-' where the text has a hyphen.
std::string ActorRecognizer::NameText(size_t begin, size_t end) const {
  std::string name;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) name.push_back(words_[i].hyphen_before ? '-' : ' ');
    name.append(words_[i].text);
  }
  return name;
}

namespace {

// The office a role or title noun gives the person it names: a role of roles.tsv, or a
// spokesperson, an office without dated holders ("Kremlin spokesman Dmitry Peskov" holds it;
// "an official" holds none).
std::string OfficeOf(const LexEntry& e) {
  if (e.kind == EntryKind::kRole || e.meaning == "spokesperson") return std::string(e.meaning);
  return "";
}

}  // namespace

std::vector<std::string> ActorRecognizer::CoordinatedLinks(size_t end) const {
  std::vector<std::string> states;
  size_t j = end;
  const auto skip = [&](std::initializer_list<std::string_view> words) {
    while (j < words_.size() &&
           std::find(words.begin(), words.end(), words_[j].key) != words.end()) {
      ++j;
    }
  };
  skip({"of", "the", "der", "des"});
  while (j < words_.size()) {
    const int m = MatchAt(j);
    const std::string actor = ModifierActor(m);
    if (actor.empty()) break;
    states.push_back(actor);
    j = matches_[m].end;
    if (j >= words_.size() || (words_[j].key != "und" && words_[j].key != "and")) break;
    ++j;
    skip({"the", "der", "des"});
  }
  return states;
}

// True for "government" / "Regierung" / "Bundesregierung" right after a definite article and
// before no link word ("the government of Iraq", "die Regierung der Ukraine" name their state).
bool ActorRecognizer::BareGovernment(size_t word) const {
  const std::string& k = words_[word].key;
  const bool en = lang_ == TextLang::kEn;
  if (en ? k != "government" : (k != "regierung" && k != "bundesregierung")) return false;
  if (word == 0) return false;
  const std::string& before = words_[word - 1].key;
  if (en ? before != "the" : (before != "die" && before != "der")) return false;
  return word + 1 >= words_.size() || !IsLinkWord(lang_, words_[word + 1].key);
}

bool ActorRecognizer::KnownMale(const std::string& id) const {
  for (const RememberedPerson* p : coref_.RecentPersons('*', 64, "", "")) {
    if (p->id == id) return p->gender == 'm';
  }
  return false;
}

// True when `match` names a person who heads the German or Austrian government on the date
// ("Chancellor Olaf Scholz").
bool ActorRecognizer::GermanChancellor(int match) const {
  if (!IsPersonMatch(match) || !date_) return false;
  for (const RoleTerm* term : lexicon_.roles().TermsOf(EntryOf(match).actor_id, *date_)) {
    if (term->role == "head_of_government" &&
        (term->of == "country:DEU" || term->of == "country:AUT")) {
      return true;
    }
  }
  return false;
}

size_t ActorRecognizer::HandleRoleNoun(int match) {
  const PhraseMatch& m = matches_[match];
  const LexEntry& e = EntryOf(match);
  std::string affiliation = e.actor_id;
  // "der Bundeskanzler", "Bundespräsident": Germany and Austria share the offices' names; in a
  // document about Austria they are Austria's.
  if (affiliation == "country:DEU" && lang_ == TextLang::kDe &&
      coref_.DominantState() == "country:AUT") {
    affiliation = "country:AUT";
  }
  if (affiliation.empty()) affiliation = LeftAffiliation(m.begin);
  if (affiliation.empty()) affiliation = LinkedAffiliation(RightLink(m.end));
  // An English "chancellor" heads a government only in Germany and Austria; in British text
  // it is the finance minister, an office without holders in roles.tsv ("Chancellor Gordon
  // Brown", "the chancellor" is not the prime minister).
  const bool chancellor = lang_ == TextLang::kEn && e.kind == EntryKind::kRole &&
                          words_[m.begin].key == "chancellor" && affiliation != "country:DEU" &&
                          affiliation != "country:AUT" && !GermanChancellor(MatchAt(m.end));
  const bool is_role = e.kind == EntryKind::kRole && !chancellor;
  std::string office = chancellor ? "chancellor" : OfficeOf(e);
  // "his South Korean counterpart", "seiner australischen Amtskollegin": the office of the
  // last person the text gave one, held for the state named here.
  const RoleTerm* counterpart = nullptr;
  if (e.meaning == "counterpart" && !affiliation.empty()) {
    for (const RememberedPerson* p : coref_.RecentPersons('*', 16, "", "")) {
      for (const std::string& role : p->roles) {
        if (counterpart == nullptr && role != "leader") {
          counterpart = ResolveRole(role, affiliation);
          if (counterpart != nullptr) office = role;
        }
      }
      if (counterpart != nullptr || !p->roles.empty()) break;
    }
  }
  if (chancellor && MatchAt(m.end) < 0 && DeterminerBefore(m.begin).definite) {
    // "the chancellor": the last person the text called chancellor.
    for (const RememberedPerson* p : coref_.RecentPersons('*', 16, "", "chancellor")) {
      const RememberedPerson person = *p;
      EmitPerson(m.begin, m.end, person.id, "coref", "'chancellor' refers back", person.affiliation,
                 '*', "chancellor", std::nullopt);
      break;
    }
    return m.end;
  }

  // A name right after the noun: "NATO-Generalsekretär Jens Stoltenberg".
  const int next = MatchAt(m.end);
  if (IsPersonMatch(next)) {
    Note& note = notes_[next];
    note.affiliation = affiliation;
    note.gender = e.gender;
    note.title = e.form;
    note.role = office;
    return m.end;
  }
  std::string known;
  if (const size_t n = DocumentNameLength(m.end, &known)) {
    if (e.meaning == "honorific" && e.gender == 'f' && KnownMale(known)) {
      return m.end + n;  // "Mrs Howard" after "Mr Howard": his wife, not him
    }
    EmitPerson(m.end, m.end + n, known, "coref", "named before; after '" + e.form + "'",
               affiliation, e.gender, office, std::nullopt);
    return m.end + n;
  }
  // One capitalised word after the noun is a name only in English: German capitalises every
  // noun ("der NATO-Chef Anfang dieses Jahres").
  const size_t min_words = lang_ == TextLang::kEn ? 1 : 2;
  if (const size_t n = UnknownNameLength(m.end, min_words)) {
    std::string name = NameText(m.end, m.end + n);
    bool last_name_only = true;  // one name, maybe hyphenated ("Kilroy-Silk")
    std::string key = words_[m.end].key;
    for (size_t w = m.end + 1; w < m.end + n; ++w) {
      last_name_only = last_name_only && words_[w].hyphen_before;
      key += " " + words_[w].key;
    }
    if (e.meaning == "honorific" && last_name_only) {
      // "Mr Howard" names the person only with a full name the document wrote before
      // ("Michael Howard"); a last name alone is no id. "Mrs Howard" may be another Howard.
      const std::string* full = coref_.FullNameOf(key);
      if (full == nullptr) return m.end;
      name = *full;
      if (e.gender == 'f' && KnownMale("person:" + ActorSlug(name))) return m.end;
    }
    const std::string slug = ActorSlug(name);
    if (!slug.empty()) {
      const std::string id = "person:" + slug;
      std::optional<Actor> person;
      if (lexicon_.FindActor(id) == nullptr) person = Actor{id, name, ActorType::kPerson, {}, {}};
      EmitPerson(m.end, m.end + n, id, "apposition", "name after '" + e.form + "'", affiliation,
                 e.gender, office, std::move(person));
      return m.end + n;
    }
  }

  if (FormerBefore(m.begin)) return m.end;
  if (counterpart != nullptr) {
    EmitPerson(m.begin, m.end, counterpart->person, "role@date",
               counterpart->role + " of " + affiliation + " on " + DateText(), affiliation,
               e.gender, counterpart->role, std::nullopt);
    return m.end;
  }
  const DeterminerInfo det = DeterminerBefore(m.begin);
  if (!is_role) {  // "der Beamte", "die beiden Beamten", "the two officials"
    if (!det.definite && !det.plural) {
      // "A Labour spokesman", "a spokesman for UKIP": an unnamed spokesperson or official
      // speaks for the state or organisation the text gives (the suite's country:XXX reading).
      const bool speaks_for =
          (e.meaning == "spokesperson" || e.meaning == "official") && e.number != 'p';
      if (speaks_for && !affiliation.empty() && lexicon_.FindActor(affiliation) != nullptr) {
        Emit(m.begin, m.end, affiliation, "title_affiliation",
             "unnamed '" + e.form + "' of " + affiliation, "");
      }
      return m.end;
    }
    // "called on ministers to reassure": a bare plural is generic and refers back to nobody.
    if (e.number == 'p' && !det.definite && !det.plural) return m.end;
    const bool plural = det.plural || (e.number == 'p' && det.definite);
    const std::vector<const RememberedPerson*> persons =
        coref_.RecentPersons(e.gender, plural ? 2 : 1, affiliation, "");
    if (persons.empty()) return m.end;  // generic ("the ambassador"): nobody to refer to
    // Copies: EmitPerson updates the memory the pointers point into.
    std::vector<RememberedPerson> copies;
    for (const RememberedPerson* p : persons) copies.push_back(*p);
    for (const RememberedPerson& p : copies) {
      EmitPerson(m.begin, m.end, p.id, "coref", "'" + e.form + "' refers back", p.affiliation, '*',
                 "", std::nullopt);
    }
    return m.end;
  }
  if (is_role && !det.indefinite) {
    // "Die Außenminister Chinas und Russlands", "the leaders of Japan and South Korea": one
    // holder per state of a coordinated link.
    const std::vector<std::string> states = CoordinatedLinks(m.end);
    if (states.size() >= 2) {
      for (const std::string& state : states) {
        if (const RoleTerm* term = ResolveRole(e.meaning, state)) {
          EmitPerson(m.begin, m.end, term->person, "role@date",
                     term->role + " of " + state + " on " + DateText(), state, e.gender, term->role,
                     std::nullopt);
        }
      }
      return m.end;
    }
  }
  if (det.indefinite || det.plural) return m.end;  // "ein japanischer Ministerpräsident"
  if (!affiliation.empty()) {
    const RoleTerm* term = ResolveRole(e.meaning, affiliation);
    if (term != nullptr) {
      EmitPerson(m.begin, m.end, term->person, "role@date",
                 term->role + " of " + affiliation + " on " + DateText(), affiliation, e.gender,
                 term->role, std::nullopt);
    }
    return m.end;
  }
  if (!det.definite) return m.end;
  // "der Außenminister": the last person the text gave that role, or who held it that day.
  for (const RememberedPerson* p : coref_.RecentPersons(e.gender, 16, "", "")) {
    bool holds = std::find(p->roles.begin(), p->roles.end(), e.meaning) != p->roles.end();
    if (!holds && date_) {
      for (const RoleTerm* term : lexicon_.roles().TermsOf(p->id, *date_)) {
        holds |= term->role == e.meaning;
      }
    }
    if (!holds) continue;
    const RememberedPerson person = *p;
    EmitPerson(m.begin, m.end, person.id, "coref", "'" + e.form + "' refers back",
               person.affiliation, '*', e.meaning, std::nullopt);
    break;
  }
  return m.end;
}

size_t ActorRecognizer::HandleFreeWords(size_t word) {
  // "the government", "die Regierung" with nothing naming whose: the state the document is
  // about, when one clearly dominates ("the government" of a British politics article).
  if (BareGovernment(word)) {
    const std::string state = coref_.DominantState();
    if (!state.empty()) {
      Emit(word, word + 1, state, "government@document",
           "bare 'government' of the document's state", "");
      return word + 1;
    }
  }
  std::string known;
  if (const size_t n = DocumentNameLength(word, &known)) {
    EmitPerson(word, word + n, known, "coref", "named before in the document", "", '*', "",
               std::nullopt);
    return word + n;
  }
  // "Kim Seol-hwa, ein Beamter des Außenministeriums, ..."
  const size_t n = UnknownNameLength(word, 2);
  if (n == 0) return word + 1;
  const int title = TitleAfterComma(word + n);
  if (title < 0 && n == 2 && lang_ == TextLang::kEn &&
      (words_[word].key == "lord" || words_[word].key == "baroness")) {
    // A peer is named by the title and one name ("Lord Goldsmith", "Baroness Amos"), the form
    // news keeps for the person: person:lord-goldsmith.
    const std::string name = NameText(word, word + n);
    const std::string id = "person:" + ActorSlug(name);
    std::optional<Actor> person;
    if (lexicon_.FindActor(id) == nullptr) person = Actor{id, name, ActorType::kPerson, {}, {}};
    EmitPerson(word, word + n, id, "apposition", "peer '" + name + "'", "",
               words_[word].key == "lord" ? 'm' : 'f', "", std::move(person));
    return word + n;
  }
  if (title < 0 && n <= 3 && IsGivenName(lang_, words_[word].key)) {
    // "Michael Howard", "Charles Clarke": a given name and a capitalised unknown word.
    const std::string name = NameText(word, word + n);
    const std::string id = "person:" + ActorSlug(name);
    std::optional<Actor> person;
    if (lexicon_.FindActor(id) == nullptr) person = Actor{id, name, ActorType::kPerson, {}, {}};
    EmitPerson(word, word + n, id, "given_name",
               "given name '" + std::string(words_[word].text) + "'", "", '*', "",
               std::move(person));
    return word + n;
  }
  if (title < 0) return word + n;
  const std::string name = NameText(word, word + n);
  const std::string slug = ActorSlug(name);
  if (slug.empty()) return word + n;
  const LexEntry& t = EntryOf(title);
  notes_[title].skip = true;
  const std::string id = "person:" + slug;
  std::optional<Actor> person;
  if (lexicon_.FindActor(id) == nullptr) person = Actor{id, name, ActorType::kPerson, {}, {}};
  EmitPerson(word, word + n, id, "apposition", "name in apposition with '" + t.form + "'",
             TitleAffiliation(title), t.gender, OfficeOf(t), std::move(person));
  return word + n;
}

}  // namespace geokg
