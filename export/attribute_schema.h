// export/attribute_schema.h
//
// The node and edge attributes every export carries, with one name and one type each, so that
// GraphML keys, GEXF attribute declarations, JSON fields and Neo4j CSV headers cannot disagree
// (strict readers reject a name declared with two types: graph-store.md, section 3.3). Lists
// (an actor's codes, an edge's source documents) are flattened into strings, because GraphML has
// only scalar types and several readers reject anything else.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "graph/actor.h"
#include "graph/edge.h"

namespace geokg {

// kDate is an ISO day ("2023-04-04"): a string in every format whose type system has no dates.
enum class AttributeType { kString, kInt, kDouble, kDate };

struct AttributeSpec {
  std::string_view name;
  AttributeType type;
};

// name: the actor's canonical name, as `actors` reports it; label: the same text under the name
// that Gephi, yEd's mapper and Cytoscape.js styles display; type: "country", "person", ...;
// codes: "system=code" pairs in system order joined by ";" ("cameo=JPN;iso3=JPN").
inline constexpr std::array<AttributeSpec, 4> kNodeAttributes = {{
    {"name", AttributeType::kString},
    {"label", AttributeType::kString},
    {"type", AttributeType::kString},
    {"codes", AttributeType::kString},
}};

// The edge as `edges --json` describes it (docs/cli.md): kind, relation, cameo, label; time (the
// value, "2023-04"), time_mod, lo and hi (ISO days), precision; modality, attributed_to (an
// actor id), confidence (combined over the mentions, as `edges` reports it); mentions (how
// many), sources (the distinct documents, in mention order, joined by line feeds) and evidence
// (the text of the first mention).
inline constexpr std::array<AttributeSpec, 15> kEdgeAttributes = {{
    {"kind", AttributeType::kString},
    {"relation", AttributeType::kString},
    {"cameo", AttributeType::kString},
    {"label", AttributeType::kString},
    {"time", AttributeType::kString},
    {"time_mod", AttributeType::kString},
    {"lo", AttributeType::kDate},
    {"hi", AttributeType::kDate},
    {"precision", AttributeType::kString},
    {"modality", AttributeType::kString},
    {"attributed_to", AttributeType::kString},
    {"confidence", AttributeType::kDouble},
    {"mentions", AttributeType::kInt},
    {"sources", AttributeType::kString},
    {"evidence", AttributeType::kString},
}};

// Values in schema order, formatted as text (numbers in their shortest round-trip form);
// nullopt where the actor or edge has no value (no CAMEO code for a relation, an open bound, no
// attribution, an empty label...). Writers emit or omit them as their format prefers.
using NodeValues = std::array<std::optional<std::string>, kNodeAttributes.size()>;
using EdgeValues = std::array<std::optional<std::string>, kEdgeAttributes.size()>;

NodeValues NodeAttributeValues(const Actor& actor);
EdgeValues EdgeAttributeValues(const Edge& edge);

// The type names of the target formats: GraphML's attr.type, GEXF's type, Neo4j's header type.
std::string_view GraphMlTypeName(AttributeType type);
std::string_view GexfTypeName(AttributeType type);
std::string_view Neo4jTypeName(AttributeType type);

}  // namespace geokg
