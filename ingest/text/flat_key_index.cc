#include "ingest/text/flat_key_index.h"

#include <cstring>

namespace geokg {

namespace {
constexpr size_t kFilterBitsPerSlot = 4;
}  // namespace

FlatKeyIndex::FlatKeyIndex()
    : slots_(16),
      mask_(15),
      filter_(16 * kFilterBitsPerSlot / 64),
      filter_mask_(16 * kFilterBitsPerSlot - 1) {}

uint32_t FlatKeyIndex::Find(std::string_view key, uint64_t hash) const {
  const size_t bit = FilterBit(hash);
  if ((filter_[bit / 64] >> (bit % 64) & 1) == 0) return kNone;
  const uint32_t tag = Tag(hash);
  for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
    const Slot s = slots_[i];
    if (s.number_plus_1 == 0) return kNone;
    if (s.tag != tag) continue;
    const KeyRef& k = keys_[s.number_plus_1 - 1];
    if (k.size == key.size() && std::memcmp(arena_.data() + k.offset, key.data(), k.size) == 0) {
      return s.number_plus_1 - 1;
    }
  }
}

uint32_t FlatKeyIndex::Insert(std::string_view key, bool* inserted) {
  const uint64_t hash = KeyHash(key);
  if (const uint32_t found = Find(key, hash); found != kNone) {
    if (inserted != nullptr) *inserted = false;
    return found;
  }
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t number = static_cast<uint32_t>(keys_.size());
  keys_.push_back({hash, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size())});
  arena_.append(key);
  size_t i = hash & mask_;
  while (slots_[i].number_plus_1 != 0) i = (i + 1) & mask_;
  slots_[i] = {Tag(hash), number + 1};
  const size_t bit = FilterBit(hash);
  filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  if (inserted != nullptr) *inserted = true;
  return number;
}

void FlatKeyIndex::Grow() {
  slots_.assign(slots_.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  filter_.assign(slots_.size() * kFilterBitsPerSlot / 64, 0);
  filter_mask_ = slots_.size() * kFilterBitsPerSlot - 1;
  for (uint32_t n = 0; n < keys_.size(); ++n) {
    const uint64_t hash = keys_[n].hash;
    size_t i = hash & mask_;
    while (slots_[i].number_plus_1 != 0) i = (i + 1) & mask_;
    slots_[i] = {Tag(hash), n + 1};
    const size_t bit = FilterBit(hash);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
}

void FlatKeyIndex::Clear() {
  slots_.assign(slots_.size(), Slot{});
  filter_.assign(filter_.size(), 0);
  keys_.clear();
  arena_.clear();
}

}  // namespace geokg
