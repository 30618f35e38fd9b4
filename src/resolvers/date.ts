// The date of an event: the date expression nearest its trigger in the sentence, resolved against the reference
// (publication) date. Built chrono-style: an ordered list of parsers (each a pattern and an extract step, tagged with
// its rule id), then refiners (overlaps → the longest span; dates a speaker's verb governs → only when nothing else).
// Word lists live in src/lexicon/quantities.ts. chrono-node is not used here: its year guessing ("May 9" in a March
// report is next May), lower-case months ("protesters march 10 miles") and cost did not fit news reports.
//
// Conventions (value / precision):
//   weekday in a past report   → the most recent such day on or before refDate ("Thursday" in a Wednesday article = 6 days
//                                before; "Wednesday" = refDate); in a plan (opts.future, or "will", "is scheduled to" in the
//                                sentence when opts.future is not given) → the next such day on or after refDate.
//                                "last Friday" → strictly before refDate, "next Friday" → strictly after, whatever the tense.
//   "yesterday", "last night"  → refDate - 1 / day;  "today", "this morning", "tonight" → refDate / day;
//   "overnight"                → refDate - 1 / range (the night into the reference day)
//   "last week"                → Monday of the previous calendar week / range (value = first day of the range)
//   "this week", "earlier this week" → Monday of the reference week / range; "the past week" → refDate - 7 / range
//   "over the weekend"         → the Saturday of the latest weekend / range
//   "N days ago" → day; "N weeks ago" → range; "N months ago", "last month", "earlier this month" → YYYY-MM / month;
//   "N years ago", "last year", "in 2018", "in early 2018" → YYYY / year; "in 2014-15" → 2014 / range
//   "On 9 May 2020", "May 9", "Jan. 5", "the 5th of May" → day; year from refDate when not written (past: the latest such
//   day not after refDate; plans: the next); "March 4-5" → 03-04 / range; "in March", "early March", "March 2018" → month
//   "9/5/2020" → only the year (2020 / year) since day and month could be either way round; "13/5/2019" → day.
//   No refDate and a relative expression → { value: null, precision: 'unknown' }.
//   No date: "since 2011", "the 2018 agreement", "a 9-year conflict", "15-20 kilometers", "the next day" (relative to
//   an unknown event), lower-case "may"/"march".
import type { EventDate } from '../schema/event.js';
import { AMBIGUOUS_DATE_WORDS, MONTH_NUMBERS, RELATIVE_DAYS, SMALL_NUMBERS, WEEKDAYS, YEAR_PREPOSITIONS } from '../lexicon/quantities.js';

const DAY_MS = 86400000;

interface Ctx { ref: Date | null; future: boolean; sentence: string }
interface Found { start: number; end: number; text: string; date: EventDate; rule: string }
interface Parser { id: string; pattern: RegExp; extract(ctx: Ctx, m: RegExpExecArray): EventDate | null }

