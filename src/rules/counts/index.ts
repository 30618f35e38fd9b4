// Casualty counts: a number of people said to be killed or wounded, with the words that say so. The families run in
// this order, each marking the terms it read so that the next leaves them alone:
//   1. zero          a stated zero ("no one was hurt") first: its words ("no one") must not be read as a person
//   2. number        counts written as numbers (see number.ts for its own order)
//   3. one-victim    "a judge was killed": after the numbers, so "a dozen" is never one person
//   4. named-person  "Okafor was killed": last, it skips any word of harm an earlier count took
import type { TaggedSentence } from '../../document/terms.js';
import type { CountMention } from '../mention.js';
import { zeroCounts } from './zero.js';
import { numberCounts } from './number.js';
import { oneVictimCounts } from './one-victim.js';
import { namedPersonCounts } from './named-person.js';

export function findCounts(s: TaggedSentence, docText: string): CountMention[] {
  const used = new Set<number>();
  const out = zeroCounts(s, used);
  out.push(...numberCounts(s, docText, used));
  out.push(...oneVictimCounts(s, docText, used, out));
  out.push(...namedPersonCounts(s, docText, out));
  return out;
}
