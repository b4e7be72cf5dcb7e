// ingest/text/german_forms.h
//
// The inflected forms the German tables leave to code (demonyms.tsv, data/actors/README.md):
// adjective endings on a stem, the genitive -s of a name, and the weak inflection of the
// adjectives in a multi-word name ("Vereinigte Staaten" -> "Vereinigten Staaten"). Generated
// forms that are not German words match nothing and cost only memory.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

// stem + "", -e, -en, -er, -es, -em ("japanisch" -> japanisch, japanische, ...).
std::vector<std::string> GermanAdjectiveForms(std::string_view stem);

// The genitive without article of a one-word name: +s unless it ends in s, x, z or ß
// ("Japan" -> "Japans", "Tokio" -> "Tokios"); nullopt for other names.
std::optional<std::string> GermanGenitive(std::string_view name);

// The forms of a multi-word name after an article: the words before the last that end like an
// adjective (-e, -es, -er, at least five letters) take -e ("das Vereinigte Königreich") or -en
// ("den Vereinigten Staaten", "der Demokratischen Republik Kongo"), the latter also with a
// genitive -s on the last word ("des Vereinigten Königreichs"). Only forms that differ from
// `name`; none when no word looks like an adjective.
std::vector<std::string> GermanWeakForms(std::string_view name);

}  // namespace geokg
