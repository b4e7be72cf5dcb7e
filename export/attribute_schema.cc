#include "export/attribute_schema.h"

#include <charconv>
#include <set>

namespace geokg {
namespace {

std::optional<std::string> NonEmpty(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

// The shortest text that reads back as the same double.
std::string FormatDouble(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

struct TypeNames {
  std::string_view graphml;
  std::string_view gexf;
  std::string_view neo4j;
};

TypeNames NamesOf(AttributeType type) {
  switch (type) {
    case AttributeType::kInt:
      return {"int", "integer", "int"};
    case AttributeType::kDouble:
      return {"double", "double", "double"};
    case AttributeType::kDate:
      return {"string", "string", "date"};
    case AttributeType::kString:
      break;
  }
  return {"string", "string", "string"};
}

}  // namespace

NodeValues NodeAttributeValues(const Actor& actor) {
  std::string codes;
  for (const auto& [system, code] : actor.codes) {
    if (!codes.empty()) codes += ';';
    codes += system + "=" + code;
  }
  return {NonEmpty(actor.name), NonEmpty(actor.name), std::string(ActorTypeName(actor.type)),
          NonEmpty(codes)};
}

EdgeValues EdgeAttributeValues(const Edge& edge) {
  std::string sources;
  std::set<std::string_view> seen;
  for (const Mention& m : edge.mentions) {
    if (!seen.insert(m.doc).second) continue;
    if (!sources.empty()) sources += '\n';
    sources += m.doc;
  }
  std::optional<std::string> evidence;
  if (!edge.mentions.empty()) evidence = NonEmpty(edge.mentions.front().text);
  return {
      std::string(EdgeKindName(edge.kind)),
      edge.relation,
      NonEmpty(edge.cameo),
      NonEmpty(edge.label),
      NonEmpty(edge.time.value),
      NonEmpty(TimeModName(edge.time.mod)),
      FormatBound(edge.time.lo),
      FormatBound(edge.time.hi),
      std::string(PrecisionName(edge.time.precision)),
      std::string(ModalityName(edge.modality)),
      NonEmpty(edge.attributed_to),
      FormatDouble(CombinedConfidence(edge)),
      std::to_string(edge.mentions.size()),
      NonEmpty(sources),
      std::move(evidence),
  };
}

std::string_view GraphMlTypeName(AttributeType type) { return NamesOf(type).graphml; }
std::string_view GexfTypeName(AttributeType type) { return NamesOf(type).gexf; }
std::string_view Neo4jTypeName(AttributeType type) { return NamesOf(type).neo4j; }

}  // namespace geokg
