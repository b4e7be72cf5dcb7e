// Rules that look past a match must stop at the end of the sentence: a role noun or a title as
// the last word once read one word beyond it (a crash on the BBC politics set).
#include <gtest/gtest.h>

#include "ingest/text/actor_recognizer.h"
#include "tests/ingest/actors/shared_lexicon.h"

namespace geokg {
namespace {

std::vector<std::string> Ids(std::string_view lang, const std::vector<std::string>& sentences) {
  ActorRecognizer recognizer(SharedLexicon(), lang, ParseIsoDay("2023-05-16"));
  std::vector<std::string> ids;
  for (const std::string& s : sentences) {
    for (const ActorMention& m : recognizer.TagSentence(s, 0)) ids.push_back(m.actor_id);
  }
  return ids;
}

TEST(SentenceEndTest, RoleNounAsTheLastWord) {
  const std::vector<std::string> en =
      Ids("en", {"Rishi Sunak spoke in London.", "Sunak met the Japanese prime minister",
                 "He thanked the minister"});
  EXPECT_EQ(en.front(), "person:rishi-sunak");
  EXPECT_FALSE(en.empty());
  const std::vector<std::string> de =
      Ids("de", {"Olaf Scholz sprach in Berlin.", "Scholz traf den japanischen Premierminister",
                 "Er dankte dem Außenminister"});
  EXPECT_EQ(de.front(), "person:olaf-scholz");
}

TEST(SentenceEndTest, TitleOrNameAtTheVeryEnd) {
  for (const char* sentence : {"Kim", "Minister", "the", ",", "Beamter", "Kim Seol-hwa,"}) {
    EXPECT_NO_FATAL_FAILURE(Ids("de", {sentence}));
    EXPECT_NO_FATAL_FAILURE(Ids("en", {sentence}));
  }
}

}  // namespace
}  // namespace geokg
