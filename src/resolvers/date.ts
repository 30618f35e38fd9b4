// The date of an event: the date expression nearest its trigger in the sentence, resolved against the reference
// (publication) date. Built chrono-style in src/resolvers/date/: parsers `{ pattern, extract }`, one per file, each
// result tagged with its parser's id; refiners `{ refine }`; both in the ordered lists of date/configuration.ts, run by
// date/engine.ts over a context (reference date, tense, trigger offset, debug hook). Word lists: src/lexicon/dates.ts.
// chrono-node is not used: its year guessing ("May 9" in a March report is next May), lower-case months ("protesters
// march 10 miles") and cost did not fit news reports.
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
//   No date: "since 2011", "the 2018 agreement", "a 9-year conflict", "15-20 kilometers", "the next day", "the previous
//   day" (relative to the day the story tells of, not to refDate: src/refiners/dates.ts reads them against the day
//   written for the event told before), lower-case "may"/"march".
//   "overnight" gives way to a calendar day the sentence writes out as the event's ("overnight on 4 June" → 4 June).
import type { EventDate } from '../schema/event.js';
import { DATE_REFINERS, EVENT_DATE_REFINERS, PARSERS } from './date/configuration.js';
import { createContext, mayHoldDate, type DateOptions } from './date/context.js';
import { extractDates } from './date/engine.js';
import { NO_PARSER, type DateResult } from './date/types.js';

export type { DateDebugRecord } from './date/types.js';

const ALL_DATES = { parsers: PARSERS, refiners: DATE_REFINERS };
const EVENT_DATE = { parsers: PARSERS, refiners: [...DATE_REFINERS, ...EVENT_DATE_REFINERS] };

/** Every date expression in `sentence`, resolved, in sentence order; each carries the rule (parser id) that read it. */
export function findDates(sentence: string, refDate: string | null, opts: DateOptions = {}): DateResult[] {
  if (!worthParsing(sentence, opts)) return [];
  return extractDates(createContext(sentence, refDate, null, opts), ALL_DATES);
}

/** false when the sentence is no text or holds no date word (the debug hook is told: no parser ran). */
function worthParsing(sentence: string, opts: DateOptions): boolean {
  if (typeof sentence === 'string' && sentence && mayHoldDate(sentence)) return true;
  opts.debug?.({ parser: NO_PARSER, text: '', value: null, kept: false, reason: 'no date word in the sentence: no parser ran' });
  return false;
}

/**
 * The date expression that governs an event in `sentence`, resolved against refDate (YYYY-MM-DD or null).
 * `anchor`: the trigger's offset in the sentence; the nearest expression wins, a speaker's date ("said on Monday") only
 * when there is no other. `opts.future`: the event is planned (when not given, read from the sentence's own wording);
 * `opts.debug`: receives what each parser and refiner kept or dropped. null when the sentence gives no date. Never throws.
 */
export function resolveEventDate(sentence: string, anchor: number, refDate: string | null, opts: DateOptions = {}): EventDate | null {
  try {
    if (!worthParsing(sentence, opts)) return null;
    return extractDates(createContext(sentence, refDate, anchor, opts), EVENT_DATE)[0]?.date ?? null;
  } catch {
    return null;
  }
}
