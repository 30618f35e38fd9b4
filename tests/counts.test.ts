// Count phrases: what each phrase parses to (conventions: src/lexicon/quantities.ts), and where they are found in text.
import { findCountPhrases, isNonCountContext, numberValue, parseCount } from '../src/rules/counts/phrases.js';

type Row = [phrase: string, low: number, high: number | null];

/** parseCount on whole phrases: digits, words, qualifiers (plain and synonym-spun), ranges, groups, vague words, zero. */
const PARSE: Row[] = [
  // numbers as written
  ['nine', 9, 9], ['33', 33, 33], ['Twenty', 20, 20], ['twenty-five', 25, 25], ['twenty five', 25, 25], ['1,200', 1200, 1200],
  ['two hundred and fifty', 250, 250], ['one hundred twenty', 120, 120], ['a hundred', 100, 100],
  ['one thousand two hundred', 1200, 1200], ['1.5 million', 1500000, 1500000], ['5 thousand', 5000, 5000], ['one', 1, 1],
  // one person
  ['a civilian', 1, 1], ['a soldier', 1, 1], ['one policeman', 1, 1], ['a single child', 1, 1],
  // more than: strictly more
  ['more than 50', 51, null], ['extra than 50', 51, null], ['much more than 50', 51, null], ['far more than 50', 51, null],
  ['additional than 50', 51, null], ['over 30', 31, null], ['well over 100', 101, null], ['upwards of 40', 41, null],
  ['in excess of 1,000', 1001, null], ['more than a dozen', 13, null],
  // at least
  ['at least 20', 20, null], ['at the very least 4', 4, null], ['no fewer than 7', 7, null], ['a minimum of 6', 6, null],
  ['20 or more', 20, null], ['30-odd', 30, null], ['40-plus', 40, null], ['50+', 50, null],
  // about: the figure reported
  ['about 40', 40, 40], ['around 40', 40, 40], ['roughly 40', 40, 40], ['approximately 40', 40, 40], ['some 40', 40, 40],
  ['an estimated 40', 40, 40], ['close to 40', 40, 40], ['about a dozen', 12, 12], ['50 or so', 50, 50],
  // nearly: just under the figure
  ['nearly 30', 27, 29], ['almost 30', 27, 29], ['virtually 30', 27, 29], ['nearly 10', 9, 9], ['almost 3', 2, 2], ['nearly 2', 1, 1],
  ['nearly 100', 90, 99],
  // up to / fewer than: a bound
  ['up to 12', 1, 12], ['as many as 30', 1, 30], ['no more than 5', 1, 5], ['fewer than 10', 1, 9], ['less than 5', 1, 4],
  // ranges
  ['15-20', 15, 20], ['15–20', 15, 20], ['15 - 20', 15, 20], ['between 10 and 15', 10, 15], ['15 to 20', 15, 20],
  ['two to three', 2, 3], ['three or four', 3, 4], ['10 or 12', 10, 12], ['at least 10-15', 10, null], ['more than 10-15', 11, null],
  ['up to 10-15', 1, 15],
  // groups and vague words: the lowest reading, open above
  ['a dozen', 12, 12], ['half a dozen', 6, 6], ['two dozen', 24, 24], ['a couple of', 2, 2], ['dozens', 12, null],
  ['dozens of', 12, null], ['Dozens', 12, null], ['scores', 20, null], ['hundreds', 100, null], ['thousands', 1000, null],
  ['tens of thousands', 10000, null], ['hundreds of thousands', 100000, null], ['several', 3, null], ['a few', 2, null],
  ['a handful of', 2, null], ['several hundred', 300, null], ['a few thousand', 2000, null], ['more than dozens', 13, null],
  // zero, stated
  ['no', 0, 0], ['none', 0, 0], ['zero', 0, 0], ['no one', 0, 0], ['nobody', 0, 0],
  // the phrase may name what it counts
  ['dozens of civilians', 12, null], ['33 soldiers', 33, 33], ['at least 20 people', 20, null],
];

/** Phrases that are no count at all, or whose own words make the number something else. */
const NOT_PARSED: string[] = [
  '', '   ', 'hello', 'the', 'a', 'an', 'of', 'more than', 'at least', 'between', 'many', 'few',
  'three days', 'a 25-year-old', '2018', '10:30', '$5 million', '40%', '40 percent', 'March 4', '4 March', '1st', 'one of the',
  'two countries', '15-20 kilometers', 'a day', 'a week', 'twenty to ten', '20-15', '9/11', '3.5', 'one another',
  `${'9'.repeat(30)}`, `${'9'.repeat(30)} people`, '20,000,000 people', 'a few days',
];

