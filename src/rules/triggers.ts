// Finds trigger words in a tagged sentence: runs of terms carrying one of the plugin's trigger tags. Then the words
// around each attack trigger may tell its kind (a weapon, a chemical agent) or make it strong (live fire, ground
// taken by an armed side, a headline's present tense), or unmake it ("a tear gas attack", "targeted" with no weapon).
import { TRIGGER_TAGS } from '../document/plugin.js';
import type { TaggedSentence, Term } from '../document/terms.js';
import type { Trigger } from './mention.js';
import { clauseOf, clausesOf } from './clauses.js';
import {
  AIMING_VERBS, CHEMICAL_CARRIERS, LIVE_FIRE, NO_TARGET_AFTER_FIRE, NOT_LETHAL_FIRE, WEAPON_SUBTYPES,
} from '../lexicon/weapons.js';
import { OBJECT_OR_AGENT_NEEDED, GROUND_NOUNS, NOT_CHEMICAL_BEFORE } from '../lexicon/triggers.js';
import { PLACE_KINDS } from '../lexicon/places.js';
import { ACTOR_HEADS, NAMED_ACTORS } from '../lexicon/actors.js';
import { isArmedKind } from '../lexicon/taxonomy.js';
import { alternation, wordSet } from '../lexicon/words.js';

const CLAUSE_BREAK = /[,;:.]/;

/** Of the trigger tags of term i in the family of its first one, the tag of the longest form, and the term it ends on:
 *  "beat to death" (a killing) over "beat" (a beating) when both forms tag "beat". */
function longestTrigger(terms: Term[], i: number): { tag: string; last: number } | null {
  let best: { tag: string; last: number } | null = null;
  for (const tag of terms[i].tags) {
    if (!TRIGGER_TAGS.has(tag) || best && TRIGGER_TAGS.get(tag)!.family !== TRIGGER_TAGS.get(best.tag)!.family) continue;
    let last = i;
    while (last + 1 < terms.length && terms[last + 1].tags.has(tag) && !CLAUSE_BREAK.test(terms[last].post)) last++;
    if (!best || last > best.last) best = { tag, last };
  }
  return best;
}

const SPECIFICITY = (subtype: string) => (subtype === 'unspecified' || subtype === 'other' ? 0 : 1);

/** The runs of trigger-tagged terms; adjacent runs of one family are one trigger. */
function triggerRuns(s: TaggedSentence, docText: string): Trigger[] {
  const out: Trigger[] = [];
  const terms = s.terms;
  for (let i = 0; i < terms.length; i++) {
    const run = longestTrigger(terms, i);
    if (!run) continue;
    const { tag, last } = run;
    const info = TRIGGER_TAGS.get(tag)!;
    const prev = out[out.length - 1];
    // adjacent triggers of one family are one trigger: "stop-fireplace settlement", "rocket attacks"
    if (prev && prev.family === info.family && prev.last === i - 1 && !CLAUSE_BREAK.test(terms[i - 1].post)) {
      const keepPrev = SPECIFICITY(prev.subtype) >= SPECIFICITY(info.subtype);
      prev.subtype = keepPrev ? prev.subtype : info.subtype;
      prev.strength = prev.strength === 'strong' || info.strength === 'strong' || SPECIFICITY(prev.subtype) > 0 ? 'strong' : 'weak';
      prev.verb = prev.verb && info.verb;
      prev.last = last;
      prev.text = docText.slice(terms[prev.first].start, terms[last].end);
      i = last;
      continue;
    }
    out.push({
      family: info.family, subtype: info.subtype, strength: info.strength, verb: info.verb,
      first: i, last, text: docText.slice(terms[i].start, terms[last].end), tag,
    });
    i = last;
  }
  return out;
}

/** The kind a weapon word gives a generic attack word: a few words before it ("a Turkish drone struck"), a few after
 *  a verb up to a preposition ("gunboats fired six shells", not "fired shots in the air"). */
function weaponSubtype(terms: Term[], t: Trigger): string | undefined {
  let sub: string | undefined;
  for (let j = t.first - 1; j >= Math.max(0, t.first - 3) && !sub; j--) {
    sub = WEAPON_SUBTYPES[terms[j].norm];
    if (CLAUSE_BREAK.test(terms[j].post)) break;
  }
  for (let j = t.last + 1; t.verb && !sub && j <= Math.min(terms.length - 1, t.last + 4); j++) {
    if (CLAUSE_BREAK.test(terms[j - 1].post) || terms[j].tags.has('Preposition') && terms[j].norm !== 'of') break;
    sub = WEAPON_SUBTYPES[terms[j].norm];
  }
  return sub;
}

