// Event dates against fixed reference dates, expressions that are no date, and datelines.
// REF is Wednesday 2020-03-04 (a leap year: 29 February exists); SUN is Sunday 2020-03-08.
import { findDates, resolveEventDate } from '../src/resolvers/date.js';
import { parseDateline } from '../src/resolvers/dateline.js';

const REF = '2020-03-04';
const SUN = '2020-03-08';

type Case = [sentence: string, ref: string | null, future: boolean | undefined, value: string | null, precision: string];

/** The trigger is the first of these words in the sentence (the anchor the rules would pass). */
const TRIGGER = /\b(?:killed|attack\w*|bomb\w*|met|meet|struck|died|fighting|blast|visit|talks|clash\w*|shell\w*|raid\w*|fired|ambush\w*|explo\w*)\b/i;
const anchorOf = (s: string) => Math.max(0, s.search(TRIGGER));

const CASES: Case[] = [
  // weekdays: past reports → the latest such day on or before the reference; plans → the next on or after it
  ['Two soldiers were killed Wednesday in an assault.', REF, false, '2020-03-04', 'day'],
  ['33 soldiers were killed Thursday in a single airstrike.', REF, false, '2020-02-27', 'day'],
  ['Clashes erupted late Sunday.', REF, false, '2020-03-01', 'day'],
  ['The attack happened on Thursday night.', REF, false, '2020-02-27', 'day'],
  ['Overnight Tuesday, jets struck the town.', REF, false, '2020-03-03', 'day'],
  ['Sunday’s attack killed five.', REF, false, '2020-03-01', 'day'],
  ['The attack happened last Thursday.', REF, false, '2020-02-27', 'day'],
  ['The attack happened last Wednesday.', REF, false, '2020-02-26', 'day'],
  ['The leaders will meet on Friday in Moscow.', REF, true, '2020-03-06', 'day'],
  ['The leaders will meet on Wednesday.', REF, true, '2020-03-04', 'day'],
  ['The leaders will meet on Monday.', REF, true, '2020-03-09', 'day'],
  ['The leaders will meet next Wednesday.', REF, true, '2020-03-11', 'day'],
  ['The talks are scheduled to resume Monday.', REF, undefined, '2020-03-09', 'day'], // future read from the sentence
  ['Talks resumed Monday.', REF, undefined, '2020-03-02', 'day'],
  ['MONDAY: bomb kills five', REF, false, '2020-03-02', 'day'],
  // relative days
  ['The army shelled the town yesterday.', REF, false, '2020-03-03', 'day'],
  ['A blast hit the city this morning.', REF, false, '2020-03-04', 'day'],
  ['Gunmen attacked the post last night.', REF, false, '2020-03-03', 'day'],
  ['Jets struck the city overnight.', REF, false, '2020-03-03', 'range'],
  ['The day before yesterday, rebels attacked.', REF, false, '2020-03-02', 'day'],
  ['The leaders will meet tomorrow.', REF, true, '2020-03-05', 'day'],
  ['He was killed two days ago.', REF, false, '2020-03-02', 'day'],
  ['They were killed three weeks ago.', REF, false, '2020-02-12', 'range'],
  ['The town was shelled a month ago.', REF, false, '2020-02', 'month'],
  ['The attack was two years ago.', REF, false, '2018', 'year'],
  // periods: range values are the first day of the range
  ['Two soldiers were killed last week.', REF, false, '2020-02-24', 'range'],
  ['Two soldiers were killed earlier this week.', REF, false, '2020-03-02', 'range'],
  ['He will visit next week.', REF, true, '2020-03-09', 'range'],
  ['Fighting killed 40 people over the past week.', REF, false, '2020-02-26', 'range'],
  ['It killed 4 people in the last 24 hours.', REF, false, '2020-03-03', 'range'],
  ['Fighting resumed over the weekend.', REF, false, '2020-02-29', 'range'],
  ['Fighting resumed over the weekend.', SUN, false, '2020-03-07', 'range'],
  ['Fighting resumed last weekend.', SUN, false, '2020-02-29', 'range'],
  ['Fighting erupted last month near the border.', REF, false, '2020-02', 'month'],
  ['Two soldiers were killed earlier this month.', REF, false, '2020-03', 'month'],
  ['Last year, 300 people died in the fighting.', REF, false, '2019', 'year'],
  ['Fighting flared late last year.', REF, false, '2019', 'year'],
  // absolute dates
  ['On 9 May 2019 the army shelled the town.', REF, false, '2019-05-09', 'day'],
  ['Gunmen attacked the village on May 9.', REF, false, '2019-05-09', 'day'],
  ['The leaders will meet on May 9.', REF, true, '2020-05-09', 'day'],
  ['Gunmen attacked the village on March 2.', REF, false, '2020-03-02', 'day'],
  ['On Jan. 5, rebels attacked.', REF, false, '2020-01-05', 'day'],
  ['On the 5th of January, rebels attacked.', REF, false, '2020-01-05', 'day'],
  ['They met on Thursday, March 5, 2020.', REF, false, '2020-03-05', 'day'],
  ['He was killed on 29 February.', REF, false, '2020-02-29', 'day'],
  ['He was killed on 2020-02-11.', REF, false, '2020-02-11', 'day'],
  ['They met on March 4-5.', REF, false, '2020-03-04', 'range'],
  ['The bomb exploded on 13/5/2019 in the market.', REF, false, '2019-05-13', 'day'],
  ['The bomb exploded on 5/13/2019 in the market.', REF, false, '2019-05-13', 'day'],
  ['The bomb exploded on 9/5/2020 in the market.', REF, false, '2020', 'year'],
  ['The bomb exploded on 13.05.19 in the market.', REF, false, '2019-05-13', 'day'],
  // months and years
  ['He was killed in March 2018.', REF, false, '2018-03', 'month'],
  ['In early March, rebels attacked.', REF, false, '2020-03', 'month'],
  ['Gunmen attacked the village in May.', REF, false, '2019-05', 'month'],
  ['The leaders will meet in May.', REF, true, '2020-05', 'month'],
  ['Last March, 3 died in a blast.', REF, false, '2019-03', 'month'],
  ['In March last year, 3 died in a blast.', REF, false, '2019-03', 'month'],
  ['A cease-fire was reached in Sochi in 2018.', REF, false, '2018', 'year'],
  ['Rebels attacked in mid-2018.', REF, false, '2018', 'year'],
  ['Rebels attacked in early 2018.', REF, false, '2018', 'year'],
  ['The war raged in 2014-15.', REF, false, '2014', 'range'],
  // no reference date: absolute dates resolve, relative ones are stated but unknown
  ['On 9 May 2019 the army shelled the town.', null, false, '2019-05-09', 'day'],
  ['33 soldiers were killed Thursday.', null, false, null, 'unknown'],
  ['Gunmen attacked the village on May 9.', null, false, null, 'unknown'],
  ['The army shelled the town yesterday.', null, false, null, 'unknown'],
  ['A cease-fire was reached in 2018.', null, false, '2018', 'year'],
];