/** findCountPhrases in running text: [text, phrases as written, [low, high] of each]. */
const FIND: [string, string[], [number, number | null][]][] = [
  ['killed at least 12 people and wounded over 30', ['at least 12', 'over 30'], [[12, null], [31, null]]],
  ['Seven soldiers and twenty-five civilians died', ['Seven', 'twenty-five'], [[7, 7], [25, 25]]],
  ['killing 3 soldiers and 2 civilians', ['3', '2'], [[3, 3], [2, 2]]],
  ['between 10 and 15 people were hurt', ['between 10 and 15'], [[10, 15]]],
  ['15-20 people were hurt', ['15-20'], [[15, 20]]],
  ['dozens of people, hundreds more', ['dozens', 'hundreds'], [[12, null], [100, null]]],
  ['extra than 50 troops in the past month', ['extra than 50'], [[51, null]]],
  ['some 200 militants', ['some 200'], [[200, 200]]],
  ['the death toll rose to 12', ['12'], [[12, 12]]],
  ['the toll rose from 10 to 15', ['10', '15'], [[10, 10], [15, 15]]],
  ['a blast killed 1,200 people', ['1,200'], [[1200, 1200]]],
  ['more than a dozen people', ['more than a dozen'], [[13, null]]],
  ['two dozen villagers and several hundred others', ['two dozen', 'several hundred'], [[24, 24], [300, null]]],
  ['nearly 30 were killed', ['nearly 30'], [[27, 29]]],
  ['20 or more were killed', ['20 or more'], [[20, null]]],
  ['killing one and wounding two', ['one', 'two'], [[1, 1], [2, 2]]],
  ['at the very least 4 died', ['at the very least 4'], [[4, null]]],
];

describe('parseCount', () => {
  test('phrases as written', () => {
    for (const [phrase, low, high] of PARSE) expect([phrase, parseCount(phrase)]).toEqual([phrase, { low, high, text: phrase }]);
  });
  test('phrases that are no count', () => {
    for (const phrase of NOT_PARSED) expect([phrase, parseCount(phrase)]).toEqual([phrase, null]);
  });
  test('every count is whole people with low <= high', () => {
    for (const [phrase] of PARSE) {
      const c = parseCount(phrase)!;
      expect(Number.isInteger(c.low) && c.low >= 0 && (c.high === null || (Number.isInteger(c.high) && c.high >= c.low))).toBe(true);
    }
  });
  test('never throws on odd input', () => {
    for (const x of [null, undefined, 42, {}, '\u0000', '((((', '9'.repeat(5000), 'more than '.repeat(200)]) {
      expect(() => parseCount(x as unknown as string)).not.toThrow();
    }
  });
});

describe('findCountPhrases', () => {
  test('phrases in running text, with their offsets', () => {
    for (const [text, phrases, counts] of FIND) {
      const found = findCountPhrases(text);
      expect([text, found.map((p) => p.text)]).toEqual([text, phrases]);
      expect([text, found.map((p) => [p.count.low, p.count.high])]).toEqual([text, counts]);
      for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });
  test('counts of people in context are not mistaken for other numbers', () => {
    for (const text of ['killing 12 people near the town', 'killed 2000 people', 'killed 1,998 soldiers', 'one soldier was killed',
      'the attack killed 33 soldiers on Thursday', 'wounding 5, police said']) {
      const [p] = findCountPhrases(text);
      expect([text, isNonCountContext(text, p.start, p.end)]).toEqual([text, false]);
    }
  });
  test('no phrase in text without numbers, and no overlap', () => {
    for (const text of ['The army said the situation was calm.', '', 'a man, a plan, a canal']) expect(findCountPhrases(text)).toEqual([]);
    const found = findCountPhrases('between 10 and 15 people, 15-20 more, at least 3 or 4 others');
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

describe('numberValue', () => {
  test('number words and digits', () => {
    const rows: [string, number | null][] = [['twenty-five', 25], ['1,200', 1200], ['a hundred', 100], ['two hundred and fifty', 250],
      ['1.5 million', 1500000], ['three thousand four hundred', 3400], ['and', null], ['hello', null], ['', null]];
    for (const [t, n] of rows) expect([t, numberValue(t)]).toEqual([t, n]);
  });
});
