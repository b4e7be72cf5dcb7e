// Graphviz dot writer; the contract is in format_writers.h.
#include "export/actor_palette.h"
#include "export/escape.h"
#include "export/format_writers.h"

namespace geokg {
namespace {

// A shape per actor type, and the type's colour as a pale fill (export/actor_palette.h).
std::string NodeStyle(ActorType type) {
  std::string_view shape = "box, style=\"rounded,filled\"";
  switch (type) {
    case ActorType::kCountry:
      shape = "box";
      break;
    case ActorType::kOrganization:
      shape = "hexagon";
      break;
    case ActorType::kAlliance:
      shape = "octagon";
      break;
    case ActorType::kPerson:
      shape = "ellipse";
      break;
    case ActorType::kMedia:
      shape = "note";
      break;
    case ActorType::kLocation:
      shape = "house";
      break;
    case ActorType::kGroup:
      break;
  }
  return "shape=" + std::string(shape) + ", fillcolor=\"" +
         HexColor(Lighten(ActorColor(type), 0.7)) + "\", color=\"" + HexColor(ActorColor(type)) +
         "\"";
}

void Quoted(std::string_view text, std::string* out) {
  *out += '"';
  AppendDotEscaped(text, out);
  *out += '"';
}

std::string EdgeLabel(const Edge& edge) {
  std::string label = edge.relation;
  if (!edge.cameo.empty()) label += " (" + edge.cameo + ")";
  if (!edge.time.unknown()) label += "\n" + edge.time.value;
  if (edge.modality != Modality::kAsserted)
    label += "\n" + std::string(ModalityName(edge.modality));
  return label;
}

}  // namespace

Status WriteDot(const ExportGraph& graph, ExportSink* sink) {
  std::string& out = sink->buffer();
  out +=
      "digraph geokg {\n"
      "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
      "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
  for (const Actor& actor : graph.nodes) {
    out += "  ";
    Quoted(actor.id, &out);
    out += " [label=";
    Quoted(actor.name, &out);
    out += ", ";
    out += NodeStyle(actor.type);
    out += "];\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  for (const Edge& edge : graph.edges) {
    out += "  ";
    Quoted(edge.source, &out);
    out += " -> ";
    Quoted(edge.target, &out);
    out += " [id=";
    Quoted(FormatEdgeId(edge.id), &out);
    out += ", label=";
    Quoted(EdgeLabel(edge), &out);
    if (edge.kind == EdgeKind::kRelation) out += ", color=\"#2f6f4f\"";
    if (edge.modality != Modality::kAsserted) out += ", style=dashed";
    out += "];\n";
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  out += "}\n";
  return sink->Finish();
}

}  // namespace geokg
