// ingest/events/event_patterns.h
//
// The verb and noun patterns of the event extractor (data/events/patterns.tsv documents the
// format): which words signal which CAMEO event or structural relation, and where its target
// stands. Loaded from the built-in table plus user pattern files (`--dict FILE` with a
// "# table: event_patterns" line or a name ending in "patterns.tsv").
//
// Thread safety: immutable after Load; share one table between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "ingest/actors/dictionary_rows.h"
#include "ingest/feeds/cameo_codebook.h"

namespace geokg {

// One word of a trigger form, folded (text_key.h).
struct PatternWord {
  std::string key;
  bool prefix = false;  // written with a trailing '*'
};

// Where the target of an event stands.
struct TargetSlot {
  enum class Kind { kObject, kPreposition, kNone } kind = Kind::kObject;
  std::string preposition;  // folded, for kPreposition
};

struct EventPattern {
  std::string lang;                  // "de" or "en"
  std::string code;                  // CAMEO code, or a relation such as member_of
  const CameoCode* cameo = nullptr;  // null for relations
  std::vector<std::vector<PatternWord>> forms;
  std::string particle;  // folded; empty when none
  std::vector<TargetSlot> targets;
  bool recip = false;  // a meeting: its participants are one group
  bool noun = false;   // the trigger is a noun
  // The subject receives and the target slot holds the actor ("erhielt Panzer aus Dänemark"):
  // the edge runs from the target to the subject.
  bool inverse = false;
  bool ends = false;  // a relation that ends at the event time ("trat aus", "left")
  // A directed act done both ways ("exchanged prisoners", "tauschten Gefangene aus"): the
  // members of the subject group act on each other, one edge per direction.
  bool mutual = false;
  // The object follows the trigger within three words ("told Mr Brown", "told Labour
  // members"); a later actor belongs to what was said ("told MPs the UK was ...").
  bool near = false;
  std::string rule;  // "events/patterns.tsv:42"
};

// A trigger form found at a word of a sentence.
struct PatternHit {
  const EventPattern* pattern = nullptr;
  size_t form_words = 1;
};

class EventPatterns {
 public:
  // The built-in table, then `files` in order (files that are not pattern files are skipped,
  // so the --dict list can be passed whole). Corruption "file:line: ..." for a bad row.
  static Status Load(const std::vector<std::string>& files, std::unique_ptr<EventPatterns>* out);

  // Every problem of a pattern file's text, with its line; `source` names it.
  static std::vector<DictionaryProblem> Check(std::string_view text, const std::string& source);

  // True when `path`/`text` is a pattern file: a "# table: event_patterns" line among its
  // leading comments, or a name ending in "patterns.tsv".
  static bool IsPatternFile(std::string_view path, std::string_view text);

  // Splits --dict files into actor dictionaries and pattern files (reading each to look for
  // its "# table:" line). IOError naming a file that cannot be read.
  static Status SplitFiles(const std::vector<std::string>& files,
                           std::vector<std::string>* actor_files,
                           std::vector<std::string>* pattern_files);

  // The patterns whose form starts at word `i` of `keys` (folded words of a sentence), longest
  // form first. `lang` is "de" or "en".
  void Match(std::string_view lang, const std::vector<std::string>& keys, size_t i,
             std::vector<PatternHit>* hits) const;

  size_t size() const { return patterns_.size(); }

 private:
  EventPatterns() = default;
  Status AddText(std::string_view text, const std::string& source,
                 std::vector<DictionaryProblem>* problems);
  void Index();

  std::vector<std::unique_ptr<EventPattern>> patterns_;
  // First word of a form -> (pattern, form index); exact words and prefixes apart.
  struct FormRef {
    const EventPattern* pattern;
    size_t form;
  };
  std::unordered_map<std::string, std::vector<FormRef>> exact_;
  std::unordered_map<std::string, std::vector<FormRef>> prefix_;
  size_t max_prefix_ = 0;
};

}  // namespace geokg
