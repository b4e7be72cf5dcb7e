// export/export_sink.h
//
// Where an export goes: standard output, or a file that appears under its name only when the
// export is complete. Writers append to buffer() and call MaybeFlush() after each element, so
// memory stays bounded by one element plus the flush threshold whatever the graph's size.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "common/status.h"

namespace geokg {

class ExportSink {
 public:
  // `path` empty: standard output. Else the file is written as `path`.tmp-<pid> beside it and
  // renamed to `path` by Finish(), so a failed or interrupted export never leaves a truncated
  // file under the requested name. IOError names the path.
  static Status Open(const std::string& path, std::unique_ptr<ExportSink>* sink);

  ExportSink(const ExportSink&) = delete;
  ExportSink& operator=(const ExportSink&) = delete;
  // Removes the temporary file when Finish() was not reached.
  ~ExportSink();

  std::string& buffer() { return buffer_; }
  // Writes the buffer out once it holds more than about a megabyte.
  Status MaybeFlush() { return buffer_.size() < kFlushBytes ? Status::OK() : Flush(); }
  // Writes what is left, syncs and closes a file and gives it its name.
  Status Finish();

 private:
  static constexpr size_t kFlushBytes = 1 << 20;
  ExportSink(std::FILE* file, std::string path, std::string temp_path);
  Status Flush();

  std::FILE* file_;
  const std::string path_;       // empty for standard output
  const std::string temp_path_;  // empty for standard output
  bool finished_ = false;
  std::string buffer_;
};

}  // namespace geokg
