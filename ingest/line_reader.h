// ingest/line_reader.h
//
// Reads a file (or standard input, path "-") line by line in constant memory. Lines end at LF;
// a CR before it is dropped. A line longer than the limit is not buffered: the reader skips to
// its end and reports it, so a 100 MB line costs no more memory than a short one.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "common/status.h"

namespace geokg {

class LineReader {
 public:
  // Longest line accepted by default: generous for a JSON article, small enough to never
  // exhaust memory.
  static constexpr size_t kDefaultMaxLineBytes = size_t{16} << 20;

  LineReader() = default;
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader();

  // Opens `path`, or standard input for "-". IOError naming the path when it cannot be read.
  Status Open(const std::string& path, size_t max_line_bytes = kDefaultMaxLineBytes);

  enum class Result { kLine, kTooLong, kEnd, kError };
  // Reads the next line into *line (valid until the next call). kTooLong: the line was skipped;
  // *line is empty. kError: a read error; status() says which.
  Result Next(std::string_view* line);

  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_number_; }
  // Bytes consumed so far, and the file size when known (0 for pipes).
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t file_size() const { return file_size_; }
  const Status& status() const { return status_; }
  const std::string& path() const { return path_; }

 private:
  bool Fill();

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string path_;
  size_t max_line_bytes_ = kDefaultMaxLineBytes;
  std::string buffer_;
  size_t begin_ = 0;  // unread data is buffer_[begin_, end_)
  size_t end_ = 0;
  bool eof_ = false;
  std::string line_;
  uint64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
  uint64_t file_size_ = 0;
  Status status_;
};

// Reads a whole file (or standard input) of at most `max_bytes`. InvalidArgument naming the
// path when it is larger.
Status ReadWholeFile(const std::string& path, size_t max_bytes, std::string* contents);

}  // namespace geokg
