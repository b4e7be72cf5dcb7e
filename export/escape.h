// export/escape.h
//
// Each format's own escaping, applied to text that SanitizeText has already cleaned. Every
// function appends to `out` so that writers build their output in one buffer.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// XML character data and attribute values alike: & < > " ' as entities, and tab, line feed and
// carriage return as character references, because an XML parser normalises a literal line
// break to "\n" in content and every white-space character to a space in attribute values; the
// references survive both, so the text round-trips exactly.
void AppendXmlEscaped(std::string_view text, std::string* out);

// HTML text for TimelineJS, which renders headlines and text as HTML: & < > " ' as entities.
void AppendHtmlEscaped(std::string_view text, std::string* out);

// A Graphviz double-quoted string without the quotes: " and \ escaped; line breaks as \n, which
// Graphviz renders as a centred line break; carriage returns dropped.
void AppendDotEscaped(std::string_view text, std::string* out);

// One CSV field, always quoted, quotes doubled (RFC 4180; neo4j-admin's default quoting).
void AppendCsvField(std::string_view text, std::string* out);

}  // namespace geokg
