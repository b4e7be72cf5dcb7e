// ingest/text/flat_key_index.h
//
// A set of byte-string keys numbered 0, 1, 2, ... in insertion order, for the hot lookups of
// the text matcher (phrase keys, folded words, stop words). Open addressing with linear
// probing over a power-of-two table of 8-byte slots (a 32-bit hash tag and the key's number),
// at most half full; the keys themselves sit in one arena. In front of it, a bit per hash
// bucket (4 buckets per slot, a sixteenth of the table's size) answers most misses from a
// small array that stays in the L1 cache; other misses usually read one slot cache line and
// never compare bytes. Callers that already hold KeyHash(key) pass it in
// and save hashing again.
//
// Values live outside: index a std::vector by the key's number.
//
// Thread safety: const methods may run concurrently; Insert and Clear need exclusive access.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/text/key_hash.h"

namespace geokg {

class FlatKeyIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  FlatKeyIndex();

  // The number of `key`, or kNone when absent. REQUIRES: hash == KeyHash(key).
  uint32_t Find(std::string_view key, uint64_t hash) const;
  uint32_t Find(std::string_view key) const { return Find(key, KeyHash(key)); }

  // The number of `key`, adding it as number size() when absent; *inserted (if given) tells
  // which. Numbers of earlier keys never change.
  uint32_t Insert(std::string_view key, bool* inserted = nullptr);

  size_t size() const { return keys_.size(); }
  std::string_view key(uint32_t number) const {
    return std::string_view(arena_).substr(keys_[number].offset, keys_[number].size);
  }
  // Forgets every key (numbers restart at 0); keeps the memory.
  void Clear();

 private:
  struct Slot {
    uint32_t tag = 0;            // the hash's upper 32 bits
    uint32_t number_plus_1 = 0;  // 0: empty
  };
  struct KeyRef {
    uint64_t hash;
    uint32_t offset, size;  // in arena_
  };

  void Grow();
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  // The filter bit of a hash: bits above the slot index bits, so that the filter and the
  // slot index do not see the same bits.
  size_t FilterBit(uint64_t hash) const { return (hash >> 40) & filter_mask_; }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<uint64_t> filter_;  // bit FilterBit(hash) is set for every key's hash
  size_t filter_mask_ = 0;
  std::vector<KeyRef> keys_;
  std::string arena_;
};

}  // namespace geokg
