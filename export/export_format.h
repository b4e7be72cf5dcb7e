// export/export_format.h
//
// The formats of `geokg export` by name, and the one entry point that writes a graph in any of
// them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "export/export_graph.h"

namespace geokg {

enum class ExportFormat { kGraphMl, kGexf, kNodeLinkJson, kCytoscape, kTimelineJs, kDot, kCsv };

// "graphml", "gexf", "json", "cytoscape", "timelinejs", "dot", "csv".
std::string_view ExportFormatName(ExportFormat format);
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
// The names joined by "|", for usage messages.
std::string ExportFormatNames();

struct ExportReport {
  size_t nodes = 0;
  size_t edges = 0;    // edges written
  size_t skipped = 0;  // selected edges the format has no place for (TimelineJS: undated)
};

// Writes `graph` to `out`: a file (replaced only once complete), or standard output when empty;
// for kCsv a directory, which is required.
Status WriteExport(const ExportGraph& graph, ExportFormat format, const std::string& out,
                   ExportReport* report);

}  // namespace geokg
