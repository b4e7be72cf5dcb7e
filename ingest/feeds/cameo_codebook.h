// ingest/feeds/cameo_codebook.h
//
// The CAMEO event codebook (data/cameo/event_codes.tsv): code, machine name, English name and
// whether the event is mutual. Feed importers map ICEWS relation names and GDELT event codes
// through it, so that an edge's `cameo` and `relation` agree whatever the source.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"

namespace geokg {

struct CameoCode {
  std::string code;      // "040", "0431"
  std::string relation;  // the edge relation: "consult", "make_visit", "criticize_or_denounce"
  std::string name;      // "Consult", "Make a visit"
  bool symmetric = false;
};

class CameoCodebook {
 public:
  // Parses the tab-separated table. Errors name `source` and the line.
  static Status Parse(std::string_view tsv, std::string_view source,
                      std::unique_ptr<CameoCodebook>* codebook);

  // The codebook compiled into the binary. Never null: the build checks the table.
  static const CameoCodebook& BuiltIn();

  // nullptr when unknown.
  const CameoCode* FindByCode(std::string_view code) const;
  // Exact match on the English name; '_' is read as a space (ICEWS18 writes names that way).
  const CameoCode* FindByName(std::string_view name) const;

  size_t size() const { return codes_.size(); }
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  CameoCodebook() = default;

  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> by_code_;
  std::unordered_map<std::string, size_t> by_name_;
};

}  // namespace geokg
