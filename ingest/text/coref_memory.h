// ingest/text/coref_memory.h
//
// What one document has mentioned so far, for light coreference: the persons in order of their
// last mention (with the gender and the roles the text gave them), the last ministry of each
// kind, when each organisation was last named, and the names and name parts of persons ("Kim"
// after "Kim Seol-hwa"), and how often each state was named. Recency is a counter over
// mentions, across sentences.
//
// Thread safety: none; one per document (it lives in ActorRecognizer).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace geokg {

struct RememberedPerson {
  std::string id;
  char gender = '*';  // 'm', 'f' or '*' (unknown)
  std::string affiliation;
  std::vector<std::string> roles;  // role meanings the text used for the person
  uint64_t last_seen = 0;
};

class CorefMemory {
 public:
  // Records a mention of a person; known facts (gender, affiliation, role) refine the record.
  void SeePerson(const std::string& id, char gender, const std::string& affiliation,
                 const std::string& role);
  // Records the name of a person and its single words as keys, except words of two letters
  // or fewer, particles and function words ("von der Leyen" does not make "Der" a name).
  void RememberName(const std::string& name_key, const std::string& id);
  void SeeMinistry(const std::string& code, const std::string& id);
  void SeeActor(const std::string& id);  // any other actor: organisations for metonyms

  // The person whose name or name part has this key; nullptr when none. The pointer lives
  // until the next non-const call.
  const std::string* PersonByName(std::string_view key) const;
  // Whether some remembered name starts with this key (for longest match).
  bool IsNamePrefix(std::string_view key) const;
  // Unknown full names the document has written ("Michael Howard", "Robert Kilroy-Silk"), by
  // the key of their last name: an honorific later names the person ("Mr Howard"). The first
  // full name of a last name is kept.
  void RememberFullName(const std::string& last_name_key, const std::string& full_name);
  // The full name for a last name key; nullptr when none. Lives until the next non-const call.
  const std::string* FullNameOf(std::string_view last_name_key) const;

  // The `count` most recent persons compatible with `gender` ('f' needs a known 'f'; 'F' takes
  // 'f' or unknown; 'm' takes 'm' or unknown; '*' takes any), preferring those with
  // `affiliation` when given; with `role`, only persons the text gave that role.
  std::vector<const RememberedPerson*> RecentPersons(char gender, size_t count,
                                                     std::string_view affiliation,
                                                     std::string_view role) const;
  std::string LastMinistry(std::string_view code) const;
  // When `id` was last mentioned (0: never).
  uint64_t LastSeen(std::string_view id) const;

  // Counts a mention of state `id` ("country:GBR"), by name or as the affiliation of an actor.
  void CountState(const std::string& id);
  // The state the document is about so far: one named at least twice and more than twice as
  // often as any other; "" when none is (a bare "the government" then stays unresolved).
  std::string DominantState() const;

 private:
  struct StringHash {  // lookups by string_view, without a temporary string
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

  uint64_t clock_ = 0;
  std::vector<RememberedPerson> persons_;
  StringMap<std::string> names_;
  StringMap<bool> name_prefixes_;
  StringMap<std::string> ministries_;
  StringMap<std::string> full_names_;
  StringMap<uint64_t> seen_;
  StringMap<int> state_counts_;
};

}  // namespace geokg
