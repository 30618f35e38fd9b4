// The rules: every mention one tagged sentence holds, each with the id of the rule that proposed it. Families run in
// this order, and the mentions keep it (the refiners read them in document order):
//   1. triggers      attack, meeting and agreement words (trigger-mentions.ts)
//   2. commitments   "agreed to", "will support" (commitments.ts); the links resolver lets an agreement word win
//   3. counts        killed and wounded figures (counts/), each a casualty report until the links resolver joins
//                    it to the attack of its clause
import type { TaggedSentence } from '../document/terms.js';
import type { Mention } from './mention.js';
import { clauseOf, clausesOf } from './clauses.js';
import { findTriggers } from './triggers.js';
import { newMention, triggerMentions } from './trigger-mentions.js';
import { commitmentCandidates } from './commitments.js';
import { findCounts } from './counts/index.js';

export function findMentions(s: TaggedSentence, docText: string): Mention[] {
  const clauses = clausesOf(s.terms);
  const out = triggerMentions(s, findTriggers(s, docText), clauses, docText);
  out.push(...commitmentCandidates(s));
  for (const c of findCounts(s, docText)) {
    const clause = clauseOf(clauses, c.first);
    c.clauseTerms = [clause.first, clause.last];
    c.including = s.terms[clause.first].norm === 'including';
    const m = newMention(s, 'casualties', 'report', 'casualties', c.start, clause);
    m.count = c;
    out.push(m);
  }
  return out;
}
