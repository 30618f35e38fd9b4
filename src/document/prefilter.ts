// The cheap scan that picks the sentences worth tagging: a sentence with a trigger form or a word of harm of the
// lexicon, a phrase of no harm ("no one was hurt") or a cue of commitment. Most sentences of an article hold no event
// and never reach compromise.
// The forms are looked up word by word in a Map rather than run as one pattern of all of them (10 kB, case-insensitive):
// V8 spent ~70 ms of CPU compiling that pattern on its first runs, and the lookup finds exactly what it found (every
// form is ASCII words; a form matched whole words, with spaces or hyphens between its words).
import { ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS } from '../lexicon/triggers.js';
import { COMMITMENT_SCAN } from '../lexicon/commitments.js';
import { KILL_WORDS, WOUND_WORDS, TOLL_WORDS, ZERO_CASUALTY_PATTERNS } from '../lexicon/casualties.js';
import { wordsOf } from '../lexicon/words.js';

/** Every trigger form and word of harm, lower case, split into its words, keyed by its first word ("air strike" and
 *  "air-strikes" under "air"). A form is written with spaces or hyphens between its words. */
function formsByFirstWord(): Map<string, string[][]> {
  const forms = new Set<string>();
  for (const list of [ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS]) for (const e of list) for (const f of e.forms) forms.add(f);
  for (const w of wordsOf(KILL_WORDS, WOUND_WORDS, TOLL_WORDS)) forms.add(w);
  const byFirst = new Map<string, string[][]>();
  for (const f of forms) {
    const words = f.toLowerCase().split(/[\s-]+/);
    if (!words.every((w) => /^\w+$/.test(w))) throw new Error(`prefilter: the form "${f}" is not made of ASCII words`);
    byFirst.set(words[0], [...byFirst.get(words[0]) ?? [], words]);
  }
  return byFirst;
}

const FORMS = formsByFirstWord();
/** A word of a text: a run of [A-Za-z0-9_], as the regular expression "\b" delimits words. */
const WORD = /\w+/g;
/** The next word, after only spaces or hyphens (read from a word's end). */
const NEXT_WORD = /[\s\-‐]+(\w+)/y;
/** The phrases of no harm, each as written (they may start inside a word: "no one" also in "casino one"). */
const ZERO_SCAN = new RegExp(ZERO_CASUALTY_PATTERNS.map((z) => `(?:${z.pattern.replace(/\\b/g, '')})`).join('|'), 'i');

/** Whether the sentence holds a form whole: its words, each a whole word of the text, in order, with only spaces or
 *  hyphens between them; in any case. */
function holdsForm(sentence: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const forms = FORMS.get(m[0].toLowerCase());
    if (forms?.some((form) => form.length === 1 || restFollows(sentence, m!.index + m![0].length, form))) return true;
  }
  return false;
}

/** Whether the words of the form after its first follow in the sentence from `at`, the end of its first. */
function restFollows(sentence: string, at: number, form: string[]): boolean {
  NEXT_WORD.lastIndex = at;
  for (let k = 1; k < form.length; k++) {
    const next = NEXT_WORD.exec(sentence);
    if (!next || next[1].toLowerCase() !== form[k]) return false;
  }
  return true;
}

export function mayHoldEvent(sentence: string): boolean {
  return holdsForm(sentence) || ZERO_SCAN.test(sentence) || COMMITMENT_SCAN.test(sentence);
}
