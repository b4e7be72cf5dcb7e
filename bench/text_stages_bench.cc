// Per-stage CPU throughput of the text pipeline on a jsonl file of articles (the input of
// `geokg annotate`): sentence splitting and time tagging, each timed alone so that a change
// to one stage can be measured without the noise of the others. Reports the best of ROUNDS
// in MB of article text per CPU second of this thread.
//   text_stages_bench FILE.jsonl [ROUNDS]
#include <time.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "ingest/article_parser.h"
#include "ingest/text/sentence_splitter.h"
#include "ingest/text/time_tagger.h"

namespace {

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: text_stages_bench FILE.jsonl [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  std::ifstream in(argv[1]);
  std::vector<geokg::Article> articles;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    geokg::Article article;
    if (!geokg::ParseArticleJson(line, {}, &article).ok()) continue;
    bytes += article.text.size();
    articles.push_back(std::move(article));
  }
  std::vector<std::unique_ptr<geokg::SentenceSplitter>> splitters;  // one per article language
  std::vector<std::vector<geokg::TextSpan>> spans(articles.size());
  double best_split = 1e9, best_time = 1e9;
  size_t mentions = 0;
  for (int r = 0; r < rounds; ++r) {
    std::unique_ptr<geokg::SentenceSplitter> de, en;
    if (!geokg::SentenceSplitter::Create("de", &de).ok() ||
        !geokg::SentenceSplitter::Create("en", &en).ok()) {
      return 1;
    }
    double start = ThreadSeconds();
    for (size_t a = 0; a < articles.size(); ++a) {
      geokg::SentenceSplitter& s = articles[a].document.lang == "de" ? *de : *en;
      spans[a] = s.Split(articles[a].text);
    }
    best_split = std::min(best_split, ThreadSeconds() - start);
    start = ThreadSeconds();
    mentions = 0;
    for (size_t a = 0; a < articles.size(); ++a) {
      geokg::TimeTagger tagger(articles[a].document.lang, articles[a].document.date);
      for (const geokg::TextSpan& span : spans[a]) {
        mentions +=
            tagger
                .TagSentence(std::string_view(articles[a].text).substr(span.begin, span.size()),
                             span.begin)
                .size();
      }
    }
    best_time = std::min(best_time, ThreadSeconds() - start);
  }
  std::printf("%zu articles, %zu bytes, %zu time mentions\n", articles.size(), bytes, mentions);
  std::printf("split  %.4f s  %7.1f MB/s\n", best_split, bytes / 1e6 / best_split);
  std::printf("time   %.4f s  %7.1f MB/s\n", best_time, bytes / 1e6 / best_time);
  return 0;
}
