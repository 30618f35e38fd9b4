// One JSONL record → a document: its fields checked (zod), its date read as a day, its other fields kept as the
// document's meta. Loaded by the reader with the first JSONL input (./read.ts).
import { z } from 'zod';
import type { InputDoc } from '../types.js';

const DAY_MS = 86_400_000;
/** A real day of the proleptic Gregorian calendar as YYYY-MM-DD, or undefined. */
function calendarDay(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : undefined;
}
/** Day `n` (1-based) of year `y`, counted from 1 January; undefined past the year's end. */
function dayOfYear(y: number, n: number): string | undefined {
  const t = new Date(Date.UTC(y, 0, 1) + (n - 1) * DAY_MS);
  return n >= 1 && t.getUTCFullYear() === y ? t.toISOString().slice(0, 10) : undefined;
}
/** ISO week date: day `d` (1 = Monday) of week `w`; week 1 holds the year's first Thursday, and a year has 53
 *  weeks when it starts or ends on a Thursday. */
function weekDay(y: number, w: number, d: number): string | undefined {
  const jan4 = Date.UTC(y, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const t = new Date(monday1 + ((w - 1) * 7 + (d - 1)) * DAY_MS);
  const weeks = new Date(Date.UTC(y, 11, 31)).getUTCDay() === 4 || new Date(Date.UTC(y, 0, 1)).getUTCDay() === 4 ? 53 : 52;
  return w >= 1 && w <= weeks && d >= 1 && d <= 7 ? t.toISOString().slice(0, 10) : undefined;
}

// the time of day after a date, and its offset: checked for range, never used to shift the day
const TIME = String.raw`(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?`;
const DATE_SHAPES: [RegExp, (g: number[]) => string | undefined][] = [
  [new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})/(\\d{2})/(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})-?(\\d{3})${TIME}$`, 'i'), ([y, n]) => dayOfYear(y, n)],
  [new RegExp(`^(\\d{4})-?W(\\d{2})-?([1-7])${TIME}$`, 'i'), ([y, w, d]) => weekDay(y, w, d)],
];
const TIME_LIMITS = [24, 59, 60, 23, 59];

/** A JSONL `date` → its day as YYYY-MM-DD, or undefined when it is not a date. Any ISO 8601 date or date-time
 *  (calendar, ordinal or week date; a time with or without seconds, fraction, `Z` or an offset; `T` or a space)
 *  gives the date as written, in the timestamp's own offset (`2024-05-08T23:30:00-05:00` is 2024-05-08, never
 *  turned to UTC); `YYYY/MM/DD` (with or without a time) is read as year, month, day. */
export function jsonlDay(value: string): string | undefined {
  const s = value.trim();
  for (const [re, day] of DATE_SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const nums = m.slice(1).map((x) => (x === undefined ? NaN : Number(x)));
    const date = nums.slice(0, -TIME_LIMITS.length);
    const time = nums.slice(-TIME_LIMITS.length);
    if (time.some((t, i) => t > TIME_LIMITS[i])) return undefined;
    return day(date);
  }
  return undefined;
}

/** The fields a JSONL record's document is made of; the others are its `meta`. */
const RECORD_FIELDS = new Set(['id', 'text', 'date', 'title']);

const DATE_HINT = 'give YYYY-MM-DD, an ISO 8601 date-time such as 2024-05-08T10:00:00Z, or YYYY/MM/DD';

const JsonlRecord = z.object({
  id: z.union([z.string().min(1, 'must be a non-empty string'), z.number().transform(String)]).nullish(),
  text: z.string(),
  // an empty date is no date; anything else must be a day (read by jsonlDay)
  date: z.string().transform((d, ctx) => {
    if (!d.trim()) return undefined;
    const day = jsonlDay(d);
    if (!day) ctx.addIssue({ code: 'custom', message: `is not a date (${JSON.stringify(d.length > 40 ? `${d.slice(0, 40)}…` : d)}): ${DATE_HINT}` });
    return day;
  }).nullish(),
  title: z.string().nullish(),
});

/** One JSONL line → a document, or why it is not one (the message names the line). */
export function parseJsonlLine(line: string, n: number): { doc: InputDoc } | { error: string } | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `line ${n} is not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: `line ${n} is not a JSON object` };
  const r = JsonlRecord.safeParse(value);
  if (!r.success) {
    return { error: `line ${n}: ${r.error.issues.map((i) => `${i.path.join('.') || 'record'} ${i.message}`).join('; ')}` };
  }
  const record = value as Record<string, unknown>;
  // no id: the record's url names it (and stays in meta)
  const id = r.data.id ?? (typeof record.url === 'string' && record.url.trim() ? record.url.trim() : undefined);
  if (id === undefined) return { error: `line ${n}: id is missing: give each record an "id" (or a "url", used as its id)` };
  if (!r.data.text.trim()) return { error: `line ${n}: record "${id}" has an empty text` };
  const doc: InputDoc = { id, text: r.data.text };
  if (r.data.date) doc.date = r.data.date;
  if (r.data.title) doc.title = r.data.title;
  // every other field, in the record's order, goes with each event of the document
  const meta = Object.entries(record).filter(([k]) => !RECORD_FIELDS.has(k));
  if (meta.length) doc.meta = Object.fromEntries(meta);
  return { doc };
}