/** Sentences with numbers or words that are no date. */
const NO_DATE: string[] = [
  'Both sides have fought a 9-year conflict.',
  'Militants must pull back 15-20 kilometers.',
  'The attack killed 33 people.',
  'Under the 2018 agreement, Turkey must act.',
  'Fighting has raged since 2011.',
  'Protesters march 10 miles to the capital.',
  'Turkey may strike 5 targets.',
  'The Sun reported that 4 people died.',
  'The next day, gunmen attacked again.',
  'Two days later, gunmen attacked again.',
  'A bomb went off at 10:30.',
  'He died at 5.',
  'A second bomb exploded.',
  'The 2014-2015 war killed thousands.',
  'Resolution 2254 calls for talks.',
  'The bomb exploded on 40/40/2020.',
  'The bomb exploded on 31/02/2020.',
  'The F-16 crashed on 2020-13-45.',
  'Wed. is no date by itself, nor is Sat',
  'March organisers said 20,000 people attended.',
  'Turkey said it killed 2000 militants.',
  'He served 20 years for the 1998 bombing.',
  'It happened over the week.',
  'killed in may',
  '',
];

describe('event dates', () => {
  test('each sentence against its reference date', () => {
    for (const [sentence, ref, future, value, precision] of CASES) {
      const d = resolveEventDate(sentence, anchorOf(sentence), ref, future === undefined ? {} : { future });
      expect([sentence, ref, d && { value: d.value, precision: d.precision }]).toEqual([sentence, ref, { value, precision }]);
      expect(sentence).toContain(d!.text);
    }
  });
  test('no date', () => {
    for (const sentence of NO_DATE) expect([sentence, resolveEventDate(sentence, 0, REF)]).toEqual([sentence, null]);
  });
  test('the expression nearest the trigger wins; a speaker\'s date only when there is no other', () => {
    const rows: [string, string, string | null][] = [
      ['On Monday officials said a bomb exploded on Sunday.', 'bomb', '2020-03-01'],
      ['Officials said on Monday that a bomb exploded Sunday.', 'bomb', '2020-03-01'],
      ['A bomb exploded on Sunday, officials said on Monday.', 'bomb', '2020-03-01'],
      ['Officials said on Monday that a bomb exploded.', 'bomb', '2020-03-02'],
      ['Fighting on Sunday and shelling on Monday killed 5.', 'shelling', '2020-03-02'],
      ['Fighting on Sunday and shelling on Monday killed 5.', 'Fighting', '2020-03-01'],
    ];
    for (const [s, trigger, value] of rows) expect([s, trigger, resolveEventDate(s, s.indexOf(trigger), REF)?.value]).toEqual([s, trigger, value]);
  });
  test('every expression carries the rule that read it', () => {
    const found = findDates('On 9 May 2019, last week, yesterday and Thursday, in 2018.', REF);
    expect(found.map((f) => f.rule)).toEqual(['day-month', 'relative-period', 'relative-day', 'weekday', 'year']);
  });
  test('never throws on odd input', () => {
    for (const [s, ref] of [[null, REF], ['Thursday', 'not a date'], ['Thursday', '2020-02-30'], ['May 9'.repeat(2000), REF], ['\u0000', null]]) {
      expect(() => resolveEventDate(s as string, NaN, ref as string | null)).not.toThrow();
    }
  });
});

