#include "ingest/feeds/icews_row.h"

#include <vector>

#include "ingest/feeds/tsv.h"

namespace geokg {

Status ParseIcewsRow(std::string_view line, const CameoCodebook& codebook, IcewsRow* row) {
  thread_local std::vector<std::string_view> fields;
  const size_t n = SplitTabs(line, &fields);
  if (n != 4) {
    return Status::InvalidArgument(
        "expected 4 tab-separated fields (source, relation, target, "
        "date), found " +
        std::to_string(n));
  }
  if (fields[0].empty()) return Status::InvalidArgument("field source: empty");
  if (fields[2].empty()) return Status::InvalidArgument("field target: empty");
  const std::optional<Day> day = ParseIsoDay(fields[3]);
  if (!day) {
    return Status::InvalidArgument("field date: expected YYYY-MM-DD, got '" +
                                   std::string(fields[3]) + "'");
  }
  const CameoCode* code = codebook.FindByName(fields[1]);
  if (code == nullptr) {
    return Status::InvalidArgument("field relation: unknown CAMEO event name '" +
                                   std::string(fields[1]) + "'");
  }
  row->source = fields[0];
  row->target = fields[2];
  row->code = code;
  row->day = *day;
  return Status::OK();
}

}  // namespace geokg
