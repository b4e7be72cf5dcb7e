#include "ingest/text/language_detector.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(LanguageDetectorTest, BuiltInTableIsWellFormed) { EXPECT_TRUE(CheckLanguageTable().ok()); }

TEST(LanguageDetectorTest, TellsGermanFromEnglish) {
  EXPECT_EQ(DetectLanguage("Die Regierung in Tokio hat das Vorhaben der Allianz nicht "
                           "kommentiert, sagte ein Sprecher am Montag.")
                .lang,
            "de");
  EXPECT_EQ(DetectLanguage("The government in Tokyo has not commented on the plan of the "
                           "alliance, a spokesman said on Monday.")
                .lang,
            "en");
}

TEST(LanguageDetectorTest, SentenceInitialCapitalsCount) {
  EXPECT_EQ(DetectLanguage("Die Gespräche sind gescheitert. Der Minister ist abgereist.").lang,
            "de");
}

TEST(LanguageDetectorTest, NamesAndQuotesInTheOtherLanguageDoNotDecide) {
  EXPECT_EQ(DetectLanguage("Der Sender zitierte den Slogan „America First“ und die Zeitung "
                           "„The Times“, die über das Treffen berichtet hatte.")
                .lang,
            "de");
}

TEST(LanguageDetectorTest, TooLittleTextIsUndecided) {
  const LanguageGuess guess = DetectLanguage("NATO Japan 2023");
  EXPECT_EQ(guess.lang, "");
  EXPECT_EQ(guess.hits, 0u);
  EXPECT_EQ(DetectLanguage("").lang, "");
}

TEST(LanguageDetectorTest, MixedTextWithoutAClearMajorityIsUndecided) {
  EXPECT_EQ(DetectLanguage("the and of der die und").lang, "");
}

}  // namespace
}  // namespace geokg
