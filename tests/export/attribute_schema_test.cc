#include "export/attribute_schema.h"

#include <gtest/gtest.h>

#include <set>

namespace geokg {
namespace {

TEST(AttributeSchemaTest, NamesAreUniquePerDomain) {
  std::set<std::string_view> names;
  for (const AttributeSpec& spec : kNodeAttributes) EXPECT_TRUE(names.insert(spec.name).second);
  names.clear();
  for (const AttributeSpec& spec : kEdgeAttributes) EXPECT_TRUE(names.insert(spec.name).second);
  // Readers key edges by these; an attribute of the same name would shadow them.
  for (std::string_view reserved : {"id", "source", "target", "key"}) {
    EXPECT_EQ(names.count(reserved), 0u) << reserved;
  }
}

TEST(AttributeSchemaTest, NodeValues) {
  Actor actor;
  actor.id = "country:JPN";
  actor.name = "Japan";
  actor.type = ActorType::kCountry;
  actor.codes = {{"iso3", "JPN"}, {"cameo", "JPN"}};
  const NodeValues values = NodeAttributeValues(actor);
  EXPECT_EQ(values[0], "Japan");
  EXPECT_EQ(values[1], "Japan");
  EXPECT_EQ(values[2], "country");
  EXPECT_EQ(values[3], "cameo=JPN;iso3=JPN");
  actor.codes.clear();
  EXPECT_FALSE(NodeAttributeValues(actor)[3].has_value());
}

TEST(AttributeSchemaTest, EdgeValuesFollowTheSchemaOrder) {
  Edge edge;
  edge.id = 7;
  edge.relation = "meet";
  edge.cameo = "040";
  ASSERT_TRUE(MakeEventTime("2023-04", TimeMod::kNone, &edge.time).ok());
  edge.modality = Modality::kReported;
  edge.attributed_to = "media:nikkei";
  edge.confidence = 0.75;
  edge.mentions.push_back({"doc-b", 1, 0, 5, "first", "r", 0.75, 0, {}});
  edge.mentions.push_back({"doc-a", 2, 6, 9, "second", "r", 0.75, 0, {}});
  edge.mentions.push_back({"doc-b", 3, 10, 12, "third", "r", 0.75, 0, {}});
  const EdgeValues v = EdgeAttributeValues(edge);
  const auto at = [&](std::string_view name) {
    for (size_t i = 0; i < kEdgeAttributes.size(); ++i) {
      if (kEdgeAttributes[i].name == name) return v[i];
    }
    ADD_FAILURE() << "no attribute " << name;
    return std::optional<std::string>();
  };
  EXPECT_EQ(at("kind"), "event");
  EXPECT_EQ(at("relation"), "meet");
  EXPECT_EQ(at("cameo"), "040");
  EXPECT_FALSE(at("label").has_value());
  EXPECT_EQ(at("time"), "2023-04");
  EXPECT_FALSE(at("time_mod").has_value());
  EXPECT_EQ(at("lo"), "2023-04-01");
  EXPECT_EQ(at("hi"), "2023-04-30");
  EXPECT_EQ(at("precision"), "month");
  EXPECT_EQ(at("modality"), "reported");
  EXPECT_EQ(at("attributed_to"), "media:nikkei");
  EXPECT_EQ(at("confidence"), "0.984375");  // three 0.75 mentions corroborate one another
  EXPECT_EQ(at("mentions"), "3");
  EXPECT_EQ(at("sources"), "doc-b\ndoc-a");
  EXPECT_EQ(at("evidence"), "first");
}

TEST(AttributeSchemaTest, OpenBoundsAndUnknownTimesAreAbsent) {
  Edge edge;
  edge.relation = "member_of";
  edge.kind = EdgeKind::kRelation;
  ASSERT_TRUE(MakeEventTime("1949-04-04/..", TimeMod::kNone, &edge.time).ok());
  EdgeValues v = EdgeAttributeValues(edge);
  EXPECT_EQ(v[6], "1949-04-04");
  EXPECT_FALSE(v[7].has_value());
  EXPECT_FALSE(v[2].has_value());  // no CAMEO code for a relation
  edge.time = EventTime{};
  v = EdgeAttributeValues(edge);
  EXPECT_FALSE(v[4].has_value());
  EXPECT_FALSE(v[6].has_value());
  EXPECT_EQ(v[8], "unknown");
}

}  // namespace
}  // namespace geokg
