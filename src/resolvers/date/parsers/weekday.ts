// "Thursday", "last Friday", "late Sunday", "Tuesday night", "overnight Tuesday", "Sunday's": in a past report the
// latest such day on or before the reference date, in a plan the next on or after it; "last Friday" strictly before,
// "next Friday" strictly after, whatever the tense.
import { DAY_PARTS, WEEKDAY_QUALIFIERS, WEEKDAY_TIMES, WEEKDAYS } from '../../../lexicon/dates.js';
import { iso, unknown, weekdayDate, type WeekdayMode } from '../calendar.js';
import { ciAlt, WEEKDAY } from '../patterns.js';
import type { DateParser } from '../types.js';

// groups: 1 qualifier, 2 weekday
const PATTERN = new RegExp(`(?:\\b(${ciAlt(Object.keys(WEEKDAY_QUALIFIERS))})\\s+)?(?:(?:${ciAlt(WEEKDAY_TIMES)})\\s+(?:on\\s+|into\\s+)?)?\\b(${WEEKDAY})(?:'s|’s)?(?:\\s+(?:${DAY_PARTS.join('|')}))?\\b`, 'g');

export const weekdayParser: DateParser = {
  id: 'weekday',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const text = m[0];
    if (!ctx.ref) return unknown(text);
    const q = WEEKDAY_QUALIFIERS[(m[1] ?? '').toLowerCase()];
    const mode: WeekdayMode = q ?? (ctx.future ? 'future' : 'past');
    return { text, value: iso(weekdayDate(ctx.ref, WEEKDAYS[m[2].toLowerCase()], mode)), precision: 'day' };
  },
};
