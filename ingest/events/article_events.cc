#include "ingest/events/article_events.h"

#include <unordered_map>

#include "common/utf8.h"
#include "ingest/events/event_extractor.h"
#include "ingest/events/event_patterns.h"
#include "ingest/text/actor_lexicon.h"
#include "ingest/text/document_annotator.h"

namespace geokg {
namespace {

// Evidence longer than this is cut at a character boundary: a sentence is the evidence, and
// an unsplit wall of text must not be stored once per edge.
constexpr size_t kMaxEvidenceBytes = 1000;

std::string Evidence(std::string_view sentence) {
  if (sentence.size() <= kMaxEvidenceBytes) return std::string(sentence);
  size_t cut = kMaxEvidenceBytes;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  return std::string(sentence.substr(0, cut)) + "…";
}

}  // namespace

struct ArticleEvents::Impl {
  std::unique_ptr<ActorLexicon> lexicon;
  std::unique_ptr<EventPatterns> patterns;
  std::unique_ptr<DocumentAnnotator> annotator;
};

ArticleEvents::ArticleEvents(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ArticleEvents::~ArticleEvents() = default;

Status ArticleEvents::Create(const std::vector<std::string>& dict_files,
                             std::unique_ptr<ArticleEvents>* out) {
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> actor_files, pattern_files;
  GEOKG_RETURN_IF_ERROR(EventPatterns::SplitFiles(dict_files, &actor_files, &pattern_files));
  GEOKG_RETURN_IF_ERROR(ActorLexicon::Load(actor_files, &impl->lexicon));
  GEOKG_RETURN_IF_ERROR(EventPatterns::Load(pattern_files, &impl->patterns));
  impl->annotator = std::make_unique<DocumentAnnotator>(*impl->lexicon);
  out->reset(new ArticleEvents(std::move(impl)));
  return Status::OK();
}

Status ArticleEvents::Add(const Article& article, GraphWriter* writer, ArticleEdgeCounts* counts) {
  const std::string_view text = article.text;
  DocumentAnnotation annotation;
  Status s =
      impl_->annotator->Annotate(text, article.document.lang, article.document.date, &annotation);
  if (!s.ok()) {
    return Status::NotSupported("document " + article.document.id + ": " +
                                std::string(s.message()) + "; stored without edges");
  }
  EventExtractor extractor(*impl_->patterns, annotation.lang, annotation.date);
  std::vector<ExtractedEdge> edges;
  for (const SentenceAnnotation& sentence : annotation.sentences) {
    extractor.ExtractSentence(text, sentence, &edges);
  }
  if (edges.empty()) return Status::OK();

  // The actors the edges name: dictionary entries, else what the recogniser made of the text.
  std::unordered_map<std::string, Actor> found;
  for (const SentenceAnnotation& sentence : annotation.sentences) {
    for (const ActorMention& m : sentence.actors) {
      if (m.actor_id.empty() || found.count(m.actor_id)) continue;
      if (const Actor* known = impl_->lexicon->FindActor(m.actor_id)) {
        found.emplace(m.actor_id, *known);
      } else if (m.new_actor) {
        found.emplace(m.actor_id, *m.new_actor);
      }
    }
  }
  // Every actor first, so that an edge naming an actor without a record fails the article
  // before anything of it is written.
  std::vector<const Actor*> actors;
  std::unordered_map<std::string, bool> listed;
  for (const ExtractedEdge& x : edges) {
    for (const std::string* id : {&x.edge.source, &x.edge.target, &x.edge.attributed_to}) {
      if (id->empty() || !listed.emplace(*id, true).second) continue;
      auto it = found.find(*id);
      if (it != found.end()) {
        actors.push_back(&it->second);
      } else if (const Actor* known = impl_->lexicon->FindActor(*id)) {
        actors.push_back(known);
      } else {
        return Status::NotFound("document " + article.document.id + ": extracted actor " + *id +
                                " has no record");
      }
    }
  }
  for (const Actor* actor : actors) {
    Vid vid;
    GEOKG_RETURN_IF_ERROR(writer->UpsertActor(*actor, &vid));
  }

  CodePointIndex code_points(text);
  for (ExtractedEdge& x : edges) {
    const SentenceAnnotation& sentence = annotation.sentences[x.sentence];
    Mention m;
    m.doc = article.document.id;
    m.sentence = x.sentence;
    m.begin = code_points(x.begin);
    m.end = code_points(x.end);
    m.text = Evidence(text.substr(sentence.span.begin, sentence.span.size()));
    m.rule = x.rule;
    m.confidence = x.confidence;
    x.edge.mentions.push_back(std::move(m));
    AddEdgeResult result;
    GEOKG_RETURN_IF_ERROR(writer->AddEdge(std::move(x.edge), &result));
    ++(result.created ? counts->edges_created : counts->edges_merged);
    counts->mentions_added += result.mentions_added;
  }
  return Status::OK();
}

}  // namespace geokg
