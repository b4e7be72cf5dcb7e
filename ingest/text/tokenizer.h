// ingest/text/tokenizer.h
//
// A UTF-8 byte-class tokenizer for German and English news (text-processing.md C.1: about six
// times faster than ICU's word break iterator). Letters of any script, digits and the
// apostrophes inside a word form words; white space separates; every other character is its
// own punctuation token. A hyphen between two tokens without space becomes a kHyphen token, so
// "NATO-Generalsekretär" is NATO, -, Generalsekretär and both parts can be matched.
//
// Thread safety: a pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/text/token.h"

namespace geokg {

// Tokens of `sentence`, whose first byte is at `sentence_offset` in the document; the offsets
// of the tokens are document offsets. REQUIRES: `sentence` is valid UTF-8.
std::vector<Token> Tokenize(std::string_view sentence, size_t sentence_offset);

// The same, appending to *tokens (which is not cleared), for callers that reuse a buffer.
void TokenizeInto(std::string_view sentence, size_t sentence_offset, std::vector<Token>* tokens);

}  // namespace geokg
