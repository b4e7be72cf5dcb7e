#include "common/coding.h"

#include <cstring>

namespace geokg {

void PutFixed16BE(std::string* dst, uint16_t value) {
  const char buf[2] = {static_cast<char>(value >> 8), static_cast<char>(value)};
  dst->append(buf, 2);
}

void PutFixed32BE(std::string* dst, uint32_t value) {
  char buf[4];
  for (int i = 3; i >= 0; --i) {
    buf[i] = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  dst->append(buf, 4);
}

void PutFixed64BE(std::string* dst, uint64_t value) {
  char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  dst->append(buf, 8);
}

void PutOrderedInt32(std::string* dst, int32_t value) {
  PutFixed32BE(dst, static_cast<uint32_t>(value) ^ 0x80000000u);
}

uint16_t DecodeFixed16BE(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint16_t>((u[0] << 8) | u[1]);
}

uint32_t DecodeFixed32BE(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | uint32_t{u[3]};
}

uint64_t DecodeFixed64BE(const char* p) {
  return (uint64_t{DecodeFixed32BE(p)} << 32) | DecodeFixed32BE(p + 4);
}

int32_t DecodeOrderedInt32(const char* p) {
  return static_cast<int32_t>(DecodeFixed32BE(p) ^ 0x80000000u);
}

void PutVarint64(std::string* dst, uint64_t value) {
  while (value >= 0x80) {
    dst->push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  dst->push_back(static_cast<char>(value));
}

void PutVarsint64(std::string* dst, int64_t value) {
  PutVarint64(dst, (static_cast<uint64_t>(value) << 1) ^ static_cast<uint64_t>(value >> 63));
}

void PutLengthPrefixed(std::string* dst, std::string_view value) {
  PutVarint64(dst, value.size());
  dst->append(value.data(), value.size());
}

void PutDouble(std::string* dst, double value) {
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  PutFixed64BE(dst, bits);
}

bool ByteReader::GetByte(uint8_t* value) {
  if (failed_ || rest_.empty()) return Fail();
  *value = static_cast<uint8_t>(rest_.front());
  rest_.remove_prefix(1);
  return true;
}

bool ByteReader::GetVarint64(uint64_t* value) {
  if (failed_) return false;
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !rest_.empty(); shift += 7) {
    const auto byte = static_cast<uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    result |= uint64_t{byte & 0x7fu} << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return Fail();
}

bool ByteReader::GetVarsint64(int64_t* value) {
  uint64_t raw;
  if (!GetVarint64(&raw)) return false;
  *value = static_cast<int64_t>(raw >> 1) ^ -static_cast<int64_t>(raw & 1);
  return true;
}

bool ByteReader::GetVarint32(uint32_t* value) {
  uint64_t raw;
  if (!GetVarint64(&raw)) return false;
  if (raw > UINT32_MAX) return Fail();
  *value = static_cast<uint32_t>(raw);
  return true;
}

bool ByteReader::GetLengthPrefixed(std::string* value) {
  uint64_t size;
  if (!GetVarint64(&size)) return false;
  if (size > rest_.size()) return Fail();
  value->assign(rest_.data(), size);
  rest_.remove_prefix(size);
  return true;
}

bool ByteReader::GetDouble(double* value) {
  if (failed_ || rest_.size() < 8) return Fail();
  const uint64_t bits = DecodeFixed64BE(rest_.data());
  std::memcpy(value, &bits, sizeof bits);
  rest_.remove_prefix(8);
  return true;
}

}  // namespace geokg
