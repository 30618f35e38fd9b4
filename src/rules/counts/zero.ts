// zero: a stated zero, "no one was hurt", "no injuries were recorded" (the lexicon's patterns, first match only).
import type { TaggedSentence } from '../../document/terms.js';
import { ZERO_CASUALTY_PATTERNS } from '../../lexicon/casualties.js';
import type { CountMention } from '../mention.js';
import { countMention, termRange } from './shared.js';

/** The lexicon's patterns compiled once (they have no flags: exec keeps no state between sentences). */
const ZERO_PATTERNS = ZERO_CASUALTY_PATTERNS.map((z) => ({ ...z, re: new RegExp(z.pattern) }));

export function zeroCounts(s: TaggedSentence, used: Set<number>): CountMention[] {
  const out: CountMention[] = [];
  const lower = s.text.toLowerCase();
  for (const z of ZERO_PATTERNS) {
    const m = z.re.exec(lower);
    if (!m) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    const range = termRange(s.terms, start, end);
    if (!range) continue;
    const text = s.text.slice(m.index, m.index + m[0].length);
    const fields: ('killed' | 'wounded')[] = z.field === 'both' ? ['killed', 'wounded'] : [z.field];
    for (const field of fields) {
      out.push(countMention({ field, count: { low: 0, high: 0, text }, start, end, harmAt: range[1], first: range[0], last: range[1], victimSpan: null, rule: 'zero' }));
    }
    for (let i = range[0]; i <= range[1]; i++) used.add(i);
    break;
  }
  return out;
}
