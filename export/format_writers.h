// export/format_writers.h
//
// One writer per format. Each takes a graph that CollectExportGraph has sanitised and writes it
// with the attributes of attribute_schema.h, adding only its format's escaping. The rules that
// strict readers impose (graph-store.md, section 3.3) are part of each contract below.
#pragma once

#include <string>

#include "common/status.h"
#include "export/export_graph.h"
#include "export/export_sink.h"

namespace geokg {

// GraphML for networkx, igraph, Gephi, yEd and Cytoscape: namespace declared; one <key> per
// attribute with attr.name and one of GraphML's types; all nodes before all edges; node ids are
// actor ids and edge ids "edge:<n>", which never collide with an actor id; parallel edges stay
// separate. Absent values are omitted, not written empty.
Status WriteGraphMl(const ExportGraph& graph, ExportSink* sink);

// GEXF 1.3 in dynamic mode for Gephi's timeline, timeformat "date", interval representation
// (one representation per file, as the format requires). An edge's time is the closed interval
// of days [lo, hi] its time value allows: an event on one day has start == end, an event of a
// month spans the month; a relation (member_of, holds_role) carries the interval as a spell,
// open sides omitted. `kind` is the relation, so Gephi never merges a meeting and a criticism of
// one pair into one weighted edge; the weight is the number of mentions. Node labels and edge
// labels are GEXF's own label attributes; nodes are coloured by actor type.
Status WriteGexf(const ExportGraph& graph, ExportSink* sink);

// Node-link JSON as networkx's node_link_graph reads it: directed multigraph, nodes[].id,
// links[].source/target/key with the edge id as key; attribute values typed (numbers as
// numbers), absent values omitted.
Status WriteNodeLinkJson(const ExportGraph& graph, ExportSink* sink);

// Cytoscape.js elements JSON ({"elements": {"nodes": [{"data": ...}], "edges": [...]}}), which
// Cytoscape desktop also opens as .cyjs: string ids in one namespace, no dangling edges.
Status WriteCytoscapeJson(const ExportGraph& graph, ExportSink* sink);

// TimelineJS3 JSON: one slide per edge with a known time, dated to its precision (a month
// gives year and month), coarse or modified times and relations' intervals as start and end
// dates with a display date ("since 1949-04-04"); headline and text HTML-escaped; the text
// lists every source document with its evidence. Undated edges have no place on a timeline
// and are counted in *skipped.
Status WriteTimelineJs(const ExportGraph& graph, ExportSink* sink, size_t* skipped);

// Graphviz dot: nodes labelled with actor names and shaped by type, edges labelled with
// relation, CAMEO code and time; claims that are not asserted are dashed.
Status WriteDot(const ExportGraph& graph, ExportSink* sink);

// neo4j-admin database import files in directory `dir` (created if missing): actors.csv
// (id:ID(Actor), attributes, :LABEL "Actor;<Type>") and edges.csv (:START_ID(Actor),
// :END_ID(Actor), :TYPE the relation in upper case, id, attributes with typed headers). Every
// present value is quoted, absent values are empty; text may span lines, so the import needs
// --multiline-fields=true (docs/export.md).
Status WriteNeo4jCsv(const ExportGraph& graph, const std::string& dir);

}  // namespace geokg
