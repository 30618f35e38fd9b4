// Phrases of a word list looked up word by word: each phrase is split into its words (runs of [A-Za-z0-9_], as "\b"
// delimits words) and filed under its first, lower case; a text is read word by word and only the phrases filed under
// one of its words are tried there. Faster than one pattern of every phrase, and nothing to compile (a pattern of
// thousands of words cost V8 tens of milliseconds on its first runs).
// The prefilter (./prefilter.ts) finds trigger forms with it, with only spaces or hyphens between a form's words; the
// context test (./context-words.ts) finds words of conflict or of state, with anything but a word character between
// them.

/** A phrase's words after its first, and the value filed with it. */
interface Filed<V> { rest: string[]; value: V }

export interface PhraseIndex<V> {
  byFirst: Map<string, Filed<V>[]>;
  /** what may stand between two words of a phrase in a text (sticky, with the next word as group 1) */
  next: RegExp;
}

/** A word of a text: a run of [A-Za-z0-9_] (each reading of a text uses a copy: `found` may read another text). */
const WORD = /\w+/g;

/** An index of the phrases, each with its value; `between` is the source of what may separate two of a phrase's
 *  words in a text ("[\\s\\-‐]+": spaces or hyphens). A phrase with no word is an error in the data. */
export function phraseIndex<V>(phrases: Iterable<[string, V]>, between: string): PhraseIndex<V> {
  const byFirst = new Map<string, Filed<V>[]>();
  for (const [phrase, value] of phrases) {
    const words = phrase.toLowerCase().match(WORD);
    if (!words) throw new Error(`phrase index: "${phrase}" has no word`);
    const filed = byFirst.get(words[0]);
    if (filed) filed.push({ rest: words.slice(1), value });
    else byFirst.set(words[0], [{ rest: words.slice(1), value }]);
  }
  return { byFirst, next: new RegExp(`(?:${between})(\\w+)`, 'y') };
}

/** Reads the text's phrases in the order they start (at one word, in the order filed) and gives each one's value to
 *  `found`, until it returns true: then true is returned at once; false when the text ends first. */
export function anyPhrase<V>(index: PhraseIndex<V>, text: string, found: (value: V) => boolean): boolean {
  const word = new RegExp(WORD);
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const filed = index.byFirst.get(m[0].toLowerCase());
    if (!filed) continue;
    const end = m.index + m[0].length;
    for (const f of filed) {
      if (restFollows(index, text, end, f.rest) && found(f.value)) return true;
    }
  }
  return false;
}

/** Whether the words follow in the text from `at` (the end of the phrase's first word), each after a separator. */
function restFollows<V>(index: PhraseIndex<V>, text: string, at: number, rest: string[]): boolean {
  index.next.lastIndex = at;
  for (const word of rest) {
    const next = index.next.exec(text);
    if (!next || next[1].toLowerCase() !== word) return false;
  }
  return true;
}
