// Words that say whether a count or an attack told after another one is the same event told again or a new one.
// Data only; src/refiners/merge.ts and src/resolvers/links.ts build their patterns from these lists when they load.
import type { WordEntry } from './words.js';

/** In the clause of a later mention: it tells another event than the one just told ("Separately, gunmen killed 2",
 *  "fought in separate clashes", "in another district"). Such a mention never joins the event before it, unless it
 *  updates its toll. */
export const OTHER_EVENT_CUES: WordEntry[] = [
  { reason: 'separate', words: ['separate', 'separately', 'elsewhere'] },
  { reason: 'another-event', words: ['in another', 'another attack', 'another incident', 'another raid', 'another ambush', 'another bombing', 'a second attack'] },
];

/** Before or after a later figure: the deaths it counts come on top of those told before ("two more soldiers died",
 *  "another 3", "also killed"), so it is no rival figure for them. */
export const ADDED_COUNT_CUES: WordEntry[] = [
  { reason: 'more', words: ['more', 'additional', 'further', 'another', 'other', 'others'] },
  { reason: 'also', words: ['also', 'too', 'as well'] },
];

/** Verbs of claiming: a figure told after one is a claimant's ("the jihadists claimed they killed 25", "The group
 *  claimed 15 soldiers died"), a rival for the figure told before it rather than more deaths. */
export const CLAIM_VERBS: WordEntry[] = [
  { reason: 'claim', words: ['claimed', 'claims', 'claim', 'insisted', 'insists', 'alleged', 'alleges'] },
];

/** Plain verbs of saying: in the same sentence as the first figure, a figure told after one is a rival too ("4 died,
 *  while the jihadists said they killed 25"); in a sentence of its own, only when the speaker tells a killing ("said
 *  they killed 15"), not a death ("said 2 died in hospital": more deaths). */
export const SAYING_VERBS: WordEntry[] = [
  { reason: 'say', words: ['said', 'says', 'reported', 'reports'] },
];
