#include "ingest/fact_parser.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

constexpr char kFull[] =
    R"({"id":"edge:9","kind":"event","relation":"meet","cameo":"040","label":"x",)"
    R"("source":{"id":"person:jens-stoltenberg","name":"Jens Stoltenberg","type":"person","codes":{}},)"
    R"("target":"Yoshimasa Hayashi","time":{"value":"2023-04-04","mod":null,"lo":"2023-04-04",)"
    R"("hi":"2023-04-04","precision":"day","text":"am 4. April","anchor":"2023-05-16"},)"
    R"("modality":"reported","attributed_to":"media:nikkei","confidence":0.8,)"
    R"("mentions":[{"doc":"seed","sentence":3,"begin":10,"end":20,"text":"traf","rule":"r1",)"
    R"("confidence":0.7,"ingested_at":"2026-01-01T00:00:00Z"}],"ingested_at":"2026-01-01T00:00:00Z"})";

TEST(FactParserTest, ParsesTheEdgesJsonShape) {
  FactRecord r;
  Status s = ParseFact(kFull, &r);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(r.edge.kind, EdgeKind::kEvent);
  EXPECT_EQ(r.edge.relation, "meet");
  EXPECT_EQ(r.edge.cameo, "040");
  ASSERT_TRUE(r.source.actor.has_value());
  EXPECT_EQ(r.source.actor->name, "Jens Stoltenberg");
  EXPECT_EQ(r.source.actor->type, ActorType::kPerson);
  EXPECT_FALSE(r.target.actor.has_value());
  EXPECT_EQ(r.target.text, "Yoshimasa Hayashi");
  EXPECT_EQ(r.edge.time.lo, *ParseIsoDay("2023-04-04"));
  EXPECT_EQ(r.edge.time.anchor, ParseIsoDay("2023-05-16"));
  EXPECT_EQ(r.edge.modality, Modality::kReported);
  ASSERT_TRUE(r.attributed_to.has_value());
  EXPECT_EQ(r.attributed_to->text, "media:nikkei");
  ASSERT_EQ(r.edge.mentions.size(), 1u);
  EXPECT_EQ(r.edge.mentions[0].sentence, 3u);
  EXPECT_EQ(r.edge.mentions[0].confidence, 0.7);
}

TEST(FactParserTest, MinimalFactTakesDefaults) {
  FactRecord r;
  ASSERT_TRUE(ParseFact(R"({"relation":"member_of","source":"country:FIN","target":"org:NATO",)"
                        R"("time":"2023-04-04/.."})",
                        &r)
                  .ok());
  EXPECT_EQ(r.edge.kind, EdgeKind::kRelation);
  EXPECT_EQ(r.edge.modality, Modality::kAsserted);
  EXPECT_EQ(r.edge.time.hi, kOpenHi);
  EXPECT_EQ(r.edge.confidence, 1.0);
}

// Every error names the field that is wrong.
TEST(FactParserTest, ErrorsNameTheField) {
  struct Case {
    const char* line;
    const char* field;
  };
  const Case cases[] = {
      {R"({"source":"a:b","target":"country:JPN"})", "field relation"},
      {R"({"relation":"Meet Up","source":"country:USA","target":"country:JPN"})", "field relation"},
      {R"({"relation":"meet","cameo":"4x","source":"country:USA","target":"country:JPN"})",
       "field cameo"},
      {R"({"relation":"meet","source":"country:USA"})", "field target"},
      {R"({"relation":"meet","source":{"name":"x"},"target":"country:JPN"})", "field source.id"},
      {R"({"relation":"meet","source":{"id":"nation:X","name":"x"},"target":"country:JPN"})",
       "field source.id"},
      {R"({"relation":"meet","source":{"id":"country:X","name":"x","type":"planet"},"target":"country:JPN"})",
       "field source.type"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","time":{"value":"2023-13"}})",
       "field time.value"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","time":{"value":"2023-04","lo":"2023-04-02"}})",
       "field time.lo"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","time":{"value":"2023","precision":"day"}})",
       "field time.precision"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","modality":"rumoured"})",
       "field modality"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","confidence":1.5})",
       "field confidence"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","mentions":[{"text":"x"}]})",
       "field mentions[0].doc"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","mentions":[{"doc":"d","begin":5,"end":2}]})",
       "field mentions[0].end"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","mentions":[{"doc":"d","begin":-1,"end":2}]})",
       "field mentions[0].begin"},
      {R"({"relation":"meet","source":"country:USA","target":"country:JPN","modalty":"asserted"})",
       "field modalty"},
      {R"({"relation":"member_of","kind":"relation","cameo":"040","source":"country:USA","target":"org:NATO"})",
       "field cameo"},
  };
  for (const Case& c : cases) {
    FactRecord r;
    Status s = ParseFact(c.line, &r);
    EXPECT_FALSE(s.ok()) << c.line;
    EXPECT_NE(s.message().find(c.field), std::string::npos) << c.line << " -> " << s.message();
  }
}

TEST(FactParserTest, RejectsNonJsonAndNonObjects) {
  FactRecord r;
  EXPECT_TRUE(ParseFact("{\"relation\":", &r).IsCorruption());
  EXPECT_TRUE(ParseFact("[1,2]", &r).IsCorruption());
  EXPECT_TRUE(ParseFact("not json", &r).IsCorruption());
}

TEST(FactParserTest, ValidatesDocumentIds) {
  EXPECT_EQ(ValidateDocumentId("seed-de"), "");
  EXPECT_NE(ValidateDocumentId(""), "");
  EXPECT_NE(ValidateDocumentId(std::string("a\0b", 3)), "");
  EXPECT_NE(ValidateDocumentId(std::string(2000, 'x')), "");
}

}  // namespace
}  // namespace geokg
