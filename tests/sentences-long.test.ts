// A "sentence" longer than the limit (a text with no sentence end, or with no space at all) is cut into pieces
// (issue 12, "linear sentence splitting"). The pieces cover the text contiguously, none is longer than the limit, and
// each is cut at the last white space within the limit when there is one, else at the limit, never inside a surrogate
// pair. Speed is measured by the bench, not here.
import { splitSentences, MAX_SENTENCE_CHARS, type SentenceSpan } from '../src/document/sentences.js';

const WHITE = /^\s*$/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What every split must hold: in order, contiguous (only white space between and around), within the limit, each
 *  piece's text its own slice, no piece starting or ending inside a surrogate pair. */
function expectWellCut(text: string, spans: SentenceSpan[]): void {
  let at = 0;
  spans.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(at, s.start)).toMatch(WHITE);
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(isLow(text.charCodeAt(s.start))).toBe(false);
    expect(isHigh(text.charCodeAt(s.end - 1))).toBe(false);
    at = s.end;
  });
  expect(text.slice(at)).toMatch(WHITE);
}

/** A piece cut before the end of its span ends where the next white space is, or (with none in reach) at the limit. */
function expectCutAtSpace(text: string, spans: SentenceSpan[]): void {
  for (const [i, s] of spans.entries()) {
    const next = spans[i + 1];
    if (!next || /[.!?"'”’)\]]$/.test(s.text)) continue; // a sentence end, not a cut
    const reach = text.slice(s.start + 1, s.start + MAX_SENTENCE_CHARS + 1);
    if (/\s/.test(reach)) expect(text[s.end]).toMatch(/\s/);
    else expect(s.end - s.start).toBeGreaterThanOrEqual(MAX_SENTENCE_CHARS - 1);
  }
}

const word = (n: number, c = 'q') => c.repeat(n);

describe('an overlong span is cut into pieces that cover it', () => {
  // [case, text, the piece lengths expected (null: only the invariants)]
  const cases: [string, string, number[] | null][] = [
    ['no space at all: hard cuts at the limit', word(5000), [2000, 2000, 1000]],
    ['exactly the limit: one piece', word(2000), [2000]],
    ['one over the limit: two pieces', word(2001), [2000, 1]],
    ['a megabyte without a space', word(1_000_000), Array(500).fill(2000)],
    ['spaces but no sentence end: cut at the last space in reach', `${word(1500)} ${word(1500)} ${word(1500)}`, [1500, 1500, 1500]],
    ['a space just at the limit', `${word(2000)} ${word(10)}`, [2000, 10]],
    ['a space just past the limit is not in reach', `${word(2001)} ${word(10)}`, [2000, 12]],
    ['a tab is white space', `${word(1800)}\t${word(1800)}`, [1800, 1800]],
    ['a line break before lower case (a hard wrap) is white space', `${word(1800)}\n${word(1800)}`, [1800, 1800]],
    ['a no-break space is white space', `${word(1800)}\u00a0${word(1800)}`, [1800, 1800]],
    ['astral characters: the hard cut moves back off a surrogate pair', `a${'😀'.repeat(1500)}`, [1999, 1002]],
    ['astral characters with the limit between two pairs', '𝕏'.repeat(1500), [2000, 1000]],
    ['short words: many pieces, each at a space', 'lorem ipsum dolor '.repeat(800), null],
    ['long runs between sentences', `Troops withdrew. ${word(4500)}. Talks resumed on Friday.`, [16, 2000, 2000, 501, 24]],
  ];
  test.each(cases)('%s', (_name, text, lengths) => {
    const spans = splitSentences(text);
    expectWellCut(text, spans);
    expectCutAtSpace(text, spans);
    if (lengths) expect(spans.map((s) => s.end - s.start)).toEqual(lengths);
  });
});

describe('sentences within the limit are not cut', () => {
  const cases: [string, string[]][] = [
    ['two short sentences', ['Rebels shelled the depot.', 'Nobody was hurt.']],
    ['a sentence of just under the limit', [`${'word '.repeat(399)}end.`, 'Then quiet.']],
    ['an abbreviation and an emoji', ['Gen. Okafor met envoys 🤝 in Abuja.', 'They spoke for an hour.']],
  ];
  test.each(cases)('%s', (_name, sentences) => {
    const spans = splitSentences(sentences.join(' '));
    expect(spans.map((s) => s.text)).toEqual(sentences);
  });
});