// ---- word patterns built from the tables --------------------------------------------------------------------------

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Case-insensitive pattern of one word or phrase (the parsers' flags stay case-sensitive for the month rule). */
const ci = (w: string) => [...w].map((ch) => (/[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : ch === ' ' ? '\\s+' : esc(ch))).join('');
const byLength = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length);
/** Case-aware alternation: ambiguous words ("may", "march") only capitalised or in capitals. */
const caseAlt = (ws: string[]) => byLength(ws).map((w) => (AMBIGUOUS_DATE_WORDS.includes(w)
  ? `(?:${esc(w[0].toUpperCase() + w.slice(1))}|${esc(w.toUpperCase())})`
  : ci(w))).join('|');

const MONTH = `(?:${caseAlt(Object.keys(MONTH_NUMBERS))})`;
const WEEKDAY = `(?:${caseAlt(Object.keys(WEEKDAYS).filter((w) => !w.endsWith('.')))})`;
const WEEKDAY_ABBR = `(?:${caseAlt(Object.keys(WEEKDAYS))})`;
const SMALL = `(?:\\d{1,2}|${byLength(Object.keys(SMALL_NUMBERS)).map(ci).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_PREP = byLength(YEAR_PREPOSITIONS).map((w) => ci(w).replace(/-$/, '')).join('|');

// ---- date arithmetic ------------------------------------------------------------------------------------------------

const parseIso = (d: string) => new Date(`${d}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function addMonths(d: Date, n: number): { y: number; m: number } {
  const t = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}
const monday = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

type WeekdayMode = 'past' | 'future' | 'last' | 'next';
function weekdayDate(ref: Date, weekday: number, mode: WeekdayMode): Date {
  let diff = weekday - ref.getUTCDay();
  if (mode === 'past' && diff > 0) diff -= 7;
  if (mode === 'last' && diff >= 0) diff -= 7;
  if (mode === 'future' && diff < 0) diff += 7;
  if (mode === 'next' && diff <= 0) diff += 7;
  return addDays(ref, diff);
}

/** A day of a month whose year the text does not give: past reports take the latest one not after refDate, plans the next. */
function dayOfYear(ctx: Ctx, month: number, day: number, year: number | null): Date | null {
  if (year !== null) return day <= daysIn(year, month) ? new Date(Date.UTC(year, month - 1, day, 12)) : null;
  if (!ctx.ref) return null;
  let y = ctx.ref.getUTCFullYear();
  if (day > daysIn(y, month) && day > daysIn(y - 1, month)) return null;
  let d = new Date(Date.UTC(y, month - 1, day, 12));
  if (!ctx.future && d.getTime() > ctx.ref.getTime() + DAY_MS) d = new Date(Date.UTC(--y, month - 1, day, 12));
  if (ctx.future && d.getTime() < ctx.ref.getTime() - DAY_MS) d = new Date(Date.UTC(++y, month - 1, day, 12));
  return d.getUTCDate() === day ? d : null; // 29 February in a year without it
}

function monthOfYear(ctx: Ctx, month: number): number | null {
  if (!ctx.ref) return null;
  const y = ctx.ref.getUTCFullYear();
  const rm = ctx.ref.getUTCMonth() + 1;
  if (!ctx.future && month > rm) return y - 1;
  if (ctx.future && month < rm) return y + 1;
  return y;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const unknown = (text: string): EventDate => ({ text, value: null, precision: 'unknown' });
const numberOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : SMALL_NUMBERS[w.toLowerCase().replace(/\s+/g, ' ')] ?? null);

// ---- parsers (order only breaks ties between spans of equal length) --------------------------------------------------

const PARSERS: Parser[] = [
  {
    id: 'iso-date', // "2020-02-11"
    pattern: /(?<![\d-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])/g,
    extract(ctx, m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? { text: m[0], value: iso(new Date(Date.UTC(y, mo - 1, d, 12))), precision: 'day' } : null;
    },
  },
  {
    id: 'numeric-date', // "13/5/2019": day and month either way round; only unambiguous ones give a day
    pattern: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/.]|\.\d)/g,
    extract(ctx, m) {
      const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
      const asDay = (d: number, mo: number): EventDate | null => (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
        ? { text: m[0], value: iso(new Date(Date.UTC(y, mo - 1, d, 12))), precision: 'day' } : null);
      if (a > 12 && b <= 12) return asDay(a, b);        // day/month
      if (b > 12 && a <= 12) return asDay(b, a);        // month/day
      if (a === b && a >= 1 && a <= 12) return asDay(a, a);
      if (a >= 1 && b >= 1 && a <= 12 && b <= 12) return { text: m[0], value: String(y), precision: 'year' };
      return null;
    },
  },
  {
    id: 'month-day', // "May 9", "Thursday, March 5", "Jan. 5, 2020", "March 4-5"
    pattern: new RegExp(`(?:${WEEKDAY_ABBR},?\\s+)?(?:the\\s+)?\\b(${MONTH})\\.?\\s+${DAY}(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d{2}))?(?![\\d:]|\\.\\d)`, 'g'),
    extract(ctx, m) { return dayDate(ctx, m[0], m[1], m[2], m[3], m[4]); },
  },
  {
    id: 'day-month', // "9 May 2020", "the 5th of January", "4-5 March"
    pattern: new RegExp(`(?:${WEEKDAY_ABBR},?\\s+)?(?:the\\s+)?(?<![\\d,.])${DAY}(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH})\\b\\.?(?:,?\\s+((?:19|20)\\d{2}))?(?!\\d)`, 'g'),
    extract(ctx, m) { return dayDate(ctx, m[0], m[3], m[1], m[2], m[4]); },
  },
  {
    id: 'month', // "in March", "early March", "mid-March 2018", "March of 2018", "last March", "March last year"
    pattern: new RegExp(`(?:\\b(in|during|since|by|until|last|this|next|early|late|mid|through|throughout|of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|in\\s+early|in\\s+late|in\\s+mid)[\\s-]+)?\\b(${MONTH})\\b\\.?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2})(?!\\d)|\\s+(last|this|next)\\s+year\\b)?`, 'gi'),
    extract(ctx, m) {
      if (!m[1] && !m[3] && !m[4]) return null; // "March" alone may be a verb or a name
      if (!new RegExp(`^${MONTH}$`).test(m[2])) return null; // case rule ('gi' flag lets "march" through)
      const month = MONTH_NUMBERS[m[2].toLowerCase().replace(/\.$/, '')];
      if (/^since$|^by$|^until$/i.test(m[1] ?? '') && !m[3]) return null; // the start or end of a period, not the event's
      let y: number | null = m[3] ? Number(m[3]) : null;
      const rel = (m[4] ?? (/^(last|this|next)$/i.test(m[1] ?? '') ? m[1] : ''))?.toLowerCase();
      if (y === null && rel && ctx.ref) {
        const ry = ctx.ref.getUTCFullYear();
        const rm = ctx.ref.getUTCMonth() + 1;
        if (m[4]) y = ry + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        else y = rel === 'last' ? (month < rm ? ry : ry - 1) : rel === 'next' ? (month > rm ? ry : ry + 1) : ry;
      }
      if (y === null) y = monthOfYear(ctx, month);
      const text = m[0].trim();
      return y === null ? unknown(text) : { text, value: ym(y, month), precision: 'month' };
    },
  },
  {
    id: 'weekday', // "Thursday", "last Friday", "late Sunday", "Tuesday night", "overnight Tuesday", "Sunday's"
    pattern: new RegExp(`(?:\\b(${['last', 'this', 'next', 'past', 'previous', 'coming'].map(ci).join('|')})\\s+)?(?:(?:${['early', 'late', 'overnight'].map(ci).join('|')})\\s+(?:on\\s+|into\\s+)?)?\\b(${WEEKDAY})(?:'s|’s)?(?:\\s+(?:night|morning|afternoon|evening|overnight))?\\b`, 'g'),
    extract(ctx, m) {
      const text = m[0];
      if (!ctx.ref) return unknown(text);
      const q = (m[1] ?? '').toLowerCase();
      const mode: WeekdayMode = q === 'last' || q === 'past' || q === 'previous' ? 'last' : q === 'next' || q === 'coming' ? 'next' : ctx.future ? 'future' : 'past';
      return { text, value: iso(weekdayDate(ctx.ref, WEEKDAYS[m[2].toLowerCase()], mode)), precision: 'day' };
    },
  },
  {
    id: 'relative-day', // "yesterday", "today", "last night", "overnight"
    pattern: new RegExp(`\\b(${byLength(Object.keys(RELATIVE_DAYS)).map(ci).join('|')})\\b`, 'g'),
    extract(ctx, m) {
      const r = RELATIVE_DAYS[m[1].toLowerCase().replace(/\s+/g, ' ')];
      if (!ctx.ref) return unknown(m[0]);
      return { text: m[0], value: iso(addDays(ctx.ref, r.offset)), precision: r.precision };
    },
  },
  {
    id: 'ago', // "two days ago", "three weeks ago", "a month ago"
    pattern: new RegExp(`\\b(${SMALL})\\s+(days?|weeks?|months?|years?)\\s+(?:ago|earlier|before)\\b`, 'gi'),
    extract(ctx, m) {
      if (/\b(?:earlier|before)$/i.test(m[0]) && !/\bago$/i.test(m[0])) return null; // "two days earlier": than what? not the reference
      const n = numberOf(m[1]);
      if (n === null) return null;
      if (!ctx.ref) return unknown(m[0]);
      const unit = m[2].toLowerCase().replace(/s$/, '');
      if (unit === 'day') return { text: m[0], value: iso(addDays(ctx.ref, -n)), precision: 'day' };
      if (unit === 'week') return { text: m[0], value: iso(addDays(ctx.ref, -7 * n)), precision: 'range' };
      if (unit === 'month') { const { y, m: mo } = addMonths(ctx.ref, -n); return { text: m[0], value: ym(y, mo), precision: 'month' }; }
      return { text: m[0], value: String(ctx.ref.getUTCFullYear() - n), precision: 'year' };
    },
  },
  {
    id: 'relative-period', // "last week", "earlier this month", "late last year", "over the weekend", "the past week"
    pattern: /\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(the\s+past|the\s+last|the\s+previous|last|past|previous|this|next|coming|the\s+coming|over\s+the|at\s+the|on\s+the)\s+(week|month|year|weekend)\b/gi,
    extract(ctx, m) {
      const q = m[1].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2].toLowerCase();
      if (unit !== 'weekend' && /^(?:over|at|on) the$/.test(q)) return null; // "over the week" is no date
      if (!ctx.ref) return unknown(m[0]);
      const ref = ctx.ref;
      const the = q.startsWith('the ');
      const step = /next|coming/.test(q) ? 1 : /this|over|at|on/.test(q) ? 0 : -1;
      if (unit === 'weekend') {
        // the Saturday that opens it: past reports take the latest weekend (on a weekend day, "last weekend" is the one
        // before), plans the coming one
        const future = step > 0 || (step === 0 && ctx.future && q === 'this');
        if (future) return { text: m[0], value: iso(weekdayDate(ref, 6, step > 0 ? 'next' : 'future')), precision: 'range' };
        const day = ref.getUTCDay();
        let sat = day === 0 ? addDays(ref, -1) : weekdayDate(ref, 6, 'past');
        if (step < 0 && (day === 0 || day === 6)) sat = addDays(sat, -7);
        return { text: m[0], value: iso(sat), precision: 'range' };
      }
      if (unit === 'week') {
        if (the && step < 0) return { text: m[0], value: iso(addDays(ref, -7)), precision: 'range' }; // the past seven days
        return { text: m[0], value: iso(addDays(monday(ref), 7 * step)), precision: 'range' };
      }
      if (unit === 'month') {
        if (the && step < 0) return { text: m[0], value: iso(new Date(Date.UTC(addMonths(ref, -1).y, addMonths(ref, -1).m - 1, Math.min(ref.getUTCDate(), daysIn(addMonths(ref, -1).y, addMonths(ref, -1).m)), 12))), precision: 'range' };
        const { y, m: mo } = addMonths(ref, step);
        return { text: m[0], value: ym(y, mo), precision: 'month' };
      }
      if (the && step < 0) return { text: m[0], value: iso(new Date(Date.UTC(ref.getUTCFullYear() - 1, ref.getUTCMonth(), Math.min(ref.getUTCDate(), 28), 12))), precision: 'range' };
      return { text: m[0], value: String(ref.getUTCFullYear() + step), precision: 'year' };
    },
  },
  {
    id: 'past-n', // "in the past 24 hours", "over the last three days": a period up to the reference date
    pattern: new RegExp(`\\b(?:in|over|during|within)\\s+the\\s+(?:past|last|previous)\\s+(${SMALL}|\\d{2,3})\\s+(hours|days|weeks|months)\\b`, 'gi'),
    extract(ctx, m) {
      const n = numberOf(m[1]);
      if (n === null) return null;
      if (!ctx.ref) return unknown(m[0]);
      const unit = m[2].toLowerCase();
      if (unit === 'months') { const { y, m: mo } = addMonths(ctx.ref, -n); return { text: m[0], value: iso(new Date(Date.UTC(y, mo - 1, Math.min(ctx.ref.getUTCDate(), daysIn(y, mo)), 12))), precision: 'range' }; }
      const days = unit === 'hours' ? Math.ceil(n / 24) : unit === 'weeks' ? 7 * n : n;
      return { text: m[0], value: iso(addDays(ctx.ref, -days)), precision: 'range' };
    },
  },
  {
    id: 'year', // "in 2018", "in early 2018", "mid-2018", "in 2014-15"; never "since 2011" or "the 2018 agreement"
    pattern: new RegExp(`\\b(?:${YEAR_PREP})[\\s-]+(?:the\\s+year\\s+)?((?:19|20)\\d{2})(?:\\s*(?:-|–|/)\\s*((?:19|20)?\\d{2}))?(?![\\d%]|[.,]\\d|\\s*(?:-|–)?\\s*(?:year|month|day|week|hour)s?\\b)`, 'gi'),
    extract(ctx, m) {
      if (m[2]) {
        const end = m[2].length === 2 ? Number(m[1].slice(0, 2) + m[2]) : Number(m[2]);
        if (end <= Number(m[1]) || end - Number(m[1]) > 10) return null;
        return { text: m[0], value: m[1], precision: 'range' };
      }
      return { text: m[0], value: m[1], precision: 'year' };
    },
  },
];

