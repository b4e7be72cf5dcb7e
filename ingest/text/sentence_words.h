// ingest/text/sentence_words.h
//
// A sentence as the actor rules see it: its tokens without the hyphens (a hyphen only marks
// the next word as joined to the previous one), each with its folded key; and the phrases of
// the lexicon found in it, longest first at every point, left to right, without overlap
// (token-span hashing with prefix pruning, text-processing.md C.1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/text/actor_lexicon.h"
#include "ingest/text/text_key.h"
#include "ingest/text/token.h"

namespace geokg {

struct Word {
  Token token;
  std::string_view text;       // the token's text (a view into the sentence)
  std::string key;             // its folded key
  uint64_t key_hash = 0;       // KeyHash(key)
  bool hyphen_before = false;  // "Chef" in "NATO-Chef"
};

struct PhraseMatch {
  uint32_t begin = 0, end = 0;  // word indices [begin, end)
  uint32_t entry = 0;           // ActorLexicon entry index
};

// Tokenises `sentence` (document offset `offset`) into *words (cleared first).
void BuildWords(std::string_view sentence, size_t offset, KeyFolder* folder,
                std::vector<Word>* words);

// The matches of the lexicon's phrases among `words` for text language `lang_mask`
// (kLangEn / kLangDe), checking each entry's case rule against the text.
std::vector<PhraseMatch> MatchPhrases(const ActorLexicon& lexicon, uint8_t lang_mask,
                                      const std::vector<Word>& words);

}  // namespace geokg
