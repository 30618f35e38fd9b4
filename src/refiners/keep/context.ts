// What the keep rules ask of a draft's words: its sentences' text, its trigger words and the words around them, and
// whether they name an armed actor, a weapon or a conflict setting (a loose test for all rules, a strict one for attacks).
// The armed nouns are the lexicon's actor heads of an armed kind; the weapons are the lexicon's weapon words.
import type { Draft } from '../merge.js';
import { ACTOR_HEADS, NAMED_ACTORS } from '../../lexicon/actors.js';
import { WEAPON_SUBTYPES } from '../../lexicon/weapons.js';
import { isArmedKind } from '../../lexicon/taxonomy.js';
import type { Mention } from '../../rules/mention.js';
import { wordSet, wordsOf, type WordEntry } from '../../lexicon/words.js';
import { perDocument } from './document-memo.js';
import {
  AMBIGUOUS_ARMED_WORDS, ARMED_WORDS_IN_OTHER_SENSES, CONFLICT_SETTINGS, CONFLICT_WEAPONS, MORE_ARMED_NOUNS, NOT_A_WAR,
  POLICE_AS_SOURCE, STATE_WORDS,
} from '../../lexicon/frames.js';

/** The text of every sentence the draft's mentions were read from, in order, once each. */
export function sentencesOf(d: Draft): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const m of d.mentions) {
    if (seen.has(m.sentence.index)) continue;
    seen.add(m.sentence.index);
    out.push(m.sentence.text);
  }
  return out;
}

