// ingest/text/function_words.h
//
// The closed-class words the actor rules look at around a match, by folded key (text_key.h):
// articles, numerals of "the two officials", "former", locative prepositions, the links of
// "Präsident der USA" / "president of France", and capitalised words that never start a
// person's name. Grammar, not dictionary: fixed in code for German and English.
#pragma once

#include <string_view>

namespace geokg {

enum class TextLang : unsigned char { kEn, kDe };

bool IsDefiniteDeterminer(TextLang lang, std::string_view key);   // der, die, the, this, ...
bool IsIndefiniteArticle(TextLang lang, std::string_view key);    // ein, eine, a, an, ...
bool IsPluralMarker(TextLang lang, std::string_view key);         // beiden, zwei, both, two
bool IsFormerWord(TextLang lang, std::string_view key);           // ehemalige, former, ex
bool IsLocativePreposition(TextLang lang, std::string_view key);  // in, nach, at
bool IsLinkWord(TextLang lang, std::string_view key);             // des, der, von, of
// Capitalised words that are not names ("Die", "Am", "The", "Auch", "Minister"...).
bool IsNameStopword(std::string_view key);
// eastern, western, northern, southern, central, north, south, east, west (by folded key).
bool IsDirectionWord(std::string_view key);
// Lower-case particles inside names: von, van, de, bin, al, ...
bool IsNameParticle(std::string_view key);
// A German attributive adjective by its ending (-e, -en, -er, -es, -em), for "der neue
// japanische Außenminister"; true for lower-case words only.
bool LooksLikeGermanAdjective(std::string_view key);

}  // namespace geokg
