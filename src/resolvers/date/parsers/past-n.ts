// "in the past 24 hours", "over the last three days", "during the previous two months": a period up to the reference
// date (range; the value is its first day).
import { PERIOD_QUALIFIERS, SPAN_PREPOSITIONS, SPAN_UNITS } from '../../../lexicon/dates.js';
import { addDays, iso, sameDayMonthsAway, unknown } from '../calendar.js';
import { numberOf, phraseAlt, SMALL } from '../patterns.js';
import type { DateParser } from '../types.js';

/** "past", "last", "previous": the qualifiers that look back, without "the". */
const BACK = Object.entries(PERIOD_QUALIFIERS).filter(([w, step]) => step < 0 && !w.startsWith('the ')).map(([w]) => w);
// groups: 1 number, 2 unit
const PATTERN = new RegExp(`\\b(?:${phraseAlt(SPAN_PREPOSITIONS)})\\s+the\\s+(?:${phraseAlt(BACK)})\\s+(${SMALL}|\\d{2,3})\\s+(${SPAN_UNITS.join('|')})\\b`, 'gi');

export const pastNParser: DateParser = {
  id: 'past-n',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const n = numberOf(m[1]);
    if (n === null) return null;
    if (!ctx.ref) return unknown(m[0]);
    const unit = m[2].toLowerCase();
    if (unit === 'months') return { text: m[0], value: iso(sameDayMonthsAway(ctx.ref, -n)), precision: 'range' };
    const days = unit === 'hours' ? Math.ceil(n / 24) : unit === 'weeks' ? 7 * n : n;
    return { text: m[0], value: iso(addDays(ctx.ref, -days)), precision: 'range' };
  },
};
