// ingest/fact_loader.h
//
// Resolves the actors a parsed fact names and stores the fact through a GraphWriter.
#pragma once

#include "common/status.h"
#include "graph/graph_writer.h"
#include "ingest/fact_parser.h"

namespace geokg {

// Resolution of an actor given as a string: an id ("country:JPN") must exist; a name must match
// exactly one actor's name, alias or code. Actors given as objects are created or updated.
//
// Everything that can be wrong with the record is checked before the writer is changed, so a
// returned InvalidArgument or NotFound means nothing was written for this record. Any other
// error comes from the store.
Status StoreFact(GraphWriter* writer, FactRecord record, AddEdgeResult* result);

}  // namespace geokg
