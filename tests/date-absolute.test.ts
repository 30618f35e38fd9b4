// Parsers of dates written out: iso-date ("2021-05-30"), numeric-date ("24/4/2021"), month-day ("June 3"),
// day-month ("3 June"). Positive and negative tables against fixed reference dates (tests/helpers/dates.ts).
import { expectCases, expectDropped, LEAP, onlyDate, WED, type DateCase } from './helpers/dates.js';

const ISO_AND_NUMERIC: DateCase[] = [
  ['The depot burned on 2021-05-30 after the raid.', WED, false, 'iso-date', '2021-05-30', '2021-05-30', 'day'],
  ['Records dated 1999-12-31 were seized.', WED, false, 'iso-date', '1999-12-31', '1999-12-31', 'day'],
  ['Records dated 1999-12-31 were seized.', null, false, 'iso-date', '1999-12-31', '1999-12-31', 'day'],
  // day and month either way round: only an order that cannot be the other gives a day
  ['The convoy was hit on 24/4/2021 near the pass.', WED, false, 'numeric-date', '24/4/2021', '2021-04-24', 'day'],
  ['The convoy was hit on 4/24/2021 near the pass.', WED, false, 'numeric-date', '4/24/2021', '2021-04-24', 'day'],
  ['The convoy was hit on 7/7/2021 near the pass.', WED, false, 'numeric-date', '7/7/2021', '2021-07-07', 'day'],
  ['The convoy was hit on 3/4/2021 near the pass.', WED, false, 'numeric-date', '3/4/2021', '2021', 'year'],
  ['The convoy was hit on 24.04.21 near the pass.', WED, false, 'numeric-date', '24.04.21', '2021-04-24', 'day'],
  ['The convoy was hit near the pass on 24/4/2021.', WED, false, 'numeric-date', '24/4/2021', '2021-04-24', 'day'], // ends the sentence
];

const MONTH_DAY: DateCase[] = [
  ['Gunmen raided the camp on June 3.', WED, false, 'month-day', 'June 3', '2021-06-03', 'day'],
  // a past report: the latest such day not after the reference date (a day after it stays: time zones differ)
  ['Gunmen raided the camp on June 20.', WED, false, 'month-day', 'June 20', '2020-06-20', 'day'],
  ['Gunmen raided the camp on June 17.', WED, false, 'month-day', 'June 17', '2021-06-17', 'day'],
  // a plan: the next such day
  ['The summit will open on Jan. 12.', WED, undefined, 'month-day', 'Jan. 12', '2022-01-12', 'day'],
  ['The summit will open on June 20.', WED, undefined, 'month-day', 'June 20', '2021-06-20', 'day'],
  ['Talks ran on Monday, June 14, 2021, in Doha.', WED, false, 'month-day', 'Monday, June 14, 2021', '2021-06-14', 'day'],
  ['Clashes on June 8-9 killed 12.', WED, false, 'month-day', 'June 8-9', '2021-06-08', 'range'],
  ['Clashes on June 8 to 10th killed 12.', WED, false, 'month-day', 'June 8 to 10th', '2021-06-08', 'range'],
  ['Envoys met on SEPT. 9 in Oslo.', WED, false, 'month-day', 'SEPT. 9', '2020-09-09', 'day'],
  ['Envoys met on Sept 9 in Oslo.', null, false, 'month-day', 'Sept 9', null, 'unknown'],
  ['Envoys met on Sept 9, 2019 in Oslo.', null, false, 'month-day', 'Sept 9, 2019', '2019-09-09', 'day'],
];

const DAY_MONTH: DateCase[] = [
  ['He was shot on 3 June near the market.', WED, false, 'day-month', '3 June', '2021-06-03', 'day'],
  ['On the 21st of May, rebels shelled the town.', WED, false, 'day-month', 'the 21st of May', '2021-05-21', 'day'],
  ['Fighting on 8-9 June killed 12.', WED, false, 'day-month', '8-9 June', '2021-06-08', 'range'],
  ['Polls opened on Wed. 2 June 2021 across the north.', WED, false, 'day-month', 'Wed. 2 June 2021', '2021-06-02', 'day'],
  ['He was buried on 29 February.', LEAP, false, 'day-month', '29 February', '2024-02-29', 'day'],
  ['Aid will arrive on 1 March.', LEAP, undefined, 'day-month', '1 March', '2024-03-01', 'day'],
  ['Aid arrived on 3 March.', LEAP, false, 'day-month', '3 March', '2023-03-03', 'day'],
  ['Aid arrived on 1 March.', LEAP, false, 'day-month', '1 March', '2024-03-01', 'day'], // the day after the reference date stays
];

describe('dates written out', () => {
  test('iso and numeric dates', () => expectCases(ISO_AND_NUMERIC));
  test('month-day', () => expectCases(MONTH_DAY));
  test('day-month', () => expectCases(DAY_MONTH));
});

describe('no date written out', () => {
  test('a parser that matched says why it read no date', () => {
    const range = 'no such day in that month, or a range that runs backwards';
    expectDropped([
      ['The file was dated 2021-13-01.', 'iso-date', 'no such month or day'],
      ['The file was dated 31/31/2021.', 'numeric-date', 'no such month or day'],
      ['The file was dated 31/4/2021.', 'numeric-date', 'no such month or day'],
      ['Polls closed on June 31.', 'month-day', range],
      ['Polls closed on June 9-7.', 'month-day', range],
      ['Polls closed on 31 April in the north.', 'day-month', range],
    ]);
  });
  test('figures and words that are no date', () => {
    const rows = [
      'The score was 3/4 at half time.',          // no year
      'Version 2.0.1 of the app leaked.',         // no year of two or four figures
      'Build 1.13.5.2019 shipped.',               // inside a longer figure
      'Each side may 3 times ask for a pause.',   // lower-case "may"
      'Protesters march 12 km to the square.',    // lower-case "march"
      'The ratio fell to 1,5 May figures.',       // a decimal before the day
      'Flight 2021-06 was delayed.',              // no day
    ];
    for (const s of rows) expect([s, onlyDate(s, WED)]).toEqual([s, '0 dates: ']);
  });
});
