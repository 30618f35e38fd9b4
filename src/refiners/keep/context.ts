// What the keep rules ask of a draft's words: its sentences' text, and whether they name an armed actor or a weapon.
// The armed nouns are the lexicon's actor heads of an armed kind; the weapons are the lexicon's weapon words.
import type { Draft } from '../merge.js';
import { ACTOR_HEADS } from '../../lexicon/actors.js';
import { WEAPON_SUBTYPES } from '../../lexicon/weapons.js';
import { isArmedKind } from '../../lexicon/taxonomy.js';

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
