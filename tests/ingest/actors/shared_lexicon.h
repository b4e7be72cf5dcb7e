// tests/ingest/actors/shared_lexicon.h
//
// The built-in actor lexicon, loaded once for all tests of a binary.
#pragma once

#include <cstdlib>
#include <iostream>

#include "ingest/text/actor_lexicon.h"

namespace geokg {

inline const ActorLexicon& SharedLexicon() {
  static const ActorLexicon* const kLexicon = [] {
    std::unique_ptr<ActorLexicon> lexicon;
    Status s = ActorLexicon::Load({}, &lexicon);
    if (!s.ok()) {
      std::cerr << "cannot load the built-in lexicon: " << s.ToString() << "\n";
      std::abort();
    }
    return lexicon.release();
  }();
  return *kLexicon;
}

}  // namespace geokg
