#include "ingest/events/event_extractor.h"

#include <algorithm>
#include <array>
#include <set>

#include "ingest/events/actor_groups.h"
#include "ingest/events/claim_cues.h"
#include "ingest/events/clause_words.h"
#include "ingest/events/code_refinement.h"
#include "ingest/events/event_times.h"
#include "ingest/events/reported_content.h"
#include "ingest/events/sentence_view.h"

namespace geokg {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

bool IsPassiveAuxiliary(std::string_view k) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "wurde", "wurden", "worden", "wird", "werden", "was", "were", "been", "being", "is"};
  return In(kWords, k);
}

bool IsAgentPreposition(std::string_view k) {
  return k == "von" || k == "vom" || k == "durch" || k == "seitens" || k == "by";
}

// The time of an event at word `trigger`: the clause's time nearest the trigger, else the
// sentence's first, else nullptr.
const TimeMention* TimeFor(const SentenceView& v, size_t trigger) {
  const TimeMention* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const TimeMention& t : v.annotation().times) {
    if (!t.resolved || VagueTime(t)) continue;
    const size_t w = v.WordAtByte(t.begin);
    if (w >= v.size() || v.clause(w) != v.clause(trigger)) continue;
    const size_t distance = w > trigger ? w - trigger : trigger - w;
    if (distance < best_distance) {
      best = &t;
      best_distance = distance;
    }
  }
  if (best != nullptr) return best;
  // A subordinate clause without a time of its own is `doc`: the time of a reporting clause
  // does not pass to its content, nor a main clause's to a relative clause. A main clause
  // takes the time of another main clause or of a temporal clause ("Als ... traf, lobte er").
  if (v.subordinate(v.clause(trigger))) return nullptr;
  for (const TimeMention& t : v.annotation().times) {
    if (!t.resolved || VagueTime(t)) continue;
    const size_t w = v.WordAtByte(t.begin);
    if (w >= v.size()) continue;
    const size_t c = v.clause(w);
    const std::string& opener = v.key(v.clause_range(c).first);
    if (!v.subordinate(c) || opener == "als" || opener == "when" || opener == "while" ||
        opener == "wahrend" || opener == "nachdem" || opener == "after") {
      return &t;
    }
  }
  return nullptr;
}

// A place the act at word `trigger` is aimed at, standing for its state: after the pattern's
// preposition ("reiste nach Moskau"), or as the bare object ("beschoss die Stadt Cherson").
// A place after any other preposition only locates the event ("traf sich in Kasan").
const Group* PlaceTarget(const SentenceView& v, const EventPattern& pattern,
                         const std::vector<Group>& places, const Group& source, size_t trigger,
                         bool german) {
  const size_t first = v.clause_range(v.clause(trigger)).first;
  if (pattern.code.starts_with("01")) return nullptr;  // a statement is not told to a place
  for (const TargetSlot& slot : pattern.targets) {
    if (slot.kind == TargetSlot::Kind::kNone) return nullptr;
    if (slot.kind == TargetSlot::Kind::kPreposition) {
      if (const Group* g = AfterPreposition(v, places, slot.preposition, trigger)) return g;
      continue;
    }
    if (pattern.noun) continue;
    // A bare place object is the aim of a visit, aid or force ("visited Kenya's biggest
    // shantytown", "beschoss die Stadt Cherson"); no appeal or criticism goes to a place
    // ("urged London mayor Ken Livingstone").
    const std::string_view root = std::string_view(pattern.code).substr(0, 2);
    if (root != "04" && root != "07" && root != "18" && root != "19" && root != "20") continue;
    // The place of what an attack hits stands for its state too ("shelled a train station in
    // Kramatorsk", "ein Krankenhaus in Charkiw bombardiert").
    const bool violent = pattern.code.starts_with("18") || pattern.code.starts_with("19") ||
                         pattern.code.starts_with("20");
    for (const Group& g : places) {
      const bool after = g.first > trigger;
      const bool verb_final = german && g.first >= source.end && g.end <= trigger;
      const std::string_view prep = GoverningPreposition(v, g.first, first);
      const bool located = violent && (prep == "in" || prep == "near" || prep == "bei");
      if ((after || verb_final) && (prep.empty() || located)) return &g;
    }
  }
  return nullptr;
}

// True when a resolved time of word `trigger`'s clause lies in [from, clause end).
bool TimeAfter(const SentenceView& v, size_t from, size_t trigger) {
  for (const TimeMention& t : v.annotation().times) {
    const size_t w = v.WordAtByte(t.begin);
    if (t.resolved && w >= from && w < v.size() && v.clause(w) == v.clause(trigger)) return true;
  }
  return false;
}

