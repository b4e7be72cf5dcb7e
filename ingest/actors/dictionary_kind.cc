#include "ingest/actors/dictionary_kind.h"

#include <array>
#include <string>
#include <utility>

namespace geokg {
namespace {

constexpr std::array<std::pair<DictionaryKind, std::string_view>, 11> kNames = {{
    {DictionaryKind::kCountries, "countries"},
    {DictionaryKind::kOrganizations, "organizations"},
    {DictionaryKind::kPeople, "people"},
    {DictionaryKind::kRoles, "roles"},
    {DictionaryKind::kMemberships, "memberships"},
    {DictionaryKind::kCapitals, "capitals"},
    {DictionaryKind::kDemonyms, "demonyms"},
    {DictionaryKind::kRoleNouns, "role_nouns"},
    {DictionaryKind::kTextAliases, "text_aliases"},
    {DictionaryKind::kLocations, "locations"},
    {DictionaryKind::kNullPhrases, "null_phrases"},
}};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string_view DictionaryKindName(DictionaryKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "";
}

std::optional<DictionaryKind> ParseDictionaryKind(std::string_view name) {
  for (const auto& [k, n] : kNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

std::optional<DictionaryKind> DetectDictionaryKind(std::string_view path, std::string_view text) {
  // The leading comment block: a "# table: kind" line declares the kind.
  while (!text.empty() && text.front() == '#') {
    const size_t end = text.find('\n');
    std::string_view line = Trim(text.substr(1, end == std::string_view::npos ? end : end - 1));
    if (line.substr(0, 6) == "table:") return ParseDictionaryKind(Trim(line.substr(6)));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  const size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // Longest name first, so that "role_nouns.tsv" is not read as "...s.tsv" of a shorter kind.
  std::optional<DictionaryKind> best;
  size_t best_length = 0;
  for (const auto& [k, name] : kNames) {
    const std::string suffix = std::string(name) + ".tsv";
    if (base.size() < suffix.size() || base.substr(base.size() - suffix.size()) != suffix) {
      continue;
    }
    const size_t at = base.size() - suffix.size();
    if (at > 0 && base[at - 1] != '-' && base[at - 1] != '_' && base[at - 1] != '.') continue;
    if (suffix.size() > best_length) best = k, best_length = suffix.size();
  }
  return best;
}

}  // namespace geokg