describe('datelines', () => {
  const rows: [text: string, place: string | null, date: string | null][] = [
    ['ANKARA – Turkey claimed that', 'ANKARA', null],
    ['KABUL, March 3 (Reuters) - The Taliban', 'KABUL', '2020-03-03'],
    ['BEIRUT, Lebanon (AP) — Israeli jets', 'BEIRUT, Lebanon', null],
    ['Kabul, March 4 (Reuters) - A bomb', 'Kabul', '2020-03-04'],
    ['MOGADISHU, Somalia, March 4 (Reuters) - A bomb', 'MOGADISHU, Somalia', '2020-03-04'],
    ['KYIV, Ukraine, 4 March (Reuters) - Russia', 'KYIV, Ukraine', '2020-03-04'],
    ['ISLAMABAD: Pakistan said', 'ISLAMABAD', null],
    ['BEIJING, March 4 (Xinhua) -- China', 'BEIJING', '2020-03-04'],
    ['NEW YORK, March 4, 2019 /PRNewswire/ -- A firm', 'NEW YORK', '2019-03-04'],
    ['Mogadishu (AFP) - Gunmen', 'Mogadishu', null],
    ['WASHINGTON, D.C. — The Pentagon', 'WASHINGTON, D.C.', null],
    ['KABUL, May 9 (Reuters) - The Taliban', 'KABUL', '2019-05-09'], // a past story: last year's May
    ['Bomb kills 5 in Kabul\nKABUL (AP) — A bomb', 'KABUL', null],
  ];
  test('place, date and offsets', () => {
    for (const [text, place, date] of rows) {
      const d = parseDateline(text, REF);
      expect([text, d?.place, d?.date]).toEqual([text, place, date]);
      expect(text.slice(d!.placeStart, d!.placeEnd)).toBe(place);
      expect(d!.end).toBeGreaterThan(d!.placeEnd);
      expect(/\S/.test(text.slice(d!.end, d!.end + 1))).toBe(true);
    }
  });
  test('no reference date: the year of `now`, rolled back when the day is later', () => {
    const now = new Date('2021-01-10T12:00:00Z');
    expect(parseDateline('KABUL, March 3 (Reuters) - x', null, now)?.date).toBe('2020-03-03');
    expect(parseDateline('KABUL, Jan. 9 (Reuters) - x', null, now)?.date).toBe('2021-01-09');
  });
  test('no dateline', () => {
    for (const text of ['The army said on Monday - without proof - that', 'UPDATE: talks resume', 'US - China talks', 'A - b',
      'MONDAY: five killed', 'Turkey - which denies it - said', 'In Kabul, March 4 - a bomb', '', 'Kabul - the capital']) {
      expect([text, parseDateline(text, REF)]).toEqual([text, null]);
    }
  });
});
