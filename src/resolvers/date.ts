// The date of an event: the date expression nearest its trigger in the sentence, resolved against the reference
// (publication) date. chrono-node parses absolute and relative expressions; weekdays are resolved here, because
// news reports of past events mean the last such day ("killed Thursday" in a Wednesday article = six days
// before) and plans mean the next one ("will meet on Friday").
import * as chrono from 'chrono-node';
import type { EventDate } from '../schema/event.js';

const DAY_MS = 86400000;

function parseIso(d: string): Date {
  return new Date(`${d}T12:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

interface Found { index: number; text: string; date: EventDate }

/** Words without which a sentence holds no date: chrono-node (its many parsers) runs only where one of them is. */
const DATE_HINT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:january|february|march|april|june|july|august|september|october|november|december|in may)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today|tonight|overnight|ago|last|this|next|earlier|later|since|past)\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:19|20)\d{2}\b/i;

/** Years said as dates: "in 2018", "since 2011", "the 2018 agreement" is no date of an event. */
const YEAR = /\b(?:in|since|during|by|until|from|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–)\s*\d)/gi;

function weekdayDate(ref: Date, weekday: number, future: boolean): Date {
  const today = ref.getUTCDay();
  let diff = weekday - today;
  if (future) { if (diff < 0) diff += 7; } else if (diff > 0) diff -= 7;
  return new Date(ref.getTime() + diff * DAY_MS);
}

function fromChrono(r: chrono.ParsedResult, ref: Date | null, future: boolean): EventDate | null {
  const k = r.start;
  const text = r.text.trim();
  if (!k.isCertain('day') && !k.isCertain('month') && !k.isCertain('year') && !k.isCertain('weekday')) return null; // a time alone
  if (k.isCertain('weekday') && !k.isCertain('day')) {
    if (!ref) return { text, value: null, precision: 'unknown' };
    return { text, value: iso(weekdayDate(ref, k.get('weekday')!, future)), precision: 'day' };
  }
  // "9/5/2020": day and month could be either way round; keep only the year
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text.trim())) {
    const [a, b] = text.trim().split(/[/.]/).map(Number);
    if (a <= 12 && b <= 12 && a !== b) return { text, value: String(k.get('year')), precision: 'year' };
  }
  if (!ref && !k.isCertain('year')) return { text, value: null, precision: 'unknown' };
  let d = k.date();
  // a past report of "May 9" written in March means last year's May
  if (ref && !k.isCertain('year') && !future && d.getTime() > ref.getTime() + DAY_MS) {
    d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
  }
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  if (/\b(?:last|past|previous|this)\s+week\b/i.test(text)) return { text, value: iso(d), precision: 'range' };
  if (k.isCertain('day')) return { text, value: iso(d), precision: 'day' };
  if (k.isCertain('month')) return { text, value: `${y}-${m}`, precision: 'month' };
  return { text, value: String(y), precision: 'year' };
}

/**
 * The date expression that governs an event in `sentence`, resolved against refDate (YYYY-MM-DD or null).
 * `anchor`: the trigger's offset in the sentence; the nearest expression wins. null when the sentence gives no date.
 */
export function resolveEventDate(sentence: string, anchor: number, refDate: string | null, opts: { future?: boolean } = {}): EventDate | null {
  const ref = refDate ? parseIso(refDate) : null;
  const future = !!opts.future;
  const found: Found[] = [];
  if (!DATE_HINT.test(sentence)) return null;
  try {
    for (const r of chrono.parse(sentence, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: future })) {
      const date = fromChrono(r, ref, future);
      if (date) found.push({ index: r.index, text: r.text, date });
    }
  } catch {
    // chrono never should throw on text; if it does, the sentence simply has no date
  }
  YEAR.lastIndex = 0;
  for (const m of sentence.matchAll(YEAR)) {
    const index = m.index! + m[0].length - m[1].length;
    if (found.some((f) => index >= f.index && index < f.index + f.text.length)) continue;
    found.push({ index, text: m[1], date: { text: m[1], value: m[1], precision: 'year' } });
  }
  if (!found.length) return null;
  found.sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor));
  return found[0].date;
}
