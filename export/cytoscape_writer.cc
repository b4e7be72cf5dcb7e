// Cytoscape.js elements writer; the contract is in format_writers.h.
#include "export/format_writers.h"
#include "export/json_attributes.h"

namespace geokg {

Status WriteCytoscapeJson(const ExportGraph& graph, ExportSink* sink) {
  std::string& out = sink->buffer();
  out += "{\"elements\": {\n\"nodes\": [";
  const char* separator = "\n";
  for (const Actor& actor : graph.nodes) {
    AppendJsonElement(
        separator,
        [&](JsonWriter* w) {
          w->StartObject();
          w->Key("data");
          w->StartObject();
          w->Key("id");
          WriteJsonString(actor.id, w);
          WriteJsonAttributes(kNodeAttributes, NodeAttributeValues(actor), w);
          w->EndObject();
          w->EndObject();
        },
        &out);
    separator = ",\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "],\n\"edges\": [";
  separator = "\n";
  for (const Edge& edge : graph.edges) {
    AppendJsonElement(
        separator,
        [&](JsonWriter* w) {
          w->StartObject();
          w->Key("data");
          w->StartObject();
          w->Key("id");
          WriteJsonString(FormatEdgeId(edge.id), w);
          w->Key("source");
          WriteJsonString(edge.source, w);
          w->Key("target");
          WriteJsonString(edge.target, w);
          WriteJsonAttributes(kEdgeAttributes, EdgeAttributeValues(edge), w);
          w->EndObject();
          w->EndObject();
        },
        &out);
    separator = ",\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "\n]}}\n";
  return sink->Finish();
}

}  // namespace geokg
