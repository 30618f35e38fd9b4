// Clauses: a sentence cut where a new clause opens ("..., including 33 soldiers", "; meanwhile"). Counts, cues, dates
// and places are read within the clause of the word they belong to.
import type { Term } from '../document/terms.js';
import { CLAUSE_OPENERS, CLAUSE_OPENERS_AFTER_COMMA } from '../lexicon/function-words.js';
import { wordSet } from '../lexicon/words.js';

/** Words that open a clause on their own, and (with those that need a comma before them) after a comma. */
const OPENERS = wordSet(CLAUSE_OPENERS);
const OPENERS_AFTER_COMMA = wordSet(CLAUSE_OPENERS, CLAUSE_OPENERS_AFTER_COMMA);

export interface Clause { first: number; last: number }

export function clausesOf(terms: Term[]): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  for (let i = 0; i < terms.length; i++) {
    const endsHere = /[;:]/.test(terms[i].post) || /,\s*$/.test(terms[i].post) && i + 1 < terms.length && OPENERS_AFTER_COMMA.has(terms[i + 1].norm);
    const startsNext = i + 1 < terms.length && OPENERS.has(terms[i + 1].norm);
    if (endsHere || startsNext && i + 1 - first > 2) {
      out.push({ first, last: i });
      first = i + 1;
    }
  }
  if (first < terms.length) out.push({ first, last: terms.length - 1 });
  return out;
}

export function clauseOf(clauses: Clause[], i: number): Clause {
  return clauses.find((c) => c.first <= i && i <= c.last) ?? { first: 0, last: Number.MAX_SAFE_INTEGER };
}

/** The clause's character span in the document. */
export function clauseSpan(terms: Term[], c: Clause): [number, number] {
  return [terms[Math.max(c.first, 0)].start, terms[Math.min(c.last, terms.length - 1)].end];
}
