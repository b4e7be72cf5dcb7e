#include "ingest/events/sentence_view.h"

#include <algorithm>
#include <array>

#include "ingest/text/tokenizer.h"

namespace geokg {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// A mention that resolves another one's affiliation: the "japanische" of "der japanische
// Außenminister", the "NATO" of "NATO-Chef".
bool Modifies(const ActorMention& modifier, const ActorMention& head) {
  return !head.affiliation.empty() && head.affiliation == modifier.actor_id &&
         head.type != ActorType::kCountry;
}

// A person named after a title noun ("Tory co-chairman Liam Fox", "Labour MP George Galloway",
// "the Tory spokesman"): words before the title can only describe the person.
bool Titled(const ActorMention& m) {
  if (m.type != ActorType::kPerson) return false;
  if (m.rule == "apposition") return m.detail.starts_with("name after");
  if (m.rule == "coref") return m.detail.find("refers back") != std::string::npos;
  return !m.affiliation.empty();
}

// A word that can stand inside a title before a name ("co-chairman", "home affairs", "'s",
// "Holyrood"): not punctuation, an article, an auxiliary or a past-tense verb, which would
// make the words a clause ("the Tories have accused the prime minister").
bool TitleWord(const Token& t, std::string_view k) {
  if (t.kind == TokenKind::kHyphen || t.kind == TokenKind::kClitic) return true;
  if (t.kind != TokenKind::kWord) return false;
  static constexpr std::array<std::string_view, 16> kClauseWords = {
      "the", "a",   "an",   "his", "her", "their", "has",  "have",
      "had", "was", "were", "is",  "are", "will",  "said", "told"};
  return !In(kClauseWords, k) && !k.ends_with("ed");
}

// A subordinator that opens a clause even without a comma before it: "because" (not
// "because of"), "although", "weil", "obwohl" ("Zelensky criticised NATO because the alliance
// had not set ..." keeps the negation in the causal clause).
bool Conjunction(const std::vector<std::string>& keys, size_t i) {
  const std::string& k = keys[i];
  if (k == "because") return i + 1 < keys.size() && keys[i + 1] != "of";
  return k == "although" || k == "weil" || k == "obwohl" || k == "whereas";
}

// "..., saying/adding/arguing ...": the participle opens the content of a statement.
bool IsReportingParticiple(std::string_view k) {
  return k == "saying" || k == "adding" || k == "arguing" || k == "insisting" || k == "claiming" ||
         k == "stressing" || k == "noting";
}

// An indirect question after a verb ("asked why ministers attacked ..."): not at the start.
bool IsQuestionWord(const std::vector<std::string>& keys, size_t i) {
  return i > 0 && (keys[i] == "why" || keys[i] == "how");
}

}  // namespace

bool IsSubordinator(std::string_view key) {
  static constexpr std::array<std::string_view, 25> kWords = {
      "dass",   "weil",    "nachdem", "obwohl",  "wahrend", "bevor",   "damit", "ob",    "falls",
      "wenn",   "sodass",  "seit",    "seitdem", "that",    "because", "after", "while", "although",
      "before", "whether", "since",   "unless",  "whereas", "als",     "when"};
  return In(kWords, key);
}

bool IsRelativePronoun(std::string_view key) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "der",     "die", "das", "den", "dem",   "deren", "dessen", "welche", "welcher",
      "welches", "wo",  "was", "who", "which", "whom",  "where",  "whose"};
  return In(kWords, key);
}

bool IsContentReportVerb(std::string_view key) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "said",     "says",     "claimed", "confirmed", "stated",
      "reported", "insisted", "insists", "argued",    "added"};
  return In(kWords, key);
}

namespace {

// True for a hyphen standing as a dash, with space on both sides ("snub - he is going").
bool SpacedHyphen(const std::vector<Token>& tokens, const std::vector<std::string>& keys,
                  size_t i) {
  return keys[i] == "-" && tokens[i].space_before && i + 1 < tokens.size() &&
         tokens[i + 1].space_before;
}

}  // namespace

bool GermanReportVerb(std::string_view key) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "sagte", "sagten", "erklarte", "erklarten", "betonte", "betonten", "meinte", "meinten"};
  return In(kWords, key);
}

bool IsSubjectPronoun(std::string_view key) {
  static constexpr std::array<std::string_view, 5> kWords = {"it", "they", "he", "she", "we"};
  return In(kWords, key);
}

bool IsCoordinator(std::string_view key) {
  static constexpr std::array<std::string_view, 6> kWords = {"und", "sowie", "oder",
                                                             "and", "or",    "as well as"};
  return In(kWords, key);
}

