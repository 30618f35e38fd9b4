// The weekday parser: a past report takes the latest such day on or before the reference date, a plan the next on or
// after it; last/past/previous → strictly before, next/coming → strictly after. Fixed reference dates:
// WED = Wednesday 2021-06-16, SUN = Sunday 2023-01-01 (tests/helpers/dates.ts).
import { expectCases, onlyDate, SUN, WED, type DateCase } from './helpers/dates.js';

const WEEKDAYS: DateCase[] = [
  ['Gunmen attacked the post on Monday.', WED, false, 'weekday', 'Monday', '2021-06-14', 'day'],
  ['Gunmen attacked the post on Wednesday.', WED, false, 'weekday', 'Wednesday', '2021-06-16', 'day'],
  ['Gunmen attacked the post on Thursday.', WED, false, 'weekday', 'Thursday', '2021-06-10', 'day'],
  ['Gunmen attacked the post on THURSDAY.', WED, false, 'weekday', 'THURSDAY', '2021-06-10', 'day'],
  // plans, told by the caller or by the sentence ("will")
  ['Ministers meet on Thursday.', WED, true, 'weekday', 'Thursday', '2021-06-17', 'day'],
  ['Ministers will meet on Thursday.', WED, undefined, 'weekday', 'Thursday', '2021-06-17', 'day'],
  ['Ministers will meet on Wednesday.', WED, undefined, 'weekday', 'Wednesday', '2021-06-16', 'day'],
  ['Ministers will meet on Tuesday.', WED, undefined, 'weekday', 'Tuesday', '2021-06-22', 'day'],
  ['Ministers will meet this Friday.', WED, undefined, 'weekday', 'this Friday', '2021-06-18', 'day'],
  // qualifiers that fix the week whatever the tense
  ['Gunmen attacked the post last Wednesday.', WED, false, 'weekday', 'last Wednesday', '2021-06-09', 'day'],
  ['Gunmen attacked the post last Monday.', WED, false, 'weekday', 'last Monday', '2021-06-14', 'day'],
  ['Gunmen attacked the post this past Sunday.', WED, false, 'weekday', 'past Sunday', '2021-06-13', 'day'],
  ['Gunmen attacked the post the previous Monday.', WED, false, 'weekday', 'previous Monday', '2021-06-14', 'day'],
  ['Ministers meet next Wednesday.', WED, false, 'weekday', 'next Wednesday', '2021-06-23', 'day'],
  ['Ministers meet next Thursday.', WED, false, 'weekday', 'next Thursday', '2021-06-17', 'day'],
  ['Ministers meet this coming Saturday.', WED, false, 'weekday', 'coming Saturday', '2021-06-19', 'day'],
  // times of day around it
  ['Shells fell late Sunday.', WED, false, 'weekday', 'late Sunday', '2021-06-13', 'day'],
  ['Shells fell early on Monday.', WED, false, 'weekday', 'early on Monday', '2021-06-14', 'day'],
  ['Shells fell overnight into Tuesday.', WED, false, 'weekday', 'overnight into Tuesday', '2021-06-15', 'day'],
  ['Shells fell on Friday night.', WED, false, 'weekday', 'Friday night', '2021-06-11', 'day'],
  ["Saturday's blast shook the port.", WED, false, 'weekday', "Saturday's", '2021-06-12', 'day'],
  // across the turn of a year; without a reference date the day is stated but unknown
  ['Gunmen attacked the post on Saturday.', SUN, false, 'weekday', 'Saturday', '2022-12-31', 'day'],
  ['Gunmen attacked the post on Sunday.', SUN, false, 'weekday', 'Sunday', '2023-01-01', 'day'],
  ['Ministers will meet on Saturday.', SUN, undefined, 'weekday', 'Saturday', '2023-01-07', 'day'],
  ['Gunmen attacked the post on Monday.', null, false, 'weekday', 'Monday', null, 'unknown'],
];

describe('weekdays', () => {
  test('weekday', () => expectCases(WEEKDAYS));
  test('no weekday', () => {
    for (const s of ['Markets close early on Fridays.', 'Mondays are quiet at the border.', 'The Sun. edition ran the story.',
      'Wed. is no day by itself.']) {
      expect([s, onlyDate(s, WED)]).toEqual([s, '0 dates: ']);
    }
  });
});
