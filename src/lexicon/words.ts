// Word lists as data: every list is made of groups of words, each group with the reason id that says why its words
// are in the list. The helpers below turn a list into what the code reads (a Set, a Record, a regular-expression
// alternation, and the pattern made of it compiled at once); callers build those once, when their module loads.

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

/** A subject long enough that V8 compiles a pattern run on it straight to machine code (V8's threshold is 1000
 *  characters), of a character no pattern here matches on its own (U+0001). */
const LONG_SUBJECT = '\u0001'.repeat(1000);

/**
 * The pattern, compiled to machine code now. V8 runs a new pattern first on bytecode it compiles for that one run,
 * then compiles machine code for the runs after; a large pattern (Unicode classes, long alternations) costs far more
 * as bytecode than as machine code (the place-chain pattern on text with curly quotes: ~160 ms against ~20), but a
 * run on a subject of 1000 characters or more skips the bytecode, for this run and the later ones, whatever the text.
 * So the pattern runs once here on LONG_SUBJECT; its lastIndex is reset after, and what it matches is unchanged.
 */
export function compiledNow<R extends RegExp>(re: R): R {
  runLong(re);
  givenToCompile.push(re);
  return re;
}

function runLong(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(LONG_SUBJECT);
  re.lastIndex = 0;
}

/** Every pattern given to compiledNow (all are module constants: the list does not grow after loading). */
const givenToCompile: RegExp[] = [];

/** Compiles every pattern given to compiledNow again, to machine code, for a run from the start-up snapshot
 *  (src/cli/snapshot.ts): the snapshot holds patterns as bytecode only, which V8 does not move to machine code on
 *  short subjects. Only the patterns themselves: no code builds a pattern of the same source and flags again at run
 *  time (findCountPhrases keeps its copies), so V8's cache of compiled patterns by source, empty in a snapshot's
 *  heap, needs no filling (a copy of each, compiled here too, cost ≈85 ms of the seed article's 1 s). Returns them. */
export function compileAgain(): readonly RegExp[] {
  for (const re of givenToCompile) {
    runLong(re);
  }
  return givenToCompile;
}
