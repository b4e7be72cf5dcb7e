// ingest/events/sentence_view.h
//
// One annotated sentence as the event rules see it: its words with folded keys, the clause of
// each word, and the actors as slots over word ranges. Slots leave out what cannot take part in
// an event: places ("in Brüssel"), unresolved coreferences, and modifiers of another mention
// ("japanische" before "Außenminister" when that resolved to Japan's foreign minister, "NATO"
// in "NATO-Generalsekretär Jens Stoltenberg"). Mentions of one span (the two people of "die
// beiden Beamten") share a slot.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/text/document_annotator.h"
#include "ingest/text/text_key.h"
#include "ingest/text/token.h"

namespace geokg {

struct ActorSlot {
  size_t first_word = 0, end_word = 0;        // [first, end)
  std::vector<const ActorMention*> mentions;  // one per actor of the span
};

class SentenceView {
 public:
  // `document` is the whole text; `sentence` one of its annotated sentences.
  SentenceView(std::string_view document, const SentenceAnnotation& sentence, KeyFolder* folder);

  size_t size() const { return tokens_.size(); }
  const Token& token(size_t i) const { return tokens_[i]; }
  // Folded key of a word; punctuation keeps its text.
  const std::string& key(size_t i) const { return keys_[i]; }
  const std::vector<std::string>& keys() const { return keys_; }
  size_t clause(size_t i) const { return clause_of_[i]; }
  size_t clause_count() const { return clauses_.size(); }
  // [first, end) word range of clause c.
  std::pair<size_t, size_t> clause_range(size_t c) const { return clauses_[c]; }
  // True for a clause opened by a subordinating word ("dass", "that", a relative pronoun).
  bool subordinate(size_t c) const { return subordinate_[c]; }
  // True for a trailing report clause that attributes the clause before it: ", Scholz said.",
  // ", the TASS news agency reported on Sunday.", ", sagte Scholz." It counts as subordinate:
  // its time does not pass to the content.
  bool trailing_report(size_t c) const { return c == trailing_report_; }
  // The clause that clause c resumes after a relative clause between commas ("Kishida, who
  // attended the summit, met Stoltenberg": "met ..." resumes "Kishida"), or SIZE_MAX.
  size_t continues(size_t c) const { return c < continues_.size() ? continues_[c] : SIZE_MAX; }

  const std::vector<ActorSlot>& slots() const { return slots_; }
  // Places that only locate an event ("in Brüssel", "nach Moskau") as slots of the state they
  // belong to. They are not in slots(); a rule may take one as the target of an act aimed at
  // the place ("reiste nach Moskau", "beschoss die Stadt Cherson"), never as its source.
  const std::vector<ActorSlot>& places() const { return places_; }
  // The slot covering word i, or -1.
  int slot_at(size_t i) const { return slot_at_[i]; }
  // The word at or after byte offset `byte` (document offsets).
  size_t WordAtByte(size_t byte) const;

  const SentenceAnnotation& annotation() const { return sentence_; }

 private:
  void BuildSlots();
  void BuildClauses();
  // True when the article at word i after a comma opens a German apposition, not a clause.
  bool GermanApposition(size_t i) const;
  // True when an actor or subject pronoun follows subordinator i ("after Mr Blair told").
  bool SubjectFollows(size_t i) const;
  // The first word of a trailing report clause (after its comma), or SIZE_MAX.
  size_t TrailingReportStart() const;

  const SentenceAnnotation& sentence_;
  std::vector<Token> tokens_;
  std::vector<std::string> keys_;
  std::vector<size_t> clause_of_;
  std::vector<std::pair<size_t, size_t>> clauses_;
  std::vector<bool> subordinate_;
  size_t trailing_report_ = SIZE_MAX;  // clause index
  std::vector<size_t> continues_;      // by clause index; SIZE_MAX for none
  std::vector<ActorSlot> slots_;
  std::vector<ActorSlot> places_;
  std::deque<ActorMention> place_states_;  // the states of places_, stable addresses
  std::vector<int> slot_at_;
};

// Word lists of the rules, folded.
bool IsSubordinator(std::string_view key);       // dass, weil, nachdem, that, because, ...
bool IsRelativePronoun(std::string_view key);    // der, die, das, welche, who, which (after ',')
bool IsCoordinator(std::string_view key);        // und, sowie, oder, and, or
bool IsContentReportVerb(std::string_view key);  // said, claimed, insisted, ... (English)
bool GermanReportVerb(std::string_view key);     // sagte, erklärte, betonte, meinte
bool IsSubjectPronoun(std::string_view key);     // it, they, he, she, we
bool IsArticle(std::string_view key);            // der, die, den, the, a, ...

}  // namespace geokg
