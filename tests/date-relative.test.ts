// Parsers of dates counted from the reference date: relative-day ("yesterday"), ago ("four days ago"),
// relative-period ("last week", "over the weekend"), past-n ("in the past 48 hours"). Ranges take their first day as
// value. Fixed reference dates: WED = Wednesday 2021-06-16, SUN = Sunday 2023-01-01 (tests/helpers/dates.ts).
import { expectCases, expectDropped, onlyDate, SUN, WED, type DateCase } from './helpers/dates.js';

const RELATIVE_DAYS: DateCase[] = [
  ['The market was shelled yesterday.', WED, false, 'relative-day', 'yesterday', '2021-06-15', 'day'],
  ['The market was shelled today.', WED, false, 'relative-day', 'today', '2021-06-16', 'day'],
  ['The market was shelled this evening.', WED, false, 'relative-day', 'this evening', '2021-06-16', 'day'],
  ['The market was shelled earlier today.', WED, false, 'relative-day', 'earlier today', '2021-06-16', 'day'],
  ['The market was shelled last night.', WED, false, 'relative-day', 'last night', '2021-06-15', 'day'],
  ['The market was shelled overnight.', WED, false, 'relative-day', 'overnight', '2021-06-15', 'range'],
  ['The market was shelled the day before yesterday.', WED, false, 'relative-day', 'the day before yesterday', '2021-06-14', 'day'],
  ['Envoys arrive tomorrow.', WED, true, 'relative-day', 'tomorrow', '2021-06-17', 'day'],
  ['Envoys arrive the day after tomorrow.', WED, true, 'relative-day', 'the day after tomorrow', '2021-06-18', 'day'],
  ['The market was shelled yesterday.', null, false, 'relative-day', 'yesterday', null, 'unknown'],
];

const AGO: DateCase[] = [
  ['The post fell four days ago.', WED, false, 'ago', 'four days ago', '2021-06-12', 'day'],
  ['The post fell several days ago.', WED, false, 'ago', 'several days ago', '2021-06-13', 'day'],
  ['The post fell a week ago.', WED, false, 'ago', 'a week ago', '2021-06-09', 'range'],
  ['The post fell 2 weeks ago.', WED, false, 'ago', '2 weeks ago', '2021-06-02', 'range'],
  ['The post fell six months ago.', WED, false, 'ago', 'six months ago', '2020-12', 'month'],
  ['The post fell a year ago.', WED, false, 'ago', 'a year ago', '2020', 'year'],
  ['The post fell four days ago.', null, false, 'ago', 'four days ago', null, 'unknown'],
];

const PERIODS: DateCase[] = [
  // weeks: a calendar week from its Monday; "the past week" is the seven days up to the reference date
  ['Raids intensified last week.', WED, false, 'relative-period', 'last week', '2021-06-07', 'range'],
  ['Raids intensified this week.', WED, false, 'relative-period', 'this week', '2021-06-14', 'range'],
  ['Raids intensified earlier this week.', WED, false, 'relative-period', 'earlier this week', '2021-06-14', 'range'],
  ['Talks resume next week.', WED, true, 'relative-period', 'next week', '2021-06-21', 'range'],
  ['Raids intensified over the past week.', WED, false, 'relative-period', 'the past week', '2021-06-09', 'range'],
  // months and years
  ['Raids intensified last month.', WED, false, 'relative-period', 'last month', '2021-05', 'month'],
  ['Talks resume next month.', WED, true, 'relative-period', 'next month', '2021-07', 'month'],
  ['Raids intensified over the past month.', WED, false, 'relative-period', 'the past month', '2021-05-16', 'range'],
  ['Raids intensified last year.', WED, false, 'relative-period', 'last year', '2020', 'year'],
  ['Raids intensified late last year.', WED, false, 'relative-period', 'late last year', '2020', 'year'],
  ['Raids intensified over the past year.', WED, false, 'relative-period', 'the past year', '2020-06-16', 'range'],
  ['Talks resume next year.', WED, true, 'relative-period', 'next year', '2022', 'year'],
  // weekends: from their Saturday; on a weekend day "last weekend" is the one before
  ['Raids intensified over the weekend.', WED, false, 'relative-period', 'over the weekend', '2021-06-12', 'range'],
  ['Raids intensified last weekend.', WED, false, 'relative-period', 'last weekend', '2021-06-12', 'range'],
  ['Talks resume next weekend.', WED, true, 'relative-period', 'next weekend', '2021-06-19', 'range'],
  ['Talks will resume this weekend.', WED, undefined, 'relative-period', 'this weekend', '2021-06-19', 'range'],
  ['Raids intensified over the weekend.', SUN, false, 'relative-period', 'over the weekend', '2022-12-31', 'range'],
  ['Raids intensified last weekend.', SUN, false, 'relative-period', 'last weekend', '2022-12-24', 'range'],
  ['Raids intensified last week.', null, false, 'relative-period', 'last week', null, 'unknown'],
];

const PAST_N: DateCase[] = [
  ['Shelling killed nine in the past 48 hours.', WED, false, 'past-n', 'the past 48 hours', '2021-06-14', 'range'],
  ['Shelling killed nine over the last three days.', WED, false, 'past-n', 'over the last three days', '2021-06-13', 'range'],
  ['Shelling killed nine during the previous two weeks.', WED, false, 'past-n', 'the previous two weeks', '2021-06-02', 'range'],
  ['Shelling killed nine within the past six months.', WED, false, 'past-n', 'within the past six months', '2020-12-16', 'range'],
  ['Shelling killed nine in the last 100 days.', WED, false, 'past-n', 'the last 100 days', '2021-03-08', 'range'],
];

describe('dates counted from the reference date', () => {
  test('relative-day', () => expectCases(RELATIVE_DAYS));
  test('ago', () => expectCases(AGO));
  test('relative-period', () => expectCases(PERIODS));
  test('past-n', () => expectCases(PAST_N));
});

describe('counted from something else, or no period', () => {
  test('a parser that matched says why it read no date', () => {
    expectDropped([
      ['The post fell two days earlier, this agency learned.', 'ago', '"earlier" counts from another event, not from the reference date'],
      ['The post fell three weeks before the vote, this agency learned.', 'ago', '"before" counts from another event, not from the reference date'],
      ['This time the raids went on over the week.', 'relative-period', '"over the week" is no date (only a weekend is)'],
    ]);
  });
  test('days counted from the story\'s own day, and periods that are no date', () => {
    for (const s of ['The next day, the militia withdrew.', 'Aftershocks followed the previous day.', 'A day later the town fell.',
      'Earlier in the day, a patrol was ambushed.', 'Settlements grew over the past 300 years.', 'In the past, both sides broke every truce.',
      'The last convoy left the city.', 'Shelling resumes every week.', 'The group was founded decades ago.']) {
      expect([s, onlyDate(s, WED)]).toEqual([s, '0 dates: ']);
    }
  });
});