// True when the clause holds no fact: an indirect question ("ob", "whether"), or the content
// of "es gibt keine Hinweise, dass" / "no evidence that".
bool OpenQuestion(const SentenceView& v, size_t c) {
  const auto [first, end] = v.clause_range(c);
  const std::string& opener = v.key(first);
  // "ob", "whether"; "Wer ... reist, wird nicht durchgelassen": anyone, nobody in particular.
  if (opener == "ob" || opener == "whether" || opener == "wer" || opener == "whoever") return true;
  if (!v.subordinate(c) || c == 0) return false;
  const auto [gf, ge] = v.clause_range(c - 1);
  bool negation = false, evidence = false;
  for (size_t i = gf; i < ge; ++i) {
    const std::string& k = v.key(i);
    negation = negation || k == "keine" || k == "kein" || k == "no";
    evidence = evidence || k == "hinweise" || k == "beweise" || k == "evidence" || k == "proof";
  }
  return negation && evidence;
}

// True when separable particle `particle` closes the clause part after the trigger: it stands
// in [from, end) before a punctuation mark, a coordinator or the clause end ("griff ... an.",
// "forderte ... auf, ..."), not as a preposition inside it ("sagte zu Journalisten").
bool ParticleAfter(const SentenceView& v, std::string_view particle, size_t from, size_t end) {
  for (size_t w = from; w < end; ++w) {
    if (v.key(w) != particle) continue;
    if (w + 1 >= end || !IsWord(v, w + 1) || IsCoordinator(v.key(w + 1))) return true;
  }
  return false;
}

// True when another mention of the sentence names the actor of role noun `m`.
bool NamedToo(const SentenceAnnotation& sentence, const ActorMention& m) {
  for (const ActorMention& o : sentence.actors) {
    if (&o != &m && o.actor_id == m.actor_id && o.rule != "role@date" && o.rule != "coref") {
      return true;
    }
  }
  return false;
}

// True when "früher"/"ehemalig"/"former"/"ex" stands within the three words before word `w`.
bool FormerRole(const SentenceView& v, size_t w) {
  for (size_t i = w; i > 0 && w - i < 3;) {
    --i;
    const std::string& k = v.key(i);
    if (k.starts_with("fruher") || k.starts_with("ehemalig") || k == "former" || k == "ex") {
      return true;
    }
  }
  return false;
}

}  // namespace

EventExtractor::EventExtractor(const EventPatterns& patterns, std::string_view lang,
                               std::optional<Day> document_date)
    : patterns_(patterns), lang_(lang), document_date_(document_date) {}

