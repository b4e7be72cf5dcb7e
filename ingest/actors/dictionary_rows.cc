#include "ingest/actors/dictionary_rows.h"

#include <map>
#include <set>

#include "common/name_key.h"
#include "ingest/feeds/tsv.h"

namespace geokg {
namespace {

bool IsUpperAscii(std::string_view code, size_t length) {
  if (code.size() != length) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Problems of one line; the row is kept only if none was added.
class LineCheck {
 public:
  LineCheck(DictionaryFile* file, size_t line) : file_(file), line_(line) {}
  void Fail(std::string message) {
    file_->problems.push_back({file_->source, line_, std::move(message)});
    ok_ = false;
  }
  bool ok() const { return ok_; }

  std::string Id(std::string_view id, std::string_view prefix, std::string_view column) {
    const std::string problem = ValidateActorId(id);
    if (!problem.empty()) {
      Fail(std::string(column) + ": " + problem);
    } else if (!prefix.empty() && id.substr(0, prefix.size()) != prefix) {
      Fail(std::string(column) + " '" + std::string(id) + "' must start with " +
           std::string(prefix));
    }
    return std::string(id);
  }
  std::string Country(std::string_view id, std::string_view column) {
    if (id.substr(0, 8) != "country:" || !IsUpperAscii(id.substr(8), 3)) {
      Fail(std::string(column) + " '" + std::string(id) + "' must be country:<ISO3>");
    }
    return std::string(id);
  }
  std::vector<Alias> Names(std::string_view field) {
    std::vector<Alias> names;
    Status s = ParseNames(field, &names);
    if (!s.ok()) Fail(s.message());
    return names;
  }
  std::string Lang(std::string_view lang, bool star_allowed) {
    if (lang == "en" || lang == "de") return std::string(lang);
    if (star_allowed && lang == "*") return "";
    Fail("language '" + std::string(lang) +
         (star_allowed ? "' must be en, de or *" : "' must be en or de"));
    return "";
  }
  std::vector<std::string> Forms(std::string_view field) {
    std::vector<std::string> forms;
    for (std::string_view f : SplitList(field)) {
      if (f.empty() || f.front() == ' ' || f.back() == ' ') {
        Fail("empty form, or a form with a leading or trailing space");
      } else {
        forms.emplace_back(f);
      }
    }
    if (forms.empty()) Fail("no forms");
    return forms;
  }
  DayRange Date(std::string_view text, std::string_view column) {
    std::optional<DayRange> d = ParseTableDate(text);
    if (!d) {
      Fail(std::string(column) + " '" + std::string(text) +
           "' must be YYYY, YYYY-MM or YYYY-MM-DD");
      return {};
    }
    return *d;
  }
  std::optional<DayRange> EndDate(std::string_view text, const DayRange& start) {
    if (text == "-") return std::nullopt;
    const DayRange end = Date(text, "end");
    if (ok() && end.last < start.first) Fail("end " + std::string(text) + " is before start");
    return end;
  }

 private:
  DictionaryFile* file_;
  size_t line_;
  bool ok_ = true;
};

constexpr size_t ColumnCount(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kCountries:
      return 6;
    case DictionaryKind::kOrganizations:
      return 5;
    case DictionaryKind::kPeople:
      return 3;
    case DictionaryKind::kRoles:
      return 6;
    case DictionaryKind::kMemberships:
      return 4;
    case DictionaryKind::kCapitals:
      return 3;
    case DictionaryKind::kDemonyms:
      return 4;
    case DictionaryKind::kRoleNouns:
      return 7;
    case DictionaryKind::kTextAliases:
      return 4;
    case DictionaryKind::kLocations:
      return 5;
    case DictionaryKind::kNullPhrases:
      return 2;
  }
  return 0;
}

constexpr std::string_view kColumns[] = {
    "iso3, iso2, fips, cameo, name, aliases",
    "id, type, name, codes, aliases",
    "id, name, aliases",
    "person, role, of, start, end, notes",
    "member, organization, start, end",
    "country, kind, names",
    "country, lang, kind, forms",
    "lang, kind, meaning, of, gender, number, forms",
    "actor, lang, case, forms",
    "id, name, country, metonym_of, names",
    "lang, phrases",
};

// Keys that must be unique within one file: key -> first line.
class UniqueKeys {
 public:
  void Check(LineCheck* check, size_t line, const std::string& key, std::string_view what) {
    auto [it, inserted] = first_.emplace(key, line);
    if (!inserted && it->second != line) {
      check->Fail(std::string(what) + " already on line " + std::to_string(it->second));
    }
  }

