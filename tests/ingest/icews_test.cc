#include <gtest/gtest.h>

#include "ingest/feeds/feed_actors.h"
#include "ingest/feeds/icews_row.h"

namespace geokg {
namespace {

TEST(IcewsRowTest, ParsesAQuadruple) {
  IcewsRow row;
  ASSERT_TRUE(
      ParseIcewsRow("John Kerry\tMake a visit\tChina\t2014-11-11", CameoCodebook::BuiltIn(), &row)
          .ok());
  EXPECT_EQ(row.source, "John Kerry");
  EXPECT_EQ(row.target, "China");
  EXPECT_EQ(row.code->code, "042");
  EXPECT_EQ(row.day, *ParseIsoDay("2014-11-11"));
  ASSERT_TRUE(ParseIcewsRow("Citizen_(India)\tMake_statement\tNarendra_Modi\t2018-01-02",
                            CameoCodebook::BuiltIn(), &row)
                  .ok());
  EXPECT_EQ(row.code->code, "010");
}

TEST(IcewsRowTest, BadRowsNameTheProblem) {
  const std::pair<const char*, const char*> cases[] = {
      {"John Kerry\tMake a visit\tChina", "found 3"},
      {"John Kerry\tMake a visit\tChina\t2014-11-11\textra", "found 5"},
      {"John Kerry\tMake a visit\tChina\t2014-13-01", "field date"},
      {"John Kerry\tMake a visit\tChina\t11/11/2014", "field date"},
      {"John Kerry\tPay a visit\tChina\t2014-11-11", "field relation"},
      {"\tMake a visit\tChina\t2014-11-11", "field source"},
  };
  for (const auto& [line, expected] : cases) {
    IcewsRow row;
    Status s = ParseIcewsRow(line, CameoCodebook::BuiltIn(), &row);
    EXPECT_TRUE(s.IsInvalidArgument()) << line;
    EXPECT_NE(s.message().find(expected), std::string::npos) << line << " -> " << s.message();
  }
}

TEST(FeedActorsTest, CountriesRolesOrganisationsAndPeople) {
  const CountryTable& countries = CountryTable::BuiltIn();
  EXPECT_EQ(ResolveIcewsActor("China", countries).actor.id, "country:CHN");
  EXPECT_EQ(ResolveIcewsActor("Russian_Federation", countries).actor.id, "country:RUS");

  const FeedActor citizens = ResolveIcewsActor("Citizen (India)", countries);
  EXPECT_EQ(citizens.actor.id, "group:citizen-ind");
  EXPECT_EQ(citizens.actor.type, ActorType::kGroup);
  EXPECT_EQ(citizens.affiliated_with, "country:IND");
  const FeedActor attackers =
      ResolveIcewsActor("Attacker (Palestinian Territory, Occupied)", countries);
  EXPECT_EQ(attackers.affiliated_with, "country:PSE");
  EXPECT_EQ(attackers.actor.name, "Attacker (Palestine)");
  EXPECT_EQ(
      ResolveIcewsActor("Cabinet / Council of Ministers / Advisors (United States)", countries)
          .affiliated_with,
      "country:USA");
  EXPECT_EQ(ResolveIcewsActor("Member (Taliban)", countries).actor.type, ActorType::kGroup);

  EXPECT_EQ(ResolveIcewsActor("Ministry of Defense", countries).actor.type,
            ActorType::kOrganization);
  const FeedActor kerry = ResolveIcewsActor("John Kerry", countries);
  EXPECT_EQ(kerry.actor.id, "person:john-kerry");
  EXPECT_EQ(kerry.actor.type, ActorType::kPerson);
  EXPECT_EQ(ResolveIcewsActor("François Hollande", countries).actor.id, "person:francois-hollande");
  EXPECT_EQ(ResolveIcewsActor("John_Kerry", countries).actor.id, kerry.actor.id);
}

TEST(FeedActorsTest, SlugsAreStableAscii) {
  EXPECT_EQ(Slug("Raúl Castro"), "raul-castro");
  EXPECT_EQ(Slug("  O'Neill, Jr. "), "o-neill-jr");
  EXPECT_EQ(Slug("金正恩").substr(0, 1), "x");
  EXPECT_EQ(Slug("金正恩"), Slug("金正恩"));
}

}  // namespace
}  // namespace geokg
