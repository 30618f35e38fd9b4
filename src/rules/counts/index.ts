// Casualty counts: a number of people said to be killed or wounded, with the words that say so. The families run in
// this order, each marking the terms it read so that the next leaves them alone:
//   1. zero          a stated zero ("no one was hurt") first: its words ("no one") must not be read as a person
//   2. found-dead    "the bodies of 4 herders were found with gunshot wounds": before the numbers, which would read
//                    "bodies of 4" as a count again
//   3. number        counts written as numbers (see number.ts for its own order)
//   4. one-of-them   "one of them later died": its "one" is no count phrase (count-context ONE_OF_FOLLOWERS)
//   5. one-victim    "a judge was killed": after the numbers, so "a dozen" is never one person
//   6. named-person  "Okafor was killed": it skips any word of harm an earlier count took
//   7. rival         "(5 according to the rebels)": last, a figure no rule read widens the count told before it
import type { TaggedSentence } from '../../document/terms.js';
import type { CountMention } from '../mention.js';
import { zeroCounts } from './zero.js';
import { foundDeadCounts } from './found-dead.js';
import { numberCounts } from './number.js';
import { oneOfThemCounts, oneVictimCounts } from './one-victim.js';
import { namedPersonCounts } from './named-person.js';
import { rivalFigures } from './rival.js';
import { nearMiss } from './shared.js';

export function findCounts(s: TaggedSentence, docText: string): CountMention[] {
  const used = new Set<number>();
  const out = zeroCounts(s, used);
  out.push(...foundDeadCounts(s, docText, used));
  out.push(...numberCounts(s, docText, used));
  out.push(...oneOfThemCounts(s, docText, used));
  out.push(...oneVictimCounts(s, docText, used, out));
  out.push(...namedPersonCounts(s, docText, out));
  // "nearly lynched", "were almost killed": the harm did not happen
  const told = out.filter((c) => c.rule === 'zero' || !nearMiss(s.terms, c.harmAt));
  rivalFigures(s, told);
  return told;
}
