#include "ingest/feeds/cameo_codebook.h"

#include <algorithm>

#include "ingest/builtin_table.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

constexpr std::string_view kUnspecified = "_unspecified";

// The table names each class's catch-all code "<name>_unspecified" (040
// consult_unspecified) to keep its machine names unique; on an edge the plain name reads
// better and the CAMEO code still tells the two apart.
std::string EdgeRelation(std::string_view table_relation) {
  if (table_relation.ends_with(kUnspecified)) {
    table_relation.remove_suffix(kUnspecified.size());
  }
  return std::string(table_relation);
}

}  // namespace

Status CameoCodebook::Parse(std::string_view tsv, std::string_view source,
                            std::unique_ptr<CameoCodebook>* codebook) {
  std::unique_ptr<CameoCodebook> book(new CameoCodebook());
  Status status;
  std::vector<std::string_view> fields;
  ForEachDataLine(tsv, [&](size_t line, std::string_view text) {
    const auto fail = [&](std::string_view why) {
      status = TableError(source, line, why);
      return false;
    };
    if (SplitTabs(text, &fields) != 4) return fail("expected 4 tab-separated columns");
    const std::string_view code = fields[0];
    if (code.size() < 2 || code.size() > 4 ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return fail("code must be 2 to 4 digits");
    }
    if (fields[1].empty() || fields[2].empty()) return fail("empty relation or name");
    if (fields[3] != "0" && fields[3] != "1") return fail("symmetric must be 0 or 1");
    CameoCode entry{std::string(code), EdgeRelation(fields[1]), std::string(fields[2]),
                    fields[3] == "1"};
    const size_t index = book->codes_.size();
    if (!book->by_code_.emplace(entry.code, index).second) return fail("duplicate code");
    if (!book->by_name_.emplace(entry.name, index).second) return fail("duplicate name");
    book->codes_.push_back(std::move(entry));
    return true;
  });
  GEOKG_RETURN_IF_ERROR(status);
  *codebook = std::move(book);
  return Status::OK();
}

const CameoCodebook& CameoCodebook::BuiltIn() {
  static const CameoCodebook* const kBuiltIn =
      LoadBuiltInTable<CameoCodebook>("cameo/event_codes.tsv", &CameoCodebook::Parse);
  return *kBuiltIn;
}

const CameoCode* CameoCodebook::FindByCode(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &codes_[it->second];
}

const CameoCode* CameoCodebook::FindByName(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  if (it == by_name_.end() && name.find('_') != std::string_view::npos) {
    std::string spaced(name);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    it = by_name_.find(spaced);
  }
  return it == by_name_.end() ? nullptr : &codes_[it->second];
}

}  // namespace geokg
