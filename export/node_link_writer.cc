// Node-link JSON writer; the contract is in format_writers.h.
#include "export/format_writers.h"
#include "export/json_attributes.h"

namespace geokg {

Status WriteNodeLinkJson(const ExportGraph& graph, ExportSink* sink) {
  sink->buffer() +=
      "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"geokg\"},\n\"nodes\": ";
  GEOKG_RETURN_IF_ERROR(AppendJsonArray(
      graph.nodes,
      [](const Actor& actor, JsonWriter* w) {
        w->StartObject();
        w->Key("id");
        WriteJsonString(actor.id, w);
        WriteJsonAttributes(kNodeAttributes, NodeAttributeValues(actor), w);
        w->EndObject();
      },
      sink));
  sink->buffer() += ",\n\"links\": ";
  GEOKG_RETURN_IF_ERROR(AppendJsonArray(
      graph.edges,
      [](const Edge& edge, JsonWriter* w) {
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
      sink));
  sink->buffer() += "}\n";
  return sink->Finish();
}

}  // namespace geokg
