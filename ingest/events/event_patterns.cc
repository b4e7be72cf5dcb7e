#include "ingest/events/event_patterns.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/embedded_data.h"
#include "common/utf8.h"
#include "ingest/feeds/tsv.h"
#include "ingest/text/text_key.h"

namespace geokg {
namespace {

constexpr std::string_view kBuiltInTable = "events/patterns.tsv";
constexpr std::string_view kTableDeclaration = "# table: event_patterns";

bool IsRelationCode(std::string_view code) { return code == "member_of" || code == "holds_role"; }

// Parses one row into *pattern; the problem text on failure.
std::string ParseRow(const std::vector<std::string_view>& fields, KeyFolder* folder,
                     EventPattern* pattern) {
  if (fields.size() != 6) {
    return "expected 6 tab-separated columns (lang, code, triggers, particle, target, flags), "
           "found " +
           std::to_string(fields.size());
  }
  pattern->lang = std::string(fields[0]);
  if (pattern->lang != "de" && pattern->lang != "en") {
    return "lang must be de or en, got '" + pattern->lang + "'";
  }
  pattern->code = std::string(fields[1]);
  if (!IsRelationCode(pattern->code)) {
    pattern->cameo = CameoCodebook::BuiltIn().FindByCode(pattern->code);
    if (pattern->cameo == nullptr) {
      return "code '" + pattern->code +
             "' is neither a CAMEO code nor a relation (member_of, holds_role)";
    }
  }
  for (std::string_view form : SplitList(fields[2])) {
    std::vector<PatternWord> words;
    size_t start = 0;
    while (start <= form.size()) {
      size_t space = form.find(' ', start);
      if (space == std::string_view::npos) space = form.size();
      std::string_view word = form.substr(start, space - start);
      start = space + 1;
      if (word.empty()) return "trigger '" + std::string(form) + "' has an empty word";
      PatternWord w;
      if (word.back() == '*') {
        w.prefix = true;
        word.remove_suffix(1);
        if (word.size() < 3) return "prefix '" + std::string(word) + "*' is shorter than 3";
      }
      w.key = folder->Fold(word);
      words.push_back(std::move(w));
      if (space == form.size()) break;
    }
    pattern->forms.push_back(std::move(words));
  }
  if (pattern->forms.empty()) return "no trigger";
  if (fields[3] != "-") pattern->particle = folder->Fold(fields[3]);
  for (std::string_view target : SplitList(fields[4])) {
    TargetSlot slot;
    if (target == "obj") {
      slot.kind = TargetSlot::Kind::kObject;
    } else if (target == "none") {
      slot.kind = TargetSlot::Kind::kNone;
    } else if (target.starts_with("prep:") && target.size() > 5) {
      slot.kind = TargetSlot::Kind::kPreposition;
      slot.preposition = folder->Fold(target.substr(5));
    } else {
      return "target '" + std::string(target) + "' is not obj, none or prep:WORD";
    }
    pattern->targets.push_back(std::move(slot));
  }
  if (pattern->targets.empty()) return "no target";
  for (std::string_view flag : SplitList(fields[5] == "-" ? "" : fields[5])) {
    // Flags are ','-separated; SplitList splits at '|', so split again.
    size_t start = 0;
    while (start <= flag.size()) {
      size_t comma = flag.find(',', start);
      if (comma == std::string_view::npos) comma = flag.size();
      const std::string_view name = flag.substr(start, comma - start);
      if (name == "recip") {
        pattern->recip = true;
      } else if (name == "noun") {
        pattern->noun = true;
      } else if (name == "inverse") {
        pattern->inverse = true;
      } else if (name == "ends") {
        pattern->ends = true;
      } else if (name == "mutual") {
        pattern->mutual = true;
      } else if (name == "near") {
        pattern->near = true;
      } else {
        return "unknown flag '" + std::string(name) +
               "' (recip, noun, inverse, ends, mutual, near)";
      }
      start = comma + 1;
      if (comma == flag.size()) break;
    }
  }
  return "";
}

}  // namespace

bool EventPatterns::IsPatternFile(std::string_view path, std::string_view text) {
  bool declared = false;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() != '#') break;
    if (line == kTableDeclaration) declared = true;
  }
  return declared || path.ends_with("patterns.tsv");
}

