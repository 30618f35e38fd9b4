// The subtype of an attack told by its sides, where the trigger word alone cannot tell the ACLED sub-event (SPEC.md's
// taxonomy): police firing on protesters is excessive force whatever the verb, a crowd that kills is mob violence, a
// town taken by its own state's army is territory regained (by rebels, or by a foreign army, territory taken), an
// ambushed bus of passengers is an attack on civilians, and a "shooting" of police officers is no attack on civilians.
// Runs on the kept attacks (subtypesBySides, in the pipeline after merging and the fallback places), so that every
// report of the event has brought its sides and the event has its country.
//
// The rules, in the order they are tried; the first that applies decides, and each names itself in the event's `rule`
// (`sides:<id>`). The order is the precedence: what the sides are (protesters, a crowd) before what the word was, and
// the general rules of a verb of killing last: police are both a state's force and armed, so "police shot dead 3
// protesters" meets excessive-force and armed-on-civilians, and excessive-force, tried first, decides.
import type { Actor } from '../schema/event.js';
import type { Draft } from './merge.js';
import { isArmedKind } from '../lexicon/taxonomy.js';
import { AMBUSH_WORDS, MOB_NOUNS, PROTESTER_NOUNS } from '../lexicon/sides.js';
import { alternation, wordSet } from '../lexicon/words.js';

/** Who attacks, who is attacked, and who was killed or wounded (the count's victims, else the targets). */
interface Sides { attackers: Actor[]; targets: Actor[]; victims: Actor[] }

interface SideRule {
  id: string;
  /** the subtypes the rule may change */
  from: string[];
  to: string;
  applies(d: Draft, s: Sides): boolean;
}

const STATE_KINDS = new Set(['military', 'police', 'government']);
const NON_STATE_KINDS = new Set(['rebel', 'militant']);
const PROTESTERS = new RegExp(`\\b(?:${alternation(PROTESTER_NOUNS)})\\b`, 'i');
const MOB = new RegExp(`\\b(?:${alternation(MOB_NOUNS)})\\b`, 'i');
/** a crowd as the subject of the trigger, when no attacker was resolved ("A crowd beat to death ...") */
const MOB_BEFORE_TRIGGER = new RegExp(`\\b(?:${alternation(MOB_NOUNS)})\\s+(?:\\S+\\s+){0,2}$`, 'i');
/** protesters as the object of the trigger, when they are no actor ("opened fire on a crowd of protesters") */
const PROTESTERS_AFTER_TRIGGER = new RegExp(`^\\S+(?:\\s+\\S+){0,5}?\\s+(?:${alternation(PROTESTER_NOUNS)})\\b`, 'i');
const AMBUSH = wordSet(AMBUSH_WORDS);

const state = (actors: Actor[]) => actors.some((a) => STATE_KINDS.has(a.kind));
/** a state's forces in another state's land: ACLED counts a foreign army that takes ground with the non-state actors */
const foreign = (d: Draft, a: Actor) => !!a.country && !!d.location?.country && a.country !== d.location.country;
const ownState = (d: Draft, actors: Actor[]) => actors.some((a) => STATE_KINDS.has(a.kind) && !foreign(d, a));
const nonState = (d: Draft, actors: Actor[]) => actors.some((a) => NON_STATE_KINDS.has(a.kind) || STATE_KINDS.has(a.kind) && foreign(d, a));
const allOf = (actors: Actor[], test: (a: Actor) => boolean) => actors.length > 0 && actors.every(test);
const armed = (a: Actor) => isArmedKind(a.kind);

/** The crowd that attacks: an attacker named by a crowd noun, or a crowd noun just before a trigger with no attacker. */
function byCrowd(d: Draft, s: Sides): boolean {
  if (s.attackers.length) return s.attackers.some((a) => MOB.test(a.text));
  return d.mentions.some((m) => MOB_BEFORE_TRIGGER.test(m.sentence.text.slice(0, Math.max(0, m.anchor - m.sentence.start))));
}

