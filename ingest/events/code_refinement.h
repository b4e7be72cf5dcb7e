// ingest/events/code_refinement.h
//
// Refines the CAMEO code of a pattern by the words of its clause: a manner, instrument or
// object phrase makes a general code specific ("griff ... mit Drohnen an" is 195, not 190;
// "lehnte die Einladung ab" is 125; "lockerte die Sanktionen" is 085). README of the event
// suite: "A manner or instrument phrase refines the code and does not add an edge."
//
// Each rule names the code it applies to (the pattern's code must start with `from`), a
// folded keyword ("x*" prefix, "*x*" substring, else exact) and the code it gives. The first
// rule whose keyword occurs in the clause wins, so rules are ordered most specific first.
//
// Thread safety: stateless.
#pragma once

#include <algorithm>
#include <string_view>

namespace geokg {

struct CodeRefinement {
  std::string_view from;
  std::string_view keyword;
  std::string_view code;
  bool object = false;  // the keyword must follow the trigger (it names what is acted on)
};

inline constexpr CodeRefinement kCodeRefinements[] = {
    // 01 statements: the tone of a comment.
    {"010", "optimis*", "013"},
    {"010", "zuversicht*", "013"},
    {"010", "pessimis*", "012"},
    {"010", "besorgt*", "012"},
    {"010", "concern*", "012"},
    {"010", "condolence*", "018"},
    {"010", "beileid*", "018"},
    {"010", "mitgefuhl*", "018"},
    {"010", "sympath*", "018"},
    // 02 appeals: to stop fighting is an appeal to yield.
    {"020", "waffenruhe*", "025"},
    {"020", "waffenstillstand*", "025"},
    {"020", "feuerpause*", "025"},
    {"020", "ceasefire*", "025"},
    {"020", "truce", "025"},
    // 03 commitments: to meet, to give aid.
    {"030", "gipfel*", "036"},
    {"030", "*treffen", "036"},
    {"030", "gesprach*", "036"},
    {"030", "verhandl*", "036"},
    {"030", "besuch*", "036"},
    {"030", "meet", "036"},
    {"030", "talks", "036"},
    {"030", "summit", "036"},
    {"030", "visits", "036"},
    {"030", "*hilfe*", "033"},
    {"030", "*hilfen", "033"},
    {"030", "aid", "033"},
    {"030", "waffen*", "033"},
    {"030", "weapons", "033"},
    {"030", "air-defence", "033"},
    {"030", "air-defense", "033"},
    {"030", "defence", "033"},
    {"030", "defense", "033"},
    // 04 consultations by phone.
    {"040", "phone", "041"},
    {"040", "telephone", "041"},
    {"040", "telefon*", "041"},
    // 06 material cooperation: economic or military.
    {"060", "militar*", "062"},
    {"060", "military", "062"},
    {"060", "frigate*", "062"},
    {"060", "fregatte*", "062"},
    {"060", "warship*", "062"},
    {"060", "*wirtschaft*", "061"},
    {"060", "handel*", "061"},
    {"060", "trade", "061"},
    {"060", "economic*", "061"},
    {"060", "energie*", "061"},
    {"060", "energy", "061"},
    {"060", "*wasserstoff*", "061"},
    // 07 aid: weapons are military aid, relief is humanitarian aid.
    {"070", "*panzer*", "072"},
    {"070", "tanks", "072"},
    {"070", "waffen*", "072"},
    {"070", "weapons", "072"},
    {"070", "munition*", "072"},
    {"070", "ammunition", "072"},
    {"070", "*granaten", "072"},
    {"070", "shells", "072"},
    {"070", "*raketen", "072"},
    {"070", "missiles", "072"},
    {"070", "*kampfjets", "072"},
    {"070", "jets", "072"},
    {"070", "radar*", "072"},
    {"070", "patriot*", "072"},
    {"070", "*luftabwehr*", "072"},
    {"070", "*flugabwehr*", "072"},
    {"070", "*drohnen", "072"},
    {"070", "drones", "072"},
    {"070", "*marschflugkorper", "072"},
    // Words delivered or sent are statements ("delivered a speech to the conference"), a
    // rebuff is criticism.
    {"070", "speech", "010", true},
    {"070", "message", "010", true},
    {"070", "address", "010", true},
    {"070", "lecture", "010", true},
    {"070", "congratulations", "018", true},
    {"070", "rebuff", "111", true},
    {"070", "*katastrophenhilfe*", "073"},
    {"070", "humanitar*", "073"},
    {"070", "lebensmittel*", "073"},
    {"070", "flour", "073"},
    {"070", "food", "073"},
    // 08 yielding: which restriction is eased.
    {"080", "sanktion*", "085"},
    {"080", "sanctions", "085"},
    {"080", "embargo*", "085"},
    {"080", "visa*", "081"},
    {"080", "gefangene*", "084"},
    {"080", "prisoners", "084"},
    // 09 investigations of war crimes.
    {"090", "kriegsverbrech*", "094"},
    // 10 demands for material aid.
    {"100", "waffen*", "103"},
    {"100", "weapons", "103"},
    {"100", "*hilfe*", "103"},
    {"100", "aid", "103"},
    {"100", "patriot*", "103"},
    // 12 rejections: of talks, of a peace plan.
    {"120", "gesprach*", "125"},
    {"120", "einladung*", "125"},
    {"120", "gipfel*", "125"},
    {"120", "talks", "125"},
    {"120", "summit", "125"},
    {"120", "friedensplan*", "127"},
    {"120", "plan", "127"},
    // 13 threats of military force.
    {"130", "militar*", "138"},
    {"130", "military", "138"},
    {"130", "atom*", "138"},
    {"130", "nuklear*", "138"},
    {"130", "nuclear", "138"},
    {"130", "strike", "138"},
    // 16 reduced relations: diplomatic ties, aid.
    {"160", "beziehungen", "161"},
    {"160", "diplomats", "161"},
    {"160", "zahlungen", "162"},
    // 19 fighting: gunmen and terror attacks are unconventional violence (18); otherwise the
    // weapon gives the sub-code.
    {"190", "gunmen", "180"},
    {"190", "terror*", "180"},
    {"190", "warplanes", "195"},
    {"190", "jets", "195"},
    {"190", "*kampfflugzeug*", "195"},
    {"190", "*marschflugkorper", "195"},
    {"190", "*drohnen", "195"},
    {"190", "drone*", "195"},
    {"190", "*raketen", "195"},
    {"190", "missile*", "195"},
    {"190", "rocket*", "195"},
    {"190", "*kampfjets", "195"},
    {"190", "luftangriff*", "195"},
    {"190", "airstrike*", "195"},
    {"190", "artillerie*", "194"},
    {"190", "artillery", "194"},
    {"190", "maschinengewehr*", "193"},
    {"190", "gewehr*", "193"},
    {"190", "rifles", "193"},
    {"190", "machine", "193"},
    {"190", "giftgas*", "204"},
    {"190", "chemical", "204"},
    // An attack on a policy, a record or words is verbal criticism ("attacked Tory plans",
    // "attacked the way the war was sold"), unless a weapon above names force.
    {"190", "plans", "111", true},
    {"190", "policy", "111", true},
    {"190", "policies", "111", true},
    {"190", "pledges", "111", true},
    {"190", "proposals", "111", true},
    {"190", "record", "111", true},
    {"190", "decision", "111", true},
    {"190", "remarks", "111", true},
    {"190", "comments", "111", true},
    {"190", "stance", "111", true},
    {"190", "manifesto", "111", true},
    {"190", "way", "111", true},
    {"190", "words", "111", true},
    {"190", "speech", "111", true},
    {"190", "claims", "111", true},
    {"190", "idea", "111", true},
    {"190", "views", "111", true},
    {"190", "proposal", "111", true},
    {"190", "handling", "111", true},
    {"190", "empire", "111", true},
};

// The code a pattern code `code` takes in a clause of the folded words `keys` [first, end)
// whose trigger is word `trigger`.
template <typename Keys>
std::string_view RefineCode(std::string_view code, const Keys& keys, size_t first, size_t end,
                            size_t trigger) {
  for (const CodeRefinement& r : kCodeRefinements) {
    if (r.from != code) continue;
    const bool prefix = r.keyword.ends_with('*');
    const bool infix = prefix && r.keyword.starts_with('*');
    const bool suffix = !prefix && r.keyword.starts_with('*');
    std::string_view word = r.keyword;
    if (prefix) word.remove_suffix(1);
    if (infix || suffix) word.remove_prefix(1);
    for (size_t i = r.object ? std::max(first, trigger + 1) : first; i < end; ++i) {
      const std::string_view k = keys[i];
      if (infix    ? k.find(word) != std::string_view::npos
          : prefix ? k.starts_with(word)
          : suffix ? k.ends_with(word)
                   : k == word) {
        return r.code;
      }
    }
  }
  return code;
}

}  // namespace geokg
