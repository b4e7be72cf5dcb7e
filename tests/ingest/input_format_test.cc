#include "ingest/input_format.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(InputFormatTest, DetectsFromNameAndFirstLine) {
  EXPECT_EQ(DetectInputFormat("a.jsonl", R"({"id":"x","text":"y"})"), InputFormat::kJsonl);
  EXPECT_EQ(DetectInputFormat("a.jsonl", R"({"relation":"meet"})"), InputFormat::kFacts);
  EXPECT_EQ(DetectInputFormat("edges.out", "["), InputFormat::kFacts);
  EXPECT_EQ(DetectInputFormat("-", R"({"id":"x","text":"y"})"), InputFormat::kJsonl);
  EXPECT_EQ(
      DetectInputFormat("icews_2014_train.txt", "John Kerry\tMake a visit\tChina\t2014-11-11"),
      InputFormat::kIcews);
  EXPECT_EQ(DetectInputFormat("export.CSV", std::string(57, '\t')), InputFormat::kGdelt);
  EXPECT_EQ(DetectInputFormat("article.txt", "Nordkorea kritisiert die NATO."), InputFormat::kText);
}

TEST(InputFormatTest, NamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl,
                        InputFormat::kFacts, InputFormat::kIcews, InputFormat::kGdelt}) {
    EXPECT_EQ(ParseInputFormat(InputFormatName(f)), f);
  }
  EXPECT_FALSE(ParseInputFormat("xml").has_value());
}

}  // namespace
}  // namespace geokg
