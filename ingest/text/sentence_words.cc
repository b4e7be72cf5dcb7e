#include "ingest/text/sentence_words.h"

#include "ingest/text/tokenizer.h"

namespace geokg {
namespace {

bool CaseFits(const LexEntry& e, const std::vector<Word>& words, size_t begin, size_t end) {
  switch (e.case_rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kCapitalized:
      return words[begin].token.capitalized || words[begin].token.all_caps;
    case CaseRule::kUpper:
      for (size_t i = begin; i < end; ++i) {
        const Token& t = words[i].token;
        if ((t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbreviation) && !t.all_caps) {
          return false;
        }
      }
      return true;
    case CaseRule::kExact:
      if (e.exact_tokens.size() != end - begin) return false;
      for (size_t i = begin; i < end; ++i) {
        if (words[i].text != e.exact_tokens[i - begin]) return false;
      }
      return true;
  }
  return false;
}

}  // namespace

void BuildWords(std::string_view sentence, size_t offset, KeyFolder* folder,
                std::vector<Word>* words) {
  words->clear();
  thread_local std::vector<Token> tokens;
  tokens.clear();
  TokenizeInto(sentence, offset, &tokens);
  bool hyphen = false;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kHyphen) {
      hyphen = true;
      continue;
    }
    Word w;
    w.token = t;
    w.text = sentence.substr(t.begin - offset, t.size());
    w.key = folder->Fold(w.text);
    w.hyphen_before = hyphen;
    hyphen = false;
    words->push_back(std::move(w));
  }
}

std::vector<PhraseMatch> MatchPhrases(const ActorLexicon& lexicon, uint8_t lang_mask,
                                      const std::vector<Word>& words) {
  std::vector<PhraseMatch> matches;
  std::string key;
  const size_t max_tokens = lexicon.max_phrase_tokens();
  for (size_t i = 0; i < words.size();) {
    key.clear();
    size_t best_end = 0;
    uint32_t best_entry = 0;
    for (size_t n = 1; n <= max_tokens && i + n <= words.size(); ++n) {
      if (n > 1) key.push_back(' ');
      key += words[i + n - 1].key;
      const ActorLexicon::KeyInfo* info = lexicon.Lookup(key);
      if (info == nullptr) break;
      for (uint32_t e : info->entries) {
        const LexEntry& entry = lexicon.entry(e);
        if ((entry.langs & lang_mask) && CaseFits(entry, words, i, i + n)) {
          best_end = i + n;
          best_entry = e;
          break;
        }
      }
      if (!info->prefix) break;
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    matches.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(best_end), best_entry});
    i = best_end;
  }
  return matches;
}

}  // namespace geokg
