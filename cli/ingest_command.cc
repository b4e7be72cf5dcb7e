// `geokg ingest`: stores articles and facts. See docs/cli.md for the formats.
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "graph/graph_writer.h"
#include "ingest/ingester.h"

namespace geokg::cli {
namespace {

struct IngestArgs {
  std::string format = "auto";
  std::string date;
  std::string lang = "auto";
  std::string source;
  std::string id;
  bool strict = false;
  bool bulk = false;
  std::vector<std::string> files;
};

int RunIngest(const GlobalOptions& global, const IngestArgs& args) {
  IngestOptions options;
  std::optional<InputFormat> format = ParseInputFormat(args.format);
  if (!format)
    return Fail(Status::InvalidArgument("--format " + args.format + ": unknown format"),
                kExitUsage);
  options.format = *format;
  if (!args.date.empty()) {
    options.defaults.date = ParseIsoDay(args.date);
    if (!options.defaults.date) {
      return Fail(Status::InvalidArgument("--date " + args.date + ": expected YYYY-MM-DD"),
                  kExitUsage);
    }
  }
  // "auto": articles without a language of their own get the detected one.
  options.defaults.lang = args.lang == "auto" ? "" : args.lang;
  options.defaults.source = args.source;
  options.dict_files = global.dicts;
  options.id = args.id;
  options.strict = args.strict;
  options.bulk = args.bulk;
  if (!args.id.empty() && args.files.size() > 1) {
    return Fail(Status::InvalidArgument("--id names one document; give one file with it"),
                kExitUsage);
  }

  std::unique_ptr<Store> store = OpenStore(global, /*read_only=*/false);
  if (!store) return kExitFailure;
  std::unique_ptr<GraphWriter> writer;
  Status s = store->NewWriter(&writer);
  if (!s.ok()) return Fail(s);

  // A progress line on a terminal only: scripts reading stdout get the summary alone.
  const bool terminal = ::isatty(STDOUT_FILENO) == 1;
  bool progress_shown = false;
  const auto clear_progress = [&] {
    if (progress_shown) std::cout << "\r\033[K" << std::flush;
    progress_shown = false;
  };
  if (terminal) {
    options.progress = [&](const IngestProgress& p) {
      const double rate = p.seconds > 0 ? static_cast<double>(p.records) / p.seconds : 0;
      std::cout << "\r\033[K" << p.file << ": " << p.records << " rows, "
                << static_cast<uint64_t>(rate) << " rows/s";
      if (p.bytes_total > 0 && p.bytes_done > 0) {
        const double done = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
        std::cout << ", " << static_cast<int>(done * 100) << " %, ETA "
                  << static_cast<int>(p.seconds * (1 - done) / done + 0.5) << " s";
      }
      std::cout << std::flush;
      progress_shown = true;
    };
  }
  Ingester ingester(writer.get(), options, [&](const std::string& message) {
    clear_progress();
    std::cerr << "geokg: " << message << "\n";
  });
  IngestCounts counts;
  int exit_code = kExitOk;
  for (const std::string& file : args.files) {
    s = ingester.IngestFile(file, &counts);
    if (s.ok()) continue;
    if (s.IsInvalidArgument() && counts.bad_records > 0) {
      exit_code = std::max(exit_code, kExitFailure);
      continue;  // the bad records were reported one by one
    }
    exit_code = std::max(exit_code, Fail(s));
  }
  s = ingester.Finish();
  if (s.ok()) s = store->SyncWal();
  if (!s.ok()) exit_code = std::max(exit_code, Fail(s));
  clear_progress();

  std::cout << "ingested " << counts.files << " file(s), " << counts.records
            << " record(s): " << counts.documents_new << " new document(s), "
            << counts.documents_unchanged << " unchanged; " << counts.edges_created
            << " new edge(s), " << counts.edges_merged << " merged into existing edges, "
            << counts.mentions_added << " new mention(s)";
  if (!counts.unusable.empty()) {
    uint64_t total = 0;
    std::string reasons;
    for (const auto& [reason, count] : counts.unusable) {
      total += count;
      reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " with " + reason;
    }
    std::cout << "; " << total << " row(s) make no edge (" << reasons << ")";
  }
  if (counts.bad_records > 0) std::cout << "; " << counts.bad_records << " bad record(s) skipped";
  std::cout << "\n";
  return exit_code;
}

}  // namespace

Action AddIngestCommand(CLI::App* app, GlobalOptions* global) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app->add_subcommand(
      "ingest",
      "Store articles (text, jsonl) and facts (the shape edges --json prints) in the store. "
      "Bad records are reported with file, line and field and skipped (exit 1); the rest is "
      "stored. Ingesting the same input again changes nothing.");
  cmd->add_option("--format", args->format,
                  "auto|text|jsonl|facts|icews|gdelt (default auto: from the file name and "
                  "first line)");
  cmd->add_option("--date", args->date, "publication date YYYY-MM-DD for articles that give none");
  cmd->add_option("--lang", args->lang, "de|en|auto: language of articles that give none")
      ->check(CLI::IsMember({"de", "en", "auto"}));
  cmd->add_option("--source", args->source, "source name for articles that give none");
  cmd->add_option("--id", args->id,
                  "document id for a text file (default: the file name without extension)");
  cmd->add_flag("--strict", args->strict,
                "stop at the first bad record and store nothing from that file");
  cmd->add_flag("--bulk", args->bulk,
                "load through sorted table files in batches of 50,000 records (faster for large "
                "files; icews and gdelt always load this way)");
  cmd->add_option("files", args->files, "input files; - reads standard input")->required();
  return [global, args] { return RunIngest(*global, *args); };
}

}  // namespace geokg::cli
