// tests/cli/fact_lines.h
//
// Small facts fixtures: one line of the `facts` format (the shape `edges --json` prints),
// built from a few fields so that each test states only what it varies.
#pragma once

#include <string>
#include <string_view>

namespace geokg::cli_test {

// {"id": ID, "name": NAME, "type": TYPE}: creates the actor when it is new.
std::string ActorObject(std::string_view id, std::string_view name,
                        std::string_view type = "country");
// A JSON string literal (with the escapes these fixtures need).
std::string Quoted(std::string_view text);

struct Fact {
  std::string relation = "meet";
  std::string cameo = "040";  // "" for null
  std::string source = ActorObject("country:AAA", "Aland");
  std::string target = ActorObject("country:BBB", "Bland");
  std::string time = Quoted("2023-04-04");  // raw JSON: a string or a time object
  std::string modality = "asserted";
  std::string attributed_to;  // raw JSON; "" for null
  std::string doc = "doc-1";
  int sentence = 0;
  std::string rule = "test";
  std::string extra;  // raw members appended to the object, e.g. R"("foo": 1)"
};

// The fact as one JSON line (with the trailing newline).
std::string FactLine(const Fact& fact);

// A fact between two new actors "group:gA" and "group:gB", distinct for each `n`.
std::string DistinctFactLine(int n);

// Two facts whose sources are two actors both called "Jo": person:jo-a and person:jo-b.
std::string HomonymFactLines();

// One article of the `jsonl` format (with the trailing newline).
std::string ArticleLine(std::string_view id, std::string_view text);

}  // namespace geokg::cli_test
