// Calendar arithmetic in UTC at noon (so that adding days never crosses a day boundary), and the year a date written
// without one falls in: a past report takes the latest such day (or month) not after the reference date, a plan the next.
import type { EventDate } from '../../schema/event.js';
import { MONTH_NUMBERS } from '../../lexicon/dates.js';

const DAY_MS = 86400000;

export const parseIso = (d: string) => new Date(`${d}T12:00:00Z`);
export const iso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
export const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));
export const monday = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));
export const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The month `n` months from `d`'s. */
export function addMonths(d: Date, n: number): { y: number; m: number } {
  const t = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

/** The same day of the month `n` months from `d` (the month's last day when it is shorter). */
export function sameDayMonthsAway(d: Date, n: number): Date {
  const { y, m } = addMonths(d, n);
  return utcDay(y, m, Math.min(d.getUTCDate(), daysIn(y, m)));
}

/** A reference date "YYYY-MM-DD" at noon UTC, or null when it is missing or no date. */
export function refDateOf(refDate: string | null | undefined): Date | null {
  return refDate && /^\d{4}-\d{2}-\d{2}$/.test(refDate) && !Number.isNaN(parseIso(refDate).getTime()) ? parseIso(refDate) : null;
}

/** past: on or before ref; future: on or after; last: strictly before; next: strictly after. */
export type WeekdayMode = 'past' | 'future' | 'last' | 'next';
export function weekdayDate(ref: Date, weekday: number, mode: WeekdayMode): Date {
  let diff = weekday - ref.getUTCDay();
  if (mode === 'past' && diff > 0) diff -= 7;
  if (mode === 'last' && diff >= 0) diff -= 7;
  if (mode === 'future' && diff < 0) diff += 7;
  if (mode === 'next' && diff <= 0) diff += 7;
  return addDays(ref, diff);
}

/** A day of a month whose year the text does not give: past reports take the latest one not after ref, plans the next. */
export function dayOfYear(ref: Date | null, future: boolean, month: number, day: number, year: number | null): Date | null {
  if (year !== null) return day <= daysIn(year, month) ? utcDay(year, month, day) : null;
  if (!ref) return null;
  let y = ref.getUTCFullYear();
  if (day > daysIn(y, month) && day > daysIn(y - 1, month)) return null;
  let d = utcDay(y, month, day);
  if (!future && d.getTime() > ref.getTime() + DAY_MS) d = utcDay(--y, month, day);
  if (future && d.getTime() < ref.getTime() - DAY_MS) d = utcDay(++y, month, day);
  return d.getUTCDate() === day ? d : null; // 29 February in a year without it
}

/** The year of a month written without one: a past report's latest such month, a plan's next. */
export function monthOfYear(ref: Date | null, future: boolean, month: number): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const rm = ref.getUTCMonth() + 1;
  if (!future && month > rm) return y - 1;
  if (future && month < rm) return y + 1;
  return y;
}

/** A date stated but not resolvable (a relative expression without a reference date). */
export const unknown = (text: string): EventDate => ({ text, value: null, precision: 'unknown' });

/** The number of a month word ("March", "Jan.", "SEPT"), or undefined. */
export const monthNumber = (word: string): number | undefined => MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')];

/** A day (or a range of days "4-5") of a month, with or without its year: the date it names, or null when none. */
export function dayDate(ref: Date | null, future: boolean, text: string, monthWord: string, day: string, dayTo: string | undefined,
  year: string | undefined): EventDate | null {
  const month = monthNumber(monthWord);
  const d = Number(day);
  if (!month || d < 1 || d > daysIn(2000, month)) return null; // no year has it (2000 had a 29 February)
  if (dayTo !== undefined && (Number(dayTo) <= d || Number(dayTo) > 31)) return null;
  const t = text.trim();
  if (!year && !ref) return unknown(t);
  const date = dayOfYear(ref, future, month, d, year ? Number(year) : null);
  if (!date) return null;
  return { text: t, value: iso(date), precision: dayTo !== undefined ? 'range' : 'day' };
}
