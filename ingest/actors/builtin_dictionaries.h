// ingest/actors/builtin_dictionaries.h
//
// The actor dictionaries compiled into the binary (data/actors/*.tsv, cmake/embed_data.cmake),
// parsed once on first use. Reading user dictionary files from disk is here too, so that the
// lexicon and the checker read files the same way.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/actors/dictionary_rows.h"

namespace geokg {

// Every built-in actor table, parsed; a built-in table with problems is a build defect that
// the tests catch (the problems are kept in the file's `problems`).
const std::vector<DictionaryFile>& BuiltInDictionaries();

// Reads and parses a user file. The kind comes from DetectDictionaryKind; a file that cannot
// be read, is not UTF-8 or has no recognisable kind gives a problem of the whole file.
DictionaryFile ReadDictionaryFile(const std::string& path);

// The same for text already in memory (`source` names it in problems).
DictionaryFile ParseDictionarySource(std::string_view text, const std::string& source);

// The actor ids the files define: countries, organisations, people and locations.
std::unordered_set<std::string> DefinedActorIds(const std::vector<const DictionaryFile*>& files);

// Problems of references from `file` to actors that `ids` does not hold (a role of an unknown
// person, a membership of an unknown organisation, ...), appended to *problems.
void CheckReferences(const DictionaryFile& file, const std::unordered_set<std::string>& ids,
                     std::vector<DictionaryProblem>* problems);

}  // namespace geokg
