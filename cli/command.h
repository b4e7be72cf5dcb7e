// cli/command.h
//
// What every subcommand shares: the global options, exit codes, store opening with messages
// for the analyst, and output helpers. Each subcommand lives in its own file and registers
// itself on the CLI11 app through an Add...Command function; main.cc only dispatches.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/event_time.h"
#include "graph/modality.h"
#include "graph/store.h"

namespace geokg::cli {

// Exit codes are part of the command-line contract (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input records, or the operation failed
inline constexpr int kExitUsage = 2;    // wrong arguments, unknown or ambiguous actor, not yet

struct GlobalOptions {
  std::string db;                  // --db, else $GEOKG_DB, else ./geokg.db
  std::vector<std::string> dicts;  // --dict, in order: user dictionaries over the built-in ones
};

// The action a subcommand runs after parsing; returns the exit code.
using Action = std::function<int()>;

// Opens the store named by the global options, printing the reason to stderr on failure.
// Query commands open read-only: they work while an ingest runs, and never create a store.
std::unique_ptr<Store> OpenStore(const GlobalOptions& global, bool read_only);

// Prints "geokg: <message>" to stderr and returns `exit_code`, or by default kExitUsage for
// NotSupported and kExitFailure for everything else.
int Fail(const Status& status, int exit_code = -1);

// Parses a --from/--to argument: YYYY, YYYY-MM, YYYY-MM-DD (or any time value). `to` takes the
// end of the period, `from` its start, so "--from 2023 --to 2023" is the whole year.
Status ParseWindowBound(const std::string& text, bool is_end, Day* day);

// --from and --to together; an empty text leaves its bound open (nullopt).
Status ParseWindow(const std::string& from, const std::string& to, std::optional<Day>* lo,
                   std::optional<Day>* hi);

// --modality values; InvalidArgument names the first unknown one.
Status ParseModalities(const std::vector<std::string>& names, std::vector<Modality>* modalities);

// Buffers output and writes it to stdout in large pieces.
class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output() { Flush(); }
  void Write(std::string_view text);
  void Flush();

 private:
  std::string buffer_;
};

// Writes one JSON array with one element a line: "[", elements joined by ",\n", "]". That is the
// shape `edges --json` promises, and the one `ingest --format facts` reads back line by line.
class JsonArrayOutput {
 public:
  explicit JsonArrayOutput(Output* out) : out_(out), writer_(buffer_) { out_->Write("["); }
  JsonArrayOutput(const JsonArrayOutput&) = delete;
  JsonArrayOutput& operator=(const JsonArrayOutput&) = delete;

  // Calls write(&writer) to produce the next element.
  template <typename Write>
  void Add(const Write& write) {
    buffer_.Clear();
    writer_.Reset(buffer_);
    write(&writer_);
    out_->Write(empty_ ? "\n" : ",\n");
    out_->Write(std::string_view(buffer_.GetString(), buffer_.GetSize()));
    empty_ = false;
  }
  void Close() { out_->Write(empty_ ? "]\n" : "\n]\n"); }

 private:
  Output* out_;
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
  bool empty_ = true;
};

Action AddIngestCommand(CLI::App* app, GlobalOptions* global);
Action AddActorsCommand(CLI::App* app, GlobalOptions* global);
Action AddEdgesCommand(CLI::App* app, GlobalOptions* global);
Action AddStatsCommand(CLI::App* app, GlobalOptions* global);
Action AddAnnotateCommand(CLI::App* app, GlobalOptions* global);
Action AddDictCommand(CLI::App* app, GlobalOptions* global);
Action AddPathCommand(CLI::App* app, GlobalOptions* global);
Action AddNeighborsCommand(CLI::App* app, GlobalOptions* global);
Action AddTimelineCommand(CLI::App* app, GlobalOptions* global);
Action AddRankCommand(CLI::App* app, GlobalOptions* global);
Action AddExportCommand(CLI::App* app, GlobalOptions* global);

}  // namespace geokg::cli