const words = (list: string[]) => new RegExp(`\\b(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');
const ARMED_NOUN = words(Object.entries(ACTOR_HEADS).filter(([, kind]) => isArmedKind(kind)).map(([w]) => w));
const WEAPON = words(Object.keys(WEAPON_SUBTYPES));

/** Whether the text names an armed actor ("troops", "militants", "police") or a weapon ("mortar", "grenade"). */
export function hasArmedWord(text: string): boolean { return ARMED_NOUN.test(text) || WEAPON.test(text); }

// Stricter tests for the attack keep rules: the armed words that name nothing else, weapons, conflict settings.
/** A list of words and phrases as one case-insensitive pattern: whole words, any spaces or a hyphen between words. */
export function phrasePattern(...lists: WordEntry[][]): RegExp {
  const source = wordsOf(...lists).sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+')).join('|');
  return new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'i');
}

/** Every distinct match of a phrase list in the text, lower case. */
export function distinctMatches(pattern: RegExp, text: string): Set<string> {
  const all = new RegExp(pattern.source, 'gi');
  return new Set([...text.matchAll(all)].map((m) => m[0].toLowerCase().replace(/[\s-]+/g, ' ')));
}

const AMBIGUOUS = wordSet(AMBIGUOUS_ARMED_WORDS);
const NAMED_ARMED = NAMED_ACTORS.filter((a) => isArmedKind(a.kind)).flatMap((a) => a.aliases);
const STRICT_ARMED_NOUN = phrasePattern([{ reason: 'armed-heads', words: Object.entries(ACTOR_HEADS)
  .filter(([w, kind]) => isArmedKind(kind) && kind !== 'police' && !AMBIGUOUS.has(w)).map(([w]) => w) }],
[{ reason: 'named-armed-groups', words: NAMED_ARMED }], MORE_ARMED_NOUNS);
const POLICE_NOUN = phrasePattern([{ reason: 'police', words: Object.entries(ACTOR_HEADS).filter(([, kind]) => kind === 'police').map(([w]) => w) }]);
const POLICE_SOURCE = new RegExp(phrasePattern(POLICE_AS_SOURCE).source, 'gi');
const STRICT_WEAPON = phrasePattern([{ reason: 'weapons', words: Object.keys(WEAPON_SUBTYPES).filter((w) => !AMBIGUOUS.has(w)) }], CONFLICT_WEAPONS);
const OTHER_SENSE = new RegExp(phrasePattern(ARMED_WORDS_IN_OTHER_SENSES).source, 'gi');
const SETTING = phrasePattern(CONFLICT_SETTINGS);
const WAR_SETTING = phrasePattern(CONFLICT_SETTINGS.filter((g) => g.reason !== 'violence-of-any-kind'));
const NOT_WAR = new RegExp(phrasePattern(NOT_A_WAR).source, 'gi');

/** The text without the phrases that hold an armed word in another sense ("air pistol", "price war"). */
const unarmed = (text: string) => text.replace(OTHER_SENSE, ' ').replace(NOT_WAR, ' ');

/** Whether the text names a soldier, a militant, a rebel or a named armed group (not the police: they also investigate
 *  and arrest), or a weapon of war; words that also name other things ("opposition", "jets", "air") do not count. */
export function hasArmedContext(text: string): boolean {
  const t = unarmed(text);
  return STRICT_ARMED_NOUN.test(t) || STRICT_WEAPON.test(t);
}

/** Whether the text sets the events it tells in a conflict: war, insurgency, truce, occupation, terror, hostages. */
export function hasConflictSetting(text: string): boolean { return SETTING.test(unarmed(text)); }

/** Whether the text names a soldier, a militant, a rebel or an armed group, or a setting of war, terror or communal
 *  strife: what a private person's crime lacks (police, a gun and "deadly" are in every crime story). */
export const hasArmedSideOrSetting = perDocument((text: string): boolean => {
  const t = unarmed(text);
  return STRICT_ARMED_NOUN.test(t) || WAR_SETTING.test(t);
});

/** Whether a whole document is about a conflict: it names an armed actor (the police too) and a weapon or a setting. */
export const isConflictDocument = perDocument((text: string): boolean => {
  const t = unarmed(text);
  return (STRICT_ARMED_NOUN.test(t) || POLICE_NOUN.test(t)) && (STRICT_WEAPON.test(t) || SETTING.test(t));
});

const STATE = phrasePattern(STATE_WORDS, [{ reason: 'state-heads', words: Object.entries(ACTOR_HEADS).filter(([, kind]) => kind === 'government').map(([w]) => w) }]);

/** Whether the text names a state body or an office-holder ("government", "minister", "envoys", "the UN"): a meeting
 *  or an agreement with one is not told of play or fiction only. */
export function hasStateWord(text: string): boolean { return STATE.test(text); }

/** Whether the text names the police other than as a source or investigator ("police fired on", "shot a policeman"). */
export function hasPoliceSide(text: string): boolean { return POLICE_NOUN.test(text.replace(POLICE_SOURCE, ' ')); }

const fold = (text: string) => text.toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();

/** The draft's trigger words as written, lower case with hyphens as spaces; mentions with no trigger are left out. */
export function triggerWords(d: Draft): string[] {
  return d.mentions.flatMap((m) => (m.trigger ? [fold(m.trigger.text)] : []));
}

/** Whether the draft has triggers and every one is in the set (folded as triggerWords folds them), as a whole or word
 *  by word: "sexual assault" is in it as a phrase, "Jets' offensive" as "jets" and "offensive". */
export function everyTriggerIn(d: Draft, set: Set<string>): boolean {
  const words = triggerWords(d);
  return words.length > 0 && words.every((w) => wordsIn(w, set));
}

/** Whether a mention's trigger is in the set, as everyTriggerIn reads it. */
export function triggerIn(m: Mention, set: Set<string>): boolean {
  return !!m.trigger && wordsIn(fold(m.trigger.text), set);
}

const wordsIn = (w: string, set: Set<string>) => set.has(w) || w.split(' ').every((part) => set.has(part.replace(/['’]s?$/, '')));

/** A folded word set from lists, for comparing with triggerWords. */
export function foldedSet(...lists: WordEntry[][]): Set<string> { return new Set(wordsOf(...lists).map(fold)); }

/** The sentence text before and after a mention's trigger (by character offsets: a sentence's terms are freed once
 *  the rules and resolvers are done with it, before the keep rules run). */
function aroundTrigger(m: Mention): { before: string; trigger: string; after: string } {
  const t = m.trigger;
  if (!t) return { before: '', trigger: '', after: '' };
  const at = Math.max(0, m.anchor - m.sentence.start);
  const end = at + t.text.length;
  return { before: m.sentence.text.slice(0, at), trigger: m.sentence.text.slice(at, end), after: m.sentence.text.slice(end) };
}

const lastWords = (text: string, n: number) => (n > 0 ? text.split(/\s+/).filter(Boolean).slice(-n).join(' ') : '');
const firstWords = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');

/** The words of a mention's sentence around its trigger: `before` words before it, the trigger, `after` words after. */
export function wordsAround(m: Mention, before: number, after: number): string {
  const a = aroundTrigger(m);
  return [lastWords(a.before, before), a.trigger, firstWords(a.after, after)].filter(Boolean).join(' ');
}

/** The words after a mention's trigger, up to `after` words. */
export function wordsAfter(m: Mention, after: number): string { return firstWords(aroundTrigger(m).after, after); }

/** The words before a mention's trigger, up to `before` words. */
export function wordsBefore(m: Mention, before: number): string { return lastWords(aroundTrigger(m).before, before); }
