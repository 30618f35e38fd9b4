// "May 9", "Thursday, March 5", "Jan. 5, 2020", "March 4-5" (a range: the first day is its value).
import { dayDate } from '../calendar.js';
import { DAY, DAY_TO, MONTH, WEEKDAY_BEFORE, YEAR_AFTER } from '../patterns.js';
import { drop, type DateParser } from '../types.js';

// groups: 1 month, 2 day, 3 last day of a range, 4 year; no time or decimal after the day ("May 9:30", "Jan 5.5")
const PATTERN = new RegExp(`${WEEKDAY_BEFORE}(?:the\\s+)?\\b(${MONTH})\\.?\\s+${DAY}${DAY_TO}${YEAR_AFTER}(?![\\d:]|\\.\\d)`, 'g');

export const monthDayParser: DateParser = {
  id: 'month-day',
  pattern: () => PATTERN,
  extract(ctx, m) {
    return dayDate(ctx.ref, ctx.future, m[0], m[1], m[2], m[3], m[4]) ?? drop('no such day in that month, or a range that runs backwards');
  },
};
