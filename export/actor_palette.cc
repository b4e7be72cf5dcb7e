#include "export/actor_palette.h"

#include <cstdio>

namespace geokg {

Rgb ActorColor(ActorType type) {
  switch (type) {
    case ActorType::kCountry:
      return {0x4e, 0x79, 0xa7};
    case ActorType::kOrganization:
      return {0x59, 0xa1, 0x4f};
    case ActorType::kAlliance:
      return {0x76, 0xb7, 0xb2};
    case ActorType::kPerson:
      return {0xf2, 0x8e, 0x2b};
    case ActorType::kMedia:
      return {0x9c, 0x75, 0x5f};
    case ActorType::kLocation:
      return {0xb0, 0x7a, 0xa1};
    case ActorType::kGroup:
      break;
  }
  return {0xba, 0xb0, 0xac};
}

Rgb Lighten(Rgb color, double white_share) {
  const auto mix = [&](uint8_t c) {
    return static_cast<uint8_t>(c + (255 - c) * white_share + 0.5);
  };
  return {mix(color.r), mix(color.g), mix(color.b)};
}

std::string HexColor(Rgb color) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", color.r, color.g, color.b);
  return text;
}

}  // namespace geokg