/** The weapon a verb was used with, a few words after it: "targeted a convoy with a guided missile". Its index
 *  and kind, or null. */
function instrumentAfter(terms: Term[], t: Trigger): { at: number; subtype: string } | null {
  for (let j = t.last + 1; j <= Math.min(terms.length - 1, t.last + 6); j++) {
    if (CLAUSE_BREAK.test(terms[j - 1].post)) return null;
    if (terms[j].norm !== 'with') continue;
    for (let k = j + 1; k <= Math.min(terms.length - 1, j + 4); k++) {
      const subtype = WEAPON_SUBTYPES[terms[k].norm];
      if (subtype) return { at: k, subtype };
      if (CLAUSE_BREAK.test(terms[k].post)) return null;
    }
    return null;
  }
  return null;
}

const LIVE = new RegExp(`^((?:\\s+[\\w'-]+){0,3}?)\\s+(?:${alternation(LIVE_FIRE, '[\\s-]+')})\\s+(?:at|on|into|towards?)\\s+(?:the\\s+)?([\\w'-]+)`, 'i');
const NOT_LETHAL = wordSet(NOT_LETHAL_FIRE);
const NO_TARGET = wordSet(NO_TARGET_AFTER_FIRE);

/** "fired machine guns at", "fired live rounds on": arms or rounds, then whom they were fired at. Not rubber
 *  bullets, warning shots or tear gas, nor shots into the air. */
function liveFireAfter(terms: Term[], t: Trigger, docText: string): boolean {
  const end = terms[Math.min(terms.length - 1, t.last + 8)].end;
  const m = LIVE.exec(docText.slice(terms[t.last].end, end));
  if (!m) return false;
  const gap = m[1].trim().toLowerCase().split(/\s+/);
  return !NOT_LETHAL.has(gap[gap.length - 1]) && !NO_TARGET.has(m[2].toLowerCase());
}

const NAMED_KIND = new Map(NAMED_ACTORS.flatMap((a) => a.aliases.map((al) => [al, a.kind] as const)));
const PLACE_NOUNS = new Set([...PLACE_KINDS.map((p) => p.word), ...wordSet(GROUND_NOUNS)]);

/** An armed side a few words before, in the same clause: "Government troops recaptured", "Taliban fighters seized". */
function armedSubjectBefore(terms: Term[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 10); j--) {
    if (CLAUSE_BREAK.test(terms[j].post)) return false;
    const t = terms[j];
    if (t.tags.has('ActorHead') && isArmedKind(ACTOR_HEADS[t.norm] ?? '')) return true;
    const kind = NAMED_KIND.get(t.norm);
    if (t.tags.has('NamedActor') && kind && isArmedKind(kind)) return true;
  }
  return false;
}

/** A place right after: a name ("retook Lalibela"), a kind of place ("the town of"), or ground ("their positions"). */
function placeAfter(terms: Term[], last: number): boolean {
  for (let j = last + 1; j <= Math.min(terms.length - 1, last + 4); j++) {
    const t = terms[j];
    if (t.tags.has('Place') || t.tags.has('ProperNoun') || PLACE_NOUNS.has(t.norm)) return true;
    if (CLAUSE_BREAK.test(t.post) || t.tags.has('Verb') || t.tags.has('Preposition')) return false;
  }
  return false;
}

