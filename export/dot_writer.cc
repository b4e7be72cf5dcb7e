// Graphviz dot writer; the contract is in format_writers.h.
#include "export/escape.h"
#include "export/format_writers.h"

namespace geokg {
namespace {

// Shape and fill per actor type, so that states, organisations and people read apart at a glance.
std::string_view NodeStyle(ActorType type) {
  switch (type) {
    case ActorType::kCountry:
      return "shape=box, fillcolor=\"#dbe8f7\"";
    case ActorType::kOrganization:
      return "shape=hexagon, fillcolor=\"#e3f2dc\"";
    case ActorType::kAlliance:
      return "shape=octagon, fillcolor=\"#d5efe6\"";
    case ActorType::kPerson:
      return "shape=ellipse, fillcolor=\"#fbeacc\"";
    case ActorType::kMedia:
      return "shape=note, fillcolor=\"#eeeeee\"";
    case ActorType::kLocation:
      return "shape=house, fillcolor=\"#f3e0f2\"";
    case ActorType::kGroup:
      break;
  }
  return "shape=box, style=\"rounded,filled\", fillcolor=\"#f2f2f2\"";
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
