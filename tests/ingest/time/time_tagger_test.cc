// Unit tests of the TimeTagger API: offsets, anaphora across sentences, unresolved relative
// expressions without a publication date, the future cue, and the required examples.
#include "ingest/text/time_tagger.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

Day D(const char* iso) { return *ParseIsoDay(iso); }

TEST(TimeTaggerTest, RequiredGermanExamples) {
  TimeTagger tagger("de", D("2023-05-16"));
  struct Want {
    const char* sentence;
    const char* text;
    const char* value;
    TimeMod mod;
  };
  const Want wants[] = {
      {"Die Minister trafen sich am Montag in Brüssel.", "Montag", "2023-05-15", TimeMod::kNone},
      {"Letzten Monat wurde der Vertrag unterzeichnet.", "Letzten Monat", "2023-04",
       TimeMod::kNone},
      {"Das Abkommen wurde am 4. April paraphiert.", "4. April", "2023-04-04", TimeMod::kNone},
      {"Anfang dieses Jahres begannen die Gespräche.", "Anfang dieses Jahres", "2023",
       TimeMod::kStart},
      {"Im Jahr 2022 war das noch anders.", "Jahr 2022", "2022", TimeMod::kNone},
  };
  for (const Want& w : wants) {
    const std::vector<TimeMention> m = tagger.TagSentence(w.sentence);
    ASSERT_EQ(m.size(), 1u) << w.sentence;
    EXPECT_EQ(m[0].time.text, w.text);
    EXPECT_EQ(m[0].time.value, w.value) << w.sentence;
    EXPECT_EQ(m[0].time.mod, w.mod) << w.sentence;
    EXPECT_TRUE(m[0].resolved);
  }
}

TEST(TimeTaggerTest, OffsetsAreDocumentBytes) {
  TimeTagger tagger("de", D("2023-05-16"));
  const std::string sentence = "Schon gestern äußerte sich die Ministerin.";
  const std::vector<TimeMention> m = tagger.TagSentence(sentence, 100);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].begin, 106u);
  EXPECT_EQ(m[0].end, 113u);
  EXPECT_EQ(m[0].time.text, "gestern");
  EXPECT_EQ(m[0].time.value, "2023-05-15");
  EXPECT_EQ(m[0].time.anchor, D("2023-05-16"));
  EXPECT_EQ(m[0].rule, "de.day_deictic");
}

TEST(TimeTaggerTest, AnaphoraFollowsTheLastResolvedDate) {
  TimeTagger tagger("en", D("2023-05-16"));
  ASSERT_EQ(tagger.TagSentence("The summit opened on March 3, 2021.").size(), 1u);
  std::vector<TimeMention> m = tagger.TagSentence("Two days later the talks collapsed.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2021-03-05");
  EXPECT_EQ(m[0].time.anchor, D("2021-03-03"));
  EXPECT_EQ(m[0].rule, "en.anaphoric");
  // The anaphoric result becomes the next reference.
  m = tagger.TagSentence("The following day both sides left.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2021-03-06");
}

TEST(TimeTaggerTest, AnaphoraFallsBackToThePublicationDate) {
  TimeTagger tagger("de", D("2023-05-16"));
  const std::vector<TimeMention> m = tagger.TagSentence("Zwei Tage später trat er zurück.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-05-18");
}

TEST(TimeTaggerTest, RelativeExpressionsStayUnresolvedWithoutDate) {
  TimeTagger tagger("de", std::nullopt);
  std::vector<TimeMention> m =
      tagger.TagSentence("Letzten Monat kam es am 4. April 2023 zum Eklat.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].resolved);
  EXPECT_TRUE(m[0].time.value.empty());
  EXPECT_EQ(m[0].time.lo, kOpenLo);
  EXPECT_EQ(m[0].time.text, "Letzten Monat");
  EXPECT_TRUE(m[1].resolved);
  EXPECT_EQ(m[1].time.value, "2023-04-04");
  EXPECT_FALSE(m[1].time.anchor.has_value());
  // An absolute date is a reference even without a publication date.
  m = tagger.TagSentence("Drei Tage später folgte die Antwort.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-04-07");
}

TEST(TimeTaggerTest, FutureCueMovesForward) {
  TimeTagger de("de", D("2023-05-16"));
  std::vector<TimeMention> m = de.TagSentence("Der Kanzler wird am Freitag nach Paris reisen.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-05-19");
  EXPECT_TRUE(m[0].future);
  m = de.TagSentence("Der Kanzler reiste am Freitag nach Paris.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-05-12");
  EXPECT_FALSE(m[0].future);
  TimeTagger en("en", D("2023-05-16"));
  m = en.TagSentence("The vote is expected to take place in September.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-09");
  EXPECT_TRUE(m[0].future);
  // The cue of another clause does not count.
  m = en.TagSentence("Talks ended in September, and a new round will follow.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2022-09");
}

TEST(TimeTaggerTest, NoMatchInsideWords) {
  TimeTagger de("de", D("2023-05-16"));
  EXPECT_TRUE(de.TagSentence("Die Maifeier und der Aprilscherz fielen aus.").empty());
  TimeTagger en("en", D("2023-05-16"));
  EXPECT_TRUE(en.TagSentence("Marchers and Mayors met the Sundayschool class.").empty());
}

}  // namespace
}  // namespace geokg
