// Words that tell an attack's ACLED sub-event by who does what to whom, where the trigger word alone cannot: the people
// a state's forces fire on, the crowd that kills, the word of an ambush. Data only; src/refiners/subtype.ts reads it.
import type { WordEntry } from './words.js';

/** Targets that make an attack by police or soldiers excessive force against protesters (ACLED Protests). Not
 *  "rioters": ACLED tells a violent crowd from a peaceful one. */
export const PROTESTER_NOUNS: WordEntry[] = [
  { reason: 'protesters', words: ['protesters', 'protester', 'protestors', 'protestor', 'demonstrators', 'demonstrator', 'marchers'] },
];

/** Attackers that make an attack with no armed side mob violence (ACLED Riots): a crowd, not an armed group. */
export const MOB_NOUNS: WordEntry[] = [
  { reason: 'crowd', words: ['mob', 'mobs', 'lynch mob', 'crowd', 'crowds', 'rioters'] },
];

/** Triggers of an ambush: a clash by its word, an attack on civilians when every target is a civilian (a bus of
 *  passengers ambushed). Only the ambush: other words of fighting keep their clash whatever the targets' kind. */
export const AMBUSH_WORDS: WordEntry[] = [
  { reason: 'ambush', words: ['ambush', 'ambushes', 'ambushed', 'ambushing'] },
];