function dayDate(ctx: Ctx, text: string, monthWord: string, day: string, dayTo: string | undefined, year: string | undefined): EventDate | null {
  const month = MONTH_NUMBERS[monthWord.toLowerCase().replace(/\.$/, '')];
  const d = Number(day);
  if (!month || d < 1 || d > 31) return null;
  if (dayTo !== undefined && (Number(dayTo) <= d || Number(dayTo) > 31)) return null;
  const t = text.trim();
  if (!year && !ctx.ref) return unknown(t);
  const date = dayOfYear(ctx, month, d, year ? Number(year) : null);
  if (!date) return null;
  return { text: t, value: iso(date), precision: dayTo !== undefined ? 'range' : 'day' };
}

/** Words without which a sentence holds no date (a cheap test before the parsers run). */
const DATE_HINT = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|yesterday|today|tonight|tomorrow|overnight|last|this|next|past|previous|coming|ago|weekend|morning|\d[/.]\d|\b(?:19|20)\d{2}\b/i;

/** A speaker's date ("officials said on Monday", "in a statement Tuesday") is the report's, not the event's. */
const SPEECH_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed|claimed|declared|statement|briefing|warned|tweeted|wrote)\s+(?:on\s+|late\s+|early\s+|in\s+a\s+statement\s+)?$/i;
/** Future and planned wording, for when the caller does not say (opts.future undefined). */
const FUTURE = /\b(?:will|shall|is\s+(?:due|scheduled|set|expected|slated|planned|planning|poised|going)\s+to|are\s+(?:due|scheduled|set|expected|slated|planning|going)\s+to|plans?\s+to|to\s+be\s+held|upcoming)\b/i;

