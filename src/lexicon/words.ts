// Word lists as data: every list is made of groups of words, each group with the reason id that says why its words
// are in the list. The helpers below turn a list into what the code reads (a Set, a Record, a regular-expression
// alternation); callers build those once, when their module loads.

/** A group of words in a list, and why they are there. Words are lower case unless the list says otherwise. */
export interface WordEntry {
  words: string[];
  reason: string;
}

/** Every word of the lists, in the order written. */
export function wordsOf(...lists: WordEntry[][]): string[] {
  return lists.flatMap((list) => list.flatMap((e) => e.words));
}

/** The words of the lists as a Set, for testing one term. */
export function wordSet(...lists: WordEntry[][]): Set<string> {
  return new Set(wordsOf(...lists));
}

/** Each word with the value its group gives it (an actor kind, an attack subtype), in the order written. A word in two
 *  groups would have two values: that is an error in the data, thrown when the module loads. */
export function valuesOf<E extends WordEntry, V>(entries: E[], value: (e: E) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const e of entries) {
    for (const w of e.words) {
      if (w in out) throw new Error(`lexicon: "${w}" is listed twice (${e.reason})`);
      out[w] = value(e);
    }
  }
  return out;
}

/** A word as regular-expression source: its special characters escaped, a space as `spaces` (default: one space). */
function wordSource(word: string, spaces = ' '): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, spaces);
}

/** The words of a list as a regular-expression alternation "a|b|c", in the order written (put a word before any word
 *  it begins, where the pattern is not anchored on both sides). `spaces`: what a space between words becomes. */
export function alternation(list: WordEntry[], spaces = ' '): string {
  return wordsOf(list).map((w) => wordSource(w, spaces)).join('|');
}
