// Who takes part: the attacker and target of an attack, the parties of a meeting or an agreement, the party that
// commits, and the victims and killers of a count. Read from the words around the mention's trigger or cue, within
// its clause; a speaker ("the army said") is never a party.
import type { TaggedSentence, Term } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import type { Actor, ActorKind, ActorRole } from '../schema/event.js';
import type { CountMention, Mention, Trigger, VictimSpan } from '../rules/mention.js';
import type { Clause } from '../rules/clauses.js';
import { isLightVerbObjectWord } from '../rules/trigger-mentions.js';
import { actorFromPhrase, isCrowd, isNamedActor, phraseEndingAt, phraseStartingAt, withKind } from './actors.js';
import type { AttributionSpan } from './attribution.js';
import { countryOf } from '../lexicon/countries.js';
import {
  COMMITMENT_SUBJECT_BRIDGE, LIGHT_ATTACK_VERBS, NOUNS_WITH_OF_TARGET, PARTITIVE_NOUNS, PARTY_MARKERS, PARTY_NOUNS_BEFORE_OF, RESPONSIBILITY_VERBS, VERB_SUBJECT_BRIDGE,
} from '../lexicon/parties.js';
import { ARTICLES, BE_AUXILIARIES, LOCATIVE_PREPOSITIONS, POSSESSIVE_DETERMINERS, THIRD_PERSON_PRONOUNS } from '../lexicon/function-words.js';
import { SPEAKER_NOUNS } from '../lexicon/attribution.js';
import { alternation, valuesOf, wordSet } from '../lexicon/words.js';

const LOCATIVE = wordSet(LOCATIVE_PREPOSITIONS);
const OF_PARTY = wordSet(PARTY_NOUNS_BEFORE_OF);
const MARKER_ROLE = valuesOf(PARTY_MARKERS, (e) => e.role);
const SUBJECT_BRIDGE = wordSet(VERB_SUBJECT_BRIDGE);
const PASSIVE = wordSet(BE_AUXILIARIES);
const CLAIM = new RegExp(`\\b(?:${alternation(RESPONSIBILITY_VERBS)})\\s+responsibility\\s+for\\b`);
const SPEAKERS = wordSet(SPEAKER_NOUNS);
const COMMITTER_BRIDGE = wordSet(COMMITMENT_SUBJECT_BRIDGE);
const PRONOUN = wordSet(THIRD_PERSON_PRONOUNS);
const POSSESSIVE = wordSet(POSSESSIVE_DETERMINERS);
const LEADING_ARTICLE = new RegExp(`^(?:${alternation(ARTICLES)})\\s+`, 'i');
const PARTITIVE = wordSet(PARTITIVE_NOUNS);
const LIGHT_VERBS = wordSet(LIGHT_ATTACK_VERBS);
const OF_TARGET = wordSet(NOUNS_WITH_OF_TARGET);

/** Where a verb's object starts: after "(the) part of" ("captured part of a rebel stronghold"). */
function objectStart(terms: Term[], at: number): number {
  let i = at;
  while (i < terms.length && terms[i].tags.has('Determiner')) i++;
  return PARTITIVE.has(terms[i]?.norm) && terms[i + 1]?.norm === 'of' && !/[,;:.]/.test(terms[i].post) ? i + 2 : at;
}

interface PartyContext {
  s: TaggedSentence;
  previous: SentenceSpan | null;
  docText: string;
  attribution: AttributionSpan | null;
}

/** A place phrase ("in Turkey", "Sochi, Russia") names where, not who. */
function isLocative(terms: Term[], first: number): boolean {
  if (terms[first].tags.has('Demonym')) return false; // "in Turkish drone attacks": a demonym is never the place
  let p = first - 1;
  // "Sochi, Russia": a name after a place name and a comma is that place's country
  if (p >= 0 && /,/.test(terms[p].post) && terms[p].tags.has('ProperNoun') && !terms[p].tags.has('Person') && !countryOf(terms[p].text)) return true;
  while (p >= 0 && terms[p].tags.has('Determiner')) p--;
  return p >= 0 && LOCATIVE.has(terms[p].norm) && !(terms[p].norm === 'of' && p > 0 && OF_PARTY.has(terms[p - 1].norm));
}

