// common/status.h
//
// Status is geokg's one error channel, modelled on leveldb::Status: a small value type that is
// either OK or carries a code and a human-readable message. Library code never throws across a
// layer boundary; it returns Status. The class is [[nodiscard]], so a dropped Status is a compile
// error under -Werror; a deliberate drop says so with IgnoreError().
//
// Messages are written for the analyst who reads them on a terminal: they name the file, line,
// field or store concerned ("facts.jsonl:12: field time.value: ..."). Context is added with
// WithContext() as the error travels outward.
//
// Thread safety: a Status is an immutable value; distinct objects may be used concurrently.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace geokg {

class [[nodiscard]] Status {
 public:
  // Persisted nowhere, but scripts see them through exit codes: keep the order stable.
  enum class Code : unsigned char {
    kOk = 0,
    kNotFound,         // the thing asked for does not exist
    kCorruption,       // stored or input data is malformed
    kInvalidArgument,  // the caller asked for something that cannot be done
    kIOError,          // the operating system or RocksDB failed
    kNotSupported,     // a feature that does not exist (yet)
    kBusy,             // another process holds the store for writing
    kAborted,          // stopped on purpose (for example --strict after a bad record)
  };

  // An OK status holds no allocation.
  Status() noexcept = default;
  Status(const Status& other) : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status NotSupported(std::string_view msg) { return Status(Code::kNotSupported, msg); }
  static Status Busy(std::string_view msg) { return Status(Code::kBusy, msg); }
  static Status Aborted(std::string_view msg) { return Status(Code::kAborted, msg); }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsCorruption() const { return code() == Code::kCorruption; }
  bool IsInvalidArgument() const { return code() == Code::kInvalidArgument; }
  bool IsIOError() const { return code() == Code::kIOError; }
  bool IsNotSupported() const { return code() == Code::kNotSupported; }
  bool IsBusy() const { return code() == Code::kBusy; }
  bool IsAborted() const { return code() == Code::kAborted; }

  // The message alone, without the code's name; empty when OK.
  const std::string& message() const;

  // "OK", or the code's name followed by the message, e.g. "Corruption: x.jsonl:3: ...".
  std::string ToString() const;

  // Returns a copy whose message is "context: message". OK stays OK.
  Status WithContext(std::string_view context) const;

  // Marks a status as deliberately dropped.
  void IgnoreError() const {}

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  Status(Code code, std::string_view msg)
      : rep_(std::make_unique<Rep>(Rep{code, std::string(msg)})) {}

  std::unique_ptr<Rep> rep_;
};

}  // namespace geokg

// Returns from the enclosing function when `expr` yields a non-OK Status.
#define GEOKG_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::geokg::Status _geokg_status = (expr);        \
    if (!_geokg_status.ok()) return _geokg_status; \
  } while (0)
