// ingest/ingester.h
//
// Ingester turns input files into stored documents, actors and edges through a GraphWriter.
//
// Atomicity: work is committed in batches of whole records (a record is one document, one fact,
// one feed row), so a crash leaves every record either fully stored or absent. With `strict`
// the whole file is one batch: the first bad record stops the file and nothing of it is stored.
// Without it, a bad record is reported through the ErrorSink and skipped, and the rest is
// stored.
//
// Bad input never crashes the ingest: invalid UTF-8, NUL bytes, empty files and over-long lines
// are reported with the file, line and, where one is to blame, the field.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/graph_writer.h"
#include "ingest/article_parser.h"
#include "ingest/input_format.h"

namespace geokg {

// How far the ingest of one file is, for a progress line.
struct IngestProgress {
  std::string_view file;
  uint64_t records = 0;  // records read from this file so far
  uint64_t bytes_done = 0;
  uint64_t bytes_total = 0;  // 0 when unknown (a pipe)
  double seconds = 0;        // since the file was opened
};

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  // Publication date, language and source for articles that do not give their own.
  ArticleDefaults defaults;
  // Document id for a `text` file; default: the file name without directory and extension.
  std::string id;
  // Stop at the first bad record and store nothing from its file.
  bool strict = false;
  // Records per committed batch when not strict. Larger is faster, smaller loses less work to a
  // crash. Default: 2000.
  size_t commit_every = 2000;
  // Load through sorted table files (GraphWriter::SetBulkMode) in batches of
  // `bulk_commit_every` records: about half the cost per edge for large loads, at the price of
  // losing up to one batch to a crash. Feeds (icews, gdelt) always load this way.
  bool bulk = false;
  size_t bulk_commit_every = 50000;
  // Longest line of jsonl and facts input, and largest text file. Default: 16 MiB.
  size_t max_record_bytes = size_t{16} << 20;
  // User dictionary and pattern files for text extraction (--dict), over the built-in ones.
  std::vector<std::string> dict_files;
  // Called about twice a second while a line-based file is read; empty: no reports.
  std::function<void(const IngestProgress&)> progress;
};

struct IngestCounts {
  uint64_t files = 0;
  uint64_t records = 0;  // records read, good or bad
  uint64_t bad_records = 0;
  uint64_t documents_new = 0;
  uint64_t documents_unchanged = 0;
  uint64_t edges_created = 0;
  uint64_t edges_merged = 0;
  uint64_t mentions_added = 0;
  // Well-formed feed rows that make no edge, by reason ("one actor": GDELT rows that name a
  // single actor, which an edge cannot hold). Reported, not errors.
  std::map<std::string, uint64_t> unusable;

  void Add(const IngestCounts& other);
};

// Receives one line per bad record, e.g. "facts.jsonl:12: field time.value: month must be
// 01..12".
using ErrorSink = std::function<void(const std::string& message)>;

class ArticleEvents;

class Ingester {
 public:
  // `writer` must outlive the Ingester.
  Ingester(GraphWriter* writer, IngestOptions options, ErrorSink errors);
  ~Ingester();

  // Ingests one file, or standard input for "-". Returns OK when every record was stored;
  // InvalidArgument when bad records were skipped (they went to the ErrorSink) or when a file
  // auto-detected as plain text needs --format text; Aborted when --strict stopped the file;
  // IOError or Corruption when reading the file or writing the store failed. Counts accumulate
  // into *counts.
  //
  // The file's last batch may still be being written when this returns, so that the next file
  // is read meanwhile (a quarter of the time of a multi-file feed load went into waiting at
  // file ends); call Finish() before relying on the store. A write error of that batch is
  // returned by the next IngestFile or by Finish.
  Status IngestFile(const std::string& path, IngestCounts* counts);

  // Waits until everything ingested is in the store; returns the first write error.
  Status Finish();

 private:
  class FileRun;

  // Text extraction, loaded with the first article (feeds do not pay for its dictionaries).
  Status Extraction(ArticleEvents** events);

  GraphWriter* writer_;
  IngestOptions options_;
  ErrorSink errors_;
  std::unique_ptr<ArticleEvents> events_;
};

}  // namespace geokg
