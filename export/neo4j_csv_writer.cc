// neo4j-admin import CSV writer; the contract is in format_writers.h.
#include <cctype>
#include <filesystem>
#include <memory>
#include <system_error>

#include "export/attribute_schema.h"
#include "export/escape.h"
#include "export/format_writers.h"

namespace geokg {
namespace {

// "name", or "name:type" for a type other than string, the import tool's default.
template <size_t N>
void AppendHeader(const std::array<AttributeSpec, N>& specs, std::string* out) {
  for (const AttributeSpec& spec : specs) {
    *out += ',';
    *out += spec.name;
    if (spec.type != AttributeType::kString) {
      *out += ':';
      *out += Neo4jTypeName(spec.type);
    }
  }
}

// Present values quoted; absent ones empty, which the import tool stores as no property.
template <size_t N>
void AppendValues(const std::array<AttributeSpec, N>& specs,
                  const std::array<std::optional<std::string>, N>& values, std::string* out) {
  for (size_t i = 0; i < N; ++i) {
    *out += ',';
    if (!values[i]) continue;
    if (specs[i].type == AttributeType::kInt || specs[i].type == AttributeType::kDouble) {
      *out += *values[i];
    } else {
      AppendCsvField(*values[i], out);
    }
  }
}

std::string UpperCase(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// "Actor;Country": every node is an Actor, and its type is a second label.
std::string Labels(ActorType type) {
  std::string type_label(ActorTypeName(type));
  type_label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(type_label[0])));
  return "Actor;" + type_label;
}

Status WriteActors(const ExportGraph& graph, const std::string& path) {
  std::unique_ptr<ExportSink> sink;
  GEOKG_RETURN_IF_ERROR(ExportSink::Open(path, &sink));
  std::string& out = sink->buffer();
  out += "id:ID(Actor)";
  AppendHeader(kNodeAttributes, &out);
  out += ",:LABEL\n";
  for (const Actor& actor : graph.nodes) {
    AppendCsvField(actor.id, &out);
    AppendValues(kNodeAttributes, NodeAttributeValues(actor), &out);
    out += ',';
    AppendCsvField(Labels(actor.type), &out);
    out += '\n';
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  return sink->Finish();
}

Status WriteEdges(const ExportGraph& graph, const std::string& path) {
  std::unique_ptr<ExportSink> sink;
  GEOKG_RETURN_IF_ERROR(ExportSink::Open(path, &sink));
  std::string& out = sink->buffer();
  out += ":START_ID(Actor),:END_ID(Actor),:TYPE,id";
  AppendHeader(kEdgeAttributes, &out);
  out += '\n';
  for (const Edge& edge : graph.edges) {
    AppendCsvField(edge.source, &out);
    out += ',';
    AppendCsvField(edge.target, &out);
    out += ',';
    AppendCsvField(UpperCase(edge.relation), &out);
    out += ',';
    AppendCsvField(FormatEdgeId(edge.id), &out);
    AppendValues(kEdgeAttributes, EdgeAttributeValues(edge), &out);
    out += '\n';
    GEOKG_RETURN_IF_ERROR(sink->MaybeFlush());
  }
  return sink->Finish();
}

}  // namespace

Status WriteNeo4jCsv(const ExportGraph& graph, const std::string& dir) {
  if (dir.empty()) {
    return Status::InvalidArgument(
        "--out: csv export needs a directory for actors.csv and edges.csv");
  }
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::IOError(dir + ": cannot create directory: " + error.message());
  GEOKG_RETURN_IF_ERROR(WriteActors(graph, dir + "/actors.csv"));
  return WriteEdges(graph, dir + "/edges.csv");
}

}  // namespace geokg
