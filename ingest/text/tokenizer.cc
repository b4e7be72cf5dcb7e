#include "ingest/text/tokenizer.h"

#include <unicode/uchar.h>

namespace geokg {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kHyphen, kApostrophe, kPunct };

// Decodes the code point at `pos`; sets *length. Ill-formed bytes count as one-byte letters
// (the caller guarantees UTF-8, this only keeps the loop safe).
char32_t Decode(std::string_view s, size_t pos, size_t* length) {
  const auto b = static_cast<unsigned char>(s[pos]);
  size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (b >= 0x80 && b < 0xC0) n = 1;
  if (pos + n > s.size()) n = 1;
  *length = n;
  if (n == 1) return b;
  char32_t cp = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  return cp;
}

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      return CharClass::kSpace;
    }
    if (c == '-') return CharClass::kHyphen;
    if (c == '\'') return CharClass::kApostrophe;
    return CharClass::kPunct;
  }
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
      c == 0x3000 || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (c == 0x2010 || c == 0x2011) return CharClass::kHyphen;
  if (c == 0x2019) return CharClass::kApostrophe;
  if ((c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7 ||
      (c >= 0x2012 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) ||
      (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFFFD) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;  // letters and marks of every script
}

bool IsWordClass(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

struct Scanner {
  std::string_view s;
  CharClass ClassAt(size_t pos, size_t* length) const {
    if (pos >= s.size()) {
      *length = 0;
      return CharClass::kSpace;
    }
    return Classify(Decode(s, pos, length));
  }
  // True when an English possessive "'s" starts at `pos` (the apostrophe) and ends the word.
  bool PossessiveAt(size_t pos) const {
    size_t n = 0;
    if (ClassAt(pos, &n) != CharClass::kApostrophe) return false;
    const size_t after = pos + n;
    if (after >= s.size() || (s[after] != 's' && s[after] != 'S')) return false;
    size_t m = 0;
    return !IsWordClass(ClassAt(after + 1, &m));
  }
  // Length of a "U.S."-style abbreviation starting at `pos`, or 0.
  size_t AbbreviationAt(size_t pos) const {
    size_t end = pos;
    int letters = 0;
    for (;;) {
      size_t n = 0;
      if (ClassAt(end, &n) != CharClass::kLetter) break;
      if (end + n >= s.size() || s[end + n] != '.') break;
      end += n + 1;
      ++letters;
    }
    if (letters < 2) return 0;
    size_t n = 0;
    if (IsWordClass(ClassAt(end, &n))) return 0;
    return end - pos;
  }
};

void SetCase(std::string_view text, Token* t) {
  bool upper = false, lower = false;
  size_t i = 0;
  for (; i < text.size() && static_cast<unsigned char>(text[i]) < 0x80; ++i) {  // no decoding
    const char c = text[i];
    const bool is_upper = c >= 'A' && c <= 'Z';
    if (i == 0) t->capitalized = is_upper;
    upper |= is_upper;
    lower |= c >= 'a' && c <= 'z';
  }
  bool first = i == 0;
  while (i < text.size()) {
    size_t n = 0;
    const char32_t c = Decode(text, i, &n);
    i += n;
    const bool is_upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c));
    const bool is_lower = c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(static_cast<UChar32>(c));
    if (first) t->capitalized = is_upper;
    first = false;
    upper |= is_upper;
    lower |= is_lower;
    if (c >= 0x80) t->ascii = false;
  }
  t->all_caps = upper && !lower;
}

}  // namespace

void TokenizeInto(std::string_view sentence, size_t sentence_offset, std::vector<Token>* tokens) {
  const Scanner sc{sentence};
  const size_t first_token = tokens->size();
  bool space_before = true;
  size_t pos = 0;
  const auto emit = [&](size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.begin = static_cast<uint32_t>(sentence_offset + begin);
    t.end = static_cast<uint32_t>(sentence_offset + end);
    t.kind = kind;
    t.space_before = space_before;
    if (kind == TokenKind::kWord || kind == TokenKind::kAbbreviation) {
      SetCase(sentence.substr(begin, end - begin), &t);
    } else {
      for (size_t i = begin; i < end; ++i)
        t.ascii &= static_cast<unsigned char>(sentence[i]) < 0x80;
    }
    tokens->push_back(t);
    space_before = false;
  };
  while (pos < sentence.size()) {
    size_t n = 0;
    const CharClass c = sc.ClassAt(pos, &n);
    if (c == CharClass::kSpace) {
      space_before = true;
      pos += n;
      continue;
    }
    if (c == CharClass::kLetter) {
      if (const size_t abbreviation = sc.AbbreviationAt(pos)) {
        emit(pos, pos + abbreviation, TokenKind::kAbbreviation);
        pos += abbreviation;
        continue;
      }
    }
    if (IsWordClass(c)) {
      const size_t start = pos;
      bool digits_only = true;
      while (pos < sentence.size()) {
        size_t m = 0;
        const CharClass d = sc.ClassAt(pos, &m);
        if (IsWordClass(d)) {
          digits_only &= d == CharClass::kDigit;
          pos += m;
          continue;
        }
        size_t k = 0;
        if (d == CharClass::kApostrophe && !sc.PossessiveAt(pos) &&
            IsWordClass(sc.ClassAt(pos + m, &k))) {
          digits_only = false;
          pos += m;
          continue;
        }
        // "2,5" and "1.000" stay one number.
        if (digits_only && (sentence[pos] == '.' || sentence[pos] == ',') &&
            sc.ClassAt(pos + 1, &k) == CharClass::kDigit) {
          pos += 1;
          continue;
        }
        break;
      }
      emit(start, pos, digits_only ? TokenKind::kNumber : TokenKind::kWord);
      continue;
    }
    size_t k = 0;
    if (c == CharClass::kApostrophe && !space_before && tokens->size() > first_token &&
        sc.PossessiveAt(pos)) {
      emit(pos, pos + n + 1, TokenKind::kClitic);
      pos += n + 1;
      continue;
    }
    if (c == CharClass::kHyphen && !space_before && tokens->size() > first_token &&
        IsWordClass(sc.ClassAt(pos + n, &k))) {
      emit(pos, pos + n, TokenKind::kHyphen);
      pos += n;
      continue;
    }
    emit(pos, pos + n, TokenKind::kPunctuation);
    pos += n;
  }
}

std::vector<Token> Tokenize(std::string_view sentence, size_t sentence_offset) {
  std::vector<Token> tokens;
  tokens.reserve(sentence.size() / 5 + 4);
  TokenizeInto(sentence, sentence_offset, &tokens);
  return tokens;
}

}  // namespace geokg
