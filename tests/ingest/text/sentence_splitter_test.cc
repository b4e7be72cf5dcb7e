#include "ingest/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace geokg {
namespace {

std::vector<std::string> Split(std::string_view lang, std::string_view text) {
  std::unique_ptr<SentenceSplitter> splitter;
  EXPECT_TRUE(SentenceSplitter::Create(lang, &splitter).ok());
  std::vector<std::string> out;
  for (const TextSpan& span : splitter->Split(text)) {
    out.emplace_back(text.substr(span.begin, span.size()));
  }
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsAtSentenceEndsAndTrimsWhiteSpace) {
  EXPECT_EQ(Split("en", "  The talks ended. Both sides left!  Why?\n"),
            (Sentences{"The talks ended.", "Both sides left!", "Why?"}));
  EXPECT_EQ(Split("de", ""), Sentences{});
  EXPECT_EQ(Split("de", " \n\n "), Sentences{});
}

TEST(SentenceSplitterTest, GermanOrdinalDatesDoNotEndASentence) {
  EXPECT_EQ(
      Split("de", "Die Minister trafen sich am 4. April in Brüssel. Danach reisten sie ab."),
      (Sentences{"Die Minister trafen sich am 4. April in Brüssel.", "Danach reisten sie ab."}));
  EXPECT_EQ(Split("de", "Der Gipfel dauert vom 3. bis 5. Mai. Er findet in Rom statt."),
            (Sentences{"Der Gipfel dauert vom 3. bis 5. Mai.", "Er findet in Rom statt."}));
  EXPECT_EQ(Split("de", "Seit dem 1. Januar gilt das Gesetz."),
            (Sentences{"Seit dem 1. Januar gilt das Gesetz."}));
}

TEST(SentenceSplitterTest, AbbreviationsDoNotEndASentence) {
  EXPECT_EQ(
      Split("de", "Laut Dr. Müller gilt Resolution Nr. 2397 weiter. Das sagte er am Montag."),
      (Sentences{"Laut Dr. Müller gilt Resolution Nr. 2397 weiter.", "Das sagte er am Montag."}));
  EXPECT_EQ(Split("de", "Einige Staaten, z. B. Japan, sind besorgt. Andere nicht."),
            (Sentences{"Einige Staaten, z. B. Japan, sind besorgt.", "Andere nicht."}));
  EXPECT_EQ(Split("de", "Einige Staaten, z.B. Japan, sind besorgt."),
            (Sentences{"Einige Staaten, z.B. Japan, sind besorgt."}));
  EXPECT_EQ(Split("en", "The U.S. Navy sailed on. Mr. Kerry flew to Paris."),
            (Sentences{"The U.S. Navy sailed on.", "Mr. Kerry flew to Paris."}));
}

TEST(SentenceSplitterTest, InitialsStayWithTheirName) {
  EXPECT_EQ(Split("en", "John F. Kennedy visited Berlin in 1963. He spoke there."),
            (Sentences{"John F. Kennedy visited Berlin in 1963.", "He spoke there."}));
}

TEST(SentenceSplitterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Split("de", "„Das ist eine Provokation.“ So äußerte sich das Ministerium."),
            (Sentences{"„Das ist eine Provokation.“", "So äußerte sich das Ministerium."}));
  EXPECT_EQ(Split("en", "“We will respond,” the ministry said. Nothing followed."),
            (Sentences{"“We will respond,” the ministry said.", "Nothing followed."}));
}

TEST(SentenceSplitterTest, HardWrappedLinesJoinButParagraphsAndHeadlinesDoNot) {
  const std::string text =
      "NATO plant Büro in Tokio\n"
      "\n"
      "Die Allianz will nach Angaben aus Diplomatenkreisen ein Verbindungsbüro in der\n"
      "japanischen Hauptstadt eröffnen. Peking reagierte verärgert.\n";
  EXPECT_EQ(Split("de", text),
            (Sentences{"NATO plant Büro in Tokio",
                       "Die Allianz will nach Angaben aus Diplomatenkreisen ein Verbindungsbüro "
                       "in der\njapanischen Hauptstadt eröffnen.",
                       "Peking reagierte verärgert."}));
}

TEST(SentenceSplitterTest, ASentenceEndThatLostItsSpaceStillEndsTheSentence) {
  EXPECT_EQ(
      Split("de", "Der Pakt verbindet Washington, London und Canberra.Im Mai folgte mehr."),
      (Sentences{"Der Pakt verbindet Washington, London und Canberra.", "Im Mai folgte mehr."}));
  EXPECT_EQ(Split("en", "See reuters.com for the U.S.Navy report."),
            (Sentences{"See reuters.com for the U.S.Navy report."}));
}

TEST(SentenceSplitterTest, SpansAreByteOffsetsIntoTheText) {
  std::unique_ptr<SentenceSplitter> splitter;
  ASSERT_TRUE(SentenceSplitter::Create("de", &splitter).ok());
  const std::string text = "Äußerst knapp. Über Nacht.";
  const std::vector<TextSpan> spans = splitter->Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (TextSpan{0, 16}));  // "Ä" and "ß" are two bytes each
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Über Nacht.");
}

TEST(SentenceSplitterTest, NumbersThatEndASentenceStillEndIt) {
  EXPECT_EQ(Split("en", "The vote was 12 to 3. The motion passed."),
            (Sentences{"The vote was 12 to 3.", "The motion passed."}));
  EXPECT_EQ(Split("de", "Das Ergebnis lautete 12 zu 3. Der Antrag wurde angenommen."),
            (Sentences{"Das Ergebnis lautete 12 zu 3.", "Der Antrag wurde angenommen."}));
}

}  // namespace
}  // namespace geokg