function actorAt(ctx: PartyContext, range: [number, number] | null, role: ActorRole, defaultKind: ActorKind): Actor | null {
  if (!range) return null;
  return actorFromPhrase(range[0], range[1], { role, defaultKind, sentence: ctx.s, previous: ctx.previous, docText: ctx.docText });
}

function inAttribution(ctx: PartyContext, first: number, last: number): boolean {
  const a = ctx.attribution;
  return !!a && first >= a.first && last <= a.last;
}

/** A list of actors where the same role and name count once. */
class Parties {
  readonly list: Actor[] = [];
  push(a: Actor | null): void { if (a && !this.list.some((o) => o.role === a.role && o.name === a.name)) this.list.push(a); }
}

/** "between Turkish and Syrian forces", "clashes with X": both sides of a fight named after its word. */
function sidesAfter(ctx: PartyContext, out: Parties, word: string, at: number): void {
  const terms = ctx.s.terms;
  const r = phraseStartingAt(terms, at);
  if (!r) return;
  const sides = terms.slice(r[0], r[1] + 1);
  const head = r[1];
  const a1 = actorAt(ctx, [r[0], head], word === 'with' ? 'target' : 'attacker', 'military');
  if (word !== 'with') out.push(a1 ? { ...a1, role: 'attacker' } : null);
  else out.push(a1);
  const and = terms[r[1] + 1]?.norm === 'and' ? r[1] + 2 : -1;
  if (and > 0) {
    out.push(actorAt(ctx, phraseStartingAt(terms, and), 'target', 'military'));
  } else if (sides.some((x) => x.norm === 'and')) {
    // the demonyms share the head noun
    const k = r[0] + sides.findIndex((x) => x.norm === 'and');
    const first = actorAt(ctx, [r[0], k - 1], 'attacker', 'military');
    const second = actorAt(ctx, [k + 1, head], 'target', 'military');
    if (first && second) {
      out.list.splice(out.list.findIndex((o) => o === a1), 1);
      out.push(first.kind === 'civilian' ? withKind(first, second.kind) : first);
      out.push(second);
    }
  }
}

/** After the trigger: "by X" attacks; "on/against/targeting/at X" is attacked; "between X and Y" fight. */
function partiesAfter(ctx: PartyContext, out: Parties, t: Trigger, clause: Clause): void {
  const terms = ctx.s.terms;
  if (!t.verb && OF_TARGET.has(terms[t.last].norm) && terms[t.last + 1]?.norm === 'of' && t.last + 1 < clause.last) {
    out.push(actorAt(ctx, phraseStartingAt(terms, t.last + 2), 'target', 'military'));
    return;
  }
  for (let j = t.last + 1; j <= Math.min(clause.last, t.last + 4); j++) {
    const w = terms[j].norm;
    const role = MARKER_ROLE[w];
    if (role === 'attacker') {
      out.push(actorAt(ctx, phraseStartingAt(terms, j + 1), 'attacker', 'military'));
      return;
    }
    if (role === 'target') {
      const a = actorAt(ctx, phraseStartingAt(terms, j + 1), 'target', 'civilian');
      if (a && !(w === 'at' && !a.kind)) out.push(a);
      return;
    }
    if (role === 'sides') {
      sidesAfter(ctx, out, w, j + 1);
      return;
    }
    if (/[,;:.]/.test(terms[j].post)) return;
  }
}

/** "Thai and Cambodian soldiers clashed", "Rebels and soldiers clashed": a side joined by "and" to the subject of a verb
 *  of fighting is the other side (a bare demonym or country takes the subject's head noun); it is the attacker and the
 *  subject the target, as after "between". */
function coordinatedSide(ctx: PartyContext, subj: [number, number], clause: Clause): Actor | null {
  const terms = ctx.s.terms;
  if (subj[0] - 2 < clause.first || terms[subj[0] - 1].norm !== 'and' || /[,;:]/.test(terms[subj[0] - 2].post)) return null;
  const r = phraseEndingAt(terms, subj[0] - 2, 6);
  const side = r && r[0] >= clause.first ? actorAt(ctx, r, 'attacker', 'military') : null;
  const rest = actorAt(ctx, subj, 'target', 'military');
  if (!side || !rest || side.name === rest.name) return null;
  const bare = r![0] === r![1] && (terms[r![0]].tags.has('Demonym') || terms[r![0]].tags.has('Country'));
  return bare ? withKind(side, rest.kind) : side;
}

