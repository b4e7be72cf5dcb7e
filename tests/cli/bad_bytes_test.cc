// Bytes that are no text, empty files and malformed articles: reported with file, line (and
// column or field), skipped, exit 1; the good records and everything stored before survive.
#include <string>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

class CliBadBytesTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(Geokg(Db(), {"ingest", ExampleArticles(), ExampleFacts()}).exit_code, 0);
    before_ = Stats(Db());
  }
  // Ingests `contents` as FILE (with extra arguments) and expects exit 1 and `message` on stderr.
  RunResult IngestBad(const std::string& name, const std::string& contents,
                      const std::string& message, std::vector<std::string> args = {}) {
    const std::string file = WriteFile(name, contents);
    args.insert(args.begin(), "ingest");
    args.push_back(file);
    const RunResult r = Geokg(Db(), args);
    EXPECT_EQ(r.exit_code, 1) << Describe(r);
    EXPECT_NE(r.err.find("geokg: " + file + message), std::string::npos)
        << "expected \"" << file << message << "\" in:\n"
        << r.err;
    return r;
  }
  StoreCounts Plus(uint64_t documents, uint64_t edges = 0) const {
    StoreCounts c = before_;
    c.documents += documents;
    c.edges += edges;
    c.mentions += edges;
    c.actors += 2 * edges;
    return c;
  }
  StoreCounts before_;
};

TEST_F(CliBadBytesTest, InvalidUtf8InAnArticleLine) {
  const std::string bad = "{\"id\": \"latin1\", \"text\": \"Caf\xe9 au lait\"}\n";
  IngestBad("articles.jsonl",
            ArticleLine("good-1", "Fine.") + bad + ArticleLine("good-2", "Also fine."),
            ":2: invalid UTF-8 at column 30");
  EXPECT_EQ(Stats(Db()), Plus(2));
}

TEST_F(CliBadBytesTest, InvalidUtf8InAFactLine) {
  std::string bad = DistinctFactLine(7);
  const size_t at = bad.find("Group g7a");
  bad.replace(at, 5, "Gr\xc3\x28up");  // a truncated two-byte sequence
  IngestBad("facts.jsonl", DistinctFactLine(1) + bad + DistinctFactLine(2),
            ":2: invalid UTF-8 at column " + std::to_string(at + 3));
  EXPECT_EQ(Stats(Db()), Plus(0, 2));
}

TEST_F(CliBadBytesTest, NulByteInALine) {
  std::string bad = ArticleLine("with-nul", "before after");
  bad[bad.find(" after")] = '\0';
  IngestBad("articles.jsonl", ArticleLine("good-1", "Fine.") + bad, ":2: binary data");
  EXPECT_EQ(Stats(Db()), Plus(1));
}

TEST_F(CliBadBytesTest, BinaryFileAsJsonl) {
  const std::string gzip_like("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9", 14);
  IngestBad("archive.jsonl", gzip_like, ":1: ", {"--format", "jsonl"});
  EXPECT_EQ(Stats(Db()), before_);
}

TEST_F(CliBadBytesTest, NulByteInATextFileNamesLineAndColumn) {
  IngestBad("scan.txt", std::string("Title\nab\0cd\n", 12), ":2:3: binary data",
            {"--format", "text"});
  EXPECT_EQ(Stats(Db()), before_);
}

TEST_F(CliBadBytesTest, InvalidUtf8InATextFileNamesLineAndColumn) {
  IngestBad("note.txt", "Title\nfirst\nna\xefve\n", ":3:3: invalid UTF-8", {"--format", "text"});
  EXPECT_EQ(Stats(Db()), before_);
}

TEST_F(CliBadBytesTest, EmptyFilesOfEveryFormat) {
  IngestBad("empty.jsonl", "", ": empty file");
  IngestBad("blank.jsonl", "\n  \n\t\n", ": empty file");
  IngestBad("empty-facts.jsonl", "", ": empty file", {"--format", "facts"});
  IngestBad("empty.txt", "", ": empty file", {"--format", "text"});
  IngestBad("blank.txt", " \n\n", ": empty file", {"--format", "text"});
  RunOptions nothing;
  const RunResult r = Geokg(Db(), {"ingest", "--format", "jsonl", "-"}, nothing);
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("empty file"), std::string::npos) << r.err;
  EXPECT_EQ(Stats(Db()), before_);
}

TEST_F(CliBadBytesTest, MalformedArticlesAndWrongTypes) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {R"({"id": "a", "text": 5})", "field text: must be a string"},
      {R"({"id": "a", "text": "x", "date": "yesterday"})", "field date: must be YYYY-MM-DD"},
      {R"({"id": "a", "text": "x", "date": "2023-02-30"})", "field date: must be YYYY-MM-DD"},
      {R"({"id": "a", "text": "x", "lang": "German"})", "field lang: must be a language code"},
      {R"({"text": "no id"})", "field id: missing"},
      {R"({"id": 17, "text": "x"})", "field id: must be a string"},
      {R"({"id": "a", "text": ""})", "field text: is empty"},
      {R"({"id": "a", "text": "x", "title": ["t"]})", "field title: must be a string"},
      {R"({"id": "a", "text": "unterminated)", "not valid JSON"},
      {R"("just a string")", "expected a JSON object"},
  };
  std::string contents = ArticleLine("good-first", "First.");
  for (const auto& [line, message] : bad) contents += line + "\n";
  // Unknown members of an article are ignored, not errors.
  contents += R"({"id": "good-last", "text": "Last.", "section": "world", "tags": ["x"]})"
              "\n";
  const RunResult r = IngestBad("articles.jsonl", contents, ":2: ");
  for (size_t i = 0; i < bad.size(); ++i) {
    const std::string where = Path("articles.jsonl") + ":" + std::to_string(i + 2) + ": ";
    EXPECT_NE(r.err.find(where + bad[i].second), std::string::npos)
        << "expected \"" << where << bad[i].second << "\" in:\n"
        << r.err;
  }
  const std::optional<IngestSummary> s = ParseSummary(r.out);
  ASSERT_TRUE(s) << r.out;
  EXPECT_EQ(s->bad_records, bad.size());
  EXPECT_EQ(s->documents_new, 2u);
  EXPECT_EQ(Stats(Db()), Plus(2));
}

TEST_F(CliBadBytesTest, MissingInputFileFailsWithoutHarm) {
  const std::string missing = Path("no-such-file.jsonl");
  const RunResult r = Geokg(Db(), {"ingest", missing, ExampleArticles()});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_EQ(Stats(Db()), before_);
}

}  // namespace
}  // namespace geokg::cli_test