function findAll(ctx: Ctx): Found[] {
  const found: Found[] = [];
  for (const p of PARSERS) {
    const re = new RegExp(p.pattern.source, p.pattern.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.sentence))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      let date: EventDate | null = null;
      try { date = p.extract(ctx, m); } catch { date = null; } // a parser never stops the others
      if (!date) continue;
      // the expression as written, without a plain preposition before it ("in March 2018" → "March 2018") or a full stop
      // after it ("in March." ends the sentence, it is no abbreviation)
      const lead = /^\s*(?:(?:in|during|of|on|at|through|throughout)\s+(?=\S))?/i.exec(m[0])![0].length;
      const text = m[0].slice(lead).trim().replace(/(\p{L}{4,})\.$/u, '$1');
      found.push({ start: m.index + lead, end: m.index + lead + text.length, text, date: { ...date, text }, rule: p.id });
    }
  }
  // refiner: overlapping expressions → the longest ("Thursday, March 5" over "Thursday"; "in March 2018" over "in 2018")
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** Every date expression in `sentence`, resolved (for debugging and tests: each carries the rule that read it). */
export function findDates(sentence: string, refDate: string | null, opts: { future?: boolean } = {}): (Found)[] {
  if (typeof sentence !== 'string' || !sentence || !DATE_HINT.test(sentence)) return [];
  const ref = refDate && /^\d{4}-\d{2}-\d{2}$/.test(refDate) && !Number.isNaN(parseIso(refDate).getTime()) ? parseIso(refDate) : null;
  const future = opts.future ?? FUTURE.test(sentence);
  return findAll({ ref, future, sentence });
}

