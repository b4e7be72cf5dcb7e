#include "export/export_format.h"

#include <array>
#include <memory>
#include <utility>

#include "export/format_writers.h"

namespace geokg {
namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 7> kNames = {{
    {ExportFormat::kGraphMl, "graphml"},
    {ExportFormat::kGexf, "gexf"},
    {ExportFormat::kNodeLinkJson, "json"},
    {ExportFormat::kCytoscape, "cytoscape"},
    {ExportFormat::kTimelineJs, "timelinejs"},
    {ExportFormat::kDot, "dot"},
    {ExportFormat::kCsv, "csv"},
}};

}  // namespace

std::string_view ExportFormatName(ExportFormat format) {
  for (const auto& [f, name] : kNames) {
    if (f == format) return name;
  }
  return "";
}

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const auto& [format, n] : kNames) {
    if (n == name) return format;
  }
  return std::nullopt;
}

std::string ExportFormatNames() {
  std::string names;
  for (const auto& entry : kNames) {
    if (!names.empty()) names += '|';
    names += entry.second;
  }
  return names;
}

Status WriteExport(const ExportGraph& graph, ExportFormat format, const std::string& out,
                   ExportReport* report) {
  *report = ExportReport{graph.nodes.size(), graph.edges.size(), 0};
  if (format == ExportFormat::kCsv) return WriteNeo4jCsv(graph, out);
  std::unique_ptr<ExportSink> sink;
  GEOKG_RETURN_IF_ERROR(ExportSink::Open(out, &sink));
  switch (format) {
    case ExportFormat::kGraphMl:
      return WriteGraphMl(graph, sink.get());
    case ExportFormat::kGexf:
      return WriteGexf(graph, sink.get());
    case ExportFormat::kNodeLinkJson:
      return WriteNodeLinkJson(graph, sink.get());
    case ExportFormat::kCytoscape:
      return WriteCytoscapeJson(graph, sink.get());
    case ExportFormat::kDot:
      return WriteDot(graph, sink.get());
    case ExportFormat::kTimelineJs: {
      Status s = WriteTimelineJs(graph, sink.get(), &report->skipped);
      report->edges -= report->skipped;
      return s;
    }
    case ExportFormat::kCsv:
      break;
  }
  return Status::InvalidArgument("unknown export format");
}

}  // namespace geokg
