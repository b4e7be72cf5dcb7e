// ingest/text/sentence_splitter.h
//
// Splits news text into sentences. ICU's sentence rules (UAX #29) find the candidate breaks;
// geokg's own rules then undo the breaks that news text gets wrong:
//   - after an abbreviation of data/text/abbreviations.tsv ("Dr.", "Nr.", "z. B.", "U.S."),
//   - after an initial ("John F. Kennedy"),
//   - after a German ordinal day before a month or after a preposition ("am 4. April",
//     "vom 3. bis 5. Mai"), and after an ordinal before a lower-case word,
//   - at a single line break inside a hard-wrapped paragraph: the line does not end with
//     sentence-final punctuation and is long (over 60 bytes) or the next line starts in lower
//     case. A blank line always ends a sentence, so headlines stay apart.
// Quotes need no rule of their own: ICU keeps a closing „…“ or “…” with its sentence.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace geokg {

// A byte range [begin, end) of a document.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

class SentenceSplitter {
 public:
  // `lang` selects ICU's rules and the abbreviations ("de", "en"; any other tag uses the
  // abbreviations of every language). Fails only if ICU cannot create its iterator.
  static Status Create(std::string_view lang, std::unique_ptr<SentenceSplitter>* out);

  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // The sentences of `text` (valid UTF-8) in order, as byte spans without the white space
  // around them; sentences of white space only are dropped. Not thread-safe: the splitter
  // keeps ICU's iterator; use one per thread.
  std::vector<TextSpan> Split(std::string_view text);

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace geokg
