#include "ingest/ingester.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>

#include "common/utf8.h"
#include "ingest/actors/country_table.h"
#include "ingest/events/article_events.h"
#include "ingest/fact_loader.h"
#include "ingest/fact_parser.h"
#include "ingest/feeds/feed_loader.h"
#include "ingest/feeds/gdelt_row.h"
#include "ingest/feeds/icews_row.h"
#include "ingest/line_reader.h"
#include "ingest/text/language_detector.h"

namespace geokg {

void IngestCounts::Add(const IngestCounts& o) {
  files += o.files;
  records += o.records;
  bad_records += o.bad_records;
  documents_new += o.documents_new;
  documents_unchanged += o.documents_unchanged;
  edges_created += o.edges_created;
  edges_merged += o.edges_merged;
  mentions_added += o.mentions_added;
  for (const auto& [reason, count] : o.unusable) unusable[reason] += count;
}

// The state of ingesting one file.
class Ingester::FileRun {
 public:
  FileRun(Ingester* owner, const std::string& path, IngestCounts* counts)
      : owner_(owner), path_(path), name_(path == "-" ? "<stdin>" : path), counts_(counts) {}

  Status Run() {
    ++counts_->files;
    InputFormat format = owner_->options_.format;
    if (format == InputFormat::kText) return RunText();

    GEOKG_RETURN_IF_ERROR(reader_.Open(path_, owner_->options_.max_record_bytes));
    // The first line that is neither blank nor over-long decides the format; over-long lines
    // before it are reported once the format is known.
    std::string_view line;
    std::vector<uint64_t> too_long_before;
    for (;;) {
      const LineReader::Result r = reader_.Next(&line);
      if (r == LineReader::Result::kError) return reader_.status();
      if (r == LineReader::Result::kTooLong) {
        too_long_before.push_back(reader_.line_number());
        continue;
      }
      if (r == LineReader::Result::kEnd) {
        if (too_long_before.empty()) {
          GEOKG_RETURN_IF_ERROR(Bad("", "empty file, nothing to ingest"));
        }
        for (uint64_t number : too_long_before) GEOKG_RETURN_IF_ERROR(TooLong(number));
        return Finish();
      }
      if (line.find_first_not_of(" \t") != std::string_view::npos) break;
    }
    for (uint64_t number : too_long_before) GEOKG_RETURN_IF_ERROR(TooLong(number));
    if (format == InputFormat::kAuto) format = DetectInputFormat(path_, line);
    switch (format) {
      case InputFormat::kJsonl:
      case InputFormat::kFacts:
      case InputFormat::kIcews:
      case InputFormat::kGdelt:
        break;
      case InputFormat::kText:
        return Status::InvalidArgument(
            name_ + ": looks like plain text; give --format text to ingest it as one article");
      case InputFormat::kAuto:
        break;
    }
    bulk_ = owner_->options_.bulk || format == InputFormat::kIcews || format == InputFormat::kGdelt;
    owner_->writer_->SetBulkMode(bulk_);
    Status s = RunLines(format, line);
    if (s.ok()) s = Finish();
    owner_->writer_->SetBulkMode(false);
    return s;
  }

 private:
  // Reports a bad record. Under --strict it ends the file, discarding what it stored.
  Status Bad(std::string_view location, std::string_view message) {
    ++counts_->bad_records;
    std::string text = name_;
    if (!location.empty()) text.append(":").append(location);
    text.append(": ").append(message);
    owner_->errors_(text);
    if (owner_->options_.strict) {
      owner_->writer_->Rollback();
      // Nothing of the file is stored, so the summary must not count it either.
      counts_->documents_new = before_.documents_new;
      counts_->documents_unchanged = before_.documents_unchanged;
      counts_->edges_created = before_.edges_created;
      counts_->edges_merged = before_.edges_merged;
      counts_->mentions_added = before_.mentions_added;
      counts_->unusable = before_.unusable;
      return Status::Aborted(name_ +
                             ": stopped at the first bad record (--strict); nothing from "
                             "this file was stored");
    }
    return Status::OK();
  }