 private:
  std::map<std::string, size_t> first_;
};

void ParseRow(const std::vector<std::string_view>& f, size_t line, LineCheck* c, UniqueKeys* keys,
              DictionaryFile* file) {
  switch (file->kind) {
    case DictionaryKind::kCountries: {
      CountryRow row{line, std::string(f[0]), std::string(f[1]), std::string(f[4]), {}};
      if (!IsUpperAscii(row.iso3, 3) || !IsUpperAscii(row.iso2, 2)) c->Fail("bad ISO code");
      if (row.name.empty()) c->Fail("empty name");
      row.aliases = c->Names(f[5]);
      keys->Check(c, line, "id " + row.iso3, "iso3 " + row.iso3);
      if (c->ok()) file->countries.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kOrganizations:
    case DictionaryKind::kPeople: {
      const bool people = file->kind == DictionaryKind::kPeople;
      ActorRow row{line, {}};
      row.actor.id = c->Id(f[0], people ? "person:" : "", "id");
      row.actor.name = f[1 + !people];
      if (row.actor.name.empty()) c->Fail("empty name");
      if (people) {
        row.actor.type = ActorType::kPerson;
      } else {
        const std::optional<ActorType> type = ParseActorType(f[1]);
        if (!type || *type == ActorType::kPerson || *type == ActorType::kCountry) {
          c->Fail("type '" + std::string(f[1]) +
                  "' must be organization, alliance, media or group");
        }
        row.actor.type = type.value_or(ActorType::kOrganization);
        for (std::string_view pair : SplitList(f[3])) {
          const size_t eq = pair.find('=');
          if (eq == std::string_view::npos || eq == 0 || eq + 1 == pair.size()) {
            c->Fail("code '" + std::string(pair) + "' must be key=value");
            continue;
          }
          row.actor.codes.emplace(std::string(pair.substr(0, eq)),
                                  std::string(pair.substr(eq + 1)));
        }
      }
      row.actor.aliases = c->Names(f[people ? 2 : 4]);
      keys->Check(c, line, "id " + row.actor.id, "id " + row.actor.id);
      if (!c->ok()) return;
      keys->Check(c, line, "name " + NameKey(row.actor.name), "name '" + row.actor.name + "'");
      for (const Alias& a : row.actor.aliases) {
        keys->Check(c, line, "name:" + a.lang + " " + NameKey(a.text), "name '" + a.text + "'");
      }
      if (c->ok()) file->actors.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kRoles: {
      RoleTermRow row{line, c->Id(f[0], "person:", "person"), std::string(f[1]), {}, {}, {}};
      if (!IsKnownRole(row.role) || row.role == "leader") {
        c->Fail("unknown role '" + row.role + "'");
      }
      row.of = c->Id(f[2], "", "of");
      if (c->ok() && row.of.substr(0, 8) != "country:" && row.of.substr(0, 4) != "org:") {
        c->Fail("of must be a country: or org: id");
      }
      row.start = c->Date(f[3], "start");
      if (c->ok()) row.end = c->EndDate(f[4], row.start);
      if (c->ok()) file->roles.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kMemberships: {
      MembershipRow row{
          line, c->Id(f[0], "", "member"), c->Id(f[1], "org:", "organization"), {}, {}};
      row.start = c->Date(f[2], "start");
      if (c->ok()) row.end = c->EndDate(f[3], row.start);
      if (c->ok()) file->memberships.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kCapitals: {
      CapitalRow row{line, c->Country(f[0], "country"), f[1] == "seat", c->Names(f[2])};
      if (f[1] != "capital" && f[1] != "seat") c->Fail("kind must be capital or seat");
      if (row.names.empty()) c->Fail("no names");
      for (const Alias& a : row.names) {
        keys->Check(c, line, "name:" + a.lang + " " + NameKey(a.text), "name '" + a.text + "'");
      }
      if (c->ok()) file->capitals.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kDemonyms: {
      DemonymRow row{line, c->Country(f[0], "country"), c->Lang(f[1], false), std::string(f[2]),
                     c->Forms(f[3])};
      if (row.kind != "adjective" && row.kind != "genitive" && row.kind != "person") {
        c->Fail("kind must be adjective, genitive or person");
      } else if (row.kind == "genitive" && row.lang != "de") {
        c->Fail("genitive rows are for de only");
      }
      for (const std::string& form : row.forms) {
        keys->Check(c, line, row.lang + " " + row.kind + " " + form, "form '" + form + "'");
      }
      if (c->ok()) file->demonyms.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kRoleNouns: {
      RoleNounRow row{line,
                      c->Lang(f[0], false),
                      std::string(f[1]),
                      std::string(f[2]),
                      f[3] == "-" ? "" : c->Id(f[3], "", "of"),
                      '*',
                      '*',
                      c->Forms(f[6])};
      if (row.kind == "role") {
        if (!IsKnownRole(row.meaning)) c->Fail("unknown role '" + row.meaning + "'");
      } else if (row.kind == "ministry") {
        if (!IsUpperAscii(row.meaning, 3)) c->Fail("ministry code must be three capitals (MFA)");
      } else if (row.kind == "title") {
        if (row.meaning.empty() || row.meaning == "-") c->Fail("title needs a label");
      } else if (row.kind == "pronoun") {
        if (row.meaning != "-" || !row.of.empty()) c->Fail("pronoun rows take '-' meaning and of");
      } else {
        c->Fail("kind must be role, title, ministry or pronoun");
      }
      if (f[4] == "m" || f[4] == "f" || f[4] == "*") {
        row.gender = f[4][0];
      } else {
        c->Fail("gender must be m, f or *");
      }
      if (f[5] == "sg" || f[5] == "pl" || f[5] == "*") {
        row.number = f[5] == "*" ? '*' : f[5][0];
      } else {
        c->Fail("number must be sg, pl or *");
      }
      for (const std::string& form : row.forms) {
        keys->Check(c, line, row.lang + " " + NameKey(form), "form '" + form + "'");
      }
      if (c->ok()) file->role_nouns.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kTextAliases: {
      TextAliasRow row{line, c->Id(f[0], "", "actor"), c->Lang(f[1], true), f[2] == "exact",
                       c->Forms(f[3])};
      if (f[2] != "exact" && f[2] != "any") c->Fail("case must be exact or any");
      if (c->ok()) file->text_aliases.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kLocations: {
      LocationRow row;
      row.line = line;
      row.actor.id = c->Id(f[0], "location:", "id");
      row.actor.name = f[1];
      row.actor.type = ActorType::kLocation;
      if (row.actor.name.empty()) c->Fail("empty name");
      row.country = c->Country(f[2], "country");
      for (std::string_view org : SplitList(f[3]))
        row.metonym_of.push_back(c->Id(org, "org:", "metonym_of"));
      row.actor.aliases = c->Names(f[4]);
      keys->Check(c, line, "id " + row.actor.id, "id " + row.actor.id);
      if (c->ok()) file->locations.push_back(std::move(row));
      return;
    }
    case DictionaryKind::kNullPhrases: {
      NullPhraseRow row{line, c->Lang(f[0], true), c->Forms(f[1])};
      if (c->ok()) file->null_phrases.push_back(std::move(row));
      return;
    }
  }
}

}  // namespace

std::string DictionaryProblem::ToString() const {
  return line == 0 ? file + ": " + message : file + ":" + std::to_string(line) + ": " + message;
}

std::optional<DayRange> ParseTableDate(std::string_view text) {
  if (text.size() == 4) {
    const std::optional<int32_t> y = ParseDigits(text);
    if (!y) return std::nullopt;
    return DayRange{DayFromCivil({*y, 1, 1}), DayFromCivil({*y, 12, 31})};
  }
  if (text.size() == 7 && text[4] == '-') {
    const std::optional<int32_t> y = ParseDigits(text.substr(0, 4));
    const std::optional<int32_t> m = ParseDigits(text.substr(5, 2));
    if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
    return DayRange{DayFromCivil({*y, *m, 1}), DayFromCivil({*y, *m, DaysInMonth(*y, *m)})};
  }
  if (text.size() != 10) return std::nullopt;
  const std::optional<Day> d = ParseIsoDay(text);
  if (!d) return std::nullopt;
  return DayRange{*d, *d};
}

bool IsKnownRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {
      "head_of_state",    "head_of_government",  "supreme_leader",
      "foreign_minister", "defence_minister",    "secretary_general",
      "president",        "high_representative", "leader"};
  for (std::string_view r : kRoles) {
    if (r == role) return true;
  }
  return false;
}

void ParseDictionaryText(std::string_view text, std::string_view source, DictionaryKind kind,
                         DictionaryFile* file) {
  file->source = source;
  file->kind = kind;
  UniqueKeys keys;
  std::vector<std::string_view> fields;
  const size_t columns = ColumnCount(kind);
  ForEachDataLine(text, [&](size_t line, std::string_view row) {
    LineCheck check(file, line);
    if (SplitTabs(row, &fields) != columns) {
      check.Fail("expected " + std::to_string(columns) + " tab-separated columns (" +
                 std::string(kColumns[static_cast<int>(kind)]) + "), found " +
                 std::to_string(fields.size()));
      return true;
    }
    for (std::string_view field : fields) {
      if (field.empty()) {
        check.Fail("empty column (write '-' for none)");
        return true;
      }
    }
    ParseRow(fields, line, &check, &keys, file);
    return true;
  });
}

Status ProblemsToStatus(const std::vector<DictionaryProblem>& problems) {
  if (problems.empty()) return Status::OK();
  std::string message = problems.front().ToString();
  if (problems.size() > 1) {
    message += " (and " + std::to_string(problems.size() - 1) + " more problems)";
  }
  return Status::Corruption(message);
}

}  // namespace geokg
