// rival: a second figure for the same casualties in the same sentence, given by another source with no word of harm of
// its own: "3 soldiers were killed (5 according to the rebels)", "4 soldiers died; the rebels claimed 15", "the monitor
// put the toll at 9". It widens the count told just before it (low: the lower figure, high: the higher, as ACLED keeps
// the most conservative figure) and is kept in that count's `rivals` with its source; it is never a count of its own,
// so it never adds to the first. Runs last, over the counts the other rules found: a figure they read is no rival.
import type { TaggedSentence } from '../../document/terms.js';
import type { Count } from '../../schema/event.js';
import type { CountMention } from '../mention.js';
import { isNonCountContext, widenCount, type CountPhrase } from './phrases.js';
import { countPhrasesOf } from './shared.js';
import { RIVAL_CLAIM_CUES, RIVAL_CLAUSE_OPENERS, RIVAL_SOURCE_CUES } from '../../lexicon/casualties.js';
import { alternation } from '../../lexicon/words.js';

/** "(5 according to the rebels)": the figure opens the brackets, its source closes them. */
const OPENS_BRACKETS = /\(\s*$/;
const SOURCE_CLOSES_BRACKETS = new RegExp(`^\\s*,?\\s*(?:${alternation(RIVAL_SOURCE_CUES, '\\s+')})\\s+([^()]{1,60}?)\\s*\\)`, 'i');
/** "(12, the residents said)": the source and its claim close the brackets. */
const CLAIM_CLOSES_BRACKETS = new RegExp(`^\\s*,\\s*([^()]{1,60}?)\\s+(?:${alternation(RIVAL_CLAIM_CUES, '\\s+')})\\s*\\)`, 'i');
/** "the rebels claimed 15": a claim right before the figure, which ends its clause. */
const CLAIM_BEFORE = new RegExp(`\\b(?:${alternation(RIVAL_CLAIM_CUES, '\\s+')})\\s+$`, 'i');
const ENDS_CLAUSE = /^\s*(?:[.;,)!?]|$)/;
/** Where the clause of the claim opens: a mark, or a word that opens a contrasting clause. */
const CLAUSE_START = new RegExp(`[;,(:]|\\b(?:${alternation(RIVAL_CLAUSE_OPENERS)})\\b`, 'gi');
/** No source is longer than this many words ("the Syrian Observatory for Human Rights" is 6). */
const MAX_SOURCE_WORDS = 7;

/** The source of a claim that ends `before` ("..., while the rebels claimed "): the words from the clause's start to the
 *  claim; undefined when `before` ends with no claim or no clause opens between the first count and it. */
function claimSource(before: string, countEnd: number): string | undefined {
  const claim = CLAIM_BEFORE.exec(before);
  if (!claim) return undefined;
  let opens = -1;
  for (const m of before.slice(0, claim.index).matchAll(CLAUSE_START)) opens = m.index + m[0].length;
  if (opens < countEnd) return undefined;
  const source = before.slice(opens, claim.index).trim();
  return source && source.split(/\s+/).length <= MAX_SOURCE_WORDS ? source : undefined;
}

/** The rival figure's source when the phrase at p is one, after the count `base`; undefined when it is none. */
function rivalSource(text: string, p: CountPhrase, base: CountMention, sentenceStart: number): string | undefined {
  const before = text.slice(0, p.start);
  const after = text.slice(p.end);
  if (OPENS_BRACKETS.test(before)) {
    const m = SOURCE_CLOSES_BRACKETS.exec(after) ?? CLAIM_CLOSES_BRACKETS.exec(after);
    if (m) return m[1].trim();
  }
  return ENDS_CLAUSE.test(after) ? claimSource(before, base.end - sentenceStart) : undefined;
}

export function rivalFigures(s: TaggedSentence, counts: CountMention[]): void {
  const told = counts.filter((c) => c.count.low > 0);
  if (!told.length) return;
  for (const p of countPhrasesOf(s.text)) {
    const at = s.start + p.start;
    if (counts.some((c) => c.start <= at && at < c.end) || isNonCountContext(s.text, p.start, p.end)) continue;
    const base = told.filter((c) => c.end <= at).sort((a, b) => b.end - a.end)[0];
    if (!base) continue;
    const source = rivalSource(s.text, p, base, s.start);
    if (source === undefined) continue;
    base.count = widenCount(base.count, p.count);
    (base.rivals ??= []).push({ count: p.count, source });
  }
}
