#include "ingest/text/document_annotator.h"

#include "ingest/text/language_detector.h"

namespace geokg {
namespace {

// The day a sentence is about, for roles: its first resolved time of day or month precision.
std::optional<Day> SentenceDay(const std::vector<TimeMention>& times) {
  for (const TimeMention& t : times) {
    if (!t.resolved || t.time.lo == kOpenLo) continue;
    if (t.time.precision == Precision::kDay || t.time.precision == Precision::kMonth ||
        t.time.precision == Precision::kWeek) {
      return t.time.lo;
    }
  }
  return std::nullopt;
}

}  // namespace

Status DocumentAnnotator::Annotate(std::string_view text, std::string_view lang,
                                   std::optional<Day> date, DocumentAnnotation* out) {
  *out = DocumentAnnotation();
  out->date = date;
  if (lang.empty() || lang == "auto") {
    const LanguageGuess guess = DetectLanguage(text);
    if (guess.lang.empty()) {
      return Status::InvalidArgument(
          "cannot tell the language of the text (" + std::to_string(guess.hits) + " against " +
          std::to_string(guess.runner_up) + " function words); give it with --lang");
    }
    out->lang = guess.lang;
    out->lang_detected = true;
  } else {
    out->lang = std::string(lang);
  }
  if (!IsSupportedLanguage(out->lang)) {
    return Status::InvalidArgument("language '" + out->lang + "' is not supported yet (de, en)");
  }
  lang = out->lang;  // from here on a view of the annotation's own string

  auto splitter = splitters_.find(lang);
  if (splitter == splitters_.end()) {
    std::unique_ptr<SentenceSplitter> created;
    GEOKG_RETURN_IF_ERROR(SentenceSplitter::Create(lang, &created));
    splitter = splitters_.emplace(std::string(lang), std::move(created)).first;
  }
  TimeTagger times(lang, date);
  ActorRecognizer actors(lexicon_, lang, date);
  const std::vector<TextSpan> spans = splitter->second->Split(text);
  out->sentences.reserve(spans.size());
  for (const TextSpan& span : spans) {
    SentenceAnnotation sentence;
    sentence.index = static_cast<uint32_t>(out->sentences.size());
    sentence.span = span;
    const std::string_view body = text.substr(span.begin, span.size());
    sentence.times = times.TagSentence(body, span.begin);
    sentence.actors = actors.TagSentence(body, span.begin, SentenceDay(sentence.times));
    out->sentences.push_back(std::move(sentence));
  }
  return Status::OK();
}

}  // namespace geokg
