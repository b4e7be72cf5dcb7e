#include "ingest/feeds/feed_actors.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "common/name_key.h"
#include "graph/document.h"

namespace geokg {
namespace {

// Words that mark an organisation in ICEWS names; checked as whole words of the NameKey.
constexpr std::array<std::string_view, 44> kOrganisationWords = {
    "ministry",    "ministries", "party",      "police",       "council",      "army",
    "court",       "bank",       "government", "committee",    "commission",   "agency",
    "association", "union",      "nations",    "organization", "organisation", "parliament",
    "assembly",    "forces",     "military",   "navy",         "guard",        "office",
    "department",  "cabinet",    "company",    "corporation",  "media",        "university",
    "front",       "movement",   "group",      "congress",     "senate",       "legislature",
    "judiciary",   "insurgents", "rebels",     "fund",         "federation",   "alliance",
    "secretariat", "institute"};

bool HasOrganisationWord(const std::string& key) {
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    const std::string_view word(key.data() + start, end - start);
    if (std::find(kOrganisationWords.begin(), kOrganisationWords.end(), word) !=
        kOrganisationWords.end()) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// Splits "Role (Inner)" at its last balanced parenthesised group; false when there is none.
bool SplitRole(std::string_view name, std::string_view* role, std::string_view* inner) {
  if (name.empty() || name.back() != ')') return false;
  int depth = 0;
  for (size_t i = name.size(); i-- > 0;) {
    if (name[i] == ')') ++depth;
    if (name[i] == '(' && --depth == 0) {
      if (i == 0) return false;
      *role = name.substr(0, i);
      while (!role->empty() && role->back() == ' ') role->remove_suffix(1);
      *inner = name.substr(i + 1, name.size() - i - 2);
      return !role->empty() && !inner->empty();
    }
  }
  return false;
}

}  // namespace

std::string Slug(std::string_view name) {
  const std::string key = NameKey(name);
  std::string slug;
  for (char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "x" + ContentHash(name).substr(0, 12);
  return slug;
}

FeedActor ResolveIcewsActor(std::string_view raw, const CountryTable& countries,
                            const ActorDictionary& dictionary) {
  std::string name(raw);
  if (name.find(' ') == std::string::npos) std::replace(name.begin(), name.end(), '_', ' ');
  FeedActor out;
  if (const Country* country = countries.FindByName(name)) {
    out.actor = country->ToActor();
    return out;
  }
  if (const Actor* known = dictionary.FindByName(name, "en")) {
    out.actor = *known;
    return out;
  }
  std::string_view role, inner;
  if (SplitRole(name, &role, &inner)) {
    if (const Country* country = countries.FindByName(inner)) {
      out.actor.id = "group:" + Slug(role) + "-" + Slug(country->iso3);
      out.actor.name = std::string(role) + " (" + country->name + ")";
      out.actor.type = ActorType::kGroup;
      out.affiliated_with = country->actor_id();
      if (out.actor.name != name) out.actor.aliases.push_back({name, "en"});
      return out;
    }
    // "Member (Taliban)", "Attacker (Boko Haram)": a sector of a non-state actor.
    out.actor.id = "group:" + Slug(name);
    out.actor.name = name;
    out.actor.type = ActorType::kGroup;
    return out;
  }
  const std::string key = NameKey(name);
  if (key.starts_with("unidentified ")) {
    out.actor.id = "group:" + Slug(name);
    out.actor.name = name;
    out.actor.type = ActorType::kGroup;
    return out;
  }
  const bool organisation = HasOrganisationWord(key);
  out.actor.id = std::string(organisation ? "org:" : "person:") + Slug(name);
  out.actor.name = name;
  out.actor.type = organisation ? ActorType::kOrganization : ActorType::kPerson;
  return out;
}

namespace {

// "UNITED STATES" -> "United States", as GDELT writes names in capitals.
std::string TitleCase(std::string_view name) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  text.toLower();
  text.toTitle(nullptr);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

FeedActor ResolveGdeltActor(const GdeltActorFields& fields, const CountryTable& countries,
                            const CameoActorCodes& codes, const ActorDictionary& dictionary) {
  FeedActor out;
  if (const Actor* group = codes.KnownGroup(fields.known_group)) {
    const Actor* named = dictionary.FindById(group->id);
    out.actor = named != nullptr ? *named : *group;
    out.actor.codes.insert(group->codes.begin(), group->codes.end());
    return out;
  }
  const Country* country = nullptr;
  if (!fields.country.empty()) {
    country = countries.FindByCameo(fields.country);
    if (country == nullptr) country = countries.FindByIso3(fields.country);
  }
  if (country != nullptr && fields.code == fields.country) {
    out.actor = country->ToActor();
    return out;
  }
  // The role is the type column, else the three letters after the country code.
  std::string_view role = fields.type;
  if (role.empty() && country != nullptr && fields.code.size() >= 6)
    role = fields.code.substr(3, 3);
  const std::string_view label = codes.TypeLabel(role);
  if (country != nullptr && !role.empty()) {
    out.actor.id = "group:" + Slug(role) + "-" + Slug(country->iso3);
    out.actor.name =
        (label.empty() ? std::string(role) : std::string(label)) + " (" + country->name + ")";
    out.actor.type = ActorType::kGroup;
    out.actor.codes["cameo"] = std::string(fields.code.substr(0, 6));
    out.affiliated_with = country->actor_id();
    return out;
  }
  out.actor.id = "group:" + Slug(fields.code);
  out.actor.name = !label.empty() && fields.code.size() <= 3 ? std::string(label)
                   : !fields.name.empty()                    ? TitleCase(fields.name)
                                                             : std::string(fields.code);
  out.actor.type = ActorType::kGroup;
  out.actor.codes["cameo"] = std::string(fields.code);
  return out;
}

}  // namespace geokg
