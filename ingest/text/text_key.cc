#include "ingest/text/text_key.h"

#include "common/name_key.h"
#include "ingest/text/tokenizer.h"

namespace geokg {

const std::string& KeyFolder::Fold(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    ascii_.assign(text);
    for (char& c : ascii_) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return ascii_;
  }
  auto it = memo_.find(text);
  if (it != memo_.end()) return it->second;
  std::string plain(text);
  for (size_t p; (p = plain.find("\xE2\x80\x99")) != std::string::npos;) plain.replace(p, 3, "'");
  if (memo_.size() > 200000) memo_.clear();  // bounded memory on endless input
  return memo_.emplace(std::string(text), NameKey(plain)).first->second;
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
