// ingest/text/actor_recognizer.h
//
// Finds the actors of German or English news text, sentence by sentence, with their byte spans
// and the rule that found each (docs/actors.md lists the rules):
//   - names and aliases of countries (with ICU CLDR names), organisations, media, groups and
//     people; demonyms ("japanische", "Japanese"), German genitives ("Nordkoreas"), capitals and
//     seats of power as metonyms ("Peking", "the Kremlin"), places ("in Brüssel");
//   - ministries as parts of their state ("das nordkoreanische Außenministerium" ->
//     org:PRK-MFA) and role nouns resolved by the date ("der NATO-Chef" on 2023-05-16 ->
//     person:jens-stoltenberg), with the state or organisation taken from an adjective, a
//     genitive, a compound prefix or "of X" / "der X";
//   - people not in the dictionaries, next to a role noun or in apposition ("Kim Seol-hwa, ein
//     Beamter des Außenministeriums" -> person:kim-seol-hwa, affiliated with the ministry);
//   - light coreference within the document: "der Beamte", "die beiden Beamten", "er", "she",
//     the family name alone.
//
// Thread safety: one recogniser per document and thread; it keeps the document's coreference
// state. The lexicon is shared and must outlive it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_day.h"
#include "graph/actor.h"
#include "ingest/text/actor_lexicon.h"
#include "ingest/text/coref_memory.h"
#include "ingest/text/function_words.h"
#include "ingest/text/sentence_words.h"

namespace geokg {

struct ActorMention {
  size_t begin = 0, end = 0;  // byte offsets in the document
  std::string actor_id;       // "" when a coreference stays unresolved
  ActorType type = ActorType::kGroup;
  // "name", "alias", "demonym", "genitive", "capital_metonym", "location", "metonym",
  // "ministry", "role@date", "apposition", "given_name", "coref".
  std::string rule;
  std::string detail;              // why, e.g. "foreign_minister of country:JPN on 2023-04-04"
  std::optional<Actor> new_actor;  // set when the actor is not in the dictionaries
  std::string affiliation;         // actor id it is affiliated with or part of, if known
  // For people: the office the text gives them, a role of roles.tsv ("foreign_minister",
  // "secretary_general"); "" for none or a title without an office ("ein Beamter").
  std::string role;
};

class ActorRecognizer {
 public:
  // `lang` is "de" or "en" (anything else is read as English). `document_date` resolves dated
  // roles; without it, role nouns name nobody unless a sentence date is given.
  ActorRecognizer(const ActorLexicon& lexicon, std::string_view lang,
                  std::optional<Day> document_date);

  // The mentions of one sentence, ordered by begin. `sentence_offset` is the document offset
  // of the sentence's first byte; `sentence_date` (a date the sentence names) overrides the
  // document date for role nouns. Sentences must come in document order for coreference.
  // REQUIRES: `sentence` is valid UTF-8.
  std::vector<ActorMention> TagSentence(std::string_view sentence, size_t sentence_offset,
                                        std::optional<Day> sentence_date = {});

 private:
  // Per-match annotations set by an earlier rule (a title before a name, a name before ", ein
  // Beamter").
  struct Note {
    bool skip = false;
    std::string affiliation;
    std::string role;
    std::string title;
    char gender = '*';
  };

  const LexEntry& EntryOf(int match) const { return lexicon_.entry(matches_[match].entry); }
  int MatchAt(size_t word) const { return word < match_at_.size() ? match_at_[word] : -1; }
  int MatchEndingAt(size_t word_end) const;
  const RememberedPerson* LeadingClauseSubject(size_t word, char gender) const;
  void RememberSubject();
  void RememberFullNames();
  bool SeatAsPlace(size_t begin) const;
  bool CapitalAsModifier(size_t begin, size_t end) const;
  bool GermanSingularNationality(size_t begin, size_t end) const;
  bool GermanChancellor(int match) const;
  bool KnownMale(const std::string& id) const;
  bool BareGovernment(size_t word) const;  // the text gave person `id` as male
  // The states or organisations of "der/of X und/and Y" after word `end` (empty or one when
  // not coordinated).
  std::vector<std::string> CoordinatedLinks(size_t end) const;
  bool IsPersonMatch(int match) const;

  // Context (actor_context.cc).
  std::string ModifierActor(int match) const;
  std::string LeftAffiliation(size_t begin) const;
  int RightLink(size_t end) const;
  std::string LinkedAffiliation(int match) const;
  bool FormerBefore(size_t begin) const;
  struct DeterminerInfo {
    bool definite = false, indefinite = false, plural = false;
  };
  DeterminerInfo DeterminerBefore(size_t begin) const;
  size_t UnknownNameLength(size_t begin, size_t min_words) const;
  size_t DocumentNameLength(size_t begin, std::string* id) const;
  int TitleAfterComma(size_t end) const;
  std::string NameText(size_t begin, size_t end) const;
  std::string TitleAffiliation(int title) const;
  std::string ResolveMinistry(int match, bool* by_coref) const;
  const RoleTerm* ResolveRole(std::string_view role, std::string_view of) const;

  // Rules (actor_recognizer.cc, actor_rules.cc); each returns the next word to look at.
  size_t HandleMatch(int match);
  size_t HandleName(int match);
  size_t HandlePlace(int match);
  size_t HandleMinistry(int match);
  size_t HandleRoleNoun(int match);
  size_t HandlePronoun(int match);
  size_t HandleFreeWords(size_t word);

  void Emit(size_t first_word, size_t end_word, const std::string& actor_id, std::string_view rule,
            std::string detail, std::string affiliation,
            std::optional<Actor> new_actor = std::nullopt);
  void EmitPerson(size_t first_word, size_t end_word, const std::string& id, std::string_view rule,
                  std::string detail, const std::string& affiliation, char gender,
                  const std::string& role, std::optional<Actor> new_actor);
  std::string DateText() const;

  const ActorLexicon& lexicon_;
  const TextLang lang_;
  const uint8_t lang_mask_;
  const std::optional<Day> document_date_;
  CorefMemory coref_;
  std::string subject_;  // the last sentence subject (RememberSubject)

  // The sentence being tagged.
  std::optional<Day> date_;
  std::vector<Word> words_;
  std::vector<PhraseMatch> matches_;
  std::vector<int> match_at_, match_end_at_;
  std::vector<Note> notes_;
  std::vector<ActorMention> out_;
};

}  // namespace geokg
