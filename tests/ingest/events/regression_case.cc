#include "tests/ingest/events/regression_case.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "graph/relation_type.h"
#include "ingest/feeds/cameo_codebook.h"

namespace geokg::events_test {
namespace {

std::vector<std::string> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    parts.emplace_back(text.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + separator.size();
  }
  return parts;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

bool IsRelation(std::string_view code) { return !code.empty() && !std::isdigit(code[0]); }

bool Symmetric(std::string_view code) {
  const CameoCode* c = CameoCodebook::BuiltIn().FindByCode(code.substr(0, 3));
  return c != nullptr && c->symmetric;
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool CodeMatches(const ExpectedEdge& x, const Edge& e) {
  if (IsRelation(x.code)) return e.kind == EdgeKind::kRelation && e.relation == x.code;
  return e.kind == EdgeKind::kEvent && e.cameo.starts_with(x.code) &&
         (x.code_prefix || e.cameo.size() >= x.code.size());
}

bool Matches(const ExpectedEdge& x, const Edge& e) {
  if (!CodeMatches(x, e)) return false;
  if (TimeText(e) != x.time || ModalityName(e.modality) != x.modality) return false;
  if (e.attributed_to != x.by) return false;
  if (Contains(x.sources, e.source) && Contains(x.targets, e.target)) return true;
  return !IsRelation(x.code) && Symmetric(e.cameo) && Contains(x.sources, e.target) &&
         Contains(x.targets, e.source);
}

// A visit mirrored from an expected host edge, or the reverse: tolerated.
bool Mirrors(const ExpectedEdge& x, const Edge& e) {
  const bool host_visit =
      (x.code == "043" && e.cameo == "042") || (x.code == "042" && e.cameo == "043");
  return host_visit && Contains(x.sources, e.target) && Contains(x.targets, e.source) &&
         TimeText(e) == x.time && ModalityName(e.modality) == x.modality;
}

std::string Describe(const Edge& e) {
  std::string s = e.source + " > " + (e.kind == EdgeKind::kEvent ? e.cameo : e.relation) + " > " +
                  e.target + " @ " + TimeText(e) + " # " + std::string(ModalityName(e.modality));
  if (!e.attributed_to.empty()) s += " by " + e.attributed_to;
  return s;
}

}  // namespace

std::string TimeText(const Edge& edge) {
  if (edge.time.precision == Precision::kDocument) return "doc";
  std::string text = edge.time.value;
  if (edge.time.mod != TimeMod::kNone) text += "~" + std::string(TimeModName(edge.time.mod));
  return text;
}

bool ParseExpected(std::string_view text, std::vector<ExpectedEdge>* out, std::string* error) {
  out->clear();
  if (text == "none") return true;
  for (const std::string& edge : Split(text, " ;; ")) {
    ExpectedEdge x;
    const size_t at = edge.find(" @ ");
    const size_t hash = edge.find(" # ");
    if (at == std::string::npos || hash == std::string::npos || hash < at) {
      *error = "expected 'source > code > target @ time # modality': " + edge;
      return false;
    }
    const std::vector<std::string> parts = Split(edge.substr(0, at), " > ");
    if (parts.size() != 3) {
      *error = "expected three parts before '@': " + edge;
      return false;
    }
    x.sources = Split(Trim(parts[0]), "|");
    x.code = Trim(parts[1]);
    if (x.code.ends_with("*")) {
      x.code.pop_back();
      x.code_prefix = true;
    }
    x.targets = Split(Trim(parts[2]), "|");
    x.time = Trim(edge.substr(at + 3, hash - at - 3));
    std::string claim = Trim(edge.substr(hash + 3));
    const size_t by = claim.find(" by ");
    if (by != std::string::npos) {
      x.by = Trim(claim.substr(by + 4));
      claim = claim.substr(0, by);
    }
    x.modality = claim;
    if (!ParseModality(x.modality)) {
      *error = "unknown modality '" + x.modality + "'";
      return false;
    }
    out->push_back(std::move(x));
  }
  return true;
}

std::vector<RegressionCase> ReadCases(const std::string& path) {
  std::vector<RegressionCase> cases;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line, "\t");
    if (f.size() != 5) {
      ADD_FAILURE() << path << ":" << number << ": expected 5 columns";
      continue;
    }
    RegressionCase c{f[0], f[1], f[2], f[3], {}, number};
    std::string error;
    if (!ParseExpected(f[4], &c.expected, &error)) {
      ADD_FAILURE() << path << ":" << number << ": " << error;
      continue;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::string Compare(const RegressionCase& c, const std::vector<ExtractedEdge>& produced) {
  bool relations = c.category == "structural" || c.category == "appositions";
  for (const ExpectedEdge& x : c.expected) relations = relations || IsRelation(x.code);
  std::vector<const Edge*> edges;
  std::set<std::string> seen;
  for (const ExtractedEdge& p : produced) {
    if (p.edge.kind == EdgeKind::kRelation && !relations) continue;
    // Equal edges count once; so does a symmetric pair produced in both directions.
    std::string key = Describe(p.edge);
    if (p.edge.kind == EdgeKind::kEvent && Symmetric(p.edge.cameo) &&
        p.edge.target < p.edge.source) {
      Edge flipped = p.edge;
      std::swap(flipped.source, flipped.target);
      key = Describe(flipped);
    }
    if (seen.insert(key).second) edges.push_back(&p.edge);
  }
  std::string diff;
  std::vector<bool> used(edges.size(), false);
  for (const ExpectedEdge& x : c.expected) {
    bool found = false;
    for (size_t i = 0; i < edges.size() && !found; ++i) {
      if (!used[i] && Matches(x, *edges[i])) used[i] = found = true;
    }
    if (!found) {
      std::string want = x.sources.front() + " > " + x.code + (x.code_prefix ? "*" : "") + " > " +
                         x.targets.front() + " @ " + x.time + " # " + x.modality;
      if (!x.by.empty()) want += " by " + x.by;
      diff += "\n    missing " + want;
    }
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (used[i]) continue;
    bool mirrored = false;
    for (const ExpectedEdge& x : c.expected) mirrored = mirrored || Mirrors(x, *edges[i]);
    if (!mirrored) diff += "\n    extra   " + Describe(*edges[i]);
  }
  return diff;
}

}  // namespace geokg::events_test
