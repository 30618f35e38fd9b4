// Count phrases: what each phrase parses to, and numbers that are not counts of people.
import { findCountPhrases, isNonCountContext, parseCount } from '../src/rules/counts/phrases.js';

const PARSE: [string, number, number | null][] = [
  ['nine', 9, 9], ['33', 33, 33], ['twenty-five', 25, 25], ['1,200', 1200, 1200], ['two hundred and fifty', 250, 250],
  ['more than 50', 51, null], ['extra than 50', 51, null], ['at least 20', 20, null], ['at the very least 4', 4, null],
  ['about 40', 40, 40], ['nearly 30', 27, 29], ['up to 12', 1, 12], ['15-20', 15, 20], ['between 10 and 15', 10, 15],
  ['dozens', 12, null], ['scores', 20, null], ['hundreds', 100, null], ['several', 3, null], ['a dozen', 12, 12],
  ['no', 0, 0],
];

const NOT_A_COUNT: [string, string][] = [
  ['the 9-year conflict', '9'], ['pull back 15-20 kilometers', '15-20'], ['(10-12 miles)', '10-12'],
  ['a 25-year-old man', '25'], ['in 2018', '2018'], ['for three days', 'three'], ['on March 4', '4'],
  ['one of the officials', 'one'], ['$5 million', '5'], ['40 percent of voters', '40'], ['at 10:30', '10'],
  ['the two countries', 'two'], ['call 555-0199', '555'],
];

test('a 30-digit number is no count', () => {
  expect(findCountPhrases(`${'9'.repeat(30)} people`)).toEqual([]);
});

describe('parseCount', () => {
  test.each(PARSE)('%s', (phrase, low, high) => {
    expect(parseCount(phrase)).toEqual({ low, high, text: phrase });
  });
  test.each(['hello', 'the', 'a', ''])('%p is no count', (phrase) => expect(parseCount(phrase)).toBeNull());
});

describe('numbers in context that are not counts', () => {
  test.each(NOT_A_COUNT)('%s', (text, number) => {
    const found = findCountPhrases(text).filter((p) => p.text.includes(number));
    expect(found.every((p) => isNonCountContext(text, p.start, p.end))).toBe(true);
  });
  test('a count of people is not mistaken for one', () => {
    const text = 'killing 12 people near the town';
    const [p] = findCountPhrases(text);
    expect(p).toMatchObject({ text: '12', count: { low: 12, high: 12 } });
    expect(isNonCountContext(text, p.start, p.end)).toBe(false);
  });
});