bool IsArticle(std::string_view key) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "der",   "die",   "das",   "den", "dem", "des", "ein", "eine",
      "einen", "einem", "einer", "the", "a",   "an",  "its"};
  return In(kWords, key);
}

SentenceView::SentenceView(std::string_view document, const SentenceAnnotation& sentence,
                           KeyFolder* folder)
    : sentence_(sentence) {
  const std::string_view text = document.substr(sentence.span.begin, sentence.span.size());
  tokens_ = Tokenize(text, sentence.span.begin);
  keys_.reserve(tokens_.size());
  for (const Token& t : tokens_) {
    const std::string_view word = document.substr(t.begin, t.size());
    if (t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kHyphen) {
      keys_.emplace_back(word);
    } else {
      keys_.emplace_back(folder->Fold(word));
    }
  }
  BuildSlots();
  BuildClauses();
}

size_t SentenceView::WordAtByte(size_t byte) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                             [](const Token& t, size_t b) { return t.end <= b; });
  return static_cast<size_t>(it - tokens_.begin());
}

void SentenceView::BuildSlots() {
  slot_at_.assign(tokens_.size(), -1);
  struct Placed {
    const ActorMention* mention;
    size_t first, end;
  };
  std::vector<Placed> placed;
  for (const ActorMention& m : sentence_.actors) {
    if (m.actor_id.empty()) continue;
    const size_t first = WordAtByte(m.begin);
    size_t end = WordAtByte(m.end);
    if (end < tokens_.size() && tokens_[end].begin < m.end) ++end;
    if (first >= end) continue;
    if (m.type == ActorType::kLocation) {
      if (m.affiliation.empty() || !m.affiliation.starts_with("country:")) continue;
      ActorMention& state = place_states_.emplace_back(m);
      state.actor_id = m.affiliation;
      state.type = ActorType::kCountry;
      state.rule = "place";
      places_.push_back(ActorSlot{first, end, {&state}});
      continue;
    }
    placed.push_back(Placed{&m, first, end});
  }
  std::vector<bool> dropped(placed.size(), false);
  for (size_t i = 0; i < placed.size(); ++i) {
    for (size_t j = 0; j < placed.size(); ++j) {
      if (i == j || placed[i].first == placed[j].first) continue;
      // A modifier right before its head, or (a genitive) right after it: within two words.
      const bool before = placed[i].end <= placed[j].first && placed[j].first - placed[i].end <= 2;
      bool after = placed[j].end <= placed[i].first && placed[i].first - placed[j].end <= 1;
      // "Die Außenminister Chinas und Russlands", "the leaders of Japan and South Korea": the
      // states of a coordinated link after the heads, across link words and each other.
      if (!after && placed[j].end <= placed[i].first && placed[i].first - placed[j].end <= 5) {
        after = true;
        for (size_t w = placed[j].end; w < placed[i].first && after; ++w) {
          const std::string& k = keys_[w];
          bool covered = false;
          for (const Placed& p : placed) covered = covered || (p.first <= w && w < p.end);
          after = covered || k == "of" || k == "the" || k == "der" || k == "des" || k == "und" ||
                  k == "and";
        }
      }
      // "Penny Wong, die australische Außenministerin": the state of an apposed office.
      if (placed[j].end + 3 == placed[i].first && keys_[placed[j].end] == "," &&
          IsArticle(keys_[placed[j].end + 1]) &&
          tokens_[placed[j].end + 2].kind != TokenKind::kPunctuation) {
        after = !tokens_[placed[j].end + 2].capitalized;
      } else if (placed[j].end + 2 == placed[i].first && keys_[placed[j].end] == "," &&
                 IsArticle(keys_[placed[j].end + 1])) {
        after = true;
      }
      if ((before || after) && Modifies(*placed[i].mention, *placed[j].mention)) {
        dropped[i] = true;
      }
      // "Hans Peter Doskozil (SPÖ)": a party or state in brackets right after a person is
      // the person's.
      if (placed[j].mention->type == ActorType::kPerson &&
          placed[i].mention->type != ActorType::kPerson && placed[i].first == placed[j].end + 1 &&
          keys_[placed[j].end] == "(" && placed[i].end < tokens_.size() &&
          keys_[placed[i].end] == ")") {
        dropped[i] = true;
      }
      // "Lib Dem home affairs spokesman Mark Oaten": a state, party or organisation before a
      // titled person, with only words of the title between them, is the person's own.
      if (placed[i].end <= placed[j].first && placed[j].first - placed[i].end <= 4 &&
          placed[i].mention->type != ActorType::kPerson && Titled(*placed[j].mention)) {
        bool title_words = true;
        for (size_t w = placed[i].end; w < placed[j].first; ++w) {
          title_words = title_words && TitleWord(tokens_[w], keys_[w]);
        }
        if (title_words) dropped[i] = true;
      }
    }
  }
  for (size_t i = 0; i < placed.size(); ++i) {
    if (dropped[i]) continue;
    if (!slots_.empty() && slots_.back().first_word == placed[i].first) {
      slots_.back().mentions.push_back(placed[i].mention);
      continue;
    }
    if (slot_at_[placed[i].first] >= 0) continue;  // overlaps a slot already taken
    slots_.push_back(ActorSlot{placed[i].first, placed[i].end, {placed[i].mention}});
    for (size_t w = placed[i].first; w < placed[i].end; ++w) {
      slot_at_[w] = static_cast<int>(slots_.size() - 1);
    }
  }
}

