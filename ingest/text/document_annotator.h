// ingest/text/document_annotator.h
//
// The text pipeline up to, not including, relations: language (detected when asked), sentences,
// time expressions and actors of one document, each with its byte span. `geokg annotate`
// prints what it finds; the event extractor builds on it.
//
// Roles are resolved at the date the sentence names when it names a day or month ("am 4.
// April" makes "der japanische Außenminister" the holder on that day), else at the document's
// publication date.
//
// Thread safety: one annotator per thread (it keeps ICU iterators); the lexicon is shared and
// must outlive it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_day.h"
#include "common/status.h"
#include "ingest/text/actor_lexicon.h"
#include "ingest/text/actor_recognizer.h"
#include "ingest/text/sentence_splitter.h"
#include "ingest/text/time_tagger.h"

namespace geokg {

struct SentenceAnnotation {
  uint32_t index = 0;  // 0-based, in document order
  TextSpan span;       // bytes of the document, trimmed
  std::vector<ActorMention> actors;
  std::vector<TimeMention> times;
};

struct DocumentAnnotation {
  std::string lang;            // the language the text was read as: "de" or "en"
  bool lang_detected = false;  // true when it came from language detection
  std::optional<Day> date;     // the publication date relative times were resolved against
  std::vector<SentenceAnnotation> sentences;
};

class DocumentAnnotator {
 public:
  explicit DocumentAnnotator(const ActorLexicon& lexicon) : lexicon_(lexicon) {}

  // The languages the pipeline reads.
  static bool IsSupportedLanguage(std::string_view lang) { return lang == "de" || lang == "en"; }

  // Annotates `text` (valid UTF-8, NFC). `lang` "" or "auto" detects the language;
  // InvalidArgument when it cannot be decided or is not supported, naming the language and
  // the way out (--lang).
  Status Annotate(std::string_view text, std::string_view lang, std::optional<Day> date,
                  DocumentAnnotation* out);

 private:
  const ActorLexicon& lexicon_;
  std::map<std::string, std::unique_ptr<SentenceSplitter>, std::less<>> splitters_;
};

}  // namespace geokg
