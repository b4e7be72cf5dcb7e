#include "ingest/line_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace geokg {
namespace {

constexpr size_t kChunk = size_t{1} << 20;

}  // namespace

LineReader::~LineReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

Status LineReader::Open(const std::string& path, size_t max_line_bytes) {
  path_ = path == "-" ? "<stdin>" : path;
  max_line_bytes_ = max_line_bytes;
  if (path == "-") {
    file_ = stdin;
  } else {
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      return Status::InvalidArgument(path + ": is a directory, not a file");
    }
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) return Status::IOError(path + ": " + std::strerror(errno));
    owns_file_ = true;
    if (::fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode)) {
      file_size_ = static_cast<uint64_t>(st.st_size);
    }
  }
  buffer_.resize(kChunk);
  return Status::OK();
}

bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  const size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (n == 0) {
    eof_ = true;
    if (std::ferror(file_)) status_ = Status::IOError(path_ + ": read error");
    return false;
  }
  end_ += n;
  return true;
}

LineReader::Result LineReader::Next(std::string_view* line) {
  if (!status_.ok()) return Result::kError;
  size_t scanned = begin_;
  bool too_long = false;
  for (;;) {
    const void* nl = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
    if (nl != nullptr) {
      const size_t stop = static_cast<size_t>(static_cast<const char*>(nl) - buffer_.data());
      ++line_number_;
      bytes_read_ += stop + 1 - begin_;
      // The buffer may hold more than the limit before a newline turns up.
      if (too_long || stop - begin_ > max_line_bytes_) {
        begin_ = stop + 1;
        *line = std::string_view();
        return Result::kTooLong;
      }
      size_t len = stop - begin_;
      if (len > 0 && buffer_[begin_ + len - 1] == '\r') --len;
      line_.assign(buffer_.data() + begin_, len);
      begin_ = stop + 1;
      *line = line_;
      return Result::kLine;
    }
    if (end_ - begin_ > max_line_bytes_) {
      // Drop what we have of the over-long line and keep scanning for its end.
      too_long = true;
      bytes_read_ += end_ - begin_;
      begin_ = end_ = 0;
    }
    // Fill() moves the unread data to the front; remember how much of it has been searched.
    const size_t searched = end_ - begin_;
    if (!Fill()) {
      if (!status_.ok()) return Result::kError;
      if (begin_ == end_ && !too_long) return Result::kEnd;
      ++line_number_;
      bytes_read_ += end_ - begin_;
      if (too_long || end_ - begin_ > max_line_bytes_) {
        begin_ = end_;
        *line = std::string_view();
        return Result::kTooLong;
      }
      size_t len = end_ - begin_;
      if (len > 0 && buffer_[begin_ + len - 1] == '\r') --len;
      line_.assign(buffer_.data() + begin_, len);
      begin_ = end_;
      *line = line_;
      return Result::kLine;
    }
    scanned = begin_ + searched;
  }
}

Status ReadWholeFile(const std::string& path, size_t max_bytes, std::string* contents) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  const std::string name = path == "-" ? "<stdin>" : path;
  if (file == nullptr) return Status::IOError(name + ": " + std::strerror(errno));
  contents->clear();
  char chunk[1 << 16];
  Status status;
  for (;;) {
    const size_t n = std::fread(chunk, 1, sizeof chunk, file);
    if (n == 0) {
      if (std::ferror(file)) status = Status::IOError(name + ": read error");
      break;
    }
    if (contents->size() + n > max_bytes) {
      status =
          Status::InvalidArgument(name + ": larger than the " + std::to_string(max_bytes >> 20) +
                                  " MiB limit for one document");
      contents->clear();
      break;
    }
    contents->append(chunk, n);
  }
  if (file != stdin) std::fclose(file);
  return status;
}

}  // namespace geokg
