#include "ingest/article_parser.h"

#include <rapidjson/document.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "ingest/fact_parser.h"
#include "ingest/json_fields.h"

namespace geokg {

bool IsLanguageTag(std::string_view tag) {
  return tag.empty() ||
         (tag.size() >= 2 && tag.size() <= 3 &&
          std::all_of(tag.begin(), tag.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
}

Status NormalizeNfc(std::string* text) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return Status::IOError("ICU NFC normaliser unavailable");
  if (text->size() > INT32_MAX) return Status::InvalidArgument("text too large to normalise");
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text->data(), static_cast<int32_t>(text->size())));
  if (nfc->isNormalized(in, error) && U_SUCCESS(error)) return Status::OK();
  error = U_ZERO_ERROR;
  const icu::UnicodeString out = nfc->normalize(in, error);
  if (U_FAILURE(error)) return Status::InvalidArgument("text cannot be normalised to NFC");
  text->clear();
  out.toUTF8String(*text);
  return Status::OK();
}

Status ParseArticleJson(std::string_view line, const ArticleDefaults& defaults, Article* article) {
  rapidjson::Document doc;
  GEOKG_RETURN_IF_ERROR(json::ParseObject(line, &doc));
  *article = Article();
  Document& d = article->document;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "id", "", true, &d.id));
  const std::string problem = ValidateDocumentId(d.id);
  if (!problem.empty()) return json::FieldError("id", problem);
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "text", "", true, &article->text));
  if (article->text.empty()) return json::FieldError("text", "is empty");
  std::string date;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "date", "", false, &date));
  if (!date.empty()) {
    // Feeds often carry a full timestamp; its day is the publication date.
    const std::string day = date.substr(0, std::min(date.find('T'), date.size()));
    d.date = ParseIsoDay(day);
    if (!d.date) return json::FieldError("date", "must be YYYY-MM-DD, got '" + date + "'");
  } else {
    d.date = defaults.date;
  }
  d.lang = defaults.lang;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "lang", "", false, &d.lang));
  if (!IsLanguageTag(d.lang)) {
    return json::FieldError("lang",
                            "must be a language code such as de or en, got '" + d.lang + "'");
  }
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "title", "", false, &d.title));
  d.source = defaults.source;
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "source", "", false, &d.source));
  GEOKG_RETURN_IF_ERROR(json::GetString(doc, "url", "", false, &d.url));
  return NormalizeNfc(&article->text).WithContext("field text");
}

Status MakeTextArticle(std::string id, std::string_view contents, const ArticleDefaults& defaults,
                       Article* article) {
  *article = Article();
  const std::string problem = ValidateDocumentId(id);
  if (!problem.empty()) return Status::InvalidArgument(problem);
  article->document.id = std::move(id);
  article->document.date = defaults.date;
  article->document.lang = defaults.lang;
  article->document.source = defaults.source;
  article->text.assign(contents);
  GEOKG_RETURN_IF_ERROR(NormalizeNfc(&article->text));
  // A short first line is the headline in the plain-text exports news archives produce.
  const size_t first_break = article->text.find('\n');
  const std::string_view first = std::string_view(article->text).substr(0, first_break);
  if (first_break != std::string::npos && !first.empty() && first.size() <= 300) {
    article->document.title = std::string(first);
  }
  return Status::OK();
}

}  // namespace geokg
