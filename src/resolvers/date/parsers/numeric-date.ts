// "13/5/2019", "5/13/2019", "13.05.19": day and month either way round, so only an unambiguous one gives a day;
// "9/5/2020" (either could be the month) gives only its year.
import type { EventDate } from '../../../schema/event.js';
import { daysIn, fullYear, iso, utcDay } from '../calendar.js';
import { drop, type DateParser } from '../types.js';

// not inside a longer figure ("1.13.5.2019", "13/5/2019/2"); a full stop after it may end the sentence
const PATTERN = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/]|\.\d)/g;

export const numericDateParser: DateParser = {
  id: 'numeric-date',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
    const asDay = (d: number, mo: number): EventDate | null => (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
      ? { text: m[0], value: iso(utcDay(y, mo, d)), precision: 'day' } : null);
    const bad = drop('no such month or day');
    if (a > 12 && b <= 12) return asDay(a, b) ?? bad;        // day/month
    if (b > 12 && a <= 12) return asDay(b, a) ?? bad;        // month/day
    if (a === b && a >= 1 && a <= 12) return asDay(a, a) ?? bad;
    if (a >= 1 && b >= 1 && a <= 12 && b <= 12) return { text: m[0], value: String(y), precision: 'year' };
    return bad;
  },
};
