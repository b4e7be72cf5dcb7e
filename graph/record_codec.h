// graph/record_codec.h
//
// Binary encodings of the values stored in RocksDB. Each record starts with a format byte so
// that a later schema can read older records; decoders reject anything they do not understand
// with Status::Corruption instead of guessing.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"
#include "graph/actor.h"
#include "graph/document.h"
#include "graph/edge.h"

namespace geokg {

void EncodeActor(const Actor& actor, std::string* dst);
Status DecodeActor(std::string_view input, Actor* actor);

// Everything of an edge except its mentions, which are stored one key each.
void EncodeEdgeRecord(const Edge& edge, std::string* dst);
Status DecodeEdgeRecord(std::string_view input, Edge* edge);

void EncodeMention(const Mention& mention, std::string* dst);
Status DecodeMention(std::string_view input, Mention* mention);

void EncodeDocument(const Document& document, std::string* dst);
Status DecodeDocument(std::string_view input, Document* document);

}  // namespace geokg