/** A verb trigger: its subject attacks its object ("Gunmen attacked a convoy"), or the passive ("were attacked by"). */
function verbParties(ctx: PartyContext, out: Parties, t: Trigger, clause: Clause): void {
  const terms = ctx.s.terms;
  let k = t.first - 1;
  let passive = false;
  while (k >= clause.first && SUBJECT_BRIDGE.has(terms[k].norm)) {
    if (PASSIVE.has(terms[k].norm)) passive = true;
    k--;
  }
  const subj = k >= clause.first ? phraseEndingAt(terms, k, 6) : null;
  if (subj && subj[0] >= clause.first && !inAttribution(ctx, subj[0], subj[1])) {
    const first = !passive && t.subtype === 'armed_clash' ? coordinatedSide(ctx, subj, clause) : null;
    if (first) out.push(first);
    out.push(actorAt(ctx, subj, passive ? 'target' : first ? 'target' : 'attacker', passive ? 'civilian' : 'military'));
  }
  if (!passive) {
    const obj = phraseStartingAt(terms, objectStart(terms, t.last + 1));
    if (obj && obj[1] <= clause.last) out.push(actorAt(ctx, obj, 'target', 'civilian'));
  }
}

/** "Rebels carried out an attack", "Ethiopia mounted its long-threatened invasion": the subject of the verb that
 *  carries a noun trigger is its attacker. */
function lightVerbSubject(ctx: PartyContext, out: Parties, t: Trigger, clause: Clause): boolean {
  const terms = ctx.s.terms;
  let k = t.first - 1;
  const lightAt = (i: number) => LIGHT_VERBS.has(terms[i].norm) ? i
    : i > clause.first && LIGHT_VERBS.has(`${terms[i - 1].norm} ${terms[i].norm}`) ? i - 1 : -1;
  // "mounted" may be tagged an adjective ("mounted police"): look for the verb before skipping a word
  while (k >= clause.first && t.first - k <= 4 && lightAt(k) < 0 && isLightVerbObjectWord(terms[k])) k--;
  if (k < clause.first) return false;
  const verbFirst = lightAt(k);
  if (verbFirst < 0 || terms[verbFirst].tags.has('Noun') && !terms[verbFirst].tags.has('Verb')) return false;
  let j = verbFirst - 1;
  // "Kenya today launched", "rebels have again staged"
  while (j >= clause.first && (SUBJECT_BRIDGE.has(terms[j].norm) || terms[j].tags.has('Date') && !terms[j].tags.has('ProperNoun'))) j--;
  const subj = j >= clause.first ? phraseEndingAt(terms, j, 6) : null;
  if (subj && subj[0] >= clause.first && !inAttribution(ctx, subj[0], subj[1])) out.push(actorAt(ctx, subj, 'attacker', 'military'));
  return true;
}