  // Checks what every line-based record needs before it is parsed.
  bool LineIsClean(std::string_view line, std::string* problem) {
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      *problem = "binary data (NUL byte at column " +
                 std::to_string(static_cast<const char*>(nul) - line.data() + 1) +
                 "); is this a text file?";
      return false;
    }
    const size_t bad = FindInvalidUtf8(line);
    if (bad != kValidUtf8) {
      *problem = "invalid UTF-8 at column " + std::to_string(bad + 1);
      return false;
    }
    return true;
  }

  Status TooLong(uint64_t line_number) {
    ++counts_->records;
    return Bad(std::to_string(line_number),
               "line longer than " + std::to_string(owner_->options_.max_record_bytes >> 20) +
                   " MiB; skipped");
  }

  Status RunLines(InputFormat format, std::string_view first) {
    std::string_view line = first;
    bool too_long = false;
    const auto where = [&] { return std::to_string(reader_.line_number()); };
    const auto started = std::chrono::steady_clock::now();
    auto reported = started;
    uint64_t records = 0;
    for (;;) {
      if (owner_->options_.progress && (++records & 1023) == 0) {
        const auto now = std::chrono::steady_clock::now();
        if (now - reported >= std::chrono::milliseconds(500)) {
          reported = now;
          owner_->options_.progress({name_, records, reader_.bytes_read(), reader_.file_size(),
                                     std::chrono::duration<double>(now - started).count()});
        }
      }
      if (too_long) {
        GEOKG_RETURN_IF_ERROR(TooLong(reader_.line_number()));
      } else if (line.find_first_not_of(" \t") != std::string_view::npos) {
        ++counts_->records;
        std::string problem;
        if (!LineIsClean(line, &problem)) {
          GEOKG_RETURN_IF_ERROR(Bad(where(), problem));
        } else {
          Status s = format == InputFormat::kFacts   ? StoreFactLine(line)
                     : format == InputFormat::kIcews ? StoreIcewsLine(line)
                     : format == InputFormat::kGdelt ? StoreGdeltLine(line)
                                                     : StoreArticleLine(line);
          if (s.IsInvalidArgument() || s.IsNotFound() || s.IsCorruption()) {
            GEOKG_RETURN_IF_ERROR(Bad(where(), s.message()));
          } else if (!s.ok()) {
            return s;
          }
        }
      }
      const size_t batch =
          bulk_ ? owner_->options_.bulk_commit_every : owner_->options_.commit_every;
      if (!owner_->options_.strict && owner_->writer_->pending_operations() >= batch) {
        GEOKG_RETURN_IF_ERROR(owner_->writer_->CommitAsync());
      }
      const LineReader::Result r = reader_.Next(&line);
      if (r == LineReader::Result::kEnd) break;
      if (r == LineReader::Result::kError) return reader_.status();
      too_long = r == LineReader::Result::kTooLong;
    }
    return Status::OK();
  }

  // "line:column" of the first NUL byte or invalid UTF-8 sequence in a whole-file text.
  static std::string LineOfProblem(std::string_view text) {
    size_t offset = FindInvalidUtf8(text);
    const size_t nul = text.find('\0');
    if (nul != std::string_view::npos && (offset == kValidUtf8 || nul < offset)) offset = nul;
    if (offset == kValidUtf8) return "";
    const std::string_view before = text.substr(0, offset);
    const size_t line = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
    const size_t line_start = before.rfind('\n');
    const size_t column = offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return std::to_string(line) + ":" + std::to_string(column);
  }

  Status StoreFactLine(std::string_view line) {
    // Accept `edges --json` output as is: one edge a line between "[" and "]", each followed
    // by a comma but the last.
    const size_t first = line.find_first_not_of(" \t");
    const size_t last = line.find_last_not_of(" \t");
    line = line.substr(first, last - first + 1);
    if (line == "[" || line == "]" || line == "[]") {
      --counts_->records;  // punctuation, not a record
      return Status::OK();
    }
    if (line.back() == ',') line.remove_suffix(1);
    FactRecord record;
    GEOKG_RETURN_IF_ERROR(ParseFact(line, &record));
    AddEdgeResult result;
    GEOKG_RETURN_IF_ERROR(StoreFact(owner_->writer_, std::move(record), &result));
    Count(result);
    return Status::OK();
  }

