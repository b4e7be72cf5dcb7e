#include "ingest/text/tokenizer.h"

#include <gtest/gtest.h>

#include "common/name_key.h"
#include "ingest/text/text_key.h"

namespace geokg {
namespace {

std::vector<std::string> Texts(std::string_view doc, const std::vector<Token>& tokens,
                               size_t offset) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(doc.substr(t.begin - offset, t.size()));
  return out;
}

TEST(TokenizerTest, OffsetsAreDocumentOffsets) {
  const std::string sentence = "Die NATO-Chefin traf Kim.";
  const std::vector<Token> tokens = Tokenize(sentence, 1000);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].begin, 1000u);
  EXPECT_EQ(tokens[0].end, 1003u);
  EXPECT_EQ(tokens[1].begin, 1004u);
  EXPECT_EQ(tokens[2].kind, TokenKind::kHyphen);
  EXPECT_FALSE(tokens[2].space_before);
  EXPECT_EQ(Texts(sentence, tokens, 1000),
            (std::vector<std::string>{"Die", "NATO", "-", "Chefin", "traf", "Kim", "."}));
  EXPECT_EQ(tokens.back().kind, TokenKind::kPunctuation);
}

TEST(TokenizerTest, UmlautsAndQuotesAreBytesExact) {
  const std::string s = "„Außenministerium“ – Brüssel…";
  const std::vector<Token> tokens = Tokenize(s, 0);
  EXPECT_EQ(Texts(s, tokens, 0),
            (std::vector<std::string>{"„", "Außenministerium", "“", "–", "Brüssel", "…"}));
  EXPECT_TRUE(tokens[1].capitalized);
  EXPECT_FALSE(tokens[1].ascii);
  EXPECT_EQ(tokens[1].begin, 3u);  // „ is three bytes
  EXPECT_EQ(tokens[1].end, 3u + 17u);
}

TEST(TokenizerTest, CaseFlags) {
  const std::string s = "NATO Nato nato G7 Über";
  const std::vector<Token> t = Tokenize(s, 0);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t[0].all_caps);
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_FALSE(t[1].all_caps);
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_FALSE(t[2].capitalized);
  EXPECT_TRUE(t[3].all_caps);
  EXPECT_TRUE(t[4].capitalized);
}

TEST(TokenizerTest, AbbreviationsPossessivesAndNumbers) {
  const std::string s = "The U.S. and Japan's 2,5 Mrd. O'Brien’s z. B. 4. April";
  const std::vector<Token> t = Tokenize(s, 0);
  EXPECT_EQ(Texts(s, t, 0),
            (std::vector<std::string>{"The", "U.S.", "and", "Japan", "'s", "2,5", "Mrd", ".",
                                      "O'Brien", "’s", "z", ".", "B", ".", "4", ".", "April"}));
  EXPECT_EQ(t[1].kind, TokenKind::kAbbreviation);
  EXPECT_EQ(t[4].kind, TokenKind::kClitic);
  EXPECT_EQ(t[5].kind, TokenKind::kNumber);
  EXPECT_EQ(t[9].kind, TokenKind::kClitic);
}

TEST(TokenizerTest, HyphenOnlyBetweenWords) {
  const std::string s = "Kim Seol-hwa - und US-geführte -5";
  const std::vector<Token> t = Tokenize(s, 0);
  EXPECT_EQ(t[2].kind, TokenKind::kHyphen);
  EXPECT_EQ(t[4].kind, TokenKind::kPunctuation);  // spaced dash
  EXPECT_EQ(t[7].kind, TokenKind::kHyphen);
  EXPECT_EQ(t.back().kind, TokenKind::kNumber);
}

TEST(TokenizerTest, EmptyAndSpaceOnly) {
  EXPECT_TRUE(Tokenize("", 5).empty());
  EXPECT_TRUE(Tokenize(" \t\xC2\xA0 ", 5).empty());
}

TEST(TextKeyTest, PhraseKeysFoldCaseAccentsAndHyphens) {
  KeyFolder folder;
  EXPECT_EQ(PhraseKey("Nato-Chef", &folder), "nato chef");
  EXPECT_EQ(PhraseKey("NATO Chef", &folder), "nato chef");
  EXPECT_EQ(PhraseKey("Außenministerium", &folder), "aussenministerium");
  EXPECT_EQ(PhraseKey("Côte d’Ivoire", &folder), "cote d'ivoire");
  EXPECT_EQ(PhraseKey("People's Daily", &folder), "people 's daily");
}

// KeyFolder folds ASCII and German words without ICU; the keys must be NameKey's all the same.
TEST(TextKeyTest, InlineFoldingEqualsNameKey) {
  KeyFolder folder;
  for (std::string_view word : {"Äpfel",
                                "äußerst",
                                "Öl",
                                "Größe",
                                "Übung",
                                "Straße",
                                "STRASSE",
                                "GROẞE",
                                "Émile",
                                "café",
                                "Müller-Lüdenscheidt",
                                "d’Ivoire",
                                "O'Brien",
                                "G7",
                                "Ærø",
                                "Ångström",
                                "naïve",
                                "Łódź",
                                "São",
                                "Ñandú",
                                "Ç",
                                "ﬁnal",
                                "x\u0308",
                                "ä’s",
                                "É1ä2ö3ü4ß5"}) {
    std::string plain(word);
    for (size_t p; (p = plain.find("\xE2\x80\x99")) != std::string::npos;) {
      plain.replace(p, 3, "'");
    }
    EXPECT_EQ(folder.Fold(word), NameKey(plain)) << word;
  }
  for (const char* letter : {"Ä", "ä", "Ö", "ö", "Ü", "ü", "ß", "É", "é"}) {
    EXPECT_EQ(folder.Fold(letter), NameKey(letter)) << letter;
    EXPECT_EQ(folder.Fold(std::string("Ab") + letter + "Cd"),
              NameKey(std::string("Ab") + letter + "Cd"));
  }
}

}  // namespace
}  // namespace geokg
