#include "cli/command.h"

#include <cstdio>
#include <iostream>

namespace geokg::cli {

std::unique_ptr<Store> OpenStore(const GlobalOptions& global, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  std::unique_ptr<Store> store;
  Status s = Store::Open(options, global.db, &store);
  if (!s.ok()) {
    Fail(s);
    return nullptr;
  }
  return store;
}

int Fail(const Status& status, int exit_code) {
  std::cerr << "geokg: " << status.message() << "\n";
  if (exit_code >= 0) return exit_code;
  return status.IsNotSupported() ? kExitUsage : kExitFailure;
}

Status ParseWindowBound(const std::string& text, bool is_end, Day* day) {
  Day lo, hi;
  Precision precision;
  Status s = ResolveTimeBounds(text, TimeMod::kNone, &lo, &hi, &precision);
  if (!s.ok()) {
    return Status::InvalidArgument("--" + std::string(is_end ? "to" : "from") + " " + text +
                                   ": expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  *day = is_end ? hi : lo;
  return Status::OK();
}

void Output::Write(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= (1u << 20)) Flush();
}

void Output::Flush() {
  if (!buffer_.empty()) {
    std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    buffer_.clear();
  }
  std::fflush(stdout);
}

Status ParseWindow(const std::string& from, const std::string& to, std::optional<Day>* lo,
                   std::optional<Day>* hi) {
  Day day;
  if (!from.empty()) {
    GEOKG_RETURN_IF_ERROR(ParseWindowBound(from, false, &day));
    *lo = day;
  }
  if (!to.empty()) {
    GEOKG_RETURN_IF_ERROR(ParseWindowBound(to, true, &day));
    *hi = day;
  }
  return Status::OK();
}

Status ParseModalities(const std::vector<std::string>& names, std::vector<Modality>* modalities) {
  for (const std::string& name : names) {
    std::optional<Modality> modality = ParseModality(name);
    if (!modality) return Status::InvalidArgument("--modality " + name + ": unknown modality");
    modalities->push_back(*modality);
  }
  return Status::OK();
}

}  // namespace geokg::cli
