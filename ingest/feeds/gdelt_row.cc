#include "ingest/feeds/gdelt_row.h"

#include <vector>

#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

// Column positions shared by all three layouts.
constexpr size_t kEventId = 0, kSqlDate = 1, kActor1 = 5, kActor2 = 15, kEventCode = 26;
constexpr size_t kNumMentions = 31, kNumSources = 32, kNumArticles = 33;

GdeltActorFields ActorFields(const std::vector<std::string_view>& f, size_t base) {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, ...
  return {f[base], f[base + 1], f[base + 2], f[base + 3], f[base + 7]};
}

}  // namespace

Status ParseGdeltRow(std::string_view line, const CameoCodebook& codebook, GdeltRow* row) {
  thread_local std::vector<std::string_view> f;
  const size_t n = SplitTabs(line, &f);
  if (n != 57 && n != 58 && n != 61) {
    return Status::InvalidArgument(
        "expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated "
        "fields, found " +
        std::to_string(n));
  }
  const std::string_view date = f[kSqlDate];
  std::optional<Day> day;
  if (date.size() == 8) {
    std::string iso(date.substr(0, 4));
    iso.append("-").append(date.substr(4, 2)).append("-").append(date.substr(6, 2));
    day = ParseIsoDay(iso);
  }
  if (!day) {
    return Status::InvalidArgument("field SQLDATE: expected YYYYMMDD, got '" + std::string(date) +
                                   "'");
  }
  const CameoCode* code = codebook.FindByCode(f[kEventCode]);
  if (code == nullptr) {
    return Status::InvalidArgument("field EventCode: unknown CAMEO code '" +
                                   std::string(f[kEventCode]) + "'");
  }
  row->fields = static_cast<int>(n);
  row->event_id = f[kEventId];
  row->day = *day;
  row->actor1 = ActorFields(f, kActor1);
  row->actor2 = ActorFields(f, kActor2);
  row->code = code;
  row->num_mentions = f[kNumMentions];
  row->num_sources = f[kNumSources];
  row->num_articles = f[kNumArticles];
  // DATEADDED and SOURCEURL close the row; the 57-field back files have no SOURCEURL.
  row->date_added = n == 57 ? f[56] : f[n - 2];
  row->url = n == 57 ? std::string_view() : f[n - 1];
  return Status::OK();
}

}  // namespace geokg
