// ingest/events/claim_cues.h
//
// Who claims an event and how: the modality of an event read off the cue words of its clause
// and of the clause that governs it, and the actor it is attributed to.
//   denied        the governing clause denies it ("bestritt, dass ...", "denied that ...")
//   negated       its own clause negates it ("nicht", "kein", "never", "refused to");
//                 "nicht nur" / "not only" is no negation
//   hypothetical  "könnte", "würde", "falls", "erwägt", "could", "might", "would", "if"
//   planned       "plant", "soll", "will", "wird", "geplant", "voraussichtlich", "plans to",
//                 "is expected / scheduled / set / due to"
//   reported      "laut X", "nach Angaben", "Berichten zufolge", "angeblich", "according to X",
//                 "reportedly", "X berichtete/reported", hearsay "soll ... haben"
// The first that applies in that order wins. `attributed_to` is the X of "laut X" / "according
// to X" / "X berichtete", whatever the modality (a plan reported by Nikkei is planned and
// attributed to Nikkei), or the denier.
#pragma once

#include <string>

#include "graph/modality.h"
#include "ingest/events/sentence_view.h"

namespace geokg {

struct Claim {
  Modality modality = Modality::kAsserted;
  std::string attributed_to;  // actor id, empty when nobody in particular
  // First word of the claimed content inside the trigger's clause (after "bestritt am
  // Dienstag,"): times before it belong to the claim, not to the event. 0 when not split.
  size_t content_begin = 0;
  // The content of a negated claim verb ("Israel has never confirmed that it carried out the
  // strike", "did not confirm that"): no fact, and no event.
  bool unconfirmed = false;
  // The act was called off ("called off his trip", "sagte seine Reise ab"): negated, and the
  // time of the cancellation is not the act's.
  bool cancelled = false;
};

// The claim of an event whose trigger is word `trigger` of `view`. With `english_verb`, the
// trigger is an English verb, whose negation and modal stand before it: an English cue after
// it belongs to another verb ("heaped praise on Mr Brown saying he would not ..."), and so
// does one before a coordinator when the trigger is a past form ("said he would not respond
// ... and promised to ...": a modal takes no past form), and so does an "if" after it.
// "is/are to <trigger>" is planned.
Claim ReadClaim(const SentenceView& view, size_t trigger, std::string_view document,
                bool english_verb = false);

}  // namespace geokg
