#include "ingest/feeds/cameo_actor_codes.h"

#include <vector>

#include "ingest/builtin_table.h"
#include "ingest/feeds/tsv.h"

namespace geokg {

Status CameoActorCodes::Parse(std::string_view types_tsv, std::string_view groups_tsv,
                              std::unique_ptr<CameoActorCodes>* codes) {
  std::unique_ptr<CameoActorCodes> c(new CameoActorCodes());
  Status status;
  std::vector<std::string_view> fields;
  ForEachDataLine(types_tsv, [&](size_t line, std::string_view text) {
    if (SplitTabs(text, &fields) != 2 || fields[0].size() != 3 || fields[1].empty()) {
      status = TableError("data/cameo/actor_types.tsv", line, "expected code<TAB>label");
      return false;
    }
    c->type_labels_.emplace(std::string(fields[0]), std::string(fields[1]));
    return true;
  });
  GEOKG_RETURN_IF_ERROR(status);
  ForEachDataLine(groups_tsv, [&](size_t line, std::string_view text) {
    const auto fail = [&](std::string_view why) {
      status = TableError("data/cameo/known_groups.tsv", line, why);
      return false;
    };
    if (SplitTabs(text, &fields) != 4) return fail("expected code, actor id, type, name");
    Actor actor;
    actor.id = fields[1];
    if (!ValidateActorId(actor.id).empty()) return fail(ValidateActorId(actor.id));
    const std::optional<ActorType> type = ParseActorType(fields[2]);
    if (!type) return fail("unknown actor type");
    actor.type = *type;
    actor.name = fields[3];
    actor.codes["cameo"] = std::string(fields[0]);
    c->known_groups_.emplace(std::string(fields[0]), std::move(actor));
    return true;
  });
  GEOKG_RETURN_IF_ERROR(status);
  *codes = std::move(c);
  return Status::OK();
}

const CameoActorCodes& CameoActorCodes::BuiltIn() {
  // Two files make one table: the groups file is read inside the types file's parser.
  static const CameoActorCodes* const kBuiltIn = LoadBuiltInTable<CameoActorCodes>(
      "cameo/actor_types.tsv",
      [](std::string_view types, const std::string&, std::unique_ptr<CameoActorCodes>* codes) {
        const std::optional<std::string_view> groups = EmbeddedDataFile("cameo/known_groups.tsv");
        if (!groups) return Status::NotFound("data/cameo/known_groups.tsv is not built in");
        return Parse(types, *groups, codes);
      });
  return *kBuiltIn;
}

std::string_view CameoActorCodes::TypeLabel(std::string_view code) const {
  auto it = type_labels_.find(code);
  return it == type_labels_.end() ? std::string_view() : std::string_view(it->second);
}

const Actor* CameoActorCodes::KnownGroup(std::string_view code) const {
  auto it = known_groups_.find(code);
  return it == known_groups_.end() ? nullptr : &it->second;
}

}  // namespace geokg