  void Count(const AddEdgeResult& result) {
    ++(result.created ? counts_->edges_created : counts_->edges_merged);
    counts_->mentions_added += result.mentions_added;
  }

  // One ICEWS row. Its mention points at the file (doc "icews:<file name>") and line.
  Status StoreIcewsLine(std::string_view line) {
    IcewsRow row;
    GEOKG_RETURN_IF_ERROR(ParseIcewsRow(line, CameoCodebook::BuiltIn(), &row));
    if (!feeds_) feeds_ = std::make_unique<FeedLoader>(owner_->writer_, CountryTable::BuiltIn());
    FeedEvent event{row.source, row.target, row.code, row.day, Mention()};
    event.mention.doc = FeedDocumentId("icews");
    event.mention.sentence = static_cast<uint32_t>(reader_.line_number());
    event.mention.text = std::string(line);
    event.mention.rule = "icews";
    event.mention.confidence = kFeedConfidence;
    std::vector<AddEdgeResult> results;
    GEOKG_RETURN_IF_ERROR(feeds_->AddIcewsEvent(event, &results));
    for (const AddEdgeResult& result : results) Count(result);
    return Status::OK();
  }

  // One GDELT row. Rows with fewer than two actors are counted by reason: an edge needs both.
  Status StoreGdeltLine(std::string_view line) {
    GdeltRow row;
    GEOKG_RETURN_IF_ERROR(ParseGdeltRow(line, CameoCodebook::BuiltIn(), &row));
    if (row.actor1.code.empty() || row.actor2.code.empty()) {
      const bool none = row.actor1.code.empty() && row.actor2.code.empty();
      ++counts_->unusable[none ? "no actor" : "one actor"];
      return Status::OK();
    }
    if (!feeds_) feeds_ = std::make_unique<FeedLoader>(owner_->writer_, CountryTable::BuiltIn());
    Mention mention;
    mention.doc = FeedDocumentId("gdelt");
    mention.sentence = static_cast<uint32_t>(reader_.line_number());
    mention.text = std::string(row.url);
    mention.rule = "gdelt";
    mention.confidence = kFeedConfidence;
    const auto attribute = [&](const char* key, std::string_view value) {
      if (!value.empty()) mention.attributes.emplace(key, std::string(value));
    };
    attribute("global_event_id", row.event_id);
    attribute("url", row.url);
    attribute("num_mentions", row.num_mentions);
    attribute("num_sources", row.num_sources);
    attribute("num_articles", row.num_articles);
    attribute("date_added", row.date_added);
    std::vector<AddEdgeResult> results;
    GEOKG_RETURN_IF_ERROR(feeds_->AddGdeltEvent(row, mention, &results));
    for (const AddEdgeResult& result : results) Count(result);
    return Status::OK();
  }

  // "icews:icews_2014_train.txt": feeds cite their file by name, so that the same file
  // ingested from another directory is the same source.
  const std::string& FeedDocumentId(std::string_view feed) {
    if (feed_document_id_.empty()) {
      const std::string file =
          path_ == "-" ? "stdin" : std::filesystem::path(path_).filename().string();
      feed_document_id_ = std::string(feed) + ":" + file;
    }
    return feed_document_id_;
  }

  Status StoreArticleLine(std::string_view line) {
    Article article;
    GEOKG_RETURN_IF_ERROR(ParseArticleJson(line, owner_->options_.defaults, &article));
    return StoreArticle(article);
  }

