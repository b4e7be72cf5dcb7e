#include "ingest/text/given_names.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "common/embedded_data.h"
#include "ingest/feeds/tsv.h"
#include "ingest/text/text_key.h"

namespace geokg {
namespace {

constexpr std::string_view kGivenNameTable = "text/given_names.tsv";

struct GivenNames {
  std::unordered_map<std::string, char> en, de;  // name key -> gender
  Status status;
};

const GivenNames& Table() {
  static const GivenNames* table = [] {
    auto* t = new GivenNames();
    KeyFolder folder;
    std::vector<std::string_view> fields;
    ForEachDataLine(*EmbeddedDataFile(kGivenNameTable), [&](size_t line, std::string_view row) {
      if (SplitTabs(row, &fields) != 3 ||
          (fields[0] != "en" && fields[0] != "de" && fields[0] != "*") ||
          (fields[2] != "m" && fields[2] != "f" && fields[2] != "*")) {
        t->status =
            TableError(kGivenNameTable, line, "expected en|de|*<TAB>name|name|...<TAB>m|f|*");
        return false;
      }
      for (std::string_view name : SplitList(fields[1])) {
        const std::string key(folder.Fold(name));
        if (fields[0] != "de") t->en[key] = fields[2][0];
        if (fields[0] != "en") t->de[key] = fields[2][0];
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
  return (lang == TextLang::kDe ? t.de : t.en).count(std::string(key)) > 0;
}

char GivenNameGender(TextLang lang, std::string_view key) {
  const GivenNames& t = Table();
  const auto& names = lang == TextLang::kDe ? t.de : t.en;
  const auto it = names.find(std::string(key));
  return it == names.end() ? '*' : it->second;
}

Status CheckGivenNameTable() { return Table().status; }

}  // namespace geokg
