// GEXF 1.3 writer; the contract is in format_writers.h.
#include "export/actor_palette.h"
#include "export/attribute_schema.h"
#include "export/escape.h"
#include "export/format_writers.h"

namespace geokg {
namespace {

// GEXF gives nodes and edges a label of their own; the schema's "label" goes there.
constexpr std::string_view kLabel = "label";

void XmlAttribute(std::string_view name, std::string_view value, std::string* out) {
  *out += ' ';
  *out += name;
  *out += "=\"";
  AppendXmlEscaped(value, out);
  *out += '"';
}

template <size_t N>
void WriteDeclarations(const std::array<AttributeSpec, N>& specs, std::string_view klass,
                       std::string* out) {
  *out += "    <attributes class=\"";
  *out += klass;
  *out += "\" mode=\"static\">\n";
  for (const AttributeSpec& spec : specs) {
    if (spec.name == kLabel) continue;
    *out += "      <attribute";
    XmlAttribute("id", spec.name, out);
    XmlAttribute("title", spec.name, out);
    XmlAttribute("type", GexfTypeName(spec.type), out);
    *out += "/>\n";
  }
  *out += "    </attributes>\n";
}

template <size_t N>
void WriteAttValues(const std::array<AttributeSpec, N>& specs,
                    const std::array<std::optional<std::string>, N>& values, std::string* out) {
  *out += "        <attvalues>\n";
  for (size_t i = 0; i < N; ++i) {
    if (!values[i] || specs[i].name == kLabel) continue;
    *out += "          <attvalue";
    XmlAttribute("for", specs[i].name, out);
    XmlAttribute("value", *values[i], out);
    *out += "/>\n";
  }
  *out += "        </attvalues>\n";
}

void WriteNode(const Actor& actor, std::string* out) {
  *out += "      <node";
  XmlAttribute("id", actor.id, out);
  XmlAttribute("label", actor.name, out);
  *out += ">\n";
  WriteAttValues(kNodeAttributes, NodeAttributeValues(actor), out);
  // Gephi shows the type's colour on opening (export/actor_palette.h).
  const Rgb color = ActorColor(actor.type);
  *out += "        <viz:color r=\"" + std::to_string(color.r) + "\" g=\"" +
          std::to_string(color.g) + "\" b=\"" + std::to_string(color.b) + "\"/>\n";
  *out += "      </node>\n";
}

void WriteEdge(const Edge& edge, std::string* out) {
  const std::optional<std::string> lo = FormatBound(edge.time.lo);
  const std::optional<std::string> hi = FormatBound(edge.time.hi);
  const bool spell = edge.kind == EdgeKind::kRelation;
  *out += "      <edge";
  XmlAttribute("id", FormatEdgeId(edge.id), out);
  XmlAttribute("source", edge.source, out);
  XmlAttribute("target", edge.target, out);
  XmlAttribute("kind", edge.relation, out);
  // Layouts such as ForceAtlas pull often-reported pairs closer.
  XmlAttribute("weight", std::to_string(edge.mentions.size()), out);
  if (!edge.label.empty()) XmlAttribute("label", edge.label, out);
  if (!spell && lo) XmlAttribute("start", *lo, out);
  if (!spell && hi) XmlAttribute("end", *hi, out);
  *out += ">\n";
  WriteAttValues(kEdgeAttributes, EdgeAttributeValues(edge), out);
  if (spell && (lo || hi)) {
    *out += "        <spells>\n          <spell";
    if (lo) XmlAttribute("start", *lo, out);
    if (hi) XmlAttribute("end", *hi, out);
    *out += "/>\n        </spells>\n";
  }
  *out += "      </edge>\n";
}

}  // namespace

Status WriteGexf(const ExportGraph& graph, ExportSink* sink) {
  std::string& out = sink->buffer();
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\"\n"
      "      xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
      "      version=\"1.3\">\n"
      "  <meta>\n    <creator>geokg</creator>\n";
  out += "    <description>" + std::to_string(graph.nodes.size()) + " actors, " +
         std::to_string(graph.edges.size()) + " edges</description>\n  </meta>\n";
  out +=
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
      "timerepresentation=\"interval\">\n";
  WriteDeclarations(kNodeAttributes, "node", &out);
  WriteDeclarations(kEdgeAttributes, "edge", &out);
  out += "    <nodes>\n";
  for (const Actor& actor : graph.nodes) {
    WriteNode(actor, &out);
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "    </nodes>\n    <edges>\n";
  for (const Edge& edge : graph.edges) {
    WriteEdge(edge, &out);
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return sink->Finish();
}

}  // namespace geokg
