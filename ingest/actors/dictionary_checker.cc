#include "ingest/actors/dictionary_checker.h"

#include "ingest/actors/builtin_dictionaries.h"

namespace geokg {
namespace {

std::vector<DictionaryProblem> Check(const std::vector<DictionaryFile>& files) {
  std::vector<const DictionaryFile*> all;
  for (const DictionaryFile& f : BuiltInDictionaries()) all.push_back(&f);
  for (const DictionaryFile& f : files) all.push_back(&f);
  const std::unordered_set<std::string> ids = DefinedActorIds(all);
  std::vector<DictionaryProblem> problems;
  for (const DictionaryFile& f : files) {
    problems.insert(problems.end(), f.problems.begin(), f.problems.end());
    CheckReferences(f, ids, &problems);
  }
  return problems;
}

}  // namespace

std::vector<DictionaryProblem> CheckDictionaryFiles(const std::vector<std::string>& paths) {
  std::vector<DictionaryFile> files;
  for (const std::string& path : paths) files.push_back(ReadDictionaryFile(path));
  return Check(files);
}

std::vector<DictionaryProblem> CheckDictionaryFile(const std::string& path) {
  return CheckDictionaryFiles({path});
}

std::vector<DictionaryProblem> CheckDictionaryText(std::string_view text,
                                                   const std::string& source) {
  std::vector<DictionaryFile> files;
  files.push_back(ParseDictionarySource(text, source));
  return Check(files);
}

}  // namespace geokg
