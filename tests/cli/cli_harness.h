// tests/cli/cli_harness.h
//
// Runs the geokg binary as a child process (posix_spawn, no shell) for the end-to-end tests:
// standard output and error are captured, standard input is fed from a string or kept open,
// and the environment is hermetic ($GEOKG_DB is removed unless a test sets it).
#pragma once

#include <gtest/gtest.h>
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::cli_test {

struct RunResult {
  int exit_code = -1;    // the exit status, or -1 when a signal ended the process
  int signal = 0;        // the signal that ended the process, 0 when it exited
  long max_rss_kib = 0;  // peak resident memory of the process
  std::string out;
  std::string err;
};

// For assertion messages: exit code, signal and the captured output.
std::string Describe(const RunResult& result);

struct RunOptions {
  std::string stdin_data;  // written to the child's standard input, which is then closed
  // Environment overrides: a value sets the variable, nullopt removes it.
  std::map<std::string, std::optional<std::string>> env;
  std::string cwd;  // working directory of the child; empty: the test's
};

// Runs `geokg args...` and waits for it to end.
RunResult RunGeokg(const std::vector<std::string>& args, const RunOptions& options = {});

// A geokg process running in the background. Its standard input is a pipe that stays open until
// CloseStdin() or Wait(); its output goes to unlinked temporary files, so it never blocks on a
// full pipe. The destructor kills (SIGKILL) and reaps a process that is still running.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args, const RunOptions& options = {});
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child();

  pid_t pid() const { return pid_; }
  bool WriteStdin(std::string_view data);
  void CloseStdin();
  void Kill(int signal);
  // True while the process has not ended (it is reaped when it has).
  bool Running();
  // Closes standard input, waits for the process to end and returns what it wrote.
  RunResult Wait();
  // Waits until the process's main thread is blocked reading its standard input (Linux
  // /proc/PID/syscall). False after `timeout_ms`, or when the process ended first.
  bool WaitUntilReadingStdin(int timeout_ms);

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int out_fd_ = -1;
  int err_fd_ = -1;
  bool reaped_ = false;
  int status_ = 0;
  long max_rss_kib_ = 0;
};

// A temporary directory per test, removed in TearDown, and helpers to run geokg on stores in it.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // dir/name
  std::string Path(std::string_view name) const;
  // Writes `contents` to dir/name (creating parent directories) and returns its path.
  std::string WriteFile(std::string_view name, std::string_view contents) const;
  // The default store of a test: dir/store.
  std::string Db() const { return Path("store"); }
  // geokg --db DB args...
  RunResult Geokg(const std::string& db, std::vector<std::string> args,
                  const RunOptions& options = {}) const;
  // The bundled example data.
  static std::string ExampleArticles();
  static std::string ExampleFacts();

  std::string dir_;
};

// Reads a whole file; "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace geokg::cli_test
