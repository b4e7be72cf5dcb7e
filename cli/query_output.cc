#include "cli/query_output.h"

#include <algorithm>

namespace geokg::cli {

const Actor& VidActors::Get(Vid vid) {
  auto it = actors_.find(vid);
  if (it != actors_.end()) return it->second;
  Actor actor;
  if (!store_->GetActorByVid(vid, &actor).ok()) {
    actor.id = "vid:" + std::to_string(vid);
    actor.name = actor.id;
  }
  return actors_.emplace(vid, std::move(actor)).first->second;
}

std::string TimeText(const EventTime& t) {
  if (t.unknown()) return "unknown";
  std::string text = t.value;
  if (t.mod != TimeMod::kNone) text += " " + std::string(TimeModName(t.mod));
  if (t.precision != Precision::kDay) text += " (" + std::string(PrecisionName(t.precision)) + ")";
  return text;
}

std::vector<std::string> Sources(const Edge& edge) {
  std::vector<std::string> docs;
  for (const Mention& m : edge.mentions) {
    if (std::find(docs.begin(), docs.end(), m.doc) == docs.end()) docs.push_back(m.doc);
  }
  return docs;
}

std::string HopText(const Edge& edge, bool forward, const std::string& from_name,
                    const std::string& to_name) {
  std::string label = edge.relation;
  if (!edge.cameo.empty()) label += " " + edge.cameo;
  return forward ? from_name + " -[" + label + "]-> " + to_name
                 : from_name + " <-[" + label + "]- " + to_name;
}

std::string MentionLines(const Edge& edge, size_t max, const std::string& indent) {
  std::string out;
  for (size_t i = 0; i < edge.mentions.size() && i < max; ++i) {
    const Mention& m = edge.mentions[i];
    out += indent + m.doc;
    if (m.sentence) out += " s" + std::to_string(*m.sentence);
    if (!m.text.empty()) out += " \"" + m.text + "\"";
    out += "\n";
  }
  if (edge.mentions.size() > max) {
    out += indent + "... and " + std::to_string(edge.mentions.size() - max) + " more\n";
  }
  return out;
}

void WriteDayJson(Day day, JsonWriter* w) {
  const std::optional<std::string> text = FormatBound(day);
  if (text) {
    w->String(*text);
  } else {
    w->Null();
  }
}

void WritePathJson(const Path& path, const std::vector<Edge>& edges, const std::vector<Day>* days,
                   VidActors* vids, ActorCache* actors, JsonWriter* w) {
  w->StartObject();
  w->Key("length");
  w->Uint64(path.length());
  w->Key("arrival");
  if (days && !days->empty()) {
    WriteDayJson(days->back(), w);
  } else {
    w->Null();
  }
  w->Key("hops");
  w->StartArray();
  Vid at = path.start;
  for (size_t i = 0; i < path.hops.size(); ++i) {
    const Hop& h = path.hops[i];
    w->StartObject();
    w->Key("from");
    w->String(vids->Get(at).id);
    w->Key("to");
    w->String(vids->Get(h.to).id);
    w->Key("forward");
    w->Bool(h.forward);
    w->Key("day");
    if (days) {
      WriteDayJson((*days)[i], w);
    } else {
      w->Null();
    }
    w->Key("edge");
    WriteEdgeJson(edges[i], actors, w);
    w->EndObject();
    at = h.to;
  }
  w->EndArray();
  w->EndObject();
}

}  // namespace geokg::cli
