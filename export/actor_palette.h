// export/actor_palette.h
//
// One colour per actor type, so that every picture of the graph (Graphviz from the dot export,
// Gephi from the GEXF export) tells states, alliances, organisations and people apart the same
// way. The hues are Tableau 10's, chosen to stay distinct for the common forms of colour
// blindness.
#pragma once

#include <cstdint>
#include <string>

#include "graph/actor.h"

namespace geokg {

struct Rgb {
  uint8_t r = 0;
  uint8_t g = 0;
  uint8_t b = 0;
};

Rgb ActorColor(ActorType type);

// The colour mixed with white, `white_share` in [0, 1]: a pale fill behind black text.
Rgb Lighten(Rgb color, double white_share);

// "#rrggbb"
std::string HexColor(Rgb color);

}  // namespace geokg
