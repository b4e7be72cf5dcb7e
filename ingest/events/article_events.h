// ingest/events/article_events.h
//
// From a stored article to its edges: runs the text pipeline (document_annotator.h) and the
// event extractor on the article and adds the edges, with the actors they name, through a
// GraphWriter. Each edge carries one mention: the document, the sentence, the code-point span
// of the evidence, the sentence as evidence text, the rule and its confidence.
//
// Thread safety: one per thread; the lexicon and patterns it loads are its own.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/graph_writer.h"
#include "ingest/article_parser.h"

namespace geokg {

struct ArticleEdgeCounts {
  uint64_t edges_created = 0;
  uint64_t edges_merged = 0;
  uint64_t mentions_added = 0;
};

class ArticleEvents {
 public:
  // Loads the built-in dictionaries and patterns and the user files `dict_files` (each is an
  // actor dictionary or a pattern file, told apart by kind). Corruption names file and line.
  static Status Create(const std::vector<std::string>& dict_files,
                       std::unique_ptr<ArticleEvents>* out);
  ~ArticleEvents();

  // Extracts the edges of `article` and adds them through `writer`. An article whose language
  // cannot be read (not de/en, or undecided) yields no edges and NotSupported naming it.
  Status Add(const Article& article, GraphWriter* writer, ArticleEdgeCounts* counts);

 private:
  struct Impl;
  explicit ArticleEvents(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace geokg
