// "yesterday", "today", "last night", "overnight", "the day before yesterday": days counted from the reference date.
import { RELATIVE_DAYS } from '../../../lexicon/dates.js';
import { addDays, iso, unknown } from '../calendar.js';
import { byLength, ciAlt, keyOf } from '../patterns.js';
import type { DateParser } from '../types.js';

const PATTERN = new RegExp(`\\b(${ciAlt(byLength(Object.keys(RELATIVE_DAYS)))})\\b`, 'g');

export const relativeDayParser: DateParser = {
  id: 'relative-day',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const r = RELATIVE_DAYS[keyOf(m[1])];
    if (!ctx.ref) return unknown(m[0]);
    return { text: m[0], value: iso(addDays(ctx.ref, r.offset)), precision: r.precision };
  },
};
