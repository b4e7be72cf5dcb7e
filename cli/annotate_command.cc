// `geokg annotate`: shows how the text pipeline reads a document (sentences, actors, times)
// without storing anything. See docs/cli.md.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "common/utf8.h"
#include "ingest/article_parser.h"
#include "ingest/events/event_patterns.h"
#include "ingest/line_reader.h"
#include "ingest/text/document_annotator.h"

namespace geokg::cli {
namespace {

struct AnnotateArgs {
  std::string file;
  std::string date;
  std::string lang = "auto";
  std::string format = "auto";
  bool json = false;
};

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void WriteDocumentJson(const Article& article, const DocumentAnnotation& a, JsonWriter* w) {
  const std::string_view text = article.text;
  const CodePointIndex cp(text);
  w->StartObject();
  w->Key("doc");
  WriteString(w, article.document.id);
  w->Key("lang");
  WriteString(w, a.lang);
  w->Key("lang_detected");
  w->Bool(a.lang_detected);
  w->Key("date");
  if (a.date) {
    WriteString(w, FormatIsoDay(*a.date));
  } else {
    w->Null();
  }
  w->Key("sentences");
  w->StartArray();
  for (const SentenceAnnotation& s : a.sentences) {
    w->StartObject();
    w->Key("index");
    w->Uint(s.index);
    w->Key("begin");
    w->Uint(cp(s.span.begin));
    w->Key("end");
    w->Uint(cp(s.span.end));
    w->Key("text");
    WriteString(w, text.substr(s.span.begin, s.span.size()));
    w->Key("actors");
    w->StartArray();
    for (const ActorMention& m : s.actors) {
      w->StartObject();
      w->Key("begin");
      w->Uint(cp(m.begin));
      w->Key("end");
      w->Uint(cp(m.end));
      w->Key("text");
      WriteString(w, text.substr(m.begin, m.end - m.begin));
      w->Key("id");
      if (m.actor_id.empty()) {
        w->Null();
      } else {
        WriteString(w, m.actor_id);
      }
      w->Key("type");
      WriteString(w, ActorTypeName(m.type));
      w->Key("rule");
      WriteString(w, m.rule);
      w->Key("detail");
      WriteString(w, m.detail);
      w->Key("affiliation");
      WriteString(w, m.affiliation);
      w->Key("new");
      w->Bool(m.new_actor.has_value());
      w->EndObject();
    }
    w->EndArray();
    w->Key("times");
    w->StartArray();
    for (const TimeMention& t : s.times) {
      w->StartObject();
      w->Key("begin");
      w->Uint(cp(t.begin));
      w->Key("end");
      w->Uint(cp(t.end));
      w->Key("text");
      WriteString(w, text.substr(t.begin, t.end - t.begin));
      w->Key("value");
      WriteString(w, t.time.value);
      w->Key("mod");
      WriteString(w, TimeModName(t.time.mod));
      for (const auto& [key, bound] : {std::pair{"lo", t.time.lo}, std::pair{"hi", t.time.hi}}) {
        w->Key(key);
        const std::optional<std::string> day = FormatBound(bound);
        if (day) {
          WriteString(w, *day);
        } else {
          w->Null();
        }
      }
      w->Key("precision");
      WriteString(w, PrecisionName(t.time.precision));
      w->Key("rule");
      WriteString(w, t.rule);
      w->Key("resolved");
      w->Bool(t.resolved);
      w->Key("future");
      w->Bool(t.future);
      w->EndObject();
    }
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) out.push_back(c == '\n' ? ' ' : c);
  return out + "\"";
}

void WriteDocumentText(const Article& article, const DocumentAnnotation& a, Output* out) {
  const std::string_view text = article.text;
  const CodePointIndex cp(text);
  std::ostringstream o;
  o << "document " << article.document.id << "  lang " << a.lang
    << (a.lang_detected ? " (detected)" : "") << "  date "
    << (a.date ? FormatIsoDay(*a.date) : std::string("unknown: relative times stay unresolved"))
    << "\n";
  for (const SentenceAnnotation& s : a.sentences) {
    o << "\n[" << s.index << "] " << cp(s.span.begin) << "-" << cp(s.span.end) << " "
      << Quote(text.substr(s.span.begin, s.span.size())) << "\n";
    for (const ActorMention& m : s.actors) {
      o << "  actor " << cp(m.begin) << "-" << cp(m.end) << " "
        << Quote(text.substr(m.begin, m.end - m.begin)) << " -> "
        << (m.actor_id.empty() ? std::string("(unresolved)") : m.actor_id) << " ["
        << ActorTypeName(m.type) << "] " << m.rule;
      if (m.new_actor) o << ", new actor";
      if (!m.affiliation.empty()) o << ", affiliated with " << m.affiliation;
      if (!m.detail.empty()) o << ": " << m.detail;
      o << "\n";
    }
    for (const TimeMention& t : s.times) {
      o << "  time  " << cp(t.begin) << "-" << cp(t.end) << " "
        << Quote(text.substr(t.begin, t.end - t.begin)) << " -> ";
      if (!t.resolved) {
        o << "(unresolved: no publication date)";
      } else {
        o << t.time.value;
        if (t.time.mod != TimeMod::kNone) o << " " << TimeModName(t.time.mod);
        o << " [" << FormatBound(t.time.lo).value_or("..") << ", "
          << FormatBound(t.time.hi).value_or("..") << "] " << PrecisionName(t.time.precision);
        if (t.future) o << ", future";
      }
      o << "  " << t.rule << "\n";
    }
  }
  out->Write(o.str());
}

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  *contents = buffer.str();
  return Status::OK();
}

// A whole text file as one article.
template <typename Annotate>
int AnnotateText(const std::string& name, const std::string& contents,
                 const ArticleDefaults& defaults, const Annotate& annotate) {
  if (const size_t bad = FindInvalidUtf8(contents); bad != kValidUtf8) {
    return Fail(Status::InvalidArgument(name + ": byte " + std::to_string(bad) + ": invalid UTF-8"),
                kExitFailure);
  }
  Article article;
  const Status s = MakeTextArticle(name, contents, defaults, &article);
  if (!s.ok()) return Fail(Status::InvalidArgument(name + ": " + std::string(s.message())));
  return annotate(article);
}

int RunAnnotate(const GlobalOptions& global, const AnnotateArgs& args) {
  ArticleDefaults defaults;
  if (!args.date.empty()) {
    defaults.date = ParseIsoDay(args.date);
    if (!defaults.date) {
      return Fail(Status::InvalidArgument("--date " + args.date + ": expected YYYY-MM-DD"),
                  kExitUsage);
    }
  }
  defaults.lang = args.lang == "auto" ? "" : args.lang;
  std::vector<std::string> actor_files, pattern_files;
  Status s = EventPatterns::SplitFiles(global.dicts, &actor_files, &pattern_files);
  if (!s.ok()) return Fail(s, kExitFailure);
  std::unique_ptr<ActorLexicon> lexicon;
  s = ActorLexicon::Load(actor_files, &lexicon);
  if (!s.ok()) return Fail(s, kExitFailure);

  DocumentAnnotator annotator(*lexicon);
  Output out;
  rapidjson::StringBuffer buffer;
  const auto annotate = [&](const Article& article) {
    const std::optional<Day> date = article.document.date ? article.document.date : defaults.date;
    DocumentAnnotation annotation;
    const Status status =
        annotator.Annotate(article.text, article.document.lang, date, &annotation);
    if (!status.ok()) {
      return Fail(
          Status::InvalidArgument(article.document.id + ": " + std::string(status.message())),
          kExitUsage);
    }
    if (args.json) {
      buffer.Clear();
      JsonWriter writer(buffer);
      WriteDocumentJson(article, annotation, &writer);
      out.Write(std::string_view(buffer.GetString(), buffer.GetSize()));
      out.Write("\n");
    } else {
      WriteDocumentText(article, annotation, &out);
    }
    return kExitOk;
  };

  // jsonl streams one article at a time, in constant memory; a text file is one article.
  bool jsonl =
      args.format == "jsonl" ||
      (args.format == "auto" && (args.file.ends_with(".jsonl") || args.file.ends_with(".ndjson")));
  if (args.format == "auto" && !jsonl && args.file != "-") {
    std::ifstream peek(args.file, std::ios::binary);
    jsonl = peek.peek() == '{';
  }
  if (jsonl || args.file == "-") {
    LineReader reader;
    s = reader.Open(args.file);
    if (!s.ok()) return Fail(s, kExitFailure);
    std::string_view line;
    std::string whole;  // standard input that turns out to be a text article
    for (LineReader::Result r = reader.Next(&line); r != LineReader::Result::kEnd;
         r = reader.Next(&line)) {
      const std::string where = args.file + ":" + std::to_string(reader.line_number()) + ": ";
      if (r == LineReader::Result::kError) return Fail(reader.status(), kExitFailure);
      if (r == LineReader::Result::kTooLong) {
        return Fail(Status::InvalidArgument(where + "line longer than 16 MiB"), kExitFailure);
      }
      if (!jsonl && reader.line_number() == 1) jsonl = line.starts_with("{");
      if (!jsonl) {
        whole.append(line).append("\n");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      Article article;
      s = ParseArticleJson(line, defaults, &article);
      if (!s.ok()) {
        return Fail(Status::InvalidArgument(where + std::string(s.message())), kExitFailure);
      }
      if (const int code = annotate(article); code != kExitOk) return code;
    }
    if (jsonl) return kExitOk;
    return AnnotateText("stdin", whole, defaults, annotate);
  }
  std::string contents;
  s = ReadWholeFile(args.file, &contents);
  if (!s.ok()) return Fail(s, kExitFailure);
  return AnnotateText(args.file, contents, defaults, annotate);
}

}  // namespace

Action AddAnnotateCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* cmd = app->add_subcommand(
      "annotate",
      "Show how geokg reads an article: each sentence with the actors and time expressions "
      "found, their spans (code points), what they resolved to and the rule that fired. "
      "Stores nothing.");
  cmd->add_option("file", args->file, "a text file (one article) or jsonl; - reads stdin")
      ->required();
  cmd->add_option("--date", args->date,
                  "publication date YYYY-MM-DD (jsonl articles may give their own); without "
                  "one, relative times stay unresolved");
  cmd->add_option("--lang", args->lang, "de|en|auto (default auto: detected from the text)")
      ->check(CLI::IsMember({"de", "en", "auto"}));
  cmd->add_option("--format", args->format, "auto|text|jsonl (default auto)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_flag("--json", args->json, "one JSON object per document and line");
  return [global, args] { return RunAnnotate(*global, *args); };
}

}  // namespace geokg::cli
