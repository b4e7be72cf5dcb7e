// ingest/text/time_token_view.h
//
// Read access to one tokenised sentence for the temporal rules: lower-cased text, lexicon
// roles, numbers and adjacency by token index. Every accessor accepts any index; past the end
// it answers "no" (empty text, no role, not a number), so rules can look ahead without bounds
// checks. The view borrows everything it is given; it lives for one sentence.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ingest/text/time_lexicon.h"
#include "ingest/text/time_token.h"

namespace geokg {

class TimeTokenView {
 public:
  TimeTokenView(std::string_view text, std::string_view lower, const std::vector<TimeToken>& tokens,
                const std::vector<const TimeLexEntry*>& lex)
      : text_(text), lower_(lower), tokens_(tokens), lex_(lex) {}

  size_t size() const { return tokens_.size(); }
  const TimeToken& token(size_t i) const { return tokens_[i]; }

  std::string_view Lower(size_t i) const {
    if (i >= tokens_.size()) return {};
    return lower_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool Is(size_t i, std::string_view word) const { return Lower(i) == word; }
  bool IsAny(size_t i, std::initializer_list<std::string_view> words) const {
    const std::string_view w = Lower(i);
    if (w.empty()) return false;
    for (std::string_view candidate : words) {
      if (w == candidate) return true;
    }
    return false;
  }
  bool IsWord(size_t i) const { return i < size() && tokens_[i].kind == TimeTokenKind::kWord; }
  bool IsNumber(size_t i) const { return i < size() && tokens_[i].kind == TimeTokenKind::kNumber; }
  bool IsPunct(size_t i) const { return i < size() && tokens_[i].kind == TimeTokenKind::kPunct; }
  // A punctuation token of exactly `p` ("." or "–").
  bool Punct(size_t i, std::string_view p) const { return IsPunct(i) && Lower(i) == p; }
  bool Glued(size_t i) const { return i < size() && tokens_[i].glued; }
  bool Upper(size_t i) const { return i < size() && tokens_[i].upper; }

  // The role of class `cls`, if the token has it.
  std::optional<int> Role(size_t i, Lex cls) const {
    if (i >= size() || lex_[i] == nullptr) return std::nullopt;
    for (const LexRole& role : lex_[i]->roles) {
      if (role.cls == cls) return role.value;
    }
    return std::nullopt;
  }
  bool Has(size_t i, Lex cls) const { return Role(i, cls).has_value(); }
  bool HasLex(size_t i) const { return i < size() && lex_[i] != nullptr; }

  // Digits of a number token (at most 9) as a value; -1 when not a number.
  int Number(size_t i) const {
    if (!IsNumber(i) || NumDigits(i) > 9) return -1;
    int value = 0;
    for (char c : Lower(i)) value = value * 10 + (c - '0');
    return value;
  }
  size_t NumDigits(size_t i) const { return IsNumber(i) ? Lower(i).size() : 0; }

  // Original text of tokens [begin, end).
  std::string_view Span(size_t begin, size_t end) const {
    return text_.substr(tokens_[begin].begin, tokens_[end - 1].end - tokens_[begin].begin);
  }

 private:
  std::string_view text_;
  std::string_view lower_;
  const std::vector<TimeToken>& tokens_;
  const std::vector<const TimeLexEntry*>& lex_;
};

}  // namespace geokg
