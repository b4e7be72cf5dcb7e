// Acceptance check on the German seed article in ../shared/seed (not part of the repository; the
// test is skipped when it is absent): every actor the issue lists must be found, with the
// surface forms it names. The article is read at run time; nothing of it is copied here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/text/actor_recognizer.h"
#include "tests/ingest/actors/shared_lexicon.h"

namespace geokg {
namespace {

const std::string kSeed =
    std::string(GEOKG_SOURCE_DIR) + "/../shared/seed/000_3383e3607a9eb9dd.txt";

TEST(SeedArticleTest, FindsEveryActorTheIssueLists) {
  if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << kSeed << " is absent";
  std::ifstream in(kSeed);
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  ActorRecognizer recognizer(SharedLexicon(), "de", ParseIsoDay("2023-05-16"));
  std::set<std::string> ids, pairs;
  // Sentences end at a line break or at '.', '!' or '?' before a space (rough, but the
  // recogniser only needs the document order).
  for (size_t start = 0; start < doc.size();) {
    size_t end = start;
    while (end < doc.size() && doc[end] != '\n' &&
           !((doc[end] == '.' || doc[end] == '!' || doc[end] == '?') && end + 1 < doc.size() &&
             doc[end + 1] == ' ')) {
      ++end;
    }
    if (end < doc.size()) ++end;
    for (const ActorMention& m :
         recognizer.TagSentence(std::string_view(doc).substr(start, end - start), start)) {
      ids.insert(m.actor_id);
      pairs.insert(doc.substr(m.begin, m.end - m.begin) + "=" + m.actor_id);
    }
    start = end;
  }
  for (const char* id : {"org:NATO",
                         "country:JPN",
                         "country:PRK",
                         "org:PRK-MFA",
                         "media:KCNA",
                         "person:kim-seol-hwa",
                         "country:USA",
                         "media:NIKKEI",
                         "country:KOR",
                         "country:AUS",
                         "country:NZL",
                         "org:QUAD",
                         "org:AUKUS",
                         "country:CHN",
                         "country:GBR",
                         "person:jens-stoltenberg",
                         "person:yoshimasa-hayashi",
                         "person:fumio-kishida",
                         "location:brussels",
                         "country:RUS"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
  for (const char* pair :
       {"DVRK=country:PRK", "Nordkorea=country:PRK", "Washington=country:USA", "USA=country:USA",
        "Vereinigten Staaten=country:USA", "Peking=country:CHN", "London=country:GBR",
        "Canberra=country:AUS", "Chef=person:jens-stoltenberg", "Außenministerium=org:PRK-MFA",
        "Brüssel=location:brussels"}) {
    EXPECT_TRUE(pairs.count(pair)) << pair;
  }
}

}  // namespace
}  // namespace geokg
