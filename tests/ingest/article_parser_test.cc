#include "ingest/article_parser.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(ArticleParserTest, ParsesAJsonlArticle) {
  Article a;
  ASSERT_TRUE(ParseArticleJson(R"({"id":"n1","text":"Peking kritisiert.","date":"2023-05-16",)"
                               R"("lang":"de","title":"T","url":"https://x","category":"ignored"})",
                               ArticleDefaults(), &a)
                  .ok());
  EXPECT_EQ(a.document.id, "n1");
  EXPECT_EQ(a.document.date, ParseIsoDay("2023-05-16"));
  EXPECT_EQ(a.document.lang, "de");
  EXPECT_EQ(a.document.url, "https://x");
}

TEST(ArticleParserTest, DefaultsFillMissingFieldsAndTimestampsGiveTheirDay) {
  ArticleDefaults defaults;
  defaults.date = ParseIsoDay("2020-01-01");
  defaults.lang = "en";
  defaults.source = "wire";
  Article a;
  ASSERT_TRUE(ParseArticleJson(R"({"id":"n2","text":"x"})", defaults, &a).ok());
  EXPECT_EQ(a.document.date, defaults.date);
  EXPECT_EQ(a.document.lang, "en");
  EXPECT_EQ(a.document.source, "wire");
  ASSERT_TRUE(
      ParseArticleJson(R"({"id":"n3","text":"x","date":"2023-05-16T08:30:00Z"})", defaults, &a)
          .ok());
  EXPECT_EQ(a.document.date, ParseIsoDay("2023-05-16"));
}

TEST(ArticleParserTest, ErrorsNameTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"text":"x"})", "field id"},
      {R"({"id":"a"})", "field text"},
      {R"({"id":"a","text":""})", "field text"},
      {R"({"id":"a","text":"x","date":"16.05.2023"})", "field date"},
      {R"({"id":"a","text":"x","lang":"German"})", "field lang"},
      {R"({"id":"a","text":7})", "field text"},
  };
  for (const auto& [line, field] : cases) {
    Article a;
    Status s = ParseArticleJson(line, ArticleDefaults(), &a);
    EXPECT_NE(s.message().find(field), std::string::npos) << line << " -> " << s.ToString();
  }
}

TEST(ArticleParserTest, TextIsStoredInNfc) {
  Article a;
  // "Pjo" + combining diaeresis + "ngjang": decomposed input, composed storage.
  ASSERT_TRUE(MakeTextArticle("p", "Headline\nPjo\xCC\x88ngjang", ArticleDefaults(), &a).ok());
  EXPECT_EQ(a.text, "Headline\nPj\xC3\xB6ngjang");
  EXPECT_EQ(a.document.title, "Headline");
}

}  // namespace
}  // namespace geokg
