// ingest/text/time_tagger.h
//
// The temporal tagger and normaliser for German and English news text. It finds time
// expressions in the sentences of one document and resolves them to EventTime values
// (graph/event_time.h) against the document's publication date, following the news policy:
//
//   * A date, month, season, quarter or half without year, and a weekday, resolve to the latest
//     occurrence that starts on or before the publication date, unless the clause carries a
//     future cue ("wird", "soll", "kommenden", "will", "next", "is expected to", "plans to"),
//     which picks the earliest occurrence that ends on or after it.
//   * Anaphoric offsets ("zwei Tage später", "the following day") count from the last resolved
//     point of the document (sentences are tagged in order), else from the publication date.
//   * Without a publication date, relative expressions are reported with resolved == false and
//     an empty value; absolute ones ("4. April 2023") still resolve.
//
// Spans leave out leading prepositions and articles ("am", "im", "in der", "on", "the"); range
// words ("seit", "bis", "zwischen", "since", "from") and "vor"/"ago" are part of the span.
// docs/time.md lists the rules, value conventions and limits.
//
// Thread safety: a TimeTagger holds per-document state; use one per document and thread. The
// word tables behind it are shared and read-only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_day.h"
#include "graph/event_time.h"
#include "ingest/text/time_calendar.h"
#include "ingest/text/time_lexicon.h"
#include "ingest/text/time_token.h"

namespace geokg {

struct TimeMention {
  size_t begin = 0, end = 0;  // byte offsets of the expression in the document
  EventTime time;        // value, mod, lo, hi, precision; text = the span; anchor = what it was
                         // resolved against (publication date or reference day), unset if absolute
  std::string rule;      // the rule that fired, e.g. "de.deictic_unit", "en.weekday"
  bool resolved = true;  // false: relative expression without a publication date
  bool future = false;   // a future cue moved the resolution forward
};

class TimeTagger {
 public:
  // `lang` is "de" or "en" (anything else is treated as English).
  TimeTagger(std::string_view lang, std::optional<Day> publication_date);

  // Tags one sentence; `sentence_offset` is added to the byte offsets. Call in document order:
  // the last resolved date carries over to the next sentence for anaphora.
  std::vector<TimeMention> TagSentence(std::string_view sentence, size_t sentence_offset = 0);

 private:
  TimeLang lang_;
  std::optional<Day> publication_;
  std::optional<Period> reference_;  // last resolved point of the document
  // Scratch buffers reused across sentences.
  std::vector<TimeToken> tokens_;
  std::vector<const TimeLexEntry*> lex_;  // entries with roles, else nullptr
  std::vector<uint8_t> starts_;           // 1: a number or a word that may begin a match
  std::string lower_;
};

}  // namespace geokg
