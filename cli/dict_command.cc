// `geokg dict check`: checks dictionary files before they are used. See docs/cli.md.
#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_set>

#include "cli/command.h"
#include "common/embedded_data.h"
#include "ingest/actors/builtin_dictionaries.h"
#include "ingest/actors/dictionary_checker.h"
#include "ingest/events/event_patterns.h"
#include "ingest/text/language_detector.h"

namespace geokg::cli {
namespace {

struct DictArgs {
  std::vector<std::string> files;
};

// The built-in tables: a problem there is a defect of the build, reported the same way.
std::vector<DictionaryProblem> CheckBuiltIn() {
  std::vector<DictionaryProblem> problems;
  std::vector<const DictionaryFile*> files;
  for (const DictionaryFile& file : BuiltInDictionaries()) {
    files.push_back(&file);
    problems.insert(problems.end(), file.problems.begin(), file.problems.end());
  }
  const std::unordered_set<std::string> ids = DefinedActorIds(files);
  for (const DictionaryFile* file : files) CheckReferences(*file, ids, &problems);
  const std::string_view patterns = *EmbeddedDataFile("events/patterns.tsv");
  for (DictionaryProblem& p : EventPatterns::Check(patterns, "events/patterns.tsv")) {
    problems.push_back(std::move(p));
  }
  const Status language = CheckLanguageTable();
  if (!language.ok()) problems.push_back(DictionaryProblem{"", 0, std::string(language.message())});
  return problems;
}

int RunDictCheck(const GlobalOptions& global, const DictArgs& args) {
  std::vector<std::string> files = global.dicts;
  files.insert(files.end(), args.files.begin(), args.files.end());
  std::vector<DictionaryProblem> problems;
  if (files.empty()) {
    problems = CheckBuiltIn();
  } else {
    std::vector<std::string> actor_files, pattern_files;
    const Status s = EventPatterns::SplitFiles(files, &actor_files, &pattern_files);
    if (!s.ok()) return Fail(s, kExitFailure);
    if (!actor_files.empty()) problems = CheckDictionaryFiles(actor_files);
    for (const std::string& path : pattern_files) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      for (DictionaryProblem& p : EventPatterns::Check(text.str(), path)) {
        problems.push_back(std::move(p));
      }
    }
  }
  for (const DictionaryProblem& problem : problems) {
    std::cerr << "geokg: " << problem.ToString() << "\n";
  }
  const std::string what =
      files.empty() ? "the built-in dictionaries" : std::to_string(files.size()) + " file(s)";
  if (!problems.empty()) {
    std::cout << what << ": " << problems.size() << " problem(s)\n";
    return kExitFailure;
  }
  std::cout << what << ": no problems\n";
  return kExitOk;
}

}  // namespace

Action AddDictCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* dict = app->add_subcommand("dict", "Work with dictionary files.");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand(
      "check",
      "Check dictionary files (kind from a '# table: KIND' line or a name ending in "
      "KIND.tsv) and print every problem as file:line: message (exit 1). Without files, "
      "checks the built-in dictionaries and any --dict files.");
  check->add_option("files", args->files, "dictionary files");
  return
      [global, args, check] { return check->parsed() ? RunDictCheck(*global, *args) : kExitUsage; };
}

}  // namespace geokg::cli