Status EventPatterns::SplitFiles(const std::vector<std::string>& files,
                                 std::vector<std::string>* actor_files,
                                 std::vector<std::string>* pattern_files) {
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open");
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    (IsPatternFile(path, head) ? pattern_files : actor_files)->push_back(path);
  }
  return Status::OK();
}

Status EventPatterns::AddText(std::string_view text, const std::string& source,
                              std::vector<DictionaryProblem>* problems) {
  if (FindInvalidUtf8(text) != kValidUtf8) {
    problems->push_back(DictionaryProblem{source, 0, "not valid UTF-8"});
    return Status::OK();
  }
  KeyFolder folder;
  std::vector<std::string_view> fields;
  ForEachDataLine(text, [&](size_t line, std::string_view row) {
    SplitTabs(row, &fields);
    auto pattern = std::make_unique<EventPattern>();
    const std::string problem = ParseRow(fields, &folder, pattern.get());
    if (!problem.empty()) {
      problems->push_back(DictionaryProblem{source, line, problem});
      return true;
    }
    pattern->rule = source + ":" + std::to_string(line);
    patterns_.push_back(std::move(pattern));
    return true;
  });
  return Status::OK();
}

void EventPatterns::Index() {
  exact_.clear();
  prefix_.clear();
  for (const auto& pattern : patterns_) {
    for (size_t f = 0; f < pattern->forms.size(); ++f) {
      const PatternWord& first = pattern->forms[f].front();
      (first.prefix ? prefix_ : exact_)[first.key].push_back(FormRef{pattern.get(), f});
      if (first.prefix) max_prefix_ = std::max(max_prefix_, first.key.size());
    }
  }
}

Status EventPatterns::Load(const std::vector<std::string>& files,
                           std::unique_ptr<EventPatterns>* out) {
  std::unique_ptr<EventPatterns> table(new EventPatterns());
  std::vector<DictionaryProblem> problems;
  GEOKG_RETURN_IF_ERROR(
      table->AddText(*EmbeddedDataFile(kBuiltInTable), std::string(kBuiltInTable), &problems));
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    if (!IsPatternFile(path, text)) continue;
    GEOKG_RETURN_IF_ERROR(table->AddText(text, path, &problems));
  }
  if (!problems.empty()) return Status::Corruption(problems.front().ToString());
  table->Index();
  *out = std::move(table);
  return Status::OK();
}

std::vector<DictionaryProblem> EventPatterns::Check(std::string_view text,
                                                    const std::string& source) {
  EventPatterns scratch;
  std::vector<DictionaryProblem> problems;
  scratch.AddText(text, source, &problems).IgnoreError();
  return problems;
}

void EventPatterns::Match(std::string_view lang, const std::vector<std::string>& keys, size_t i,
                          std::vector<PatternHit>* hits) const {
  hits->clear();
  const auto try_refs = [&](const std::vector<FormRef>& refs) {
    for (const FormRef& ref : refs) {
      if (ref.pattern->lang != lang) continue;
      const std::vector<PatternWord>& form = ref.pattern->forms[ref.form];
      if (i + form.size() > keys.size()) continue;
      bool ok = true;
      for (size_t w = 0; ok && w < form.size(); ++w) {
        const std::string& key = keys[i + w];
        ok = form[w].prefix ? key.starts_with(form[w].key) : key == form[w].key;
      }
      if (ok) hits->push_back(PatternHit{ref.pattern, form.size()});
    }
  };
  const std::string& word = keys[i];
  if (word.empty()) return;
  auto exact = exact_.find(word);
  if (exact != exact_.end()) try_refs(exact->second);
  for (size_t n = std::min(word.size(), max_prefix_); n >= 3; --n) {
    auto prefix = prefix_.find(word.substr(0, n));
    if (prefix != prefix_.end()) try_refs(prefix->second);
  }
  // Longest form first; among equals, the earlier row (rule order is file order).
  std::stable_sort(hits->begin(), hits->end(), [](const PatternHit& a, const PatternHit& b) {
    return a.form_words > b.form_words;
  });
}

}  // namespace geokg
