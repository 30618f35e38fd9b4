// "last week", "earlier this month", "late last year", "over the weekend", "the past week", "next month".
// Values: a week → its Monday (range); "the past week" → the seven days up to the reference date (range); a month →
// YYYY-MM, "the past month" → from the same day a month before (range); a year → YYYY, "the past year" → a range;
// a weekend → its Saturday (range).
import { PERIOD_QUALIFIERS, PERIOD_SHADES, PERIOD_UNITS, WEEKEND_ONLY_QUALIFIERS } from '../../../lexicon/dates.js';
import type { EventDate } from '../../../schema/event.js';
import { addDays, addMonths, iso, monday, sameDayMonthsAway, unknown, utcDay, weekdayDate, ym } from '../calendar.js';
import { keyOf, phraseAlt } from '../patterns.js';
import { drop, type DateContext, type DateParser } from '../types.js';

// groups: 1 qualifier, 2 unit
const PATTERN = new RegExp(`\\b(?:(?:${phraseAlt(PERIOD_SHADES)})\\s+(?:in\\s+)?)?(${phraseAlt(Object.keys(PERIOD_QUALIFIERS))})\\s+(${PERIOD_UNITS.join('|')})\\b`, 'gi');

/** The Saturday that opens the weekend: past reports take the latest one (on a weekend day, "last weekend" is the one
 * before), plans and "next weekend" the coming one. */
function weekend(ctx: DateContext, ref: Date, q: string, step: number): string {
  const future = step > 0 || (step === 0 && ctx.future && q === 'this');
  if (future) return iso(weekdayDate(ref, 6, step > 0 ? 'next' : 'future'));
  const day = ref.getUTCDay();
  let sat = day === 0 ? addDays(ref, -1) : weekdayDate(ref, 6, 'past');
  if (step < 0 && (day === 0 || day === 6)) sat = addDays(sat, -7);
  return iso(sat);
}

function period(ctx: DateContext, ref: Date, q: string, unit: string, text: string): EventDate {
  const step = PERIOD_QUALIFIERS[q];
  const the = q.startsWith('the ');
  if (unit === 'weekend') return { text, value: weekend(ctx, ref, q, step), precision: 'range' };
  if (unit === 'week') {
    if (the && step < 0) return { text, value: iso(addDays(ref, -7)), precision: 'range' }; // the past seven days
    return { text, value: iso(addDays(monday(ref), 7 * step)), precision: 'range' };
  }
  if (unit === 'month') {
    if (the && step < 0) return { text, value: iso(sameDayMonthsAway(ref, -1)), precision: 'range' };
    const { y, m } = addMonths(ref, step);
    return { text, value: ym(y, m), precision: 'month' };
  }
  if (the && step < 0) return { text, value: iso(utcDay(ref.getUTCFullYear() - 1, ref.getUTCMonth() + 1, Math.min(ref.getUTCDate(), 28))), precision: 'range' };
  return { text, value: String(ref.getUTCFullYear() + step), precision: 'year' };
}

export const relativePeriodParser: DateParser = {
  id: 'relative-period',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const q = keyOf(m[1]);
    const unit = m[2].toLowerCase();
    if (unit !== 'weekend' && WEEKEND_ONLY_QUALIFIERS.includes(q)) return drop(`"${m[1]} ${m[2]}" is no date (only a weekend is)`);
    if (!ctx.ref) return unknown(m[0]);
    return period(ctx, ctx.ref, q, unit, m[0]);
  },
};
