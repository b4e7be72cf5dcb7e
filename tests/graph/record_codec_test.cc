#include "graph/record_codec.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

Edge SampleEdge() {
  Edge e;
  e.id = 42;
  e.kind = EdgeKind::kEvent;
  e.relation = "meet";
  e.cameo = "040";
  e.label = "Stoltenberg meets Hayashi";
  e.source = "person:jens-stoltenberg";
  e.target = "person:yoshimasa-hayashi";
  EXPECT_TRUE(MakeEventTime("2023-04-04", TimeMod::kNone, &e.time).ok());
  e.time.text = "am 4. April";
  e.time.anchor = ParseIsoDay("2023-05-16");
  e.modality = Modality::kReported;
  e.attributed_to = "media:nikkei";
  e.confidence = 0.75;
  e.ingested_at = 1700000000;
  return e;
}

TEST(RecordCodecTest, EdgeRoundTrips) {
  const Edge edge = SampleEdge();
  std::string value;
  EncodeEdgeRecord(edge, &value);
  Edge decoded;
  ASSERT_TRUE(DecodeEdgeRecord(value, &decoded).ok());
  EXPECT_EQ(decoded, edge);
}

TEST(RecordCodecTest, OpenBoundsAndUnknownTimeRoundTrip) {
  Edge edge = SampleEdge();
  ASSERT_TRUE(MakeEventTime("1949-04-04/..", TimeMod::kNone, &edge.time).ok());
  std::string value;
  EncodeEdgeRecord(edge, &value);
  Edge decoded;
  ASSERT_TRUE(DecodeEdgeRecord(value, &decoded).ok());
  EXPECT_EQ(decoded.time.hi, kOpenHi);
  edge.time = EventTime();
  value.clear();
  EncodeEdgeRecord(edge, &value);
  ASSERT_TRUE(DecodeEdgeRecord(value, &decoded).ok());
  EXPECT_EQ(decoded.time.lo, kOpenLo);
}

TEST(RecordCodecTest, MentionActorAndDocumentRoundTrip) {
  Mention m{"seed-de",
            3,
            120,
            180,
            "traf am 4. April",
            "de.meet.1",
            0.8,
            1700000000,
            {{"url", "https://example.org/a"}}};
  std::string value;
  EncodeMention(m, &value);
  Mention decoded;
  ASSERT_TRUE(DecodeMention(value, &decoded).ok());
  EXPECT_EQ(decoded, m);

  Mention feed{"gdelt-1", std::nullopt, std::nullopt, std::nullopt, "", "gdelt", 1, 0, {}};
  value.clear();
  EncodeMention(feed, &value);
  ASSERT_TRUE(DecodeMention(value, &decoded).ok());
  EXPECT_EQ(decoded, feed);

  Actor actor{"country:PRK",
              "North Korea",
              ActorType::kCountry,
              {{"iso3", "PRK"}},
              {{"Nordkorea", "de"}, {"DPRK", "en"}}};
  value.clear();
  EncodeActor(actor, &value);
  Actor decoded_actor;
  ASSERT_TRUE(DecodeActor(value, &decoded_actor).ok());
  EXPECT_EQ(decoded_actor, actor);

  Document doc{"d1", "abc", "Title", ParseIsoDay("2023-05-16"), "de", "feed", "", 17, 99};
  value.clear();
  EncodeDocument(doc, &value);
  Document decoded_doc;
  ASSERT_TRUE(DecodeDocument(value, &decoded_doc).ok());
  EXPECT_EQ(decoded_doc, doc);
}

TEST(RecordCodecTest, TruncatedOrForeignRecordsAreCorruption) {
  std::string value;
  EncodeEdgeRecord(SampleEdge(), &value);
  Edge decoded;
  for (size_t cut = 0; cut < value.size(); ++cut) {
    EXPECT_TRUE(DecodeEdgeRecord(value.substr(0, cut), &decoded).IsCorruption()) << cut;
  }
  EXPECT_TRUE(DecodeEdgeRecord(value + "x", &decoded).IsCorruption());
  std::string other_format = value;
  other_format[0] = 9;
  EXPECT_TRUE(DecodeEdgeRecord(other_format, &decoded).IsCorruption());
}

}  // namespace
}  // namespace geokg
