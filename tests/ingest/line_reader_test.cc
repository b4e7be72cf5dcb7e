#include "ingest/line_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/util/temp_dir.h"

namespace geokg {
namespace {

std::string Write(const testing::TempDir& dir, const std::string& contents) {
  const std::string path = dir.Sub("input");
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(LineReaderTest, SplitsLinesAndDropsCarriageReturns) {
  testing::TempDir dir;
  LineReader reader;
  ASSERT_TRUE(reader.Open(Write(dir, "one\r\ntwo\n\nlast")).ok());
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(&line) == LineReader::Result::kLine) lines.emplace_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "", "last"}));
  EXPECT_EQ(reader.line_number(), 4u);
}

TEST(LineReaderTest, SkipsOverLongLinesWithoutBufferingThem) {
  testing::TempDir dir;
  const std::string long_line(3 << 20, 'x');  // three buffer refills
  LineReader reader;
  ASSERT_TRUE(
      reader.Open(Write(dir, "short\n" + long_line + "\nafter\n" + long_line), 1 << 20).ok());
  std::string_view line;
  ASSERT_EQ(reader.Next(&line), LineReader::Result::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.Next(&line), LineReader::Result::kTooLong);
  EXPECT_EQ(reader.line_number(), 2u);
  ASSERT_EQ(reader.Next(&line), LineReader::Result::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(reader.Next(&line), LineReader::Result::kTooLong);
  EXPECT_EQ(reader.Next(&line), LineReader::Result::kEnd);
}

TEST(LineReaderTest, LinesSpanningBufferBoundariesArriveWhole) {
  testing::TempDir dir;
  std::string contents;
  for (int i = 0; i < 50000; ++i) contents += "line number " + std::to_string(i) + "\n";
  LineReader reader;
  ASSERT_TRUE(reader.Open(Write(dir, contents)).ok());
  std::string_view line;
  int i = 0;
  while (reader.Next(&line) == LineReader::Result::kLine) {
    ASSERT_EQ(line, "line number " + std::to_string(i)) << i;
    ++i;
  }
  EXPECT_EQ(i, 50000);
  EXPECT_EQ(reader.bytes_read(), contents.size());
}

TEST(LineReaderTest, MissingFilesAndDirectoriesAreErrors) {
  testing::TempDir dir;
  LineReader reader;
  Status s = reader.Open(dir.Sub("nope"));
  EXPECT_TRUE(s.IsIOError());
  EXPECT_NE(s.message().find("nope"), std::string::npos);
  LineReader dir_reader;
  EXPECT_TRUE(dir_reader.Open(dir.path()).IsInvalidArgument());
}

TEST(LineReaderTest, ReadWholeFileEnforcesItsLimit) {
  testing::TempDir dir;
  std::string contents;
  EXPECT_TRUE(ReadWholeFile(Write(dir, std::string(100, 'a')), 50, &contents).IsInvalidArgument());
  ASSERT_TRUE(ReadWholeFile(Write(dir, "abc"), 50, &contents).ok());
  EXPECT_EQ(contents, "abc");
}

}  // namespace
}  // namespace geokg
