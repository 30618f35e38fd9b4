// Splits a document into sentences with character offsets. A plain scanner, not compromise: it runs on every
// byte of every document (compromise then tags only the sentences that can hold an event), so it must be cheap.
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { wordSet } from '../lexicon/words.js';

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATION = wordSet(ABBREVIATIONS);

/** Longest sentence handed on: a "sentence" with no punctuation for megabytes is cut into pieces of this size. */
const MAX_SENTENCE_CHARS = 2000;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let start = 0;
  const n = text.length;
  const push = (s: number, e: number) => {
    // trim white space, keep offsets exact
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      // cut at the last space before the limit, else hard
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
      if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
      out.push({ index: out.length, start: s, end: cut, text: text.slice(s, cut), paragraph });
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // a blank line (or a line break after end punctuation) ends the paragraph
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        push(start, i);
        paragraph++;
        start = j;
        i = j;
      } else if (j < n && !/[a-z]/.test(text[j])) {
        // a line break before a capital, a digit or a bullet ends the sentence (headlines, lists, captions);
        // before a lower-case word it is a hard wrap inside one sentence
        push(start, i);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // closing quotes and brackets belong to the sentence
    let e = i + 1;
    while (e < n && /["'”’)\]]/.test(text[e])) e++;
    if (e < n && !/\s/.test(text[e])) continue;
    // next non-space character must start a sentence
    let k = e;
    while (k < n && /\s/.test(text[k])) k++;
    if (k < n && !/[A-Z0-9"“‘'(\[«\u0400-\u04FF\u0600-\u06FF]/.test(text[k])) continue;
    if (c === '.') {
      const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i));
      const word = m ? m[1].toLowerCase() : '';
      if (ABBREVIATION.has(word)) continue;
      if (/^[a-z]$/.test(word)) continue; // initials: "J. Smith", "U.S."
      if (/^(?:[a-z]\.)+[a-z]$/.test(word)) continue;
    }
    push(start, e);
    start = e;
    i = e - 1;
  }
  push(start, n);
  return out;
}
