// Parsers of months and years: month ("in April", "last April", "April 2019") and year ("in 2016", "mid-2016",
// "in 2016-17"). Positive and negative tables against fixed reference dates (tests/helpers/dates.ts).
import { expectCases, expectDropped, onlyDate, SUN, WED, type DateCase } from './helpers/dates.js';

const MONTHS: DateCase[] = [
  // a past report: the latest such month (this one included); a plan: the next (this one included)
  ['Rebels seized the dam in April.', WED, false, 'month', 'April', '2021-04', 'month'],
  ['Rebels seized the dam in June.', WED, false, 'month', 'June', '2021-06', 'month'],
  ['Rebels seized the dam in August.', WED, false, 'month', 'August', '2020-08', 'month'],
  ['The vote will be held in August.', WED, undefined, 'month', 'August', '2021-08', 'month'],
  ['The vote will be held in February.', WED, undefined, 'month', 'February', '2022-02', 'month'],
  ['Rebels seized the dam in December.', SUN, false, 'month', 'December', '2022-12', 'month'],
  // leads that shade the month, kept in the expression; plain prepositions left out of it
  ['Rebels seized the dam in late April.', WED, false, 'month', 'late April', '2021-04', 'month'],
  ['Rebels seized the dam in mid-April.', WED, false, 'month', 'mid-April', '2021-04', 'month'],
  ['Rebels seized the dam during April.', WED, false, 'month', 'April', '2021-04', 'month'],
  ['Troops left at the end of March.', WED, false, 'month', 'the end of March', '2021-03', 'month'],
  // a year written, or last/this/next
  ['Clashes broke out in April 2019.', WED, false, 'month', 'April 2019', '2019-04', 'month'],
  ['Clashes broke out in April of 2019.', WED, false, 'month', 'April of 2019', '2019-04', 'month'],
  ['Clashes broke out last April.', WED, false, 'month', 'last April', '2021-04', 'month'],
  ['Clashes broke out last August.', WED, false, 'month', 'last August', '2020-08', 'month'],
  ['The vote is due next April.', WED, undefined, 'month', 'next April', '2022-04', 'month'],
  ['The vote is due next August.', WED, undefined, 'month', 'next August', '2021-08', 'month'],
  ['Clashes broke out in April last year.', WED, false, 'month', 'April last year', '2020-04', 'month'],
  ['The vote is due in April next year.', WED, undefined, 'month', 'April next year', '2022-04', 'month'],
  // "since" with a year still dates it; the same month without a reference date is stated but unknown
  ['The road has been shut since April 2019.', WED, false, 'month', 'since April 2019', '2019-04', 'month'],
  ['Rebels seized the dam in April.', null, false, 'month', 'April', null, 'unknown'],
  ['Clashes broke out in April 2019.', null, false, 'month', 'April 2019', '2019-04', 'month'],
];

const YEARS: DateCase[] = [
  ['A truce was signed in 2016.', WED, false, 'year', '2016', '2016', 'year'],
  ['Fighting peaked in early 2016.', WED, false, 'year', 'early 2016', '2016', 'year'],
  ['Fighting peaked in mid-2016.', WED, false, 'year', 'mid-2016', '2016', 'year'],
  ['Fighting peaked in the summer of 2016.', WED, false, 'year', 'the summer of 2016', '2016', 'year'],
  ['Fighting raged throughout 2016.', WED, false, 'year', '2016', '2016', 'year'],
  ['The pact dates back in 2009, officials recalled.', WED, false, 'year', 'back in 2009', '2009', 'year'],
  ['Famine struck in 2016-17.', WED, false, 'year', '2016-17', '2016', 'range'],
  ['Famine struck in 2016/2017.', WED, false, 'year', '2016/2017', '2016', 'range'],
  ['A truce was signed in 2016.', null, false, 'year', '2016', '2016', 'year'],
];

describe('months and years', () => {
  test('month', () => expectCases(MONTHS));
  test('year', () => expectCases(YEARS));
});

describe('no month, no year', () => {
  test('a parser that matched says why it read no date', () => {
    const years = 'no range of years (runs backwards or over ten years)';
    expectDropped([
      ['The road has been shut since April.', 'month', '"since" marks a period\'s edge, not the event\'s month'],
      ['Aid must arrive by March, donors said.', 'month', '"by" marks a period\'s edge, not the event\'s month'],
      ['Rebels struck in may, locals said.', 'month', 'a lower-case "may"/"march" is no month'],
      ['August crowds filled the square.', 'month', 'a month name alone may be a verb or a name'],
      ['Famine struck in 2016-2029.', 'year', years],
      ['Famine struck in 2017-15.', 'year', years],
    ]);
  });
  test('years without a preposition of time, and figures that look like years', () => {
    for (const s of ['The 2016 accord still holds.', 'Since 2016 the militia has lost ground.', 'The debt is due in 2000 days.',
      'Exports grew in 2016% of cases.', 'The unit lost 2019 rifles in the retreat.', 'Marchers gathered outside parliament.']) {
      expect([s, onlyDate(s, WED)]).toEqual([s, '0 dates: ']);
    }
  });
});
