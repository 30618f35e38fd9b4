// Commitments reported as agreements: "<party> agreed to / offered to / will support ...". This rule finds the cues,
// in the lexicon's order; the parties resolver decides whether the subject before a cue is a party that can commit
// (a state, a person with a title, a named organisation), and the links resolver keeps one commitment a sentence.
import type { TaggedSentence } from '../document/terms.js';
import { COMMITMENT_NEGATIONS, COMMITMENT_PATTERNS } from '../lexicon/commitments.js';
import { alternation } from '../lexicon/words.js';
import type { Mention } from './mention.js';
import { newMention } from './trigger-mentions.js';

const NEGATED = new RegExp(`\\b(?:${alternation(COMMITMENT_NEGATIONS)})\\s+(?:\\w+\\s+)?$`, 'i');

export function commitmentCandidates(s: TaggedSentence): Mention[] {
  const out: Mention[] = [];
  const terms = s.terms;
  const whole = { first: 0, last: terms.length - 1 };
  for (const cue of COMMITMENT_PATTERNS) {
    cue.re.lastIndex = 0;
    for (const m of s.text.matchAll(cue.re)) {
      const at = s.start + m.index!;
      if (NEGATED.test(s.text.slice(0, m.index!)) || /\bnot\b/i.test(m[0])) continue;
      const cueTerm = terms.findIndex((t) => t.start >= at);
      if (cueTerm <= 0) continue;
      const c = newMention(s, 'agreement', 'other', `agreement:commitment+${cue.reason}`, at, whole);
      c.clause = [s.start, s.end];
      c.status = cue.status;
      c.commitment = { cueTerm, reason: cue.reason, text: m[0] };
      out.push(c);
    }
  }
  return out;
}
