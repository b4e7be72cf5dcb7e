// ingest/article_parser.h
//
// Articles: the `jsonl` format (one JSON object a line with id, text, date, lang and optional
// title, source, url; other members are ignored, as scrapers add their own) and the `text`
// format (one file is one article). Text is stored in Unicode NFC so that the same article
// always hashes, and its offsets count, the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "graph/document.h"

namespace geokg {

struct Article {
  Document document;
  std::string text;  // NFC
};

// Defaults applied to fields an article does not give itself (command-line flags).
struct ArticleDefaults {
  std::optional<Day> date;
  std::string lang;
  std::string source;
};

// Parses one jsonl line. Errors name the field: "field date: must be YYYY-MM-DD".
Status ParseArticleJson(std::string_view line, const ArticleDefaults& defaults, Article* article);

// Builds an article from a whole text file's contents.
Status MakeTextArticle(std::string id, std::string_view contents, const ArticleDefaults& defaults,
                       Article* article);

// Rewrites valid UTF-8 into Unicode Normalization Form C.
Status NormalizeNfc(std::string* text);

// Checks a language tag: "" (unknown), or 2-3 lower-case letters such as "de", "en".
bool IsLanguageTag(std::string_view tag);

}  // namespace geokg
