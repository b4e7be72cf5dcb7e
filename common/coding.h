// common/coding.h
//
// Byte encodings for keys and values, in the spirit of leveldb/util/coding.h.
//
// Keys: fixed-width big-endian integers, so that RocksDB's bytewise comparator orders encoded
// keys exactly as the numbers. Signed values are stored with the sign bit flipped, which maps
// INT_MIN..INT_MAX onto 0..UINT_MAX in order.
//
// Values: varints and length-prefixed strings, read back through ByteReader, which never reads
// past its input and reports truncation instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace geokg {

void PutFixed16BE(std::string* dst, uint16_t value);
void PutFixed32BE(std::string* dst, uint32_t value);
void PutFixed64BE(std::string* dst, uint64_t value);
// Order-preserving encoding of a signed 32-bit value.
void PutOrderedInt32(std::string* dst, int32_t value);

uint16_t DecodeFixed16BE(const char* p);
uint32_t DecodeFixed32BE(const char* p);
uint64_t DecodeFixed64BE(const char* p);
int32_t DecodeOrderedInt32(const char* p);

void PutVarint64(std::string* dst, uint64_t value);
// Zig-zag, so small negative values stay small.
void PutVarsint64(std::string* dst, int64_t value);
void PutLengthPrefixed(std::string* dst, std::string_view value);
void PutDouble(std::string* dst, double value);

// Reads what the Put* functions above wrote, front to back. Every getter returns false, and
// leaves the reader failed, when the input is too short or malformed.
class ByteReader {
 public:
  explicit ByteReader(std::string_view input) : rest_(input) {}

  bool GetByte(uint8_t* value);
  bool GetVarint64(uint64_t* value);
  bool GetVarsint64(int64_t* value);
  bool GetVarint32(uint32_t* value);
  bool GetLengthPrefixed(std::string* value);
  bool GetDouble(double* value);

  bool empty() const { return rest_.empty(); }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }

  std::string_view rest_;
  bool failed_ = false;
};

}  // namespace geokg