/** Protesters attacked: a target or victim named so, or protesters within a few words after the trigger; never when
 *  those killed or wounded are armed ("soldiers killed 3 rebels who had attacked protesters"). */
function onProtesters(d: Draft, s: Sides): boolean {
  if (s.victims.some(armed)) return false;
  if ([...s.targets, ...s.victims].some((a) => PROTESTERS.test(a.text))) return true;
  return d.mentions.some((m) => m.trigger && PROTESTERS_AFTER_TRIGGER.test(m.sentence.text.slice(m.anchor - m.sentence.start)));
}

const RULES: SideRule[] = [
  { id: 'excessive-force', from: ['unspecified', 'attack_on_civilians', 'armed_clash'], to: 'excessive_force',
    applies: (d, s) => state(s.attackers) && onProtesters(d, s) },
  { id: 'mob-violence', from: ['unspecified', 'attack_on_civilians'], to: 'mob_violence',
    applies: (d, s) => !d.actors.some(armed) && byCrowd(d, s) },
  { id: 'territory-regained', from: ['territory_taken'], to: 'territory_regained',
    applies: (d, s) => ownState(d, s.attackers) && !nonState(d, s.attackers) },
  { id: 'territory-taken', from: ['territory_regained'], to: 'territory_taken',
    applies: (d, s) => nonState(d, s.attackers) && !ownState(d, s.attackers) },
  { id: 'ambush-of-civilians', from: ['armed_clash'], to: 'attack_on_civilians',
    applies: (d, s) => allOf(s.targets, (a) => a.kind === 'civilian')
      && d.mentions.some((m) => AMBUSH.has(m.trigger?.text.toLowerCase() ?? '')) },
  // a weak word ("shooting", "shot") gave the subtype, and those killed or wounded are all armed
  { id: 'armed-victims', from: ['attack_on_civilians'], to: 'unspecified',
    applies: (d, s) => allOf(s.victims, armed)
      && !d.mentions.some((m) => m.subtype === 'attack_on_civilians' && m.trigger?.strength === 'strong') },
  // a verb of killing leaves the kind to the sides ("gunmen shot dead two traders", "bandits killed 5 police officers"):
  // an armed side on civilians is an attack on civilians, on armed men an armed clash (SPEC's taxonomy)
  { id: 'armed-on-civilians', from: ['unspecified'], to: 'attack_on_civilians',
    applies: (d, s) => s.attackers.some(armed) && allOf(s.victims, (a) => a.kind === 'civilian') },
  { id: 'armed-on-armed', from: ['unspecified'], to: 'armed_clash',
    applies: (d, s) => s.attackers.some(armed) && allOf(s.victims, armed) },
];

function sidesOf(d: Draft): Sides {
  const attackers = d.actors.filter((a) => a.role === 'attacker');
  const targets = d.actors.filter((a) => a.role === 'target');
  const victim = d.killed?.victims ?? d.wounded?.victims ?? null;
  return { attackers, targets, victims: victim ? [victim] : targets };
}

/** Each kept attack's subtype as its sides tell it: the first rule that applies sets it and names itself in the
 *  draft's `sidesRule` (the event's `rule` says `sides:<id>`); where none applies the subtype stays. */
export function subtypesBySides(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type !== 'attack') continue;
    const s = sidesOf(d);
    const rule = RULES.find((r) => r.from.includes(d.subtype) && r.applies(d, s));
    if (!rule) continue;
    d.subtype = rule.to;
    d.sidesRule = rule.id;
  }
}

/** An attack of unspecified kind is a battle (Battles / Armed clash, SPEC.md) when both sides are armed, or when every
 *  target is armed and no attacker is a civilian (soldiers killed by an attacker the text does not name). */
export function isBattle(d: Draft): boolean {
  const { attackers, targets } = sidesOf(d);
  if (attackers.some(armed) && targets.some(armed)) return true;
  return allOf(targets, armed) && !attackers.some((a) => a.kind === 'civilian');
}
