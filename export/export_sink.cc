#include "export/export_sink.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace geokg {
namespace {

Status ErrnoStatus(const std::string& what, const std::string& path) {
  return Status::IOError(path + ": " + what + ": " + std::strerror(errno));
}

}  // namespace

Status ExportSink::Open(const std::string& path, std::unique_ptr<ExportSink>* sink) {
  if (path.empty()) {
    sink->reset(new ExportSink(stdout, "", ""));
    return Status::OK();
  }
  const std::string temp_path = path + ".tmp-" + std::to_string(::getpid());
  std::FILE* file = std::fopen(temp_path.c_str(), "wb");
  if (file == nullptr) return ErrnoStatus("cannot create", temp_path);
  sink->reset(new ExportSink(file, path, temp_path));
  return Status::OK();
}

ExportSink::ExportSink(std::FILE* file, std::string path, std::string temp_path)
    : file_(file), path_(std::move(path)), temp_path_(std::move(temp_path)) {}

ExportSink::~ExportSink() {
  if (path_.empty() || finished_) return;
  std::fclose(file_);
  std::remove(temp_path_.c_str());
}

Status ExportSink::Flush() {
  if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    return ErrnoStatus("write failed", path_.empty() ? "standard output" : temp_path_);
  }
  buffer_.clear();
  return Status::OK();
}

Status ExportSink::Finish() {
  GEOKG_RETURN_IF_ERROR(Flush());
  if (path_.empty()) {
    if (std::fflush(file_) != 0) return ErrnoStatus("write failed", "standard output");
    finished_ = true;
    return Status::OK();
  }
  if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) {
    return ErrnoStatus("write failed", temp_path_);
  }
  finished_ = true;
  if (std::fclose(file_) != 0) {
    std::remove(temp_path_.c_str());
    return ErrnoStatus("close failed", temp_path_);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const Status s = ErrnoStatus("cannot rename " + temp_path_ + " to", path_);
    std::remove(temp_path_.c_str());
    return s;
  }
  return Status::OK();
}

}  // namespace geokg
