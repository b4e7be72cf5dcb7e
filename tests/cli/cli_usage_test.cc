// The command line itself: commands, help, usage errors (exit 2) and where the store is.
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/cli_harness.h"
#include "tests/cli/cli_json.h"
#include "tests/cli/fact_lines.h"

namespace geokg::cli_test {
namespace {

namespace fs = std::filesystem;

using Args = std::vector<std::string>;
using CliUsageTest = CliTest;

TEST_F(CliUsageTest, UnknownOrMissingCommandIsAUsageError) {
  for (const Args& args : {Args{"frobnicate"}, Args{}, Args{"--db", Db(), "Stats"}}) {
    const RunResult r = RunGeokg(args);
    EXPECT_EQ(r.exit_code, 2) << Describe(r);
    EXPECT_FALSE(r.err.empty());
  }
  EXPECT_FALSE(fs::exists(Db()));
}

TEST_F(CliUsageTest, HelpListsTheCommands) {
  const RunResult r = RunGeokg({"--help"});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  for (const char* command :
       {"ingest", "actors", "edges", "stats", "path", "neighbors", "timeline", "rank", "export"}) {
    EXPECT_NE(r.out.find(std::string("\n  ") + command + " "), std::string::npos)
        << command << " missing from:\n"
        << r.out;
  }
  EXPECT_NE(r.out.find("--db"), std::string::npos);
  const RunResult ingest = RunGeokg({"ingest", "--help"});
  EXPECT_EQ(ingest.exit_code, 0) << Describe(ingest);
  for (const char* option : {"--format", "--date", "--lang", "--source", "--id", "--strict"}) {
    EXPECT_NE(ingest.out.find(option), std::string::npos) << option << "\n" << ingest.out;
  }
}

TEST_F(CliUsageTest, UnknownOrAmbiguousActorIsAUsageError) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleFacts()}).exit_code, 0);
  RunResult r = Geokg(Db(), {"edges", "--actor", "Atlantis"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("unknown actor 'Atlantis'"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  r = Geokg(Db(), {"edges", "--actor", "Japan", "--actor", "country:XXX"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("unknown actor"), std::string::npos) << r.err;

  const std::string two_jos = WriteFile("jo.jsonl", HomonymFactLines());
  ASSERT_EQ(Geokg(Db(), {"ingest", two_jos}).exit_code, 0);
  r = Geokg(Db(), {"edges", "--actor", "Jo"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("person:jo-a"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("person:jo-b"), std::string::npos) << r.err;
  // The id is never ambiguous.
  EXPECT_EQ(Geokg(Db(), {"edges", "--actor", "person:jo-a"}).exit_code, 0);
}

TEST_F(CliUsageTest, BadOptionValuesAreUsageErrors) {
  ASSERT_EQ(Geokg(Db(), {"ingest", ExampleFacts()}).exit_code, 0);
  const StoreCounts before = Stats(Db());
  const std::string article = WriteFile("a.txt", "Some text.");
  for (const Args& args :
       {Args{"edges", "--modality", "rumoured"}, Args{"edges", "--from", "2023-13"},
        Args{"edges", "--to", "next week"}, Args{"ingest", "--date", "05/04/2023", article},
        Args{"ingest", "--lang", "fr", article}, Args{"ingest"},
        Args{"ingest", "--id", "x", article, article}, Args{"stats", "--verbose"}}) {
    const RunResult r = Geokg(Db(), args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << (args.size() > 1 ? args[1] : "") << ": "
                              << Describe(r);
    EXPECT_FALSE(r.err.empty());
  }
  EXPECT_EQ(Stats(Db()), before);
}

TEST_F(CliUsageTest, GeokgDbIsHonouredWhenDbIsAbsent) {
  const std::string cwd = Path("work");
  fs::create_directory(cwd);
  const std::string env_db = Path("from-env");
  RunOptions options;
  options.cwd = cwd;
  options.env["GEOKG_DB"] = env_db;
  RunResult r = RunGeokg({"ingest", ExampleArticles()}, options);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_TRUE(fs::is_directory(env_db));
  EXPECT_FALSE(fs::exists(cwd + "/geokg.db"));
  r = RunGeokg({"stats", "--json"}, options);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("\"store\":\"" + env_db + "\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"documents\":6"), std::string::npos) << r.out;

  // --db wins over $GEOKG_DB.
  const std::string explicit_db = Path("explicit");
  r = RunGeokg({"--db", explicit_db, "ingest", ExampleFacts()}, options);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(Stats(explicit_db).edges, 40u);
  EXPECT_EQ(Stats(env_db).documents, 6u);
  EXPECT_EQ(Stats(env_db).mentions, Stats(env_db).edges) << "articles only, no facts";
}

TEST_F(CliUsageTest, WithoutDbOrGeokgDbTheStoreIsGeokgDbInTheWorkingDirectory) {
  const std::string cwd = Path("work");
  fs::create_directory(cwd);
  RunOptions options;
  options.cwd = cwd;
  options.env["GEOKG_DB"] = "";  // empty counts as unset
  RunResult r = RunGeokg({"ingest", ExampleArticles()}, options);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_TRUE(fs::is_directory(cwd + "/geokg.db"));
  options.env["GEOKG_DB"] = std::nullopt;
  r = RunGeokg({"stats"}, options);
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("documents       6"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace geokg::cli_test
