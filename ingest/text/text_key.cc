#include "ingest/text/text_key.h"

#include "common/name_key.h"
#include "ingest/text/tokenizer.h"

namespace geokg {

namespace {

bool IsNameChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}

// The key of `text` without ICU, in one pass, when that is possible: ASCII text is
// lower-cased (whatever its characters); a word of ASCII letters, digits, apostrophes (' and
// ’) and the German letters ä ö ü ß (and é) is folded to the bytes NameKey gives it (case
// folding, then NFKD without marks; TextKeyTest.InlineFoldingEqualsNameKey checks every
// letter). False, with *key unspecified, for other text. The key is never longer than the text.
bool FoldInline(std::string_view text, std::string* key) {
  key->resize(text.size());
  char* out = key->data();
  bool non_ascii = false;  // seen a non-ASCII character
  bool name_chars = true;  // every ASCII character so far is a letter, digit or '
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      const auto lower = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      *out++ = static_cast<char>(lower);
      if (!IsNameChar(lower)) {
        name_chars = false;
        if (non_ascii) return false;
      }
      continue;
    }
    non_ascii = true;
    if (!name_chars || i + 1 >= text.size()) return false;
    const auto d = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC3) {
      switch (d) {
        case 0x84:  // Ä
        case 0xA4:  // ä
          *out++ = 'a';
          break;
        case 0x96:  // Ö
        case 0xB6:  // ö
          *out++ = 'o';
          break;
        case 0x9C:  // Ü
        case 0xBC:  // ü
          *out++ = 'u';
          break;
        case 0x89:  // É
        case 0xA9:  // é
          *out++ = 'e';
          break;
        case 0x9F:  // ß
          *out++ = 's';
          *out++ = 's';
          break;
        default:
          return false;
      }
      ++i;
    } else if (c == 0xE2 && d == 0x80 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 2]) == 0x99) {  // ’
      *out++ = '\'';
      i += 2;
    } else {
      return false;
    }
  }
  key->resize(static_cast<size_t>(out - key->data()));
  return true;
}

}  // namespace

std::string_view KeyFolder::Fold(std::string_view text) {
  FoldInto(text, &folded_);
  return folded_;
}

void KeyFolder::FoldInto(std::string_view text, std::string* key) {
  if (!FoldInline(text, key)) key->assign(FoldNonAscii(text));
}

const std::string& KeyFolder::FoldNonAscii(std::string_view text) {
  if (const uint32_t n = memo_keys_.Find(text); n != FlatKeyIndex::kNone) {
    return memo_keys_folded_[n];
  }
  std::string plain(text);
  for (size_t p; (p = plain.find("\xE2\x80\x99")) != std::string::npos;) plain.replace(p, 3, "'");
  if (memo_keys_.size() > 200000) {  // bounded memory on endless input
    memo_keys_.Clear();
    memo_keys_folded_.clear();
  }
  memo_keys_.Insert(text);
  memo_keys_folded_.push_back(NameKey(plain));
  return memo_keys_folded_.back();
}

std::string PhraseKey(std::string_view phrase, KeyFolder* folder) {
  std::string key;
  for (const Token& t : Tokenize(phrase, 0)) {
    if (t.kind == TokenKind::kHyphen) continue;
    if (!key.empty()) key.push_back(' ');
    key += folder->Fold(phrase.substr(t.begin, t.size()));
  }
  return key;
}

size_t PhraseTokenCount(std::string_view phrase) {
  size_t n = 0;
  for (const Token& t : Tokenize(phrase, 0)) n += t.kind != TokenKind::kHyphen;
  return n;
}

}  // namespace geokg
