#include "ingest/text/time_tagger.h"

#include "ingest/text/future_cue.h"
#include "ingest/text/time_resolver.h"
#include "ingest/text/time_rules_de.h"
#include "ingest/text/time_rules_en.h"
#include "ingest/text/time_token_view.h"

namespace geokg {
namespace {

// Words longer than this are never in the tables; skipping them saves a hash.
constexpr size_t kMaxWordBytes = 24;

}  // namespace

TimeTagger::TimeTagger(std::string_view lang, std::optional<Day> publication_date)
    : lang_(lang == "de" ? TimeLang::kGerman : TimeLang::kEnglish),
      publication_(publication_date) {}

std::vector<TimeMention> TimeTagger::TagSentence(std::string_view sentence,
                                                 size_t sentence_offset) {
  std::vector<TimeMention> mentions;
  TokenizeForTime(sentence, &tokens_, &lower_);
  const TimeLexicon& lexicon = TimeLexicon::For(lang_);
  lex_.assign(tokens_.size(), nullptr);
  starts_.assign(tokens_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const TimeToken& token = tokens_[i];
    if (token.kind == TimeTokenKind::kNumber) {
      starts_[i] = 1;
      any = true;
    } else if (token.kind == TimeTokenKind::kWord && token.end - token.begin <= kMaxWordBytes) {
      const TimeLexEntry* entry =
          lexicon.Find(std::string_view(lower_).substr(token.begin, token.end - token.begin));
      if (entry == nullptr) continue;
      if (entry->HasRole()) lex_[i] = entry;
      starts_[i] = entry->starts;
      any = any || entry->starts;
    }
  }
  if (!any) return mentions;
  const TimeTokenView view(sentence, lower_, tokens_, lex_);
  TimeParse parse;  // a rule that matches assigns all of it; clearing it per token cost more

  for (size_t i = 0; i < tokens_.size();) {
    // Most tokens cannot begin an expression (time_lexicon.h): skip them without trying rules.
    if (!starts_[i]) {
      ++i;
      continue;
    }
    const bool matched = lang_ == TimeLang::kGerman ? MatchGermanTime(view, i, &parse)
                                                    : MatchEnglishTime(view, i, &parse);
    if (!matched || parse.end <= i || parse.content >= parse.end) {
      ++i;
      continue;
    }
    ResolveContext context;
    context.publication = publication_;
    context.reference = reference_;
    context.future_cue = HasFutureCue(lang_, view, parse.begin, parse.end);
    Resolution resolution;
    if (!ResolveParse(parse, context, &resolution)) {
      i = parse.end;  // an impossible date: skip it whole, do not re-read its parts
      continue;
    }
    TimeMention mention;
    mention.begin = sentence_offset + tokens_[parse.content].begin;
    mention.end = sentence_offset + tokens_[parse.end - 1].end;
    mention.rule = std::string(parse.rule);
    mention.resolved = resolution.resolved;
    mention.future = resolution.future_moved;
    if (resolution.resolved) {
      Status status = MakeEventTime(resolution.value, resolution.mod, &mention.time);
      if (!status.ok()) {
        i = parse.end;
        continue;
      }
      if (resolution.point) reference_ = resolution.point;
    }
    mention.time.anchor = resolution.anchor;
    mention.time.text = std::string(view.Span(parse.content, parse.end));
    mentions.push_back(std::move(mention));
    i = parse.end;
  }
  return mentions;
}

}  // namespace geokg
