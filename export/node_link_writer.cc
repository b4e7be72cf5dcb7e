// Node-link JSON writer; the contract is in format_writers.h.
#include "export/format_writers.h"
#include "export/json_attributes.h"

namespace geokg {

Status WriteNodeLinkJson(const ExportGraph& graph, ExportSink* sink) {
  std::string& out = sink->buffer();
  out +=
      "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"geokg\"},\n\"nodes\": [";
  const char* separator = "\n";
  for (const Actor& actor : graph.nodes) {
    AppendJsonElement(
        separator,
        [&](JsonWriter* w) {
          w->StartObject();
          w->Key("id");
          WriteJsonString(actor.id, w);
          WriteJsonAttributes(kNodeAttributes, NodeAttributeValues(actor), w);
          w->EndObject();
        },
        &out);
    separator = ",\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "],\n\"links\": [";
  separator = "\n";
  for (const Edge& edge : graph.edges) {
    AppendJsonElement(
        separator,
        [&](JsonWriter* w) {
          w->StartObject();
          w->Key("source");
          WriteJsonString(edge.source, w);
          w->Key("target");
          WriteJsonString(edge.target, w);
          w->Key("key");
          WriteJsonString(FormatEdgeId(edge.id), w);
          WriteJsonAttributes(kEdgeAttributes, EdgeAttributeValues(edge), w);
          w->EndObject();
        },
        &out);
    separator = ",\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "\n]}\n";
  return sink->Finish();
}

}  // namespace geokg
