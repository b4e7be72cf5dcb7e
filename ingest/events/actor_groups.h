// ingest/events/actor_groups.h
//
// The actors of a clause as the event rules use them: groups of actors that act together
// ("Washington, London und Canberra"), the preposition that governs a group, and the group
// after a given preposition. Word indices are those of a SentenceView.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/events/sentence_view.h"

namespace geokg {

// Actors joined by commas and coordinators, over words [first, end) of the sentence.
struct Group {
  std::vector<const ActorMention*> members;
  size_t first = 0, end = 0;  // words
  bool operator==(const Group& o) const { return first == o.first && end == o.end; }
};

bool IsPreposition(std::string_view key);      // mit, von, durch, with, by, against, ...
bool IsGroupGlue(std::string_view key);        // words allowed between the members of a group
bool IsWord(const SentenceView& v, size_t i);  // not punctuation or a hyphen

// True for a slot of a news dateline before a dash at the start of the sentence ("Wien – ...").
bool Dateline(const SentenceView& v, const ActorSlot& slot);

// True for a person as the first part of a compound noun ("Merkel-Berater").
bool PersonPrefix(const SentenceView& v, const ActorSlot& slot);

// The actor groups of words [first, end); of the places instead when `places`. Members join
// only across a comma or a coordinator (an article alone does not join).
std::vector<Group> GroupsIn(const SentenceView& v, size_t first, size_t end, bool places = false);

// The preposition that governs a group starting at word `first` ("" when none).
std::string_view GoverningPreposition(const SentenceView& v, size_t first, size_t clause_first);

// The first group after preposition `prep` within a few words, not reaching back past word
// `trigger`; nullptr when none.
const Group* AfterPreposition(const SentenceView& v, const std::vector<Group>& groups,
                              std::string_view prep, size_t trigger);

// True when every member is a media outlet (an outlet reports events, it is never their source).
bool MediaOnly(const Group& g);

}  // namespace geokg
