#include "ingest/text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>

#include "common/embedded_data.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

constexpr std::string_view kAbbreviationTable = "text/abbreviations.tsv";
constexpr size_t kWrappedLineBytes = 60;

// Abbreviations without their internal spaces ("z.B."), per language; `any` holds those of
// every language for texts of other or unknown language.
struct Abbreviations {
  std::unordered_set<std::string> de, en, any;
  Status status;
};

const Abbreviations& BuiltInAbbreviations() {
  static const Abbreviations* table = [] {
    auto* t = new Abbreviations();
    std::vector<std::string_view> fields;
    ForEachDataLine(*EmbeddedDataFile(kAbbreviationTable), [&](size_t line, std::string_view row) {
      if (SplitTabs(row, &fields) != 2 || fields[1].empty() || fields[1].back() != '.') {
        t->status = TableError(kAbbreviationTable, line, "expected lang<TAB>form ending in '.'");
        return false;
      }
      std::string form;
      for (char c : fields[1]) {
        if (c != ' ') form.push_back(c);
      }
      if (fields[0] == "de" || fields[0] == "*") t->de.insert(form);
      if (fields[0] == "en" || fields[0] == "*") t->en.insert(form);
      t->any.insert(form);
      return true;
    });
    return t;
  }();
  return *table;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The code point starting at `pos`, or -1.
UChar32 CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

// The word (letters and digits) that starts at `pos`.
std::string_view WordAt(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0 || !u_isalnum(c)) break;
    end = static_cast<size_t>(i);
  }
  return text.substr(pos, end - pos);
}

bool IsGermanMonth(std::string_view word) {
  static const std::array<std::string_view, 17> kMonths = {
      "Januar",    "Jänner",  "Februar",  "März",     "April", "Mai", "Juni", "Juli", "August",
      "September", "Oktober", "November", "Dezember", "Jan",   "Feb", "Sept", "Dez"};
  for (std::string_view month : kMonths) {
    if (word == month) return true;
  }
  return false;
}

// Words after which a German number with a full stop is an ordinal ("am 4.", "bis 5.").
bool IsOrdinalCue(std::string_view word) {
  static const std::array<std::string_view, 14> kCues = {"am",  "Am",   "vom",  "Vom", "zum",
                                                         "bis", "seit", "Seit", "dem", "den",
                                                         "der", "die",  "das",  "ab"};
  for (std::string_view cue : kCues) {
    if (word == cue) return true;
  }
  return false;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A short piece of a spaced abbreviation: "z.", "B.", "d.".
bool IsAbbreviationPiece(std::string_view piece) {
  return !piece.empty() && piece.size() <= 4 && piece.back() == '.';
}

// True when one of the 8 bytes of `block` may be '.', '!' or '?' (never false when one is; the
// zero-byte test can also flag the byte above a match, which the caller re-checks).
bool MayHaveSentenceEnd(uint64_t block) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return (has_zero(block ^ (kOnes * '.')) | has_zero(block ^ (kOnes * '!')) |
          has_zero(block ^ (kOnes * '?'))) != 0;
}

