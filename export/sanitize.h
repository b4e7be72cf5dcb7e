// export/sanitize.h
//
// The one text clean-up every exporter applies before a format's own escaping. Strict readers
// (expat behind networkx, libxml2 behind igraph, Gephi's StAX parser, JavaScript JSON parsers)
// reject or silently alter text that XML 1.0 cannot carry, and a label that breaks one reader is a
// file that does not open (../shared/research/graph-store.md, section 3.3). The store only holds
// valid UTF-8, but actor names and evidence can still carry control characters from the sources,
// and user dictionaries or facts files can bring anything that JSON can encode.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// Returns `text` with
//   - every ill-formed UTF-8 sequence (bad lead or continuation bytes, overlong forms, encoded
//     surrogates, code points above U+10FFFF, a truncated tail) replaced by U+FFFD, one
//     replacement per maximal ill-formed subpart as Unicode recommends;
//   - C0 controls other than tab, line feed and carriage return, DEL, the C1 controls
//     U+0080..U+009F and the non-characters U+FFFE and U+FFFF removed (XML 1.0 forbids or
//     discourages them and readers differ on them).
// Everything else, including right-to-left marks, emoji and other astral characters, is kept
// byte for byte. Idempotent.
std::string SanitizeText(std::string_view text);

// True when SanitizeText(text) == text; the fast path for the common clean string.
bool IsSanitized(std::string_view text);

}  // namespace geokg
