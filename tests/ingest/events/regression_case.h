// tests/ingest/events/regression_case.h
//
// The event regression suite's cases (tests/data/events/README.md gives the format and the
// scoring rules) and the comparison of an extractor's edges with a case's expectation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/events/event_extractor.h"

namespace geokg::events_test {

struct ExpectedEdge {
  std::vector<std::string> sources;  // alternatives
  std::string code;                  // "111", "04" (from "04*") or a relation
  bool code_prefix = false;          // written with '*'
  std::vector<std::string> targets;
  std::string time;  // "doc" or a value, with "~MOD" when modified
  std::string modality;
  std::string by;
};

struct RegressionCase {
  std::string id;
  std::string category;
  std::string date;
  std::string sentence;
  std::vector<ExpectedEdge> expected;  // empty: "none"
  size_t line = 0;
};

// Parses a regression file; a malformed line fails the test that reads it.
std::vector<RegressionCase> ReadCases(const std::string& path);

// Parses the expected-edge syntax of one case ("none" or edges joined by " ;; ").
bool ParseExpected(std::string_view text, std::vector<ExpectedEdge>* out, std::string* error);

// The time of a produced edge in the expected syntax: "doc", "2023-04-04", "2023~START".
std::string TimeText(const Edge& edge);

// Compares produced edges with a case; "" when they agree, else what differs. Relation edges
// count only in the structural and appositions categories or when the case expects one.
std::string Compare(const RegressionCase& c, const std::vector<ExtractedEdge>& produced);

}  // namespace geokg::events_test
