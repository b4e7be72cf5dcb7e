// TimelineJS3 writer; the contract is in format_writers.h.
#include "common/civil_day.h"
#include "export/escape.h"
#include "export/format_writers.h"
#include "export/json_attributes.h"

namespace geokg {
namespace {

// A TimelineJS date object with the fields `precision` supports: year, month, day.
void WriteDate(Day day, Precision precision, JsonWriter* w) {
  const CivilDate date = CivilFromDay(day);
  w->StartObject();
  w->Key("year");
  WriteJsonString(std::to_string(date.year), w);
  if (precision != Precision::kYear) {
    w->Key("month");
    WriteJsonString(std::to_string(date.month), w);
    if (precision != Precision::kMonth) {
      w->Key("day");
      WriteJsonString(std::to_string(date.day), w);
    }
  }
  w->EndObject();
}

std::string ActorName(const ExportGraph& graph, const std::string& id) {
  const Actor* actor = graph.FindNode(id);
  return actor != nullptr ? actor->name : id;
}

std::string Headline(const ExportGraph& graph, const Edge& edge) {
  std::string headline;
  if (!edge.label.empty()) {
    AppendHtmlEscaped(edge.label, &headline);
    return headline;
  }
  AppendHtmlEscaped(ActorName(graph, edge.source) + " \u2013 " + edge.relation + " \u2013 " +
                        ActorName(graph, edge.target),
                    &headline);
  return headline;
}

// Where the mention's source can be read: the row's own URL (GDELT), else its document's.
// Only http and https links are made: a "javascript:" URL in a feed must not run in the
// analyst's browser.
std::string SourceUrl(const ExportGraph& graph, const Mention& m) {
  std::string url;
  if (auto it = m.attributes.find("url"); it != m.attributes.end()) {
    url = it->second;
  } else if (auto doc = graph.document_urls.find(m.doc); doc != graph.document_urls.end()) {
    url = doc->second;
  }
  const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  return web ? url : std::string();
}

// The claim, its code and time, then every source with its evidence and link.
std::string Text(const ExportGraph& graph, const Edge& edge) {
  std::string facts(ModalityName(edge.modality));
  if (!edge.attributed_to.empty()) facts += " by " + ActorName(graph, edge.attributed_to);
  if (!edge.cameo.empty()) facts += " \u00b7 CAMEO " + edge.cameo;
  facts += " \u00b7 " + edge.time.value;
  if (edge.time.mod != TimeMod::kNone) facts += " " + std::string(TimeModName(edge.time.mod));
  if (edge.time.precision == Precision::kDocument) facts += " (publication date)";
  std::string text = "<p>";
  AppendHtmlEscaped(facts, &text);
  text += "</p><p>Sources:</p><ul>";
  for (const Mention& m : edge.mentions) {
    text += "<li><b>";
    const std::string url = SourceUrl(graph, m);
    if (!url.empty()) {
      text += "<a href=\"";
      AppendHtmlEscaped(url, &text);
      text += "\" target=\"_blank\" rel=\"noopener\">";
    }
    AppendHtmlEscaped(m.doc, &text);
    if (!url.empty()) text += "</a>";
    text += "</b>";
    if (m.sentence) text += ", sentence " + std::to_string(*m.sentence);
    if (!m.text.empty()) {
      text += ": \u201c";
      AppendHtmlEscaped(m.text, &text);
      text += "\u201d";
    }
    text += "</li>";
  }
  text += "</ul>";
  return text;
}

// The time as a reader says it: "2023-Q2", "early 2023" stays "2023 START", an interval
// "1949-04-04/.." is "since 1949-04-04", "../2024-09-30" is "until 2024-09-30".
std::string DisplayDate(const EventTime& t) {
  std::string display = t.value;
  const size_t slash = display.find('/');
  if (slash != std::string::npos) {
    const std::string from = display.substr(0, slash);
    const std::string to = display.substr(slash + 1);
    display = from == ".." ? "until " + to : to == ".." ? "since " + from : from + " \u2013 " + to;
  }
  if (t.mod != TimeMod::kNone) display += " " + std::string(TimeModName(t.mod));
  return display;
}

void WriteSlide(const ExportGraph& graph, const Edge& edge, JsonWriter* w) {
  const EventTime& t = edge.time;
  // A day, month or year without modifier is dated as it is; anything else (intervals
  // included) spans its bounds.
  const bool exact = t.mod == TimeMod::kNone && t.value.find('/') == std::string::npos &&
                     (t.precision == Precision::kDay || t.precision == Precision::kDocument ||
                      t.precision == Precision::kMonth || t.precision == Precision::kYear);
  w->StartObject();
  w->Key("unique_id");
  WriteJsonString("edge-" + std::to_string(edge.id), w);
  w->Key("start_date");
  if (exact) {
    WriteDate(t.lo, t.precision, w);
  } else {
    WriteDate(t.lo != kOpenLo ? t.lo : t.hi, Precision::kDay, w);
    if (t.lo != kOpenLo && t.hi != kOpenHi && t.hi != t.lo) {
      w->Key("end_date");
      WriteDate(t.hi, Precision::kDay, w);
    }
    w->Key("display_date");
    std::string display;
    AppendHtmlEscaped(DisplayDate(t), &display);
    WriteJsonString(display, w);
  }
  w->Key("text");
  w->StartObject();
  w->Key("headline");
  WriteJsonString(Headline(graph, edge), w);
  w->Key("text");
  WriteJsonString(Text(graph, edge), w);
  w->EndObject();
  w->Key("group");
  WriteJsonString(edge.relation, w);
  w->EndObject();
}

}  // namespace

Status WriteTimelineJs(const ExportGraph& graph, ExportSink* sink, size_t* skipped) {
  std::vector<const Edge*> slides;
  for (const Edge& edge : graph.edges) {
    if (edge.time.lo != kOpenLo || edge.time.hi != kOpenHi) slides.push_back(&edge);
  }
  *skipped = graph.edges.size() - slides.size();
  sink->buffer() += "{\"title\": {\"text\": {\"headline\": \"geokg timeline\", \"text\": \"" +
                    std::to_string(slides.size()) + " events and relations\"}},\n\"events\": ";
  GEOKG_RETURN_IF_ERROR(AppendJsonArray(
      slides, [&](const Edge* edge, JsonWriter* w) { WriteSlide(graph, *edge, w); }, sink));
  sink->buffer() += "}\n";
  return sink->Finish();
}

}  // namespace geokg
