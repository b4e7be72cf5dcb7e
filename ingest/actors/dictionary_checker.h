// ingest/actors/dictionary_checker.h
//
// `geokg dict check [FILE...]`: checks actor dictionary files of any kind (countries,
// organizations, people, roles, memberships, capitals, demonyms, role_nouns, text_aliases,
// locations, null_phrases; see dictionary_kind.h for how the kind is found) and returns every
// problem with its file and line, not only the first. Checks: UTF-8, column count, empty
// columns, id shapes, codes, languages, dates and their order, kinds and roles, duplicate
// names or forms within the file, and references to actors that neither the built-in
// dictionaries nor the checked files define.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "ingest/actors/dictionary_rows.h"

namespace geokg {

// Checks the files together (a roles file may refer to people of a people file given with it).
// Empty result: every file is fine.
std::vector<DictionaryProblem> CheckDictionaryFiles(const std::vector<std::string>& paths);

// One file.
std::vector<DictionaryProblem> CheckDictionaryFile(const std::string& path);

// Text in memory; `source` is its file name (it decides the kind unless the text declares it).
std::vector<DictionaryProblem> CheckDictionaryText(std::string_view text,
                                                   const std::string& source);

}  // namespace geokg
