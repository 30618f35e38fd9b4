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
export const MAX_SENTENCE_CHARS = 2000;

/** White space as /\s/ has it; ASCII told by code, the rest (rare) by the pattern. */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[k]);
}

/**
 * Where the first piece of an overlong span starting at `s` ends: at the last white space within the limit, else at
 * the limit itself, one back when that would split a surrogate pair. It looks back over one piece only (never to the
 * start of the text), so cutting a span of any length is linear.
 */
function pieceEnd(text: string, s: number): number {
  const limit = s + MAX_SENTENCE_CHARS;
  for (let k = limit; k > s; k--) if (isSpaceAt(text, k)) return k;
  const low = text.charCodeAt(limit);
  const high = text.charCodeAt(limit - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

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
      const cut = pieceEnd(text, s);
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
