// The date resolver's configuration (chrono-node's configuration.ts is the model): the ordered parsers, then the ordered
// refiners. engine.ts runs every parser over the whole sentence, then each refiner over all the results, in list order.
import { agoParser } from './parsers/ago.js';
import { dayMonthParser } from './parsers/day-month.js';
import { isoDateParser } from './parsers/iso-date.js';
import { monthDayParser } from './parsers/month-day.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { pastNParser } from './parsers/past-n.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { weekdayParser } from './parsers/weekday.js';
import { yearParser } from './parsers/year.js';
import { explicitOverVagueRefiner } from './refiners/explicit-over-vague.js';
import { expressionTextRefiner } from './refiners/expression-text.js';
import { longestSpanRefiner } from './refiners/longest-span.js';
import { nearestTriggerRefiner } from './refiners/nearest-trigger.js';
import { speakerDateRefiner } from './refiners/speaker-date.js';
import type { DateParser, DateRefiner } from './types.js';

// Parsers, from the most specific written form to the least: full dates in figures, a day with its month, a month, a
// weekday, days and periods counted from the reference date, a bare year.
// Why the order matters little here, and where it does: every parser reads the whole sentence and longest-span (below)
// decides between overlapping readings by their length and position, not by the parser's place in this list. So the
// order decides only between two parsers that read the very same span, where the earlier one is kept; none does today
// (reversing the list, or swapping any two parsers, changed no date found in the eval sentences nor in 6,000 generated
// date-heavy ones; tests/date-refiners.test.ts checks reversed and rotated lists). It also sets the order of the debug
// trace. A new parser that can read the same span as one already here goes after it when
// it is the less specific reading (as "month" would after "month-day"), before it when it is the more specific one.
export const PARSERS: DateParser[] = [
  isoDateParser,
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthParser,
  weekdayParser,
  relativeDayParser,
  agoParser,
  relativePeriodParser,
  pastNParser,
  yearParser,
];

// Refiners for every date of a sentence (findDates) and first for one event's date. Here the order matters:
// - expression-text first, so that longest-span compares the date's own words: "during May 5-6 clashes" read as
//   "during May" (month, 10 characters) and "May 5-6" (month-day, 7) would keep "during May"; with the preposition
//   left out, "May" (3) loses to the day range "May 5-6".
// - longest-span before the event refiners, so that a speaker's date is judged whole: in "a bridge was bombed,
//   officials said 9 May 2019, and depots were hit over the past month", the piece "May 2019" (month) does not follow
//   "said"; were it not first dropped inside "9 May 2019", it would outlive the speaker's date that holds it and, as
//   the nearest to "bombed", become the event's date instead of "the past month".
export const DATE_REFINERS: DateRefiner[] = [
  expressionTextRefiner,
  longestSpanRefiner,
];

// Refiners that choose one event's date (resolveEventDate), after DATE_REFINERS:
// - speaker-date before nearest-trigger, so that a speaker's date is taken only when the sentence has no other:
//   nearest-trigger keeps a single date, and in "the army said on Tuesday that a strike killed four fighters and
//   wounded eleven civilians near the border in late February" the speaker's "Tuesday" is nearer the trigger
//   ("strike") than "late February"; nearest-trigger first would keep it before speaker-date could drop it.
// - speaker-date before explicit-over-vague, so that only the event's own written date beats a time of day: in
//   "officials said on 5 June that rebels shelled the camp overnight", the speaker's "5 June" is dropped first and
//   "overnight" stays; the other way round, "overnight" would go first and the speaker's date, left alone, would stay.
// - explicit-over-vague before nearest-trigger: in "rebels attacked the town overnight on 4 June, killing 4", the
//   time of day is nearer the trigger and would be kept.
// - nearest-trigger last: it keeps one result.
export const EVENT_DATE_REFINERS: DateRefiner[] = [
  speakerDateRefiner,
  explicitOverVagueRefiner,
  nearestTriggerRefiner,
];
