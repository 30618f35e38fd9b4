// The keep rules for precision, in the order they run: the first that has something against a draft drops it, and
// its reason is what --explain shows. Each rule lives in its own file of this folder with its word lists in lexicon/.
// Order: rules about the event's parties first (a meeting of two companies is no meeting whatever its words),
// then the context an attack needs, then casualty reports and the senses of meeting and agreement words.
import type { Draft } from '../merge.js';
import type { KeepContext, KeepRule } from './types.js';

export const KEEP_RULES: KeepRule[] = [
];

/** The first keep rule's reason against the draft, or null when every rule keeps it. */
export function precisionDropReason(d: Draft, ctx: KeepContext): string | null {
  for (const rule of KEEP_RULES) {
    const why = rule.drop(d, ctx);
    if (why) return why;
  }
  return null;
}
