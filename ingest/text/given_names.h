// ingest/text/given_names.h
//
// Given names of data/text/given_names.tsv: a capitalised unknown word after one is a family
// name ("Michael Howard"), so the recogniser finds people the actor tables do not know without
// a title before them. Loaded once, immutable, shared by threads.
#pragma once

#include <string_view>

#include "common/status.h"
#include "ingest/text/function_words.h"

namespace geokg {

// True when folded key `key` is a given name read in text language `lang`.
bool IsGivenName(TextLang lang, std::string_view key);

// The gender a person with given name `key` is read with: 'm', 'f', or '*' when the table
// gives none or the key is no given name.
char GivenNameGender(TextLang lang, std::string_view key);

// The problem with the built-in table, if any (a malformed row); OK otherwise.
Status CheckGivenNameTable();

}  // namespace geokg