  Status StoreArticle(const Article& given) {
    DocumentOutcome outcome;
    const Article* article = &given;
    Article detected;
    if (given.document.lang.empty()) {
      // --lang auto: the language the text pipeline will read it in ("" when undecided).
      detected = given;
      detected.document.lang = DetectLanguage(given.text).lang;
      article = &detected;
    }
    // Dictionaries first: if they cannot be loaded, nothing of the article is stored (a
    // document stored without its edges would never be read again).
    ArticleEvents* events = nullptr;
    GEOKG_RETURN_IF_ERROR(owner_->Extraction(&events));
    GEOKG_RETURN_IF_ERROR(owner_->writer_->PutDocument(article->document, article->text, &outcome));
    if (outcome == DocumentOutcome::kNew) {
      // A document stored before had its edges extracted then: re-ingest changes nothing.
      ArticleEdgeCounts edges;
      const Status s = events->Add(*article, owner_->writer_, &edges);
      counts_->edges_created += edges.edges_created;
      counts_->edges_merged += edges.edges_merged;
      counts_->mentions_added += edges.mentions_added;
      if (s.IsNotSupported()) {
        owner_->errors_(name_ + ": " + std::string(s.message()));
      } else if (!s.ok()) {
        return s;
      }
    }
    ++(outcome == DocumentOutcome::kNew ? counts_->documents_new : counts_->documents_unchanged);
    return Status::OK();
  }

  Status RunText() {
    std::string contents;
    Status s = ReadWholeFile(path_, owner_->options_.max_record_bytes, &contents);
    if (s.IsInvalidArgument()) {
      ++counts_->records;
      GEOKG_RETURN_IF_ERROR(Bad("", s.message().substr(s.message().find(": ") + 2)));
      return Finish();
    }
    GEOKG_RETURN_IF_ERROR(s);
    if (contents.find_first_not_of(" \t\r\n") == std::string::npos) {
      GEOKG_RETURN_IF_ERROR(Bad("", "empty file, nothing to ingest"));
      return Finish();
    }
    ++counts_->records;
    std::string problem;
    if (!LineIsClean(contents, &problem)) {
      const bool binary = problem.starts_with("binary");
      GEOKG_RETURN_IF_ERROR(
          Bad(LineOfProblem(contents),
              binary ? "binary data (NUL byte); is this a text file?" : "invalid UTF-8"));
      return Finish();
    }
    std::string id = owner_->options_.id;
    if (id.empty()) id = path_ == "-" ? "stdin" : std::filesystem::path(path_).stem().string();
    Article article;
    s = MakeTextArticle(std::move(id), contents, owner_->options_.defaults, &article);
    if (s.ok()) s = StoreArticle(article);
    if (s.IsInvalidArgument() || s.IsCorruption()) {
      GEOKG_RETURN_IF_ERROR(Bad("", s.message()));
    } else if (!s.ok()) {
      return s;
    }
    return Finish();
  }

  Status Finish() {
    GEOKG_RETURN_IF_ERROR(owner_->writer_->CommitAsync());
    if (counts_->bad_records > bad_before_) {
      return Status::InvalidArgument(name_ + ": " +
                                     std::to_string(counts_->bad_records - bad_before_) +
                                     " bad record(s) skipped");
    }
    return Status::OK();
  }

  Ingester* owner_;
  const std::string path_;
  const std::string name_;
  IngestCounts* counts_;
  const uint64_t bad_before_ = counts_->bad_records;
  const IngestCounts before_ = *counts_;
  LineReader reader_;
  std::unique_ptr<FeedLoader> feeds_;  // created by the first feed row
  std::string feed_document_id_;       // FeedDocumentId, computed once (a file has one format)
  bool bulk_ = false;
};

Ingester::Ingester(GraphWriter* writer, IngestOptions options, ErrorSink errors)
    : writer_(writer), options_(std::move(options)), errors_(std::move(errors)) {}

Status Ingester::IngestFile(const std::string& path, IngestCounts* counts) {
  FileRun run(this, path, counts);
  Status s = run.Run();
  if (!s.ok() && !s.IsInvalidArgument()) writer_->Rollback();
  return s;
}

Status Ingester::Finish() { return writer_->Commit(); }

Ingester::~Ingester() = default;

Status Ingester::Extraction(ArticleEvents** events) {
  if (!events_) {
    const Status s = ArticleEvents::Create(options_.dict_files, &events_);
    // Not a bad record: no article of the run can be read without its dictionaries.
    if (!s.ok()) return Status::Aborted("cannot load dictionaries: " + std::string(s.message()));
  }
  *events = events_.get();
  return Status::OK();
}

}  // namespace geokg
