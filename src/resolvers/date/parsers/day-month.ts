// "9 May 2020", "the 5th of January", "4-5 March" (a range: the first day is its value).
import { dayDate } from '../calendar.js';
import { DAY, DAY_TO, MONTH, WEEKDAY_BEFORE, YEAR_AFTER } from '../patterns.js';
import { drop, type DateParser } from '../types.js';

// groups: 1 day, 2 last day of a range, 3 month, 4 year; no figure right before the day ("1,5 May" is no date)
const PATTERN = new RegExp(`${WEEKDAY_BEFORE}(?:the\\s+)?(?<![\\d,.])${DAY}${DAY_TO}\\s+(?:of\\s+)?(${MONTH})\\b\\.?${YEAR_AFTER}(?!\\d)`, 'g');

export const dayMonthParser: DateParser = {
  id: 'day-month',
  pattern: () => PATTERN,
  extract(ctx, m) {
    return dayDate(ctx.ref, ctx.future, m[0], m[3], m[1], m[2], m[4]) ?? drop('no such day in that month, or a range that runs backwards');
  },
};
