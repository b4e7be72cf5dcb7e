#include "ingest/text/sentence_words.h"

#include "ingest/text/key_hash.h"
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
  thread_local std::vector<Token> tokens;
  tokens.clear();
  TokenizeInto(sentence, offset, &tokens);
  // Words are overwritten in place, so their key strings keep their buffers across sentences.
  size_t count = 0;
  bool hyphen = false;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kHyphen) {
      hyphen = true;
      continue;
    }
    if (count == words->size()) words->emplace_back();
    Word& w = (*words)[count++];
    w.token = t;
    w.text = sentence.substr(t.begin - offset, t.size());
    folder->FoldInto(w.text, &w.key);
    w.key_hash = KeyHash(w.key);
    w.hyphen_before = hyphen;
    hyphen = false;
  }
  words->resize(count);
}

std::vector<PhraseMatch> MatchPhrases(const ActorLexicon& lexicon, uint8_t lang_mask,
                                      const std::vector<Word>& words) {
  std::vector<PhraseMatch> matches;
  std::string key;
  const size_t max_tokens = lexicon.max_phrase_tokens();
  // The longest phrase starting at word `i` whose entry fits (only null phrases when
  // `null_only`); its end is 0 when there is none.
  const auto longest = [&](size_t i, bool null_only) {
    PhraseMatch best{static_cast<uint32_t>(i), 0, 0};
    for (size_t n = 1; n <= max_tokens && i + n <= words.size(); ++n) {
      const ActorLexicon::KeyInfo* info;
      if (n == 1) {  // most lookups: the word's own key, hashed once in BuildWords
        info = lexicon.Lookup(words[i].key, words[i].key_hash);
      } else {
        if (n == 2) key = words[i].key;
        key.push_back(' ');
        key += words[i + n - 1].key;
        info = lexicon.Lookup(key);
      }
      if (info == nullptr) break;
      for (uint32_t e : info->entries) {
        const LexEntry& entry = lexicon.entry(e);
        if ((!null_only || entry.kind == EntryKind::kNull) && (entry.langs & lang_mask) &&
            CaseFits(entry, words, i, i + n)) {
          best.end = static_cast<uint32_t>(i + n);
          best.entry = e;
          break;
        }
      }
      if (!info->prefix) break;
    }
    return best;
  };
  for (size_t i = 0; i < words.size();) {
    PhraseMatch match = longest(i, false);
    if (match.end == 0) {
      ++i;
      continue;
    }
    // A null phrase that starts inside the match and ends beyond it wins: "the Quad bike" is
    // no "the Quad".
    for (size_t j = i + 1; j < match.end; ++j) {
      const PhraseMatch null_phrase = longest(j, true);
      if (null_phrase.end > match.end) {
        match = null_phrase;
        break;
      }
    }
    matches.push_back(match);
    i = match.end;
  }
  return matches;
}

}  // namespace geokg
