// GraphML writer; the contract is in format_writers.h.
#include "export/attribute_schema.h"
#include "export/escape.h"
#include "export/format_writers.h"

namespace geokg {
namespace {

template <size_t N>
void WriteKeys(const std::array<AttributeSpec, N>& specs, std::string_view domain,
               std::string_view prefix, std::string* out) {
  for (size_t i = 0; i < N; ++i) {
    *out += "  <key id=\"";
    *out += prefix;
    *out += std::to_string(i);
    *out += "\" for=\"";
    *out += domain;
    *out += "\" attr.name=\"";
    AppendXmlEscaped(specs[i].name, out);
    *out += "\" attr.type=\"";
    *out += GraphMlTypeName(specs[i].type);
    *out += "\"/>\n";
  }
}

template <size_t N>
void WriteData(const std::array<std::optional<std::string>, N>& values, std::string_view prefix,
               std::string* out) {
  for (size_t i = 0; i < N; ++i) {
    if (!values[i]) continue;
    *out += "      <data key=\"";
    *out += prefix;
    *out += std::to_string(i);
    *out += "\">";
    AppendXmlEscaped(*values[i], out);
    *out += "</data>\n";
  }
}

}  // namespace

Status WriteGraphMl(const ExportGraph& graph, ExportSink* sink) {
  std::string& out = sink->buffer();
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  out += "  <!-- geokg export: " + std::to_string(graph.nodes.size()) + " actors, " +
         std::to_string(graph.edges.size()) + " edges -->\n";
  WriteKeys(kNodeAttributes, "node", "n", &out);
  WriteKeys(kEdgeAttributes, "edge", "e", &out);
  out += "  <graph id=\"geokg\" edgedefault=\"directed\">\n";
  for (const Actor& actor : graph.nodes) {
    out += "    <node id=\"";
    AppendXmlEscaped(actor.id, &out);
    out += "\">\n";
    WriteData(NodeAttributeValues(actor), "n", &out);
    out += "    </node>\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  for (const Edge& edge : graph.edges) {
    out += "    <edge id=\"";
    out += FormatEdgeId(edge.id);
    out += "\" source=\"";
    AppendXmlEscaped(edge.source, &out);
    out += "\" target=\"";
    AppendXmlEscaped(edge.target, &out);
    out += "\">\n";
    WriteData(EdgeAttributeValues(edge), "e", &out);
    out += "    </edge>\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "  </graph>\n</graphml>\n";
  return sink->Finish();
}

}  // namespace geokg