/**
 * The date expression that governs an event in `sentence`, resolved against refDate (YYYY-MM-DD or null).
 * `anchor`: the trigger's offset in the sentence; the nearest expression wins, a speaker's date ("said on Monday") only
 * when there is no other. `future`: the event is planned (when not given, read from the sentence's own wording).
 * null when the sentence gives no date. Never throws.
 */
export function resolveEventDate(sentence: string, anchor: number, refDate: string | null, opts: { future?: boolean } = {}): EventDate | null {
  let all: Found[];
  try { all = findDates(sentence, refDate, opts); } catch { return null; }
  if (!all.length) return null;
  const a = Number.isFinite(anchor) ? anchor : 0;
  // distance to the trigger; a date before it counts double (news puts the event's date after its verb: "shelling on
  // Monday"; one before it belongs to an earlier clause unless it opens the sentence alone: "On Sunday, a bomb ...")
  const e = a + (/^[\p{L}\p{N}'’-]*/u.exec(sentence.slice(a))?.[0].length ?? 0); // the trigger word's end
  const cost = (f: Found) => (e <= f.start ? f.start - e : a >= f.end ? 2 * (a - f.end + 1) : 0)
    + (SPEECH_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start)) ? 10000 : 0);
  let best = all[0];
  for (const f of all) if (cost(f) < cost(best)) best = f;
  return best.date;
}
