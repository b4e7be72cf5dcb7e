#include "graph/modality.h"

#include <array>

namespace geokg {
namespace {

// Indexed by the enum's value.
constexpr std::array<std::string_view, kModalityCount> kNames = {
    "asserted", "planned", "intended", "reported", "claimed", "denied", "negated", "hypothetical",
};

}  // namespace

std::string_view ModalityName(Modality modality) {
  const auto index = static_cast<size_t>(modality);
  return index < kNames.size() ? kNames[index] : "asserted";
}

std::optional<Modality> ParseModality(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Modality>(i);
  }
  return std::nullopt;
}

}  // namespace geokg
