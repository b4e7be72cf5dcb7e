#include "ingest/text/actor_lexicon.h"

#include <algorithm>

#include "ingest/actors/builtin_dictionaries.h"

namespace geokg {

Status ActorLexicon::Load(const std::vector<std::string>& user_dict_files,
                          std::unique_ptr<ActorLexicon>* out) {
  std::vector<DictionaryFile> user;
  for (const std::string& path : user_dict_files) user.push_back(ReadDictionaryFile(path));
  std::vector<const DictionaryFile*> all;
  for (const DictionaryFile& f : BuiltInDictionaries()) all.push_back(&f);
  for (const DictionaryFile& f : user) all.push_back(&f);
  std::vector<DictionaryProblem> problems;
  for (const DictionaryFile* f : all) {
    problems.insert(problems.end(), f->problems.begin(), f->problems.end());
  }
  const std::unordered_set<std::string> ids = DefinedActorIds(all);
  for (const DictionaryFile* f : all) CheckReferences(*f, ids, &problems);
  GEOKG_RETURN_IF_ERROR(ProblemsToStatus(problems));

  std::unique_ptr<ActorLexicon> lexicon(new ActorLexicon());
  for (const DictionaryFile& f : BuiltInDictionaries()) lexicon->AddFile(f, 0);
  for (size_t i = 0; i < user.size(); ++i) lexicon->AddFile(user[i], static_cast<int>(i) + 1);
  lexicon->SortEntries();
  *out = std::move(lexicon);
  return Status::OK();
}

const std::vector<uint32_t>* ActorLexicon::Find(std::string_view key) const {
  const KeyInfo* info = Lookup(key);
  return info == nullptr || info->entries.empty() ? nullptr : &info->entries;
}

bool ActorLexicon::IsPrefix(std::string_view key) const {
  const KeyInfo* info = Lookup(key);
  return info != nullptr && info->prefix;
}

const Actor* ActorLexicon::FindActor(std::string_view id) const {
  auto it = actors_.find(id);
  return it == actors_.end() ? nullptr : &it->second;
}

const LocationInfo* ActorLexicon::FindLocation(std::string_view id) const {
  auto it = locations_.find(id);
  return it == locations_.end() ? nullptr : &it->second;
}

bool ActorLexicon::IsMember(std::string_view member, std::string_view organization, Day day) const {
  auto it = memberships_.find(std::string(member));
  if (it == memberships_.end()) return false;
  for (const MembershipRow& m : it->second) {
    if (m.organization == organization && m.start.first <= day && (!m.end || day <= m.end->last)) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> ActorLexicon::MembersOf(std::string_view organization, Day day) const {
  std::vector<std::string> members;
  for (const auto& [member, rows] : memberships_) {
    if (IsMember(member, organization, day)) members.push_back(member);
  }
  std::sort(members.begin(), members.end());
  return members;
}

Actor ActorLexicon::MinistryActor(std::string_view country_id, std::string_view code) const {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"MFA", "Ministry of Foreign Affairs"}, {"MOD", "Ministry of Defence"},
      {"MOI", "Ministry of the Interior"},    {"MOF", "Ministry of Finance"},
      {"MOJ", "Ministry of Justice"},         {"MOU", "Ministry of Unification"}};
  std::string what = "Ministry " + std::string(code);
  for (const auto& [c, name] : kNames) {
    if (c == code) what = name;
  }
  const Actor* country = FindActor(country_id);
  const std::string_view iso3 = country_id.substr(country_id.find(':') + 1);
  Actor ministry;
  ministry.id = "org:" + std::string(iso3) + "-" + std::string(code);
  ministry.name = (country ? country->name : std::string(iso3)) + " " + what;
  ministry.type = ActorType::kOrganization;
  ministry.codes["part_of"] = std::string(country_id);
  return ministry;
}

}  // namespace geokg