// Appends `span`, split where a sentence end lost its space ("nach Canberra.Letzten Monat"):
// a full stop, '!' or '?' between a lower-case letter and an upper-case letter followed by a
// lower-case one. Abbreviations and initials ("U.S.Navy") do not match, as their letter before
// the stop is upper case or a single letter.
void SplitGlued(std::string_view text, TextSpan span, std::vector<TextSpan>* out) {
  size_t begin = span.begin;
  const auto check = [&](size_t i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') return;
    int32_t back = static_cast<int32_t>(i);
    UChar32 before;
    U8_PREV(text.data(), 0, back, before);
    int32_t back2 = back;
    UChar32 before2 = -1;
    if (back2 > static_cast<int32_t>(begin)) U8_PREV(text.data(), 0, back2, before2);
    int32_t ahead = static_cast<int32_t>(i) + 1;
    UChar32 next;
    U8_NEXT(text.data(), ahead, static_cast<int32_t>(span.end), next);
    UChar32 next2 = -1;
    if (ahead < static_cast<int32_t>(span.end)) {
      U8_NEXT(text.data(), ahead, static_cast<int32_t>(span.end), next2);
    }
    if (u_islower(before) && u_islower(before2) && u_isupper(next) && u_islower(next2)) {
      out->push_back(TextSpan{begin, i + 1});
      begin = i + 1;
    }
  };
  // Candidates are i in [span.begin + 2, span.end - 2). Most 8-byte blocks hold none of the
  // three characters: test them a block at a time.
  size_t i = span.begin + 2;
  for (; i + 10 <= span.end; i += 8) {
    uint64_t block;
    std::memcpy(&block, text.data() + i, 8);
    if (!MayHaveSentenceEnd(block)) continue;
    for (size_t k = i; k < i + 8; ++k) check(k);
  }
  for (; i + 2 < span.end; ++i) check(i);
  out->push_back(TextSpan{begin, span.end});
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> breaks;
  const std::unordered_set<std::string>* abbreviations = nullptr;
  bool german = false;

  // True when the token text[token_begin, end) is an abbreviation, alone or as a piece of a
  // spaced one ("z. B." broken after "z." or after "B.").
  bool IsAbbreviation(std::string_view text, size_t begin, size_t token_begin, size_t end) const {
    std::vector<std::string_view> before;  // nearest first
    size_t piece_end = token_begin;
    while (before.size() < 3 && piece_end > begin + 1 && text[piece_end - 1] == ' ') {
      size_t piece_begin = piece_end - 1;
      while (piece_begin > begin && !IsSpace(text[piece_begin - 1])) --piece_begin;
      const std::string_view piece = text.substr(piece_begin, piece_end - 1 - piece_begin);
      if (!IsAbbreviationPiece(piece)) break;
      before.push_back(piece);
      piece_end = piece_begin;
    }
    std::vector<std::string_view> after;
    size_t piece_begin = end;
    while (after.size() < 3 && piece_begin + 1 < text.size() && text[piece_begin] == ' ') {
      const size_t start = piece_begin + 1;
      size_t stop = start;
      while (stop < text.size() && !IsSpace(text[stop])) ++stop;
      const std::string_view piece = text.substr(start, stop - start);
      if (!IsAbbreviationPiece(piece)) break;
      after.push_back(piece);
      piece_begin = stop;
    }
    const std::string_view token = text.substr(token_begin, end - token_begin);
    for (size_t b = 0; b <= before.size(); ++b) {
      std::string joined;
      for (size_t i = b; i > 0; --i) joined.append(before[i - 1]);
      joined.append(token);
      for (size_t a = 0; a <= after.size(); ++a) {
        if (a > 0) joined.append(after[a - 1]);
        if (abbreviations->count(joined)) return true;
      }
    }
    return false;
  }

  // True when the candidate break at `cut` (start of the next sentence, after white space)
  // must be undone. `text[begin, end)` is the sentence before it, trimmed.
  bool KeepTogether(std::string_view text, size_t begin, size_t end, size_t cut) const {
    if (cut >= text.size()) return false;
    const std::string_view gap = text.substr(end, cut - end);
    const size_t newlines = static_cast<size_t>(std::count(gap.begin(), gap.end(), '\n'));
    if (newlines >= 2) return false;  // a paragraph break
    const char last = text[end - 1];
    const UChar32 next = CodePointAt(text, cut);
    if (newlines == 1 && last != '.' && last != '!' && last != '?' && last != ':') {
      // A line break in running text: a closing quote or bracket also ends a sentence.
      const std::string_view tail = text.substr(begin, end - begin);
      const bool closes = tail.ends_with("\"") || tail.ends_with("“") || tail.ends_with("”") ||
                          tail.ends_with("«") || tail.ends_with("»") || tail.ends_with(")");
      return !closes && (end - begin > kWrappedLineBytes || u_islower(next));
    }
    if (last != '.') return false;
    // The token before the full stop and, for "z. B.", the short tokens before it.
    size_t token_begin = end - 1;
    while (token_begin > begin && !IsSpace(text[token_begin - 1])) --token_begin;
    const std::string_view token = text.substr(token_begin, end - token_begin);
    if (IsAbbreviation(text, begin, token_begin, end)) return true;
    const std::string_view stem = token.substr(0, token.size() - 1);
    // An initial: one upper-case letter.
    const UChar32 first = CodePointAt(stem, 0);
    if (first >= 0 && static_cast<size_t>(U8_LENGTH(first)) == stem.size() && u_isupper(first) &&
        u_isupper(next)) {
      return true;
    }
    if (AllDigits(stem) && stem.size() <= 2) {
      if (u_islower(next)) return true;
      if (german) {
        if (IsGermanMonth(WordAt(text, cut))) return true;
        size_t before_end = token_begin;
        while (before_end > begin && IsSpace(text[before_end - 1])) --before_end;
        size_t before_begin = before_end;
        while (before_begin > begin && !IsSpace(text[before_begin - 1])) --before_begin;
        if (IsOrdinalCue(text.substr(before_begin, before_end - before_begin))) return true;
      }
    }
    return false;
  }
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Status SentenceSplitter::Create(std::string_view lang, std::unique_ptr<SentenceSplitter>* out) {
  const Abbreviations& table = BuiltInAbbreviations();
  GEOKG_RETURN_IF_ERROR(table.status);
  auto impl = std::make_unique<Impl>();
  UErrorCode error = U_ZERO_ERROR;
  const std::string locale(lang.empty() ? "en" : lang);
  impl->breaks.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), error));
  if (U_FAILURE(error) || !impl->breaks) {
    return Status::NotSupported(std::string("ICU sentence iterator: ") + u_errorName(error));
  }
  impl->german = lang == "de";
  impl->abbreviations = lang == "de" ? &table.de : lang == "en" ? &table.en : &table.any;
  out->reset(new SentenceSplitter(std::move(impl)));
  return Status::OK();
}

std::vector<TextSpan> SentenceSplitter::Split(std::string_view text) {
  std::vector<TextSpan> sentences;
  UErrorCode error = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  if (U_FAILURE(error)) return {TextSpan{0, text.size()}};
  impl_->breaks->setText(utext, error);
  size_t begin = 0;  // start of the sentence being built
  for (int32_t cut = impl_->breaks->next(); cut != icu::BreakIterator::DONE;
       cut = impl_->breaks->next()) {
    const size_t at = static_cast<size_t>(cut);
    while (begin < at && IsSpace(text[begin])) ++begin;
    size_t end = at;
    while (end > begin && IsSpace(text[end - 1])) --end;
    if (end == begin) {
      begin = at;
      continue;
    }
    if (at < text.size() && impl_->KeepTogether(text, begin, end, at)) continue;
    SplitGlued(text, TextSpan{begin, end}, &sentences);
    begin = at;
  }
  utext_close(utext);
  return sentences;
}

}  // namespace geokg