/** A headline: a sentence with no final stop ("Bandits raid village, kill herders"). */
const isHeadline = (s: TaggedSentence) => !/[.!?]["'”’)]*\s*$/.test(s.text);
const ARMED_HEAD = (t: Term) => t.tags.has('ActorHead') && ACTOR_HEADS[t.norm] !== 'police' && isArmedKind(ACTOR_HEADS[t.norm] ?? '')
  || t.tags.has('NamedActor') && isArmedKind(NAMED_KIND.get(t.norm) ?? '');

/** What the words around an attack trigger say of its kind and strength. */
function readAround(terms: Term[], t: Trigger, docText: string, headline: boolean): void {
  const past = terms[t.first].tags.has('PastTense');
  if (t.subtype === 'unspecified') {
    const sub = weaponSubtype(terms, t);
    if (sub) {
      t.subtype = sub;
      if (t.verb && past) t.strength = 'strong';
    } else if (t.verb && past && liveFireAfter(terms, t, docText)) t.strength = 'strong';
  }
  // ground changes hands when an armed side takes a place, not "took control of the budget"
  if ((t.subtype === 'territory_taken' || t.subtype === 'territory_regained') && armedSubjectBefore(terms, t.first)
    && placeAfter(terms, t.last)) t.strength = 'strong';
  // a headline's present tense: "Bandits raid village", "Jihadists attack army post"
  if (headline && !t.verb && t.first > 0 && ARMED_HEAD(terms[t.first - 1]) && terms[t.first - 1].tags.has('Plural')) {
    t.verb = true;
    t.strength = 'strong';
  }
}

/** "struck the town with rockets", "targeted a car with a guided missile": the weapon is the verb's instrument. The
 *  verb takes the weapon's kind when it has none of its own, and a weak weapon trigger there is no second attack. */
function takeInstruments(terms: Term[], out: Trigger[]): Trigger[] {
  const taken = new Set<Trigger>();
  for (const t of out) {
    if (t.family !== 'attack' || !t.verb) continue;
    const instrument = instrumentAfter(terms, t);
    if (!instrument) continue;
    if (t.subtype === 'unspecified') {
      t.subtype = instrument.subtype;
      if (terms[t.first].tags.has('PastTense')) t.strength = 'strong';
    }
    for (const o of out) {
      if (o !== t && o.family === 'attack' && !o.verb && o.strength === 'weak' && o.first <= instrument.at && instrument.at <= o.last) taken.add(o);
    }
  }
  return out.filter((o) => !taken.has(o));
}

const AGENT_NEEDED = wordSet(OBJECT_OR_AGENT_NEEDED);

/** "were burned to death in the blaze", "burned to death when the tanker caught fire": a killing a fire may do, with
 *  neither an object after it ("burned to death a robber") nor an agent ("by a mob"). */
function noObjectNorAgent(terms: Term[], t: Trigger): boolean {
  if (!AGENT_NEEDED.has(t.text.toLowerCase())) return false;
  const next = terms[t.last + 1];
  const object = next && !CLAUSE_BREAK.test(terms[t.last].post) && !next.tags.has('Preposition') && !next.tags.has('Conjunction');
  return !object && !terms.slice(t.last + 1, t.last + 4).some((x) => x.norm === 'by');
}

const NOT_CHEMICAL = wordSet(NOT_CHEMICAL_BEFORE);
const AIMING = wordSet(AIMING_VERBS);
const CARRIERS = wordSet(CHEMICAL_CARRIERS);

/** A chemical agent used as a weapon, not one that names a thing ("a chlorine plant", "sarin stocks"); its
 *  container is the weapon ("chlorine barrels"). */
function agentUsed(terms: Term[], t: Trigger): boolean {
  const next = terms[t.last + 1];
  return !next || CLAUSE_BREAK.test(terms[t.last].post) || !next.tags.has('Noun') || next.tags.has('Verb')
    || next.tags.has('Trigger') || CARRIERS.has(next.norm);
}

export function findTriggers(s: TaggedSentence, docText: string): Trigger[] {
  const terms = s.terms;
  const headline = isHeadline(s);
  let out = triggerRuns(s, docText).filter((t) => t.family !== 'attack' || t.subtype !== 'chemical_weapon'
    // "a tear gas attack" is riot control; "a chlorine plant", "sarin stocks" name no attack
    || !(t.first > 0 && NOT_CHEMICAL.has(terms[t.first - 1].norm)) && (t.strength === 'strong' || agentUsed(terms, t)))
    .filter((t) => !noObjectNorAgent(terms, t));
  for (const t of out) if (t.family === 'attack') readAround(terms, t, docText, headline);
  out = takeInstruments(terms, out);
  // a chemical agent names the kind of the strikes, shells and bare attack words of its clause: "aircraft struck the
  // town with sarin", "shells filled with mustard gas"; not of another clause's ("jets bombed the market; meanwhile
  // troops used chlorine gas near the border")
  const agents = out.filter((t) => t.subtype === 'chemical_weapon');
  if (agents.length) {
    const clauses = clausesOf(terms);
    const agentClauses = new Set(agents.map((a) => clauseOf(clauses, a.first)));
    for (const t of out) {
      if (t.family === 'attack' && /^(?:airstrike|drone_strike|shelling|bombing|unspecified)$/.test(t.subtype)
        && agentClauses.has(clauseOf(clauses, t.first))) t.subtype = 'chemical_weapon';
    }
  }
  // "targeted" names an attack only with its weapon: "the sanctions targeted banks" is none
  return out.filter((t) => !(t.subtype === 'unspecified' && AIMING.has(terms[t.last].norm)));
}
