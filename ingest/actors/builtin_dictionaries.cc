#include "ingest/actors/builtin_dictionaries.h"

#include <fstream>
#include <sstream>

#include "common/embedded_data.h"
#include "common/utf8.h"

namespace geokg {

const std::vector<DictionaryFile>& BuiltInDictionaries() {
  static const std::vector<DictionaryFile>* const kFiles = [] {
    auto* files = new std::vector<DictionaryFile>();
    for (const EmbeddedFile& embedded : EmbeddedDataFiles()) {
      if (embedded.name.substr(0, 7) != "actors/" || embedded.name.size() < 4 ||
          embedded.name.substr(embedded.name.size() - 4) != ".tsv") {
        continue;
      }
      const std::string source = "data/" + std::string(embedded.name);
      files->push_back(ParseDictionarySource(embedded.contents, source));
    }
    return files;
  }();
  return *kFiles;
}

DictionaryFile ParseDictionarySource(std::string_view text, const std::string& source) {
  DictionaryFile file;
  file.source = source;
  const size_t bad = FindInvalidUtf8(text);
  if (bad != kValidUtf8) {
    size_t line = 1;
    for (size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    file.problems.push_back({source, line, "invalid UTF-8 at byte " + std::to_string(bad)});
    return file;
  }
  const std::optional<DictionaryKind> kind = DetectDictionaryKind(source, text);
  if (!kind) {
    file.problems.push_back(
        {source, 0,
         "unknown dictionary kind: name the file <kind>.tsv or declare '# table: <kind>' "
         "(countries, organizations, people, roles, memberships, capitals, demonyms, "
         "role_nouns, text_aliases, locations, null_phrases)"});
    return file;
  }
  ParseDictionaryText(text, source, *kind, &file);
  return file;
}

DictionaryFile ReadDictionaryFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    DictionaryFile file;
    file.source = path;
    file.problems.push_back({path, 0, "cannot open the file"});
    return file;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseDictionarySource(text.str(), path);
}

std::unordered_set<std::string> DefinedActorIds(const std::vector<const DictionaryFile*>& files) {
  std::unordered_set<std::string> ids;
  for (const DictionaryFile* f : files) {
    for (const CountryRow& r : f->countries) ids.insert("country:" + r.iso3);
    for (const ActorRow& r : f->actors) ids.insert(r.actor.id);
    for (const LocationRow& r : f->locations) ids.insert(r.actor.id);
  }
  return ids;
}

void CheckReferences(const DictionaryFile& file, const std::unordered_set<std::string>& ids,
                     std::vector<DictionaryProblem>* problems) {
  const auto need = [&](size_t line, const std::string& id, std::string_view column) {
    if (!id.empty() && !ids.count(id)) {
      problems->push_back({file.source, line,
                           std::string(column) + " " + id + " is not defined by any dictionary"});
    }
  };
  for (const RoleTermRow& r : file.roles) {
    need(r.line, r.person, "person");
    need(r.line, r.of, "of");
  }
  for (const MembershipRow& r : file.memberships) {
    need(r.line, r.member, "member");
    need(r.line, r.organization, "organization");
  }
  for (const CapitalRow& r : file.capitals) need(r.line, r.country, "country");
  for (const DemonymRow& r : file.demonyms) need(r.line, r.country, "country");
  for (const RoleNounRow& r : file.role_nouns) need(r.line, r.of, "of");
  for (const TextAliasRow& r : file.text_aliases) need(r.line, r.actor, "actor");
  for (const LocationRow& r : file.locations) {
    need(r.line, r.country, "country");
    for (const std::string& org : r.metonym_of) need(r.line, org, "metonym_of");
  }
}

}  // namespace geokg
