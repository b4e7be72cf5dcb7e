// ingest/events/reported_content.h
//
// Who acts in content that another actor reports:
//   accusations  "Ukraine accused Russia of shelling a train station in Kramatorsk" and "Die
//                Ukraine warf Russland vor, ein Krankenhaus in Charkiw bombardiert zu haben":
//                the accused acts, and the act is reported by the accuser (README of the event
//                suite: "The content of an accusation is a second edge, reported by the
//                accuser, if it has a code and two actors")
//   pronouns     "Tokyo confirmed that it had hosted ...", "The Houthis said they had
//                targeted ...", "Britain confirmed that its jets had struck ...": a content
//                clause whose subject is a pronoun acts for the subject of the clause that
//                governs it
#pragma once

#include <vector>

#include "ingest/events/actor_groups.h"

namespace geokg {

struct Accusation {
  size_t trigger = 0;  // word of the accusation verb
  Group accuser, accused;
};

// True when the trigger at word i is the act an accusation `a` of the same clause accuses
// someone of: English "accused X of <-ing form>", German "warf X vor, ... <participle> zu
// haben" / "beschuldigte X, ... zu <infinitive>". *content_begin is the first word of the
// content (after "of" or the comma): a time before it dates the accusation, not the act.
bool AccusedAct(const SentenceView& v, const Accusation& a, size_t i, size_t* content_begin);

// The subject of the clause that governs subordinate clause `c` when the subject of `c` is a
// pronoun before word `trigger` ("that it had hosted"); nullptr otherwise. Points into
// `*governing`, which receives the groups of the governing clause.
const Group* PronounSubject(const SentenceView& v, size_t c, size_t trigger,
                            std::vector<Group>* governing);

}  // namespace geokg
