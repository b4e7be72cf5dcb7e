#include "tests/cli/cli_json.h"

#include <gtest/gtest.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <regex>

#include "tests/cli/cli_harness.h"

namespace geokg::cli_test {
namespace {

const rapidjson::Value* At(const rapidjson::Value& value, std::initializer_list<const char*> path) {
  const rapidjson::Value* v = &value;
  for (const char* name : path) {
    if (!v->IsObject()) return nullptr;
    auto it = v->FindMember(name);
    if (it == v->MemberEnd()) return nullptr;
    v = &it->value;
  }
  return v;
}

void WriteCanonical(const rapidjson::Value& v, rapidjson::Writer<rapidjson::StringBuffer>* w) {
  if (v.IsObject()) {
    std::vector<const rapidjson::Value::Member*> members;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) members.push_back(&*it);
    std::sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
      return std::string_view(a->name.GetString(), a->name.GetStringLength()) <
             std::string_view(b->name.GetString(), b->name.GetStringLength());
    });
    w->StartObject();
    for (const auto* m : members) {
      w->Key(m->name.GetString(), m->name.GetStringLength());
      WriteCanonical(m->value, w);
    }
    w->EndObject();
  } else if (v.IsArray()) {
    w->StartArray();
    for (const rapidjson::Value& e : v.GetArray()) WriteCanonical(e, w);
    w->EndArray();
  } else {
    v.Accept(*w);
  }
}

}  // namespace

std::ostream& operator<<(std::ostream& os, const StoreCounts& c) {
  return os << "{actors " << c.actors << ", edges " << c.edges << ", mentions " << c.mentions
            << ", documents " << c.documents << ", relation_types " << c.relation_types << "}";
}

StoreCounts Stats(const std::string& db) {
  StoreCounts counts;
  const RunResult r = RunGeokg({"--db", db, "stats", "--json"});
  if (r.exit_code != 0) {
    ADD_FAILURE() << "stats --json on " << db << " failed: " << Describe(r);
    return counts;
  }
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  if (doc.HasParseError() || !doc.IsObject()) {
    ADD_FAILURE() << "stats --json printed no JSON object: " << r.out;
    return counts;
  }
  const auto get = [&](const char* name) -> uint64_t {
    auto it = doc.FindMember(name);
    if (it == doc.MemberEnd() || !it->value.IsUint64()) {
      ADD_FAILURE() << "stats --json lacks a count \"" << name << "\": " << r.out;
      return 0;
    }
    return it->value.GetUint64();
  };
  counts.actors = get("actors");
  counts.edges = get("edges");
  counts.mentions = get("mentions");
  counts.documents = get("documents");
  counts.relation_types = get("relation_types");
  return counts;
}

std::optional<IngestSummary> ParseSummary(const std::string& out) {
  static const std::regex kLine(
      R"(ingested (\d+) file\(s\), (\d+) record\(s\): (\d+) new document\(s\), (\d+) unchanged; )"
      R"((\d+) new edge\(s\), (\d+) merged into existing edges, (\d+) new mention\(s\))"
      R"((; (\d+) row\(s\) make no edge \([^)]*\))?)"
      R"((; (\d+) bad record\(s\) skipped)?)");
  std::smatch m;
  if (!std::regex_search(out, m, kLine)) return std::nullopt;
  const auto n = [&](int i) -> uint64_t { return m[i].matched ? std::stoull(m[i].str()) : 0; };
  IngestSummary s;
  s.files = n(1);
  s.records = n(2);
  s.documents_new = n(3);
  s.documents_unchanged = n(4);
  s.edges_new = n(5);
  s.edges_merged = n(6);
  s.mentions_new = n(7);
  s.rows_without_edge = n(9);
  s.bad_records = n(11);
  return s;
}

bool ParseEdges(const std::string& out, rapidjson::Document* doc) {
  doc->Parse(out.c_str(), out.size());
  return !doc->HasParseError() && doc->IsArray();
}

std::vector<std::string> CanonicalEdges(const std::string& edges_json) {
  rapidjson::Document doc;
  if (!ParseEdges(edges_json, &doc)) {
    ADD_FAILURE() << "edges --json is not a JSON array: "
                  << rapidjson::GetParseError_En(doc.GetParseError()) << " at byte "
                  << doc.GetErrorOffset() << "\n"
                  << edges_json.substr(0, 2000);
    return {};
  }
  std::vector<std::string> edges;
  for (rapidjson::Value& edge : doc.GetArray()) {
    if (!edge.IsObject()) {
      ADD_FAILURE() << "an edge is not an object";
      return {};
    }
    edge.RemoveMember("id");
    edge.RemoveMember("ingested_at");
    auto mentions = edge.FindMember("mentions");
    if (mentions != edge.MemberEnd() && mentions->value.IsArray()) {
      for (rapidjson::Value& m : mentions->value.GetArray()) {
        if (m.IsObject()) m.RemoveMember("ingested_at");
      }
    }
    edges.push_back(Canonical(edge));
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

std::string StringAt(const rapidjson::Value& value, std::initializer_list<const char*> path) {
  const rapidjson::Value* v = At(value, path);
  if (v == nullptr || !v->IsString()) return "<missing>";
  return std::string(v->GetString(), v->GetStringLength());
}

size_t ArraySizeAt(const rapidjson::Value& value, std::initializer_list<const char*> path) {
  const rapidjson::Value* v = At(value, path);
  return v != nullptr && v->IsArray() ? v->Size() : 0;
}

std::vector<std::string> MentionDocs(const rapidjson::Value& edge) {
  std::vector<std::string> docs;
  const rapidjson::Value* mentions = At(edge, {"mentions"});
  if (mentions == nullptr || !mentions->IsArray()) return docs;
  for (const rapidjson::Value& m : mentions->GetArray()) docs.push_back(StringAt(m, {"doc"}));
  return docs;
}

std::string Canonical(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  WriteCanonical(value, &writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace geokg::cli_test
