#include "ingest/text/coref_memory.h"

#include <algorithm>

#include "ingest/text/function_words.h"

namespace geokg {

void CorefMemory::SeePerson(const std::string& id, char gender, const std::string& affiliation,
                            const std::string& role) {
  ++clock_;
  seen_[id] = clock_;
  for (RememberedPerson& p : persons_) {
    if (p.id != id) continue;
    if (gender != '*') p.gender = gender;
    if (!affiliation.empty()) p.affiliation = affiliation;
    if (!role.empty() && std::find(p.roles.begin(), p.roles.end(), role) == p.roles.end()) {
      p.roles.push_back(role);
    }
    p.last_seen = clock_;
    return;
  }
  RememberedPerson p{id, gender, affiliation, {}, clock_};
  if (!role.empty()) p.roles.push_back(role);
  persons_.push_back(std::move(p));
}

void CorefMemory::RememberName(const std::string& name_key, const std::string& id) {
  names_[name_key] = id;
  size_t start = 0;
  for (size_t i = 0; i <= name_key.size(); ++i) {
    if (i < name_key.size() && name_key[i] != ' ') continue;
    if (i < name_key.size()) name_prefixes_[name_key.substr(0, i)] = true;
    const std::string part = name_key.substr(start, i - start);
    // A peer's or knight's title is no part of the name ("Lord" of "Lord Goldsmith").
    const bool title =
        part == "lord" || part == "baroness" || part == "lady" || part == "sir" || part == "dame";
    if (part.size() > 2 && !title && !IsNameStopword(part) && !IsNameParticle(part)) {
      names_[part] = id;
    }
    start = i + 1;
  }
}

void CorefMemory::SeeMinistry(const std::string& code, const std::string& id) {
  ministries_[code] = id;
  SeeActor(id);
}

void CorefMemory::SeeActor(const std::string& id) { seen_[id] = ++clock_; }

void CorefMemory::CountState(const std::string& id) { ++state_counts_[id]; }

std::string CorefMemory::DominantState() const {
  const std::string* best = nullptr;
  int first = 0, second = 0;
  for (const auto& [id, n] : state_counts_) {
    if (n > first) {
      second = first;
      first = n;
      best = &id;
    } else if (n > second) {
      second = n;
    }
  }
  return best != nullptr && first >= 2 && first > 2 * second ? *best : std::string();
}

const std::string* CorefMemory::PersonByName(std::string_view key) const {
  if (names_.empty()) return nullptr;
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

void CorefMemory::RememberFullName(const std::string& last_name_key, const std::string& full_name) {
  full_names_.emplace(last_name_key, full_name);
}

const std::string* CorefMemory::FullNameOf(std::string_view last_name_key) const {
  auto it = full_names_.find(last_name_key);
  return it == full_names_.end() ? nullptr : &it->second;
}

bool CorefMemory::IsNamePrefix(std::string_view key) const {
  return !name_prefixes_.empty() && name_prefixes_.find(key) != name_prefixes_.end();
}

std::vector<const RememberedPerson*> CorefMemory::RecentPersons(char gender, size_t count,
                                                                std::string_view affiliation,
                                                                std::string_view role) const {
  std::vector<const RememberedPerson*> fit;
  for (const RememberedPerson& p : persons_) {
    const bool ok = gender == '*' || (gender == 'f'   ? p.gender == 'f'
                                      : gender == 'F' ? p.gender != 'm'
                                                      : p.gender != 'f');
    if (ok) fit.push_back(&p);
  }
  const auto preferred = [&](const RememberedPerson* p) {
    if (!role.empty()) return std::find(p->roles.begin(), p->roles.end(), role) != p->roles.end();
    if (!affiliation.empty()) return p->affiliation == affiliation;
    return false;
  };
  std::sort(fit.begin(), fit.end(), [&](const RememberedPerson* a, const RememberedPerson* b) {
    const bool pa = preferred(a), pb = preferred(b);
    if (pa != pb) return pa;
    return a->last_seen > b->last_seen;
  });
  if (!role.empty()) {  // a role noun only refers back to a person who had that role
    while (!fit.empty() && !preferred(fit.back())) fit.pop_back();
  }
  if (fit.size() > count) fit.resize(count);
  return fit;
}

std::string CorefMemory::LastMinistry(std::string_view code) const {
  auto it = ministries_.find(code);
  return it == ministries_.end() ? std::string() : it->second;
}

uint64_t CorefMemory::LastSeen(std::string_view id) const {
  auto it = seen_.find(id);
  return it == seen_.end() ? 0 : it->second;
}

}  // namespace geokg
