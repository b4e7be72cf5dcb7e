#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out + "\"";
}

std::string ActorObject(std::string_view id, std::string_view name, std::string_view type) {
  return "{\"id\": " + Quoted(id) + ", \"name\": " + Quoted(name) + ", \"type\": " + Quoted(type) +
         "}";
}

std::string FactLine(const Fact& f) {
  std::string line =
      "{\"kind\": \"event\", \"relation\": " + Quoted(f.relation) +
      ", \"cameo\": " + (f.cameo.empty() ? "null" : Quoted(f.cameo)) + ", \"source\": " + f.source +
      ", \"target\": " + f.target + ", \"time\": " + f.time +
      ", \"modality\": " + Quoted(f.modality) +
      ", \"attributed_to\": " + (f.attributed_to.empty() ? "null" : f.attributed_to) +
      ", \"confidence\": 0.8, \"mentions\": [{\"doc\": " + Quoted(f.doc) +
      ", \"sentence\": " + std::to_string(f.sentence) +
      ", \"begin\": 0, \"end\": 4, \"text\": \"Text\", \"rule\": " + Quoted(f.rule) +
      ", \"confidence\": 0.8}]";
  if (!f.extra.empty()) line += ", " + f.extra;
  return line + "}\n";
}

std::string DistinctFactLine(int n) {
  Fact f;
  const std::string a = "g" + std::to_string(n) + "a";
  const std::string b = "g" + std::to_string(n) + "b";
  f.source = ActorObject("group:" + a, "Group " + a, "group");
  f.target = ActorObject("group:" + b, "Group " + b, "group");
  f.doc = "distinct-" + std::to_string(n);
  return FactLine(f);
}

std::string HomonymFactLines() {
  Fact f;
  f.source = ActorObject("person:jo-a", "Jo", "person");
  std::string lines = FactLine(f);
  f.source = ActorObject("person:jo-b", "Jo", "person");
  f.doc = "doc-2";
  return lines + FactLine(f);
}

std::string ArticleLine(std::string_view id, std::string_view text) {
  return "{\"id\": " + Quoted(id) +
         ", \"date\": \"2023-04-05\", \"lang\": \"en\", \"text\": " + Quoted(text) + "}\n";
}

}  // namespace geokg::cli_test
