// Two kinds of date expression that the event refiners weigh against each other: a calendar day written out ("4 June
// 2021", "June 4", "2021-06-04", "13/5/2019"), which names the day whatever the reference date, and a time of day
// ("overnight", "at dawn"), which names no day of its own.
import { TIME_OF_DAY_WORDS } from '../../lexicon/dates.js';
import { dayMonthParser } from './parsers/day-month.js';
import { isoDateParser } from './parsers/iso-date.js';
import { monthDayParser } from './parsers/month-day.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { phraseAlt } from './patterns.js';
import type { DateResult } from './types.js';

/** The parsers that read a day as written: not a weekday, which is often the speaker's ("the governor said on
 *  Tuesday"), nor a day counted from the reference date. */
const WRITTEN_DAY_PARSERS = new Set([isoDateParser.id, numericDateParser.id, monthDayParser.id, dayMonthParser.id]);

const TIME_OF_DAY = TIME_OF_DAY_WORDS.map((c) => ({ reason: c.reason, re: new RegExp(`^(?:${phraseAlt(c.words)})$`, 'i') }));

/** true for a day written out (a day or a range of days; "9/5/2020", which gives only its year, is none). */
export const isWrittenDay = (r: DateResult): boolean =>
  WRITTEN_DAY_PARSERS.has(r.rule) && (r.date.precision === 'day' || r.date.precision === 'range');

/** The reason id of the time of day an expression is, all of it ("Overnight", "at dawn"), or null. */
export const timeOfDayOf = (text: string): string | null => TIME_OF_DAY.find((t) => t.re.test(text.trim()))?.reason ?? null;
