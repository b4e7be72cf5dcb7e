#include "ingest/text/given_names.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "common/embedded_data.h"
#include "ingest/feeds/tsv.h"
#include "ingest/text/text_key.h"

namespace geokg {
namespace {

constexpr std::string_view kGivenNameTable = "text/given_names.tsv";

struct GivenNames {
  std::unordered_set<std::string> en, de;
  Status status;
};

const GivenNames& Table() {
  static const GivenNames* table = [] {
    auto* t = new GivenNames();
    KeyFolder folder;
    std::vector<std::string_view> fields;
    ForEachDataLine(*EmbeddedDataFile(kGivenNameTable), [&](size_t line, std::string_view row) {
      if (SplitTabs(row, &fields) != 2 ||
          (fields[0] != "en" && fields[0] != "de" && fields[0] != "*")) {
        t->status = TableError(kGivenNameTable, line, "expected en|de|*<TAB>name|name|...");
        return false;
      }
      for (std::string_view name : SplitList(fields[1])) {
        const std::string key(folder.Fold(name));
        if (fields[0] != "de") t->en.insert(key);
        if (fields[0] != "en") t->de.insert(key);
      }
      return true;
    });
    return t;
  }();
  return *table;
}

}  // namespace

bool IsGivenName(TextLang lang, std::string_view key) {
  const GivenNames& t = Table();
  const std::unordered_set<std::string>& names = lang == TextLang::kDe ? t.de : t.en;
  return names.count(std::string(key)) > 0;
}

Status CheckGivenNameTable() { return Table().status; }

}  // namespace geokg
