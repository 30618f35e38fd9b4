// "two days ago" (a day), "three weeks ago" (a range from that day), "a month ago" (a month), "two years ago" (a year);
// "two days earlier" is counted from another event, not from the reference date: no date.
import { AFTER_EVENT_WORDS, AGO_WORDS, DATE_UNITS } from '../../../lexicon/dates.js';
import { addDays, addMonths, iso, unknown, ym } from '../calendar.js';
import { byLength, numberOf, phraseAlt, SMALL } from '../patterns.js';
import { drop, type DateParser } from '../types.js';

// groups: 1 number, 2 unit, 3 the word after it
const PATTERN = new RegExp(`\\b(${SMALL})\\s+(${byLength(Object.keys(DATE_UNITS)).join('|')})\\s+(${phraseAlt([...AGO_WORDS, ...AFTER_EVENT_WORDS])})\\b`, 'gi');

export const agoParser: DateParser = {
  id: 'ago',
  pattern: () => PATTERN,
  extract(ctx, m) {
    if (!AGO_WORDS.includes(m[3].toLowerCase())) return drop(`"${m[3]}" counts from another event, not from the reference date`);
    const n = numberOf(m[1]);
    if (n === null) return null;
    if (!ctx.ref) return unknown(m[0]);
    const unit = DATE_UNITS[m[2].toLowerCase()];
    if (unit === 'day') return { text: m[0], value: iso(addDays(ctx.ref, -n)), precision: 'day' };
    if (unit === 'week') return { text: m[0], value: iso(addDays(ctx.ref, -7 * n)), precision: 'range' };
    if (unit === 'month') { const { y, m: mo } = addMonths(ctx.ref, -n); return { text: m[0], value: ym(y, mo), precision: 'month' }; }
    return { text: m[0], value: String(ctx.ref.getUTCFullYear() - n), precision: 'year' };
  },
};
