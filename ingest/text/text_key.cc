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

}  // namespace

std::string_view KeyFolder::Fold(std::string_view text) {
  if (IsAscii(text)) {
    AssignLowerAscii(text, &ascii_);
    return ascii_;
  }
  return FoldNonAscii(text);
}

void KeyFolder::FoldInto(std::string_view text, std::string* key) {
  if (IsAscii(text)) {
    AssignLowerAscii(text, key);
  } else {
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
