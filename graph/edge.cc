#include "graph/edge.h"

#include <charconv>

namespace geokg {

std::string_view EdgeKindName(EdgeKind kind) {
  return kind == EdgeKind::kRelation ? "relation" : "event";
}

std::optional<EdgeKind> ParseEdgeKind(std::string_view name) {
  if (name == "event") return EdgeKind::kEvent;
  if (name == "relation") return EdgeKind::kRelation;
  return std::nullopt;
}

std::string FormatEdgeId(EdgeId id) { return "edge:" + std::to_string(id); }

std::optional<EdgeId> ParseEdgeId(std::string_view text) {
  if (text.substr(0, 5) == "edge:") text.remove_prefix(5);
  EdgeId id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id == 0) return std::nullopt;
  return id;
}

double CombinedConfidence(const Edge& edge) {
  if (edge.mentions.empty()) return edge.confidence;
  double doubt = 1.0;
  for (const Mention& m : edge.mentions) doubt *= 1.0 - m.confidence;
  return 1.0 - doubt;
}

}  // namespace geokg
