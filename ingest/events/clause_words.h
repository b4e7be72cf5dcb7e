// ingest/events/clause_words.h
//
// Word-level tests the event extractor uses to choose roles in a clause: how far an object may
// stand from its verb, whether a verb is an agentless English passive, whether actors act on
// each other, whether two actors are the persons and parties of domestic politics, and
// whether an English verb form is a noun, an adjective or a reduced relative clause. Word
// indices are those of a SentenceView.
#pragma once

#include <string_view>

#include "ingest/events/actor_groups.h"
#include "ingest/events/sentence_view.h"

namespace geokg {

// True for a person or a party-like organisation (not a state, an alliance or an armed group).
bool Political(const ActorMention& m);

// True when an object at word `object` is too far from the verb at `trigger` to be its object:
// a comma or a clause word stands between, or a reason ("criticised X for claiming ...").
bool ObjectOutOfReach(const SentenceView& v, size_t trigger, size_t object);

// True when an English object at word `object` belongs to a phrase inside the verb's object, not
// to the object itself: an infinitive ("accused the government of trying to confuse ... the EU
// referendum"), "of" + an -ing form ("accused ministers of turning Britain into ..."), a second
// preposition other than of/by/in ("rejected calls for the publication
// of advice on the Iraq war"), or a content noun that opens a clause without "that" ("rejected
// the idea Mr Kilroy-Silk posed a threat") stands between `form_end` (the first word after the
// trigger's form) and it. Words at `form_end` other than a content noun are the verb's own
// ("hit back at Mr Mallon", "threatened to strike").
bool EnglishObjectEmbedded(const SentenceView& v, size_t form_end, size_t object);

// True when only determiners, honorifics, modifiers and words of actor mentions stand between
// the trigger and an object at word `object` ("told Mr Brown"; not "told MPs the UK was ...").
bool Near(const SentenceView& v, size_t trigger, size_t object);

// True when words [first, end) say that the actors act on each other ("each other",
// "gegenseitig", "einander").
bool EachOther(const SentenceView& v, size_t first, size_t end);

// True for an English passive participle at word `trigger` of a clause starting at `first`
// ("was expelled", "has been accused", "..., accused of"); the caller checks for an agent.
bool EnglishAgentlessPassive(const SentenceView& v, size_t first, size_t trigger,
                             std::string_view lang);

// True when German "treffen" at word `trigger` goes on with "auf" before any actor ("trifft
// am Dienstag auf Frankreich"): to face an opponent, no meeting.
bool FacesOpponent(const SentenceView& v, size_t trigger, size_t end);

// True when an English determiner stands right before word `w` ("a sign", "their offer").
bool DeterminerBefore(const SentenceView& v, size_t w);

// True when the English -ed form at `trigger` stands between a determiner, number or "other"
// and the noun it describes ("the three other freed British detainees").
bool AttributiveParticiple(const SentenceView& v, size_t first, size_t trigger, size_t form_end);

// True when the English -s form at `trigger` follows no subject in its clause from `first`: a
// plural noun ("such attacks were"), not a verb ("al-Qaeda attacks seek").
bool PluralNounForm(const SentenceView& v, size_t first, size_t trigger);

// True when the English participle at `trigger` follows a plain word and is followed by "by"
// ("a dinner hosted by X"): the noun before it is what the act is done to.
bool ReducedRelative(const SentenceView& v, size_t first, size_t trigger, size_t form_end);

// True when group `g` is one English nationality adjective before a noun of civilians ("the
// Pakistani community"): the people, not their state.
bool CivilianDemonym(const SentenceView& v, const Group& g);

// True when "warned"/"warns" at `trigger` goes on after its object (ending at word `end`) with a
// content clause ("that", a subject) rather than a consequence ("of", "to").
bool WarningOfContent(const SentenceView& v, size_t trigger, size_t end);

// True when a German "vor" stands in words [from, to): after "warnte"/"gewarnt" it names the
// danger warned about ("warnte vor einem Angriff Russlands"), whose actors are not the ones
// warned; "warnte die Ukraine vor ..." names the warned before it.
bool WarnedAbout(const SentenceView& v, size_t from, size_t to);

// The German group that ends right before the verb at `trigger`, ungoverned, when a comma
// stands between it and `source` (the first subject candidate of the clause starting at
// `first`): "Die FPÖ-Aktion hatte ... gesorgt, auch Bundespräsident Fischer verurteilte den
// Protest" is Fischer's act. Else null.
const Group* SubjectAfterComma(const SentenceView& v, const std::vector<Group>& groups,
                               const Group* source, size_t first, size_t trigger,
                               std::string_view lang);

// True when "und"/"oder" stands between words `a` and `b` (either order): a German verb and
// an auxiliary across it belong to different predicates.
bool CoordinatorBetween(const SentenceView& v, size_t a, size_t b);

// True when the German verb form at [trigger, form_end) is a participle with its agent after
// "von"/"vom" and no auxiliary (the caller checks that): after a comma a reduced clause about
// the group before the comma ("FPÖ und ÖVP, unterstützt von Neos, ..."), before a noun an
// attribute of it ("die vom Iran unterstützten Houthi-Rebellen"). Sets *agent and *patient,
// the group described (null when the noun is no actor: "vom Westen unterstützten Sturz").
bool GermanParticiple(const SentenceView& v, const std::vector<Group>& groups, size_t first,
                      size_t trigger, size_t form_end, const Group** agent, const Group** patient);

// True when the German verb form at [trigger, form_end) is an adjective: between an article
// or preposition (a few lowercase words may stand between) and a noun that is no actor ("mit
// international scharf kritisierten Luftangriffen", "die angekündigten Gespräche").
bool GermanAttributive(const SentenceView& v, size_t first, size_t trigger, size_t form_end);

// True when words [from, to) hold a topic preposition ("über", "about"): a place after it
// belongs to the topic, not to the event.
bool TopicBefore(const SentenceView& v, size_t from, size_t to);

// True for "in", "im", "at": a preposition that places an event.
bool IsLocative(std::string_view prep);

// True for a CAMEO code of force (18, 19, 20).
bool Violent(std::string_view code);

// True when an English light verb ("carried out", "launched", ...) stands within the five words
// before noun `trigger` of a clause from `first`.
bool LightVerbBefore(const SentenceView& v, size_t first, size_t trigger);

// True when the clause of word `w` says before it that an office was taken up ("took over
// as", "became", "übernahm").
bool TookOffice(const SentenceView& v, size_t w);

}  // namespace geokg
