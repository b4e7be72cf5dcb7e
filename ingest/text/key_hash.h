// ingest/text/key_hash.h
//
// A fast 64-bit hash of a short byte string (a folded word or phrase key), for the matcher's
// flat tables (flat_key_index.h). Not cryptographic and not stable across versions: never
// persist it. Strings are read 8 bytes at a time; each word is xored in, multiplied by an odd
// constant and xor-shifted, and the length is part of the seed, so "a" and "a\0" differ.
//
// Thread safety: a pure function.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace geokg {

inline uint64_t KeyHash(std::string_view s) {
  constexpr uint64_t kMul = 0x9fb21c651e98df25ULL;  // odd, bits well spread
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x243f6a8885a308d3ULL ^ (n * kMul);
  const auto mix = [&](uint64_t w) {
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  };
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    mix(w);
  }
  if (n >= 4) {  // two overlapping 4-byte loads cover 4..7 bytes
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    mix(lo | (static_cast<uint64_t>(hi) << 32));
  } else if (n > 0) {  // 1..3 bytes: first, middle, last
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<uint8_t>(p[i])); };
    mix(byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16));
  }
  h ^= h >> 29;
  h *= kMul;
  h ^= h >> 32;
  return h;
}

}  // namespace geokg
