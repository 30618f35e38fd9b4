// Dates against a reference date (Wednesday 2020-03-04), and expressions that are no date.
import { resolveEventDate } from '../src/resolvers/date.js';
import { parseDateline } from '../src/resolvers/dateline.js';

const REF = '2020-03-04';

const CASES: [sentence: string, future: boolean, value: string | null, precision: string][] = [
  ['Two soldiers were killed Wednesday in an assault.', false, '2020-03-04', 'day'],
  ['33 soldiers were killed Thursday in a single airstrike.', false, '2020-02-27', 'day'],
  ['The leaders will meet on Friday in Moscow.', true, '2020-03-06', 'day'],
  ['On 9 May 2019 the army shelled the town.', false, '2019-05-09', 'day'],
  ['Gunmen attacked the village on May 9.', false, '2019-05-09', 'day'],
  ['The army shelled the town yesterday.', false, '2020-03-03', 'day'],
  ['Fighting erupted last month near the border.', false, '2020-02', 'month'],
  ['A cease-fire was reached in Sochi in 2018.', false, '2018', 'year'],
  ['The bomb exploded on 13/5/2019 in the market.', false, '2019-05-13', 'day'],
  ['The bomb exploded on 9/5/2019 in the market.', false, '2019', 'year'],
];

const NO_DATE: string[] = [
  'Both sides have fought a 9-year conflict.',
  'Militants must pull back 15-20 kilometers.',
  'The attack killed 33 people.',
  'Under the 2018 agreement, Turkey must act.',
];

describe('event dates', () => {
  test.each(CASES)('%s', (sentence, future, value, precision) => {
    expect(resolveEventDate(sentence, 0, REF, { future })).toMatchObject({ value, precision });
  });
  test.each(NO_DATE)('no date: %s', (sentence) => {
    expect(resolveEventDate(sentence, 0, REF)).toBeNull();
  });
  test('the expression nearest the trigger wins', () => {
    const s = 'On Monday officials said a bomb exploded on Sunday.';
    expect(resolveEventDate(s, s.indexOf('bomb'), REF)?.value).toBe('2020-03-01');
  });
});

describe('datelines', () => {
  test.each([
    ['ANKARA – Turkey claimed that', 'ANKARA', null],
    ['KABUL, March 3 (Reuters) - The Taliban', 'KABUL', '2020-03-03'],
    ['BEIRUT, Lebanon (AP) — Israeli jets', 'BEIRUT, Lebanon', null],
  ])('%s', (text, place, date) => {
    expect(parseDateline(text, REF)).toMatchObject({ place, date });
  });
  test('a sentence is no dateline', () => {
    expect(parseDateline('The army said on Monday - without proof - that', REF)).toBeNull();
  });
});
