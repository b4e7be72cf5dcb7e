#include "export/escape.h"

namespace geokg {
namespace {

// Appends `text`, replacing each byte for which `replacement` returns a view with data (an
// empty one such as "" drops the byte; a default-constructed one keeps it). Runs of bytes that
// need nothing are copied in one piece.
template <typename Replacement>
void AppendReplacing(std::string_view text, std::string* out, Replacement replacement) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string_view r = replacement(text[i]);
    if (r.data() == nullptr) continue;
    out->append(text.data() + run, i - run);
    out->append(r);
    run = i + 1;
  }
  out->append(text.data() + run, text.size() - run);
}

}  // namespace

void AppendXmlEscaped(std::string_view text, std::string* out) {
  AppendReplacing(text, out, [](char c) -> std::string_view {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&apos;";
      case '\t':
        return "&#9;";
      case '\n':
        return "&#10;";
      case '\r':
        return "&#13;";
      default:
        return {};
    }
  });
}

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  AppendReplacing(text, out, [](char c) -> std::string_view {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return {};
    }
  });
}

void AppendDotEscaped(std::string_view text, std::string* out) {
  AppendReplacing(text, out, [](char c) -> std::string_view {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "";
      default:
        return {};
    }
  });
}

void AppendCsvField(std::string_view text, std::string* out) {
  out->push_back('"');
  AppendReplacing(text, out, [](char c) -> std::string_view {
    return c == '"' ? std::string_view("\"\"") : std::string_view();
  });
  out->push_back('"');
}

}  // namespace geokg
