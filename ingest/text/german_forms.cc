#include "ingest/text/german_forms.h"

namespace geokg {
namespace {
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
}  // namespace

std::vector<std::string> GermanAdjectiveForms(std::string_view stem) {
  std::vector<std::string> forms;
  for (std::string_view ending : {"", "e", "en", "er", "es", "em"}) {
    forms.push_back(std::string(stem) + std::string(ending));
  }
  return forms;
}

std::optional<std::string> GermanGenitive(std::string_view name) {
  if (name.empty() || name.find(' ') != std::string_view::npos) return std::nullopt;
  if (EndsWith(name, "s") || EndsWith(name, "x") || EndsWith(name, "z") ||
      EndsWith(name, "\xC3\x9F") || EndsWith(name, ".")) {
    return std::nullopt;
  }
  return std::string(name) + "s";
}

std::vector<std::string> GermanWeakForms(std::string_view name) {
  std::vector<std::string> words;
  for (size_t start = 0;;) {
    const size_t space = name.find(' ', start);
    words.emplace_back(name.substr(start, space - start));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  std::vector<std::string> forms;
  if (words.size() < 2) return forms;
  std::vector<std::string> weak_e = words, weak_en = words;
  bool adjective = false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() < 5) continue;
    if (EndsWith(w, "e")) {
      weak_en[i] = w + "n";
      adjective = true;
    } else if (EndsWith(w, "es") || EndsWith(w, "er")) {
      weak_e[i] = w.substr(0, w.size() - 1);
      weak_en[i] = w.substr(0, w.size() - 1) + "n";
      adjective = true;
    }
  }
  if (!adjective) return forms;
  const auto join = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
  };
  for (const std::string& form : {join(weak_e), join(weak_en)}) {
    if (form != name) forms.push_back(form);
  }
  if (std::optional<std::string> genitive = GermanGenitive(weak_en.back())) {
    if (!EndsWith(weak_en.back(), "n") && !EndsWith(weak_en.back(), "e")) {
      weak_en.back() = *genitive;
      forms.push_back(join(weak_en));
    }
  }
  return forms;
}

}  // namespace geokg
