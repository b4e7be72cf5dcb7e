// ingest/events/event_extractor.h
//
// Turns annotated sentences into edges: CAMEO-coded events from the verb and noun patterns
// (event_patterns.h) and structural relations (member_of from "trat bei" / "joined" and "Pakt
// zwischen X, Y und Z"; holds_role, affiliated_with and part_of from the actors' roles and
// affiliations). For each trigger, at clause level:
//   source  the first actor group of the clause before the trigger that no preposition
//           governs, else the first after it (German inversion: "Letzten Monat war Japan
//           Gastgeber"); in a relative clause without one, the group before the clause; in a
//           passive clause ("wurde ... von X", "was ... by X") the agent
//   target  the pattern's slots in order: the actor after a preposition, or the first group
//           after the trigger, or (verb-final clauses) the group between source and trigger
//   groups  actors joined by commas and "und"/"and"/"sowie" act together: one edge per member
//           ("Washington, London und Canberra"); a meeting (recip) with a group and no target
//           is one event between the members ("X und Y trafen sich")
//           places (sentence_view.h) only as the target after the pattern's preposition or
//           as a bare object; a media outlet is never a source; `inverse` patterns swap roles
//   code    the pattern's code refined by the clause's words (code_refinement.h)
//   nouns   a noun trigger codes only a clause whose verbs code nothing; after a commitment
//           (03x) the promised act gives no edge; "ob"/"whether" clauses and the content of
//           "keine Hinweise, dass" / "no evidence that" give none
//   time    the clause's time expression nearest the trigger; for a main clause without one,
//           that of another main clause or of an als/when clause; else the publication date
//           with precision `document` (a subordinate clause never borrows a time)
//   claim   claim_cues.h: modality and attribution; a future time makes an asserted event
//           planned; a commitment in the actor's own words stays asserted
// A negated or denied event keeps its modality: it is never stored as asserted.
//
// Thread safety: one extractor per document and thread; the patterns are shared.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/edge.h"
#include "ingest/events/event_patterns.h"
#include "ingest/text/document_annotator.h"
#include "ingest/text/text_key.h"

namespace geokg {

inline constexpr double kPatternConfidence = 0.6;
inline constexpr double kRoleConfidence = 0.8;  // roles from the dictionaries' dated terms

struct ExtractedEdge {
  Edge edge;  // source, target, relation, cameo, label, time, modality, attribution
  uint32_t sentence = 0;
  size_t begin = 0;  // byte span of the evidence in the document
  size_t end = 0;
  std::string rule;
  double confidence = kPatternConfidence;
};

class EventExtractor {
 public:
  EventExtractor(const EventPatterns& patterns, std::string_view lang,
                 std::optional<Day> document_date);

  // Appends the edges of one annotated sentence of `document` to *out.
  void ExtractSentence(std::string_view document, const SentenceAnnotation& sentence,
                       std::vector<ExtractedEdge>* out);

 private:
  const EventPatterns& patterns_;
  std::string lang_;
  std::optional<Day> document_date_;
  KeyFolder folder_;
};

}  // namespace geokg
