// ingest/feeds/feed_loader.h
//
// Stores the rows of coded event feeds through a GraphWriter: resolves their actor names once
// per name, creates the actors (and the affiliation of "Role (Country)" groups) on first use,
// and adds one event edge per row with a mention that points back at the file and line.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/status.h"
#include "graph/graph_writer.h"
#include "ingest/actors/country_table.h"
#include "ingest/feeds/cameo_codebook.h"
#include "ingest/feeds/feed_actors.h"
#include "ingest/feeds/gdelt_row.h"

namespace geokg {

// Machine-coded feeds are right about most but not all events; a feed mention counts as
// fairly strong evidence, below a hand-checked fact.
inline constexpr double kFeedConfidence = 0.75;

struct FeedEvent {
  std::string_view source;  // actor names as the feed writes them
  std::string_view target;
  const CameoCode* code = nullptr;
  Day day = 0;
  Mention mention;  // doc, line (as sentence), evidence, rule, attributes
};

class FeedLoader {
 public:
  // `writer` and `countries` must outlive the loader.
  FeedLoader(GraphWriter* writer, const CountryTable& countries)
      : writer_(writer), countries_(countries) {}

  // Adds the event, and the affiliations of actors seen for the first time. Appends one result
  // per edge written (new or merged) to *results.
  Status AddIcewsEvent(const FeedEvent& event, std::vector<AddEdgeResult>* results);
  // The same for a GDELT row. REQUIRES: both actor codes are present.
  Status AddGdeltEvent(const GdeltRow& row, const Mention& mention,
                       std::vector<AddEdgeResult>* results);

 private:
  Status IcewsActor(std::string_view name, const Mention& evidence, std::string* id,
                    std::vector<AddEdgeResult>* results);
  Status GdeltActor(const GdeltActorFields& fields, const Mention& evidence, std::string* id,
                    std::vector<AddEdgeResult>* results);
  Status EnsureActor(const FeedActor& resolved, const Mention& evidence,
                     std::string_view written_as, std::string* id,
                     std::vector<AddEdgeResult>* results);
  Status AddEvent(std::string source, std::string target, const CameoCode& code, Day day,
                  const Mention& mention, std::vector<AddEdgeResult>* results);

  GraphWriter* writer_;
  const CountryTable& countries_;
  // Hashes strings and views alike, so that a row's name is looked up without a copy.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using IdMap = std::unordered_map<std::string, std::string, NameHash, std::equal_to<>>;
  // Feed spelling -> actor id, once stored: ICEWS names ("John Kerry") and GDELT code fields
  // ("USAGOV\tUSA\t\tGOV").
  IdMap icews_ids_;
  IdMap gdelt_ids_;
  // ISO codes of the countries stored as the affiliation of a group actor, so that a country
  // with hundreds of groups is upserted once.
  std::unordered_set<std::string> countries_stored_;
};

}  // namespace geokg
