#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "graph/relation_type.h"
#include "ingest/actors/country_table.h"
#include "ingest/feeds/cameo_codebook.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

const std::string kShared = std::string(GEOKG_SOURCE_DIR) + "/../shared/data";

TEST(CameoCodebookTest, BuiltInTableMapsCodesAndNames) {
  const CameoCodebook& book = CameoCodebook::BuiltIn();
  EXPECT_GT(book.size(), 280u);
  ASSERT_NE(book.FindByCode("040"), nullptr);
  EXPECT_EQ(book.FindByCode("040")->relation, "consult");
  EXPECT_EQ(book.FindByCode("040")->name, "Consult");
  ASSERT_NE(book.FindByName("Make a visit"), nullptr);
  EXPECT_EQ(book.FindByName("Make a visit")->code, "042");
  ASSERT_NE(book.FindByName("Express_intent_to_meet_or_negotiate"), nullptr);
  EXPECT_EQ(book.FindByName("Express_intent_to_meet_or_negotiate")->code, "036");
  EXPECT_EQ(book.FindByCode("0834")->code, "0834");
  EXPECT_EQ(book.FindByCode("999"), nullptr);
  EXPECT_EQ(book.FindByName("make a visit"), nullptr) << "names match exactly";
}

// Merging reads symmetry off the relation name (graph/relation_type.h), the codebook off its own
// column: both must say the same of every code.
TEST(CameoCodebookTest, SymmetricCodesAreSymmetricRelations) {
  const CameoCodebook& book = CameoCodebook::BuiltIn();
  size_t symmetric = 0;
  for (const CameoCode& c : book.codes()) {
    EXPECT_EQ(IsSymmetricRelation(c.relation), c.symmetric) << c.code << " " << c.relation;
    symmetric += c.symmetric;
  }
  EXPECT_EQ(symmetric, 13u);  // ten codes and the roots 04, 05, 06
}

TEST(CameoCodebookTest, ParseErrorsNameFileAndLine) {
  std::unique_ptr<CameoCodebook> book;
  Status s =
      CameoCodebook::Parse("# c\n040\tconsult\tConsult\t0\n04x\tbad\tBad\t0\n", "t.tsv", &book);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("t.tsv:3"), std::string::npos) << s.message();
  s = CameoCodebook::Parse("040\tconsult\tConsult\t0\n040\tother\tOther\t0\n", "t.tsv", &book);
  EXPECT_NE(s.message().find("duplicate code"), std::string::npos);
}

TEST(CountryTableTest, ResolvesEverySourceOntoOneId) {
  const CountryTable& table = CountryTable::BuiltIn();
  EXPECT_GE(table.countries().size(), 249u);
  const Country* china = table.FindByIso3("CHN");
  ASSERT_NE(china, nullptr);
  EXPECT_EQ(china->actor_id(), "country:CHN");
  EXPECT_EQ(table.FindByCameo("CHN"), china);
  EXPECT_EQ(table.FindByFips("CH"), china);
  EXPECT_EQ(table.FindByName("China"), china);
  const Country* north_korea = table.FindByName("Nordkorea");
  ASSERT_NE(north_korea, nullptr);
  EXPECT_EQ(north_korea->iso3, "PRK");
  EXPECT_EQ(table.FindByName("DVRK"), north_korea);
  EXPECT_EQ(table.FindByName("North Korea"), north_korea);
  EXPECT_EQ(table.FindByName("Großbritannien")->iso3, "GBR");
  EXPECT_EQ(table.FindByName("GROSSBRITANNIEN")->iso3, "GBR");
  EXPECT_EQ(table.FindByName("Russian Federation")->iso3, "RUS");
  EXPECT_EQ(table.FindByFips("GM")->iso3, "DEU");
  EXPECT_EQ(table.FindByFips("AU")->iso3, "AUT") << "FIPS AU is Austria, not Australia";
  EXPECT_EQ(table.FindByName("us"), nullptr) << "no alias may fold to a common word";
}

TEST(CountryTableTest, ActorCarriesCodesAndAliases) {
  const Actor japan = CountryTable::BuiltIn().FindByIso3("JPN")->ToActor();
  EXPECT_EQ(japan.id, "country:JPN");
  EXPECT_EQ(japan.type, ActorType::kCountry);
  EXPECT_EQ(japan.codes.at("iso3"), "JPN");
  EXPECT_EQ(japan.codes.at("fips"), "JA");
  EXPECT_FALSE(japan.aliases.empty());
}

// Every relation name in the ICEWS files must map to a CAMEO code.
TEST(CameoCodebookTest, CoversEveryIcewsRelationName) {
  const std::vector<std::string> files = {kShared + "/icews/icews14/icews_2014_train.txt",
                                          kShared + "/icews/icews14/icews_2014_valid.txt",
                                          kShared + "/icews/icews14/icews_2014_test.txt",
                                          kShared + "/icews/icews18/test.txt"};
  if (!std::filesystem::exists(files[0])) {
    GTEST_SKIP() << "../shared/data/icews is absent (a user's clone has no ../shared)";
  }
  std::set<std::string> missing;
  size_t rows = 0;
  std::vector<std::string_view> fields;
  for (const std::string& path : files) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (SplitTabs(line, &fields) != 4) continue;
      ++rows;
      if (CameoCodebook::BuiltIn().FindByName(fields[1]) == nullptr) {
        missing.emplace(fields[1]);
      }
    }
  }
  EXPECT_GT(rows, 100000u);
  EXPECT_TRUE(missing.empty()) << "first unmapped: " << *missing.begin();
}

}  // namespace
}  // namespace geokg
