// Runs the count rules alone (src/rules/counts/) on a snippet: what each sentence's counts read, before any resolver
// links, merges or drops them. For tables of the count rules, so a row fails only when a count rule changes.
import { splitSentences } from '../../src/document/sentences.js';
import { tagSentences } from '../../src/document/terms.js';
import { findCounts } from '../../src/rules/counts/index.js';
import type { CountMention } from '../../src/rules/mention.js';

/** A count as a row: field, low, high. */
export type CountRow = [field: 'killed' | 'wounded', low: number, high: number | null];

/** Every count mention of the text, sentence by sentence. */
export function countMentions(text: string): CountMention[] {
  return tagSentences(splitSentences(text)).flatMap((s) => findCounts(s, text));
}

/** Every count of the text as [field, low, high], in the order found; zeros ("no one was hurt") left out. */
export function countRows(text: string): CountRow[] {
  return countMentions(text).filter((c) => c.rule !== 'zero').map((c) => [c.field, c.count.low, c.count.high]);
}
