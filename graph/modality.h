// graph/modality.h
//
// Who claims what: an edge says whether its fact happened (asserted), is planned or intended,
// is only reported or claimed by someone, or was denied, negated or put hypothetically. Facts of
// different modality are never merged, so "X met Y" and "X denied meeting Y" stay two edges.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace geokg {

// Persisted as one byte: never renumber, only append.
enum class Modality : uint8_t {
  kAsserted = 0,
  kPlanned = 1,
  kIntended = 2,
  kReported = 3,
  kClaimed = 4,
  kDenied = 5,
  kNegated = 6,
  kHypothetical = 7,
};

inline constexpr int kModalityCount = 8;

std::string_view ModalityName(Modality modality);
std::optional<Modality> ParseModality(std::string_view name);

}  // namespace geokg
