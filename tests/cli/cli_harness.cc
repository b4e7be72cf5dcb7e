#include "tests/cli/cli_harness.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace geokg::cli_test {
namespace {

namespace fs = std::filesystem;

// An unlinked temporary file for a child's output.
int OutputFile() {
  std::string name = (fs::temp_directory_path() / "geokg-cli-test-out-XXXXXX").string();
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) ADD_FAILURE() << "mkostemp: " << std::strerror(errno);
  ::unlink(name.c_str());
  return fd;
}

std::string ReadAll(int fd) {
  std::string text;
  if (fd < 0 || ::lseek(fd, 0, SEEK_SET) < 0) return text;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  return text;
}

std::vector<std::string> MakeEnvironment(const RunOptions& options) {
  std::map<std::string, std::optional<std::string>> overrides = options.env;
  // Hermetic by default: a $GEOKG_DB of the developer's shell must not redirect the tests.
  overrides.try_emplace("GEOKG_DB", std::nullopt);
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry(*e);
    const std::string name = entry.substr(0, entry.find('='));
    if (!overrides.count(name)) env.push_back(entry);
  }
  for (const auto& [name, value] : overrides) {
    if (value) env.push_back(name + "=" + *value);
  }
  return env;
}

void CloseFd(int* fd) {
  if (*fd >= 0) ::close(*fd);
  *fd = -1;
}

}  // namespace

std::string Describe(const RunResult& r) {
  std::ostringstream s;
  s << "exit " << r.exit_code;
  if (r.signal != 0) s << ", signal " << r.signal;
  s << "\n--- stdout (" << r.out.size() << " bytes) ---\n" << r.out.substr(0, 4000);
  s << "\n--- stderr ---\n" << r.err.substr(0, 4000);
  return s.str();
}

Child::Child(const std::vector<std::string>& args, const RunOptions& options) {
  // A child that exits without reading its input must not kill the test with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  int in[2];
  if (::pipe2(in, O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe2: " << std::strerror(errno);
    return;
  }
  out_fd_ = OutputFile();
  err_fd_ = OutputFile();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_fd_, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fd_, STDERR_FILENO);
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());

  std::vector<std::string> argv_strings = {GEOKG_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings = MakeEnvironment(options);
  std::vector<char*> envp;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);

  const int rc = ::posix_spawn(&pid_, GEOKG_BINARY, &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  stdin_fd_ = in[1];
  if (rc != 0) {
    ADD_FAILURE() << "posix_spawn " << GEOKG_BINARY << ": " << std::strerror(rc);
    pid_ = -1;
    reaped_ = true;
    CloseStdin();
    return;
  }
  if (!options.stdin_data.empty()) WriteStdin(options.stdin_data);
}

Child::~Child() {
  if (!reaped_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status_, 0);
  }
  CloseStdin();
  CloseFd(&out_fd_);
  CloseFd(&err_fd_);
}

bool Child::WriteStdin(std::string_view data) {
  while (!data.empty() && stdin_fd_ >= 0) {
    const ssize_t n = ::write(stdin_fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // EPIPE: the child does not read its input (any more)
    data.remove_prefix(static_cast<size_t>(n));
  }
  return data.empty();
}

void Child::CloseStdin() { CloseFd(&stdin_fd_); }

void Child::Kill(int signal) {
  if (!reaped_ && pid_ > 0) ::kill(pid_, signal);
}

bool Child::Running() {
  if (reaped_) return false;
  struct rusage usage {};
  const pid_t r = ::wait4(pid_, &status_, WNOHANG, &usage);
  if (r == pid_) {
    reaped_ = true;
    max_rss_kib_ = usage.ru_maxrss;
  }
  return !reaped_;
}

RunResult Child::Wait() {
  CloseStdin();
  while (!reaped_) {
    struct rusage usage {};
    const pid_t r = ::wait4(pid_, &status_, 0, &usage);
    if (r == pid_) max_rss_kib_ = usage.ru_maxrss;
    if (r == pid_ || (r < 0 && errno != EINTR)) reaped_ = true;
  }
  RunResult result;
  result.max_rss_kib = max_rss_kib_;
  if (WIFEXITED(status_)) result.exit_code = WEXITSTATUS(status_);
  if (WIFSIGNALED(status_)) result.signal = WTERMSIG(status_);
  result.out = ReadAll(out_fd_);
  result.err = ReadAll(err_fd_);
  return result;
}

bool Child::WaitUntilReadingStdin(int timeout_ms) {
  const std::string path = "/proc/" + std::to_string(pid_) + "/syscall";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (!Running()) return false;
    // "0 0x0 ..." is read(2) (syscall 0 on x86-64) on file descriptor 0.
    if (ReadFile(path).rfind("0 0x0 ", 0) == 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

RunResult RunGeokg(const std::vector<std::string>& args, const RunOptions& options) {
  Child child(args, options);
  return child.Wait();
}

void CliTest::SetUp() {
  std::string pattern = (fs::temp_directory_path() / "geokg-cli-test-XXXXXX").string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr) << std::strerror(errno);
  dir_ = pattern;
}

void CliTest::TearDown() {
  if (dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
  EXPECT_FALSE(ec) << "cannot remove " << dir_ << ": " << ec.message();
}

std::string CliTest::Path(std::string_view name) const {
  return (fs::path(dir_) / fs::path(name)).string();
}

std::string CliTest::WriteFile(std::string_view name, std::string_view contents) const {
  const std::string path = Path(name);
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  EXPECT_TRUE(file.good()) << "cannot write " << path;
  return path;
}

RunResult CliTest::Geokg(const std::string& db, std::vector<std::string> args,
                         const RunOptions& options) const {
  args.insert(args.begin(), {"--db", db});
  return RunGeokg(args, options);
}

std::string CliTest::ExampleArticles() {
  return std::string(GEOKG_SOURCE_DIR) + "/data/examples/articles.jsonl";
}

std::string CliTest::ExampleFacts() {
  return std::string(GEOKG_SOURCE_DIR) + "/data/examples/facts.jsonl";
}

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

}  // namespace geokg::cli_test