bool SentenceView::SubjectFollows(size_t i) const {
  // "after Mr Blair told ...", "when he met ...": an actor or a subject pronoun right after
  // the subordinator makes it a conjunction, not a preposition ("after talks").
  if (i == 0 || i + 1 >= tokens_.size()) return false;
  size_t next = i + 1;
  if (keys_[next] == "mr" || keys_[next] == "mrs" || keys_[next] == "ms") ++next;
  return next < tokens_.size() && (slot_at_[next] >= 0 || IsSubjectPronoun(keys_[next]));
}

bool SentenceView::GermanApposition(size_t i) const {
  const std::string& k = keys_[i];
  if (k != "der" && k != "die" && k != "das" && k != "den" && k != "dem") return false;
  // A German relative clause ends in its finite verb ("..., die Japan empfangen hatte,"); an
  // apposition in a noun ("Penny Wong, die australische Außenministerin, reiste ...").
  size_t w = i + 1;
  while (w < tokens_.size() && keys_[w] != "," && keys_[w] != "." && keys_[w] != ";") ++w;
  return w < tokens_.size() && w > i + 1 && keys_[w] == "," && tokens_[w - 1].capitalized;
}

size_t SentenceView::TrailingReportStart() const {
  static constexpr std::array<std::string_view, 14> kVerbs = {
      "said",   "says",  "told",   "added",    "reported",   "claimed", "confirmed",
      "stated", "sagte", "sagten", "erklarte", "berichtete", "meldete", "betonte"};
  size_t end = tokens_.size();
  while (end > 0 && tokens_[end - 1].kind == TokenKind::kPunctuation) --end;
  // The last comma, at most ten words before the end, with no clause opener after it.
  size_t comma = SIZE_MAX;
  for (size_t w = end; w-- > 0 && end - w <= 14;) {
    if (keys_[w] == ",") {
      comma = w;
      break;
    }
    if (keys_[w] == "that" || keys_[w] == "dass" || keys_[w] == ":") return SIZE_MAX;
  }
  if (comma == SIZE_MAX || comma == 0) return SIZE_MAX;
  bool verb = false, speaker = false;
  size_t first = comma + 1;
  while (first < end && tokens_[first].kind == TokenKind::kPunctuation) ++first;  // ,"
  for (size_t w = first; w < end; ++w) {
    verb = verb || (In(kVerbs, keys_[w]) && slot_at_[w] < 0);
    speaker = speaker || slot_at_[w] >= 0 || IsSubjectPronoun(keys_[w]) || keys_[w] == "er";
  }
  return verb && speaker ? first : SIZE_MAX;
}

