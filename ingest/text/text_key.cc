#include "ingest/text/text_key.h"

#include "common/name_key.h"
#include "ingest/text/tokenizer.h"

namespace geokg {

namespace {

bool IsAscii(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  return ascii;
}

void AssignLowerAscii(std::string_view text, std::string* out) {
  out->assign(text);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

// The key of a word of ASCII letters, digits, apostrophes (' and ’) and the German letters
// ä ö ü ß (and é), without ICU: the same bytes NameKey gives (casefold, then NFKD without
// marks; text_key_test checks every letter). False, with *out unspecified, for other text.
bool FoldGermanLatin(std::string_view text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        out->push_back(static_cast<char>(c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
        out->push_back(static_cast<char>(c));
      } else {
        return false;
      }
      continue;
    }
    if (i + 1 >= text.size()) return false;
    const auto d = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC3) {
      switch (d) {
        case 0x84:  // Ä
        case 0xA4:  // ä
          out->push_back('a');
          break;
        case 0x96:  // Ö
        case 0xB6:  // ö
          out->push_back('o');
          break;
        case 0x9C:  // Ü
        case 0xBC:  // ü
          out->push_back('u');
          break;
        case 0x89:  // É
        case 0xA9:  // é
          out->push_back('e');
          break;
        case 0x9F:  // ß
          out->append("ss");
          break;
        default:
          return false;
      }
      ++i;
    } else if (c == 0xE2 && d == 0x80 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 2]) == 0x99) {  // ’
      out->push_back('\'');
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view KeyFolder::Fold(std::string_view text) {
  FoldInto(text, &folded_);
  return folded_;
}

void KeyFolder::FoldInto(std::string_view text, std::string* key) {
  if (IsAscii(text)) {
    AssignLowerAscii(text, key);
  } else if (!FoldGermanLatin(text, key)) {
    key->assign(FoldNonAscii(text));
  }
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