void EventExtractor::ExtractSentence(std::string_view document, const SentenceAnnotation& sentence,
                                     std::vector<ExtractedEdge>* out) {
  const SentenceView v(document, sentence, &folder_);
  std::set<std::tuple<std::string, std::string, std::string>> seen;  // source, code, target
  std::set<size_t> coded_clauses;                                    // clauses that gave an event
  std::set<size_t> trigger_clauses;  // clauses with a trigger, whether or not it gave an event
  // Statements ("sagte", "said") wait until the clause they introduce is known to code nothing.
  struct Statement {
    const EventPattern* pattern;
    size_t trigger;
    Group source;
  };
  std::vector<Statement> statements;
  std::vector<Accusation> accusations;  // "accused X of ...": X acts in what follows

  const auto time_of = [&](size_t trigger) {
    EventTime time;
    if (const TimeMention* t = trigger < v.size() ? TimeFor(v, trigger) : nullptr) {
      time = EventTimeOf(v, *t);
    } else if (document_date_) {
      time.value = FormatIsoDay(*document_date_);
      time.lo = time.hi = *document_date_;
      time.precision = Precision::kDocument;
      time.anchor = document_date_;
    }
    return time;
  };
  const auto emit = [&](const ActorMention& s, const ActorMention& t, const EventPattern* pattern,
                        std::string_view relation, size_t trigger, size_t first_word,
                        size_t end_word, const Claim& claim, EventTime time, std::string rule,
                        double confidence) {
    const CameoCode* cameo = pattern != nullptr ? pattern->cameo : nullptr;
    // In an event a ministry acts for its state, as the CAMEO coders code it: "das
    // nordkoreanische Außenministerium kritisierte" is North Korea criticising. The ministry
    // stays an actor of its own, part_of its state, in the relation edges.
    const auto event_actor = [&](const ActorMention& m) -> const std::string& {
      const bool ministry = cameo != nullptr && m.affiliation.starts_with("country:") &&
                            m.actor_id.starts_with("org:" + m.affiliation.substr(8) + "-");
      return ministry ? m.affiliation : m.actor_id;
    };
    const std::string& source_id = event_actor(s);
    const std::string& target_id = event_actor(t);
    if (source_id == target_id || source_id.empty() || target_id.empty()) return;
    // "told BBC Radio 4": an outlet that carries a statement is not its addressee.
    if (cameo != nullptr && cameo->code.starts_with("01") && t.type == ActorType::kMedia) return;
    if (cameo != nullptr) {
      const auto [cf, ce] = v.clause_range(v.clause(trigger));
      const std::string_view refined = RefineCode(cameo->code, v.keys(), cf, ce, trigger);
      if (refined != cameo->code) {
        if (const CameoCode* r = CameoCodebook::BuiltIn().FindByCode(refined)) cameo = r;
      }
    }
    if (cameo != nullptr && cameo->code == "190" &&
        ((Political(s) && Political(t)) || (s.type == ActorType::kPerson && lang_ == "en"))) {
      // "Mr Howard attacked Mr Blair", "the Tories attacked Labour": between politicians and
      // parties an attack is verbal, and so is an English person's attack without a weapon
      // ("Thabo Mbeki has attacked British imperialists"): a state's force is coded for the
      // state.
      if (const CameoCode* r = CameoCodebook::BuiltIn().FindByCode("111")) cameo = r;
    }
    if (cameo != nullptr && cameo->code == "130" && WarningOfContent(v, trigger, end_word)) {
      // "warned Tony Blair that the Iraq war could be illegal": a statement, not a threat
      // ("warned Israel of a severe response" is one).
      if (const CameoCode* r = CameoCodebook::BuiltIn().FindByCode("010")) cameo = r;
    }
    const std::string code = cameo != nullptr     ? cameo->code
                             : pattern != nullptr ? pattern->code
                                                  : std::string(relation);
    // One sentence reports a mutual event once, whichever way round it names the two
    // ("traf sich X mit Y, wo die beiden ... zusammenkamen").
    const bool mutual = cameo != nullptr && cameo->symmetric && target_id < source_id;
    if (!seen.emplace(mutual ? target_id : source_id, code, mutual ? source_id : target_id)
             .second) {
      return;
    }
    if (pattern != nullptr) coded_clauses.insert(v.clause(trigger));
    ExtractedEdge x;
    Edge& e = x.edge;
    if (cameo != nullptr) {
      e.kind = EdgeKind::kEvent;
      e.relation = cameo->relation;
      e.cameo = cameo->code;
      e.label = cameo->name;
    } else {
      e.kind = EdgeKind::kRelation;
      e.relation = code;
    }
    e.source = source_id;
    e.target = target_id;
    e.time = std::move(time);
    e.modality = claim.modality;
    e.attributed_to = claim.attributed_to;
    if (claim.attributed_to == source_id && code.starts_with("03")) {
      // A commitment in the actor's own words is asserted ("said it was ready to meet").
      e.attributed_to.clear();
      if (e.modality == Modality::kReported) e.modality = Modality::kAsserted;
    }
    x.sentence = sentence.index;
    x.begin = v.token(std::min(first_word, trigger)).begin;
    x.end = v.token(std::max(end_word, trigger + 1) - 1).end;
    x.rule = std::move(rule);
    x.confidence = confidence;
    e.confidence = confidence;
    out->push_back(std::move(x));
  };

  std::vector<PatternHit> hits;
  for (size_t c = 0; c < v.clause_count(); ++c) {
    const auto [first, end] = v.clause_range(c);
    const std::vector<Group> groups = GroupsIn(v, first, end);
    const std::vector<Group> places = GroupsIn(v, first, end, /*places=*/true);
    // Verbs first; a noun codes only a clause whose verbs code nothing ("kam es zu
    // Gefechten"), since an embedded nominal event is not coded ("die Pläne der NATO").
    // After a commitment ("bot ... an", "pledged", "ready to"), the promised act is no edge.
    bool committed = OpenQuestion(v, c);
    for (size_t step = 0; step < 2 * (end - first); ++step) {
      const bool noun_pass = step >= end - first;
      const size_t i = first + (noun_pass ? step - (end - first) : step);
      if (noun_pass && (coded_clauses.count(c) || committed)) break;
      if (v.slot_at(i) >= 0 || !IsWord(v, i)) continue;
      patterns_.Match(lang_, v.keys(), i, &hits);
      const EventPattern* pattern = nullptr;
      size_t form_end = i + 1;  // the word after the trigger's form
      for (const PatternHit& hit : hits) {
        if (!hit.pattern->particle.empty() &&
            !ParticleAfter(v, hit.pattern->particle, i + hit.form_words, end)) {
          continue;
        }
        pattern = hit.pattern;
        form_end = i + hit.form_words;
        break;
      }
      if (pattern == nullptr || pattern->noun != noun_pass || committed) continue;
      // "mit international scharf kritisierten Luftangriffen": an adjective, no act.
      if (lang_ == "de" && !pattern->noun && GermanAttributive(v, first, i, form_end)) continue;
      // "the three other freed British detainees": a participle before a noun is an adjective.
      if (lang_ == "en" && !pattern->noun && AttributiveParticiple(v, first, i, form_end)) continue;
      // "a dinner hosted by John Prescott": a participle after a noun describes that noun,
      // which is no actor; the clause's subject does not act.
      if (lang_ == "en" && !pattern->noun && ReducedRelative(v, first, i, form_end)) continue;
      // "such attacks were", "strikes against Iran": an English -s form is a verb only after
      // its subject.
      if (lang_ == "en" && !pattern->noun && PluralNounForm(v, first, i)) continue;
      // "a sign of", "the praise of": an English verb form between a determiner and "of" is a
      // noun, and names no act of the clause's subject ("said ... was a sign of ...").
      if (lang_ == "en" && !pattern->noun && i > first && DeterminerBefore(v, i) &&
          form_end < end && v.key(form_end) == "of") {
        continue;
      }
      // "carried out a drone attack on Kyiv": an English noun of force names an act of the
      // subject only after a light verb; "will not tolerate attacks such as ...", "preparing
      // for strikes against Iran" name none.
      if (lang_ == "en" && pattern->noun && Violent(pattern->code) &&
          !LightVerbBefore(v, first, i)) {
        continue;
      }
      // "trifft auf den Slowaken Klizan": auf jemanden treffen is to face an opponent, no
      // meeting.
      if (lang_ == "de" && pattern->recip && !pattern->noun && FacesOpponent(v, i, end)) continue;
      trigger_clauses.insert(c);
      if (pattern->code.starts_with("03")) committed = true;
      // "warnte vor einem Angriff Russlands": the act warned about did not happen.
      if (lang_ == "de" && pattern->code.starts_with("13") && !pattern->noun) committed = true;
      const size_t after = i + 1;

      // Source and target groups.
      const Group* source = nullptr;
      const Group* target = nullptr;
      const Group* agent = nullptr;
      bool auxiliary = false;
      for (size_t w = first; w < end; ++w) {
        // "traf in Quito ein und wurde von Correa empfangen": the auxiliary of another verb.
        auxiliary = auxiliary || (IsPassiveAuxiliary(v.key(w)) &&
                                  !(lang_ == "de" && CoordinatorBetween(v, w, i)));
      }
      // "Die Ukraine wird von Deutschland Panzer erhalten": with a receiving verb "von" names
      // the giver, the pattern's own slot, not a passive agent.
      // In English the auxiliary must stand before the trigger ("was attacked by"; not "said
      // concessions had been offered by the government").
      if (auxiliary && !pattern->noun && !pattern->inverse &&
          (lang_ != "en" || EnglishAgentlessPassive(v, first, i, lang_))) {
        for (const Group& g : groups) {
          // "was criticised for being thrown into defensive mode by Mr Howard": the agent of
          // another verb.
          // "von Präsident Joe Biden": a title between the preposition and the person.
          const bool titled = g.first >= first + 2 && IsWord(v, g.first - 1) &&
                              v.token(g.first - 1).capitalized && v.slot_at(g.first - 1) < 0 &&
                              g.members.front()->type == ActorType::kPerson &&
                              IsAgentPreposition(v.key(g.first - 2));
          if ((titled || IsAgentPreposition(GoverningPreposition(v, g.first, first))) &&
              !(lang_ == "en" && g.first > i && ObjectOutOfReach(v, i, g.first))) {
            agent = &g;
          }
        }
      }
      // "FPÖ und ÖVP, unterstützt von Neos": a participle's agent acts on what it describes.
      // An attribute ("dem vom Westen unterstützten Sturz") whatever the clause's auxiliary.
      const Group* described = nullptr;
      const Group* participle_agent = nullptr;
      const bool participle =
          lang_ == "de" && !pattern->noun && (!auxiliary || (i > 0 && v.key(i - 1) != ",")) &&
          GermanParticiple(v, groups, first, i, form_end, &participle_agent, &described);
      if (participle && described == nullptr) continue;
      if (participle) agent = participle_agent;
      if (agent != nullptr) {
        source = agent;
        // "These plans were announced by Gordon Brown ... and Tony Blair is ...": a verb
        // without a target takes none from the passive's subject either.
        const bool targetless = pattern->targets.front().kind == TargetSlot::Kind::kNone;
        for (const Group& g : groups) {
          if (!targetless && &g != agent && GoverningPreposition(v, g.first, first).empty()) {
            target = &g;
            break;
          }
        }
      } else {
        for (const Group& g : groups) {
          if (g.first < i && GoverningPreposition(v, g.first, first).empty() && !MediaOnly(g)) {
            source = &g;
            break;
          }
        }
        // "Die FPÖ-Aktion hatte ... gesorgt, auch Bundespräsident Fischer verurteilte": after
        // a comma, a German actor right before the verb is its subject.
        if (const Group* s = SubjectAfterComma(v, groups, source, first, i, lang_)) source = s;
      }
      if (participle) target = described;
      std::vector<Group> antecedents;
      // "Japan erwägt, den Philippinen Radaranlagen zu liefern": a zu-infinitive after a comma
      // has no subject of its own; the article after the comma opens no relative clause.
      const bool infinitive = lang_ == "de" && c > 0 && i > first && v.key(i - 1) == "zu";
      const bool relative =
          !infinitive && v.subordinate(c) && IsRelativePronoun(v.key(first)) && c > 0;
      if (relative) {
        const auto [pf, pe] = v.clause_range(c - 1);
        antecedents = GroupsIn(v, pf, pe);
      }
      // A relative clause without a subject of its own acts for its antecedent ("Straw, who
      // accused the Tories"): an actor after the verb is its object, never its subject.
      if (source == nullptr && relative && !antecedents.empty()) source = &antecedents.back();
      // "Galloway was expelled from the Labour party": the subject of an English passive
      // without an agent is acted upon, and nobody is named who acted.
      if (agent == nullptr && pattern->cameo != nullptr &&
          EnglishAgentlessPassive(v, first, i, lang_)) {
        continue;
      }
      // "Ein Treffen zwischen Biden und Xi", "talks between X and Y": a meeting noun names its
      // participants after zwischen/between.
      bool between = false;  // the participants are the group after zwischen/between
      if (pattern->recip && (source == nullptr || source->first > i)) {
        for (const std::string_view prep : {"zwischen", "between"}) {
          const Group* g = AfterPreposition(v, groups, prep, i);
          // A noun may follow them ("Zwischen Israel und der Hisbollah kam es zu Gefechten").
          if (g != nullptr && g->members.size() >= 2 && (g->first > i || pattern->noun)) {
            source = g;
            between = true;
          }
        }
      }
      std::vector<Group> main_groups;
      if (infinitive) {
        const auto [mf, me] = v.clause_range(c - 1);
        main_groups = GroupsIn(v, mf, me);
        for (const Group& g : main_groups) {
          if (GoverningPreposition(v, g.first, mf).empty() && !MediaOnly(g)) {
            source = &g;
            break;
          }
        }
      }
      // "Tokyo confirmed that it had hosted ...": the pronoun is the governing subject.
      std::vector<Group> governing;
      if (source == nullptr && agent == nullptr && !relative) {
        source = PronounSubject(v, c, i, &governing);
      }
      // "accused Russia of shelling ...": the accused acts, as the accuser claims.
      const Accusation* accusation = nullptr;
      size_t content_begin = i;
      for (const Accusation& a : accusations) {
        if (source != nullptr && !pattern->noun && AccusedAct(v, a, i, &content_begin)) {
          accusation = &a;
          source = &a.accused;
        }
      }
      // "Kishida, who attended the summit, met Stoltenberg": the subject stands before the
      // relative clause.
      std::vector<Group> resumed;
      if (source == nullptr && agent == nullptr && !relative && v.continues(c) != SIZE_MAX) {
        const auto [rf, re] = v.clause_range(v.continues(c));
        resumed = GroupsIn(v, rf, re);
        for (const Group& g : resumed) {
          if (GoverningPreposition(v, g.first, rf).empty() && !MediaOnly(g)) {
            source = &g;
            break;
          }
        }
      }
      // The subject after the verb: German inversion ("Letzten Monat war Japan Gastgeber"); in
      // English only a statement's ("..., said Mr Howard").
      const bool inverted = lang_ == "de" || pattern->code.starts_with("01");
      // "Zugleich griff sie ... Stützpunkte der PKK an": an unresolved pronoun right after the
      // verb is the subject; the actor after it is the object.
      const std::string_view next = form_end < end ? v.key(form_end) : std::string_view();
      const bool pronoun_after = lang_ == "de" && form_end < end && v.slot_at(form_end) < 0 &&
                                 (next == "sie" || next == "er" || next == "es" || next == "wir");
      if (source == nullptr && agent == nullptr && !relative && inverted && !pronoun_after) {
        for (const Group& g : groups) {
          if (g.first > i && GoverningPreposition(v, g.first, first).empty() && !MediaOnly(g)) {
            source = &g;
            break;
          }
        }
      }
      if (source == nullptr) continue;

      bool no_target = between;
      if (target == nullptr) {
        // Not after a preposition ("in which he praised Mr Brown"): there the relative
        // pronoun is no object ("the Quad, which Beijing has branded an 'Asian NATO'" is).
        const bool object_relative = !(first > 0 && IsPreposition(v.key(first - 1)));
        if (relative && object_relative && !antecedents.empty() && source != &antecedents.back() &&
            !pattern->noun && pattern->targets.front().kind == TargetSlot::Kind::kObject) {
          target = &antecedents.back();  // "was Peking verunglimpfte": the object stands before
        }
      }
      for (size_t s = 0; target == nullptr && !no_target && s < pattern->targets.size(); ++s) {
        const TargetSlot& slot = pattern->targets[s];
        if (slot.kind == TargetSlot::Kind::kNone) {
          no_target = true;
        } else if (slot.kind == TargetSlot::Kind::kPreposition) {
          const Group* g = AfterPreposition(v, groups, slot.preposition, i);
          if (g != nullptr && !(*g == *source)) target = g;
        } else {
          const Group* fallback = nullptr;
          const bool warning = lang_ == "de" && pattern->code.starts_with("13");
          for (const Group& g : groups) {
            if (g.first < after || g == *source) continue;
            // A subject pronoun opens a clause of its own ("told the paper he would be ...").
            if (IsSubjectPronoun(v.key(g.first))) break;
            // "visit the Pakistani community": a nationality of civilians is no state.
            if (lang_ == "en" && CivilianDemonym(v, g)) continue;
            // "during a visit to support Robert Light": the visit's purpose, not its host.
            if (lang_ == "en" && pattern->code.starts_with("04") && form_end + 1 < g.first &&
                v.key(form_end) == "to" && v.slot_at(form_end + 1) < 0 &&
                !v.token(form_end + 1).capitalized && !IsArticle(v.key(form_end + 1))) {
              break;
            }
            if (ObjectOutOfReach(v, i, g.first) ||
                (pattern->near && !Near(v, form_end - 1, g.first)) ||
                (lang_ == "en" && !pattern->noun && EnglishObjectEmbedded(v, form_end, g.first))) {
              break;
            }
            const std::string_view prep = GoverningPreposition(v, g.first, first);
            if (prep == "laut" || prep == "according") continue;
            // "warnte vor einer Gefahr durch den IS": the danger, not the one warned.
            if (warning && WarnedAbout(v, after, g.first)) break;
            // "traf der Mittelfeldspieler aus Guinea": one meets a person, not an origin.
            if (pattern->recip && (prep == "aus" || prep == "from")) continue;
            if (prep.empty() || prep == "von" || prep == "of") {
              target = &g;
              break;
            }
            // "traf Abbas in Jordanien": the place of a meeting or statement is where it
            // happens, not who is met ("reiste in die Türkei", "untersucht ... in Iran" aim at
            // it). A place inside the topic of talks is the talks' counterpart: talks about
            // opening an office in Japan are held with Japan. That also reads "talks about the
            // situation in Syria" as talks with Syria, a known error kept for the first reading.
            const bool where = (pattern->recip || pattern->code.starts_with("01")) &&
                               !(pattern->code.starts_with("04") && TopicBefore(v, after, g.first));
            if (fallback == nullptr && !(where && IsLocative(prep))) {
              fallback = &g;
            }
          }
          if (target == nullptr) {
            // Verb-final: the object stands between subject and verb. In English only a
            // modifier of a noun trigger stands there ("a NATO member").
            for (const Group& g : groups) {
              if (lang_ != "de" && g.end != i) continue;
              if (g.first >= source->end && g.end <= i && !(g == *source) &&
                  !(warning && WarnedAbout(v, source->end, g.first))) {
                target = &g;
                break;
              }
            }
            // "Die EU will die Türkei, die ..., finanziell unterstützen": the object stands
            // in the resumed clause, after the subject.
            for (const Group& g : resumed) {
              if (target != nullptr || lang_ != "de") break;
              if (g.first >= source->end && !(g == *source) &&
                  GoverningPreposition(v, g.first, v.clause_range(v.continues(c)).first).empty()) {
                target = &g;
              }
            }
          }
          if (target == nullptr) target = fallback;
        }
      }

      if (target == nullptr && !no_target)
        target = PlaceTarget(v, *pattern, places, *source, i, lang_ == "de");

      Claim claim = ReadClaim(v, i, document, lang_ == "en" && !pattern->noun);
      if (claim.unconfirmed) continue;  // "has never confirmed that it carried out ..."
      const bool cancelled = claim.cancelled;
      if (!resumed.empty() && claim.modality == Modality::kAsserted) {
        // "Die EU will die Türkei, die ..., unterstützen": the modal of the resumed clause.
        const Claim main_claim = ReadClaim(v, v.clause_range(v.continues(c)).first, document);
        if (main_claim.modality != Modality::kReported) claim = main_claim;
      }
      if (infinitive && claim.modality == Modality::kAsserted) {
        // "Japan erwägt, ... zu liefern": the main verb's modality governs the infinitive.
        const Claim main_claim = ReadClaim(v, v.clause_range(c - 1).first, document);
        if (main_claim.modality != Modality::kReported) claim = main_claim;
      }
      size_t time_word = i;
      EventTime time = time_of(i);
      if (pattern->code.starts_with("03") && v.subordinate(c) && c > 0) {
        time_word = v.clause_range(c - 1).first;  // a commitment: the time of the statement
      }
      if (time_word != i) time = time_of(time_word);
      if (cancelled) time = time_of(SIZE_MAX);  // the call-off's time, not the trip's
      if (claim.content_begin > 0 && !TimeAfter(v, claim.content_begin, i)) {
        time = time_of(SIZE_MAX);  // the denial's time is not the content's
      }
      if (claim.modality == Modality::kAsserted && document_date_ &&
          time.precision != Precision::kDocument && !time.unknown() && time.lo > *document_date_) {
        claim.modality = Modality::kPlanned;  // "Morgen trifft Biden ...": not yet happened
      }
      if (accusation != nullptr && claim.modality != Modality::kNegated &&
          claim.modality != Modality::kDenied) {
        claim.modality = Modality::kReported;
        claim.attributed_to = accusation->accuser.members.front()->actor_id;
        if (!TimeAfter(v, content_begin, i)) time = time_of(SIZE_MAX);
      }
      if (target != nullptr && pattern->code == "112" && !pattern->noun) {
        accusations.push_back(Accusation{i, *source, *target});
      }
      if (target != nullptr && pattern->inverse) std::swap(source, target);
      if (target == nullptr && no_target && pattern->code.starts_with("01")) {
        statements.push_back(Statement{pattern, i, *source});
        continue;
      }
      if (target == nullptr) {
        // "X und Y trafen sich" is one meeting; "accused each other", "warfen sich gegenseitig
        // vor", "exchanged prisoners" are acts both ways.
        // "kam es zu Gefechten zwischen X und Y": a mutual meeting-like noun runs both ways.
        const bool both_ways = pattern->mutual || (!pattern->recip && EachOther(v, first, end));
        if ((pattern->recip || both_ways) && source->members.size() >= 2) {
          for (size_t a = 0; a < source->members.size(); ++a) {
            for (size_t b = a + 1; b < source->members.size(); ++b) {
              emit(*source->members[a], *source->members[b], pattern, "", i, source->first,
                   source->end, claim, time, pattern->rule, kPatternConfidence);
              if (!both_ways) continue;
              emit(*source->members[b], *source->members[a], pattern, "", i, source->first,
                   source->end, claim, time, pattern->rule, kPatternConfidence);
            }
          }
        }
        continue;
      }
      const bool membership = pattern->cameo == nullptr && pattern->code == "member_of";
      // An office verb adds a closed term ("led NATO from 2014 to 2024"); an open one ("had led
      // NATO since 2014") is what the office noun relation says already.
      if (pattern->code == "holds_role" && (time.value.find('/') == std::string::npos ||
                                            time.value.find("..") != std::string::npos)) {
        continue;
      }
      for (const ActorMention* s : source->members) {
        for (const ActorMention* t : target->members) {
          EventTime when = time;
          if (membership && !when.unknown() && when.precision != Precision::kDocument) {
            // Joining starts the membership: the interval from that time on; leaving ends it.
            MakeEventTime(pattern->ends ? "../" + when.value : when.value + "/..", TimeMod::kNone,
                          &when)
                .IgnoreError();
          }
          emit(*s, *t, pattern, "", i, std::min(source->first, target->first),
               std::max(source->end, target->end), claim, when, pattern->rule, kPatternConfidence);
          if (pattern->mutual) {  // "Russia exchanged prisoners with Ukraine"
            emit(*t, *s, pattern, "", i, std::min(source->first, target->first),
                 std::max(source->end, target->end), claim, when, pattern->rule,
                 kPatternConfidence);
          }
        }
      }
    }
  }

  // A statement introducing a "dass"/"that" clause that codes no event of its own is a
  // statement about the first actor of that clause (TABARI's subordinate "said").
  for (const Statement& st : statements) {
    const size_t c = v.clause(st.trigger) + 1;
    if (c >= v.clause_count() || !v.subordinate(c) || coded_clauses.count(c)) continue;
    // "said that the US was", or in English without "that" ("said Britain should"): the
    // content clause then opens at its subject.
    const std::string& opener = v.key(v.clause_range(c).first);
    const bool thatless = lang_ == "en" && v.slot_at(v.clause_range(c).first) >= 0 &&
                          IsContentReportVerb(v.key(st.trigger));
    if (opener != "dass" && opener != "that" && !thatless) continue;
    // "Seoul said North Korea had fired two missiles into the sea": content without "that"
    // that names an act is about the act, even when the act has no target to code.
    if (thatless && trigger_clauses.count(c)) continue;
    const auto [first, end] = v.clause_range(c);
    const std::vector<Group> content = GroupsIn(v, first, end);
    // The statement is about the content's subject, which opens it ("dass Washington die NATO
    // ... dränge", "said that the US government was ..."); an actor further in is no subject
    // ("said that in next year's election the party would turn London into ...").
    if (content.empty() || content.front().first > first + 2) continue;
    // "Cunningham said he will stand down": a pronoun subject is mostly the speaker, and the
    // statement is about nobody else.
    if (IsSubjectPronoun(v.key(content.front().first))) continue;
    // "said people from Indian and Chinese backgrounds were ...": a demonym modifies a noun.
    if (content.front().members.front()->rule == "demonym") continue;
    // '"...," argued Mr Davis': after a quotation the statement's content is the quotation.
    if (thatless && st.trigger > 0 && !IsWord(v, st.trigger - 1)) continue;
    const Claim claim = ReadClaim(v, st.trigger, document, lang_ == "en");
    const EventTime time = time_of(st.trigger);
    for (const ActorMention* s : st.source.members) {
      for (const ActorMention* t : content.front().members) {
        emit(*s, *t, st.pattern, "", st.trigger, st.source.first, content.front().end, claim, time,
             st.pattern->rule, kPatternConfidence);
      }
    }
  }

  // Pacts: "AUKUS-Pakt zwischen Washington, London und Canberra" makes each a member.
  for (size_t s = 0; s < v.slots().size(); ++s) {
    const ActorSlot& slot = v.slots()[s];
    const ActorMention& org = *slot.mentions.front();
    if (org.type != ActorType::kAlliance && org.type != ActorType::kOrganization) continue;
    for (size_t w = slot.end_word; w < v.size() && w < slot.end_word + 4; ++w) {
      const std::string& k = v.key(w);
      if (k != "zwischen" && k != "between") continue;
      const std::vector<Group> groups = GroupsIn(v, w + 1, v.size());
      if (groups.empty() || groups.front().first > w + 3) break;
      const Claim claim = ReadClaim(v, w, document);
      for (const ActorMention* member : groups.front().members) {
        emit(*member, org, nullptr, "member_of", w, slot.first_word, groups.front().end, claim,
             time_of(w), "events:pact_between", kPatternConfidence);
      }
      break;
    }
  }

  // Roles and affiliations the actors carry: "NATO-Generalsekretär Jens Stoltenberg",
  // "der japanische Außenminister" (holds_role); "ein Beamter des Außenministeriums"
  // (affiliated_with); a ministry (part_of its state).
  for (const ActorMention& m : sentence.actors) {
    if (m.actor_id.empty() || m.affiliation.empty() || m.rule == "coref") continue;
    const size_t w = std::min(v.WordAtByte(m.begin), v.size() - 1);
    const size_t w_end = std::max(w + 1, std::min(v.WordAtByte(m.end), v.size()));
    ActorMention org;
    org.actor_id = m.affiliation;
    std::string relation;
    if (m.type == ActorType::kPerson) {
      // A bare role noun ("der japanische Außenminister") names the holder from the table;
      // the sentence says nothing new about the office unless it also names the person
      // ("Britain's prime minister, Rishi Sunak").
      if (m.rule == "role@date" && !NamedToo(sentence, m)) continue;
      relation = m.role.empty() || m.role == "leader" ? "affiliated_with" : "holds_role";
    } else if (m.rule == "ministry") {
      relation = "part_of";
    } else {
      continue;
    }
    Claim claim;
    EventTime time = time_of(w);
    if (relation == "holds_role" && TookOffice(v, w) && !time.unknown() &&
        time.precision != Precision::kDocument && time.value.find('/') == std::string::npos) {
      // "took over as NATO secretary general on 1 October 2024": the office from then on.
      MakeEventTime(time.value + "/..", TimeMod::kNone, &time).IgnoreError();
    }
    if (relation == "holds_role" && FormerRole(v, w) && !time.unknown() &&
        time.precision != Precision::kDocument) {
      MakeEventTime(time.value, TimeMod::kBefore, &time).IgnoreError();  // "former president"
    }
    if (relation == "part_of" && !time.unknown()) {
      // A ministry belongs to its state whatever the sentence is about: no sentence date.
      time = EventTime();
      if (document_date_) {
        time.value = FormatIsoDay(*document_date_);
        time.lo = time.hi = *document_date_;
        time.precision = Precision::kDocument;
      }
    }
    emit(m, org, nullptr, relation, w, w, w_end, claim, time, "actors:" + m.rule,
         m.rule == "role@date" ? kRoleConfidence : kPatternConfidence);
  }
}

}  // namespace geokg