/** Attacker and target of an attack trigger, from the words around it. */
function attackParties(ctx: PartyContext, t: Trigger, clause: Clause): Actor[] {
  const terms = ctx.s.terms;
  const out = new Parties();
  const carried = !t.verb && lightVerbSubject(ctx, out, t, clause);
  // modifiers before a noun trigger: "Syrian governing administration assault", "Turkish drone attacks" (unless a
  // light verb carries the noun: "Kenya launched its invasion" says who with the verb's subject)
  if (!t.verb && t.first > clause.first && !carried) {
    const r = phraseEndingAt(terms, t.first - 1, 6);
    if (r && r[0] >= clause.first && !inAttribution(ctx, r[0], r[1])) {
      const possessive = /['’]s?$/.test(terms[r[1]].text) || terms[r[1]].tags.has('Possessive');
      const a = actorAt(ctx, r, 'attacker', 'military');
      if (a && (a.country || a.kind !== 'civilian') && !(isLocative(terms, r[0]) && !possessive)) out.push(a);
    }
  }
  partiesAfter(ctx, out, t, clause);
  // "Al-Shabaab claimed responsibility for the assault": the claimant is the attacker
  const claim = CLAIM.exec(ctx.s.text.toLowerCase());
  if (claim && ctx.s.start + claim.index < terms[t.first].start) {
    const verbAt = terms.findIndex((x) => x.start >= ctx.s.start + claim.index);
    const r = verbAt > 0 ? phraseEndingAt(terms, verbAt - 1, 6) : null;
    if (r) out.push(actorAt(ctx, r, 'attacker', 'militant'));
  }
  if (t.verb) verbParties(ctx, out, t, clause);
  return out.list;
}

/** A party known without a country: an organisation, an armed group, or a named body ("African Union leaders"). */
const namedKind = (a: Actor) => a.kind === 'organization' || a.kind === 'rebel' || a.kind === 'militant' || isNamedActor(a);

/** A dateline place in capitals at the start of the sentence, before a bracket, dash, colon or comma ("LONDON
 *  (Reuters) -", "KABUL:"): where the story was filed, no participant. */
function isDatelineWord(terms: Term[], i: number): boolean {
  for (let k = 0; k <= i; k++) if (!/^[A-Z][A-Z.'’-]{2,}$/.test(terms[k].text) || terms[k].tags.has('NamedActor')) return false;
  return /[(\-–—:,]/.test(terms[i].post + (terms[i + 1]?.pre ?? ''));
}

/** Participants of a meeting or an agreement: the people, states and groups named in the sentence. */
function participants(ctx: PartyContext, from: number, to: number): Actor[] {
  const terms = ctx.s.terms;
  const out: Actor[] = [];
  for (let i = from; i <= to; i++) {
    const t = terms[i];
    // any capitalised word may open a party's name ("U.S. Defense Secretary ...": compromise tags U.S. as an acronym only)
    const starts = t.tags.has('PersonTitle') || t.tags.has('Demonym') || t.tags.has('NamedActor') || t.tags.has('ProperNoun') || t.tags.has('Country') || /^[A-Z]/.test(t.text);
    if (!starts || inAttribution(ctx, i, i)) continue;
    if (isDatelineWord(terms, i)) continue;
    const r = phraseStartingAt(terms, i, 7);
    if (!r) continue;
    const end = Math.min(r[1], to);
    if (isLocative(terms, r[0])) { i = end; continue; }
    let a = actorAt(ctx, [r[0], end], 'participant', 'government');
    // "U.S. and Chinese carmakers": a bare country before "and" shares the head noun of the phrase after it
    if (a && terms[end + 1]?.norm === 'and' && terms.slice(r[0], end + 1).every((x) => !!countryOf(x.text))) {
      const next = actorAt(ctx, phraseStartingAt(terms, end + 2, 7), 'participant', 'government');
      if (next?.kind === 'organization') a = withKind(a, 'organization');
    }
    // a spokesman speaks for a party; he is not one
    if (terms.slice(r[0], end + 1).some((x) => SPEAKERS.has(x.norm))) { i = end; continue; }
    if (a && (a.country || a.kind === 'person' || namedKind(a)) && !out.some((o) => o.name === a.name)) out.push(a);
    i = end;
  }
  // a country's government and its leader are one participant: keep the person
  return out.filter((a) => a.kind === 'person' || !out.some((o) => o !== a && o.kind === 'person' && o.country && o.country === a.country));
}

/** The party that commits ("Ghana has offered to ...") and the others named after the cue; [] when none can commit. */
function commitmentParties(ctx: PartyContext, cueTerm: number, agreed: boolean): Actor[] {
  const terms = ctx.s.terms;
  // subject: the phrase before the cue, past auxiliaries ("Ghana has offered", "Chile has said it will")
  let k = cueTerm - 1;
  while (k >= 0 && COMMITTER_BRIDGE.has(terms[k].norm)) k--;
  let subject = actorAt(ctx, k >= 0 ? phraseEndingAt(terms, k, 7) : null, 'participant', 'government');
  // "Chile has said it will fund": the pronoun's antecedent is the sentence's first party
  if (!subject && ctx.attribution && PRONOUN.has(terms[cueTerm - 1]?.norm ?? '')) subject = actorAt(ctx, phraseStartingAt(terms, ctx.attribution.first), 'participant', 'government');
  // "agreed to" says it outright: any party will do; an offer or a promise needs a named one
  if (!subject || !(subject.country || subject.kind === 'person' || namedKind(subject) || agreed && subject.kind !== 'civilian')) return [];
  const actors: Actor[] = [subject];
  // the other party: a state or person named after the cue
  for (let i = cueTerm + 1; i < terms.length && actors.length < 3; i++) {
    const t = terms[i];
    if (!(t.tags.has('ProperNoun') || t.tags.has('Demonym') || t.tags.has('NamedActor'))) continue;
    const r = phraseStartingAt(terms, i, 6);
    if (!r) continue;
    const a = actorAt(ctx, r, 'participant', 'government');
    if (a && (a.country || a.kind === 'person') && !actors.some((x) => x.name === a.name)) actors.push(a);
    i = r[1];
  }
  return actors;
}

/** The victims of a count as an actor; a victim noun the actor heads do not know ("a gendarme", "a shopkeeper") is
 *  still a target of the kind the count rule read from it, when that kind is a state's force or civilians (an armed
 *  group's rank such as "chief" also names village chiefs). */
function victimsOf(ctx: PartyContext, v: VictimSpan): Actor | null {
  let victims = actorAt(ctx, [v.first, v.last], 'target', v.kind);
  if (!victims && (v.kind === 'military' || v.kind === 'police' || v.kind === 'civilian')) {
    const text = ctx.docText.slice(ctx.s.terms[v.first].start, ctx.s.terms[v.last].end);
    victims = { text, name: text.replace(LEADING_ARTICLE, ''), country: null, kind: v.kind, role: 'target' };
  }
  // "killing 3 soldiers and 2 civilians": a country named for either group is the victims'
  const also = v.also ? actorAt(ctx, [v.also.first, v.also.last], 'target', v.also.kind) : null;
  if (victims && also && victims.country !== also.country) victims = { ...victims, country: victims.country ?? also.country };
  return victims;
}

/** "3 guards were shot dead by a sniper", "shot dead by masked gunmen": the agent of a passive word of harm told
 *  after its victims, when it names an armed side, a state or a crowd; "killed by a landmine", "by his brother" name
 *  none. */
function passiveAgent(ctx: PartyContext, c: CountMention): Actor | null {
  const terms = ctx.s.terms;
  if (c.harmAt <= c.last) return null;
  for (let j = c.harmAt + 1; j <= Math.min(c.harmAt + 3, c.clauseTerms[1]); j++) {
    if (/[,;:.()]/.test(terms[j - 1].post)) return null;
    if (terms[j].norm !== 'by') continue;
    const r = phraseStartingAt(terms, j + 1, 6);
    if (!r || r[1] > c.clauseTerms[1] || terms.slice(r[0], r[1] + 1).some((t) => POSSESSIVE.has(t.norm))) return null;
    const agent = actorAt(ctx, r, 'attacker', 'military');
    return agent && (agent.kind !== 'civilian' || isCrowd(agent)) ? agent : null;
  }
  return null;
}

/** The victims of a count, and who killed them: the subject of an active verb of harm ("Gunmen killed three") or the
 *  agent of a passive one ("were killed by gunmen"). */
function countParties(ctx: PartyContext, c: CountMention): void {
  const terms = ctx.s.terms;
  c.victims = c.victimSpan ? victimsOf(ctx, c.victimSpan) : null;
  const harm = terms[c.harmAt];
  if (harm && c.harmAt > c.first) c.killer = passiveAgent(ctx, c) ?? c.killer;
  if (!harm || c.harmAt >= c.first || !harm.tags.has('Verb') || harm.tags.has('Passive')) return;
  // "The assailants then injured": an adverb before the verb is no part of its subject
  let k = c.harmAt - 1;
  while (k > c.clauseTerms[0] && terms[k].tags.has('Adverb') && !terms[k].tags.has('Noun') && !/[,;:]/.test(terms[k - 1].post)) k--;
  const r = phraseEndingAt(terms, k, 6);
  if (r && r[0] >= c.clauseTerms[0] && !inAttribution(ctx, r[0], r[1])) c.killer = actorAt(ctx, r, 'attacker', 'military');
}

/** Fills the mention's actors (and its count's victims and killer); a mention that needs a party and has none is dropped. */
export function resolveParties(ctx: PartyContext, m: Mention): void {
  if (m.count) return countParties(ctx, m.count);
  if (m.commitment) {
    m.actors = commitmentParties(ctx, m.commitment.cueTerm, m.status === 'occurred');
    if (!m.actors.length) m.dropped = 'commitment:no-party-to-commit';
    return;
  }
  const t = m.trigger!;
  if (t.family === 'attack') {
    m.actors = attackParties(ctx, t, { first: m.clauseTerms[0], last: m.clauseTerms[1] });
    return;
  }
  m.actors = participants(ctx, 0, ctx.s.terms.length - 1);
  if (t.family === 'meeting' && m.actors.length === 0 && t.strength === 'weak') m.dropped = 'meeting:weak-word-no-party';
}