void SentenceView::BuildClauses() {
  clause_of_.assign(tokens_.size(), 0);
  clauses_.clear();
  subordinate_.clear();
  size_t start = 0;
  bool start_subordinate = false;
  const auto close = [&](size_t end, bool next_subordinate) {
    if (end > start) {
      clauses_.emplace_back(start, end);
      subordinate_.push_back(start_subordinate);
    }
    start = end;
    start_subordinate = next_subordinate;
  };
  // A sentence that opens with a subordinator ("Als ...", "Weil ...", "Wie X meldete, ...",
  // "When ...") has that clause up to its first comma.
  const bool leading = !tokens_.empty() && slot_at_[0] < 0 &&
                       (IsSubordinator(keys_[0]) || keys_[0] == "wie" || keys_[0] == "when" ||
                        keys_[0] == "as" || keys_[0] == "should" || keys_[0] == "if");
  start_subordinate = leading;
  bool leading_open = leading;
  // After a report verb without "dass"/"that", the reported clause starts at the next actor
  // or pronoun ("Kyiv said Russian forces had ...").
  size_t report_content = SIZE_MAX;
  size_t relative_from = SIZE_MAX;  // the clause an open comma-relative clause interrupted
  const size_t trailing = TrailingReportStart();
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const std::string& k = keys_[i];
    if (i == trailing) {
      close(i, true);
      trailing_report_ = clauses_.size();
      break;
    }
    // A comma or a dash before a word can open a clause ("..., dass", "... – was").
    const bool after_comma =
        i > 0 && (keys_[i - 1] == "," || keys_[i - 1] == "–" || keys_[i - 1] == "—");
    if (leading_open && after_comma) {
      leading_open = false;
      close(i, false);
    }
    if (IsContentReportVerb(k) && slot_at_[i] < 0 && i + 1 < tokens_.size() &&
        keys_[i + 1] != "that" && keys_[i + 1] != ",") {
      for (size_t w = i + 1; w < tokens_.size() && w <= i + 4; ++w) {
        if (slot_at_[w] >= 0 || IsSubjectPronoun(keys_[w])) {
          report_content = w;
          break;
        }
        if (keys_[w] == "," || keys_[w] == "." || IsSubordinator(keys_[w])) break;
      }
    }
    // "Faymann sagte, auch Länder wie Deutschland würden Leute schicken": German reported
    // speech after a claim verb and a comma, without "dass", is a clause of its own.
    if (GermanReportVerb(k) && slot_at_[i] < 0 && i + 2 < tokens_.size() && keys_[i + 1] == "," &&
        !IsSubordinator(keys_[i + 2]) && !IsRelativePronoun(keys_[i + 2]) && keys_[i + 2] != "zu") {
      report_content = i + 2;
    }
    if (i == report_content) {
      close(i, true);
      continue;
    }
    if (k == ";" || k == ":") {
      close(i + 1, false);
    } else if ((k == "–" || k == "—" || SpacedHyphen(tokens_, keys_, i)) &&
               !(i + 1 < tokens_.size() &&
                 (IsRelativePronoun(keys_[i + 1]) || IsSubordinator(keys_[i + 1])))) {
      close(i + 1, false);
    } else if (IsSubordinator(k) && slot_at_[i] < 0 &&
               (after_comma || k == "dass" || k == "that" || Conjunction(keys_, i) ||
                SubjectFollows(i))) {
      close(i, true);
    } else if ((k == "but" || k == "aber") && (after_comma || SubjectFollows(i))) {
      close(i, false);  // "... but Tory Dominic Grieve branded ...": a main clause of its own
    } else if ((after_comma && IsReportingParticiple(k)) || IsQuestionWord(keys_, i)) {
      close(i, true);  // "..., saying no figure could ...", "asked why ministers attacked ..."
    } else if (after_comma && relative_from != SIZE_MAX && !IsSubordinator(k) &&
               !IsRelativePronoun(k) && !IsCoordinator(k) && slot_at_[i] < 0) {
      // "Kishida, who attended the summit, met Stoltenberg": the comma after a relative
      // clause resumes the clause it interrupted.
      close(i, false);
      continues_.resize(clauses_.size() + 1, SIZE_MAX);
      continues_[clauses_.size()] = relative_from;
      relative_from = SIZE_MAX;
    } else if (after_comma && IsRelativePronoun(k) && slot_at_[i] < 0 && !GermanApposition(i)) {
      close(i, true);
      relative_from = clauses_.empty() ? SIZE_MAX : clauses_.size() - 1;
    } else if (i > 0 && (k == "which" || k == "who") && slot_at_[i] < 0) {
      close(i, true);  // "a speech which will not help him": the negation is the clause's
    } else if (after_comma && IsCoordinator(k) && i + 1 < tokens_.size() && slot_at_[i + 1] < 0) {
      close(i, false);
    } else if (after_comma && k == "um") {
      close(i, false);
    }
  }
  close(tokens_.size(), trailing_report_ != SIZE_MAX);
  if (clauses_.empty()) {
    clauses_.emplace_back(0, 0);
    subordinate_.push_back(false);
  }
  for (size_t c = 0; c < clauses_.size(); ++c) {
    for (size_t i = clauses_[c].first; i < clauses_[c].second; ++i) clause_of_[i] = c;
  }
}

}  // namespace geokg
