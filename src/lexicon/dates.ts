// Date words, as data: the constants file of the date parsers (src/resolvers/date/) and of the dateline parser
// (src/resolvers/dateline.ts), which build their patterns from these tables once, at load. src/resolvers/count.ts reads
// the month and weekday words too (a number after them is a day, not a count). Data only.

/** A cue with the reason id that names it in debug output. */
interface DateCue { reason: string; words: string[] }

/** Month names and abbreviations → month number (1-12). "may" and "march" are verbs too: see AMBIGUOUS_DATE_WORDS. */
export const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTHS = Object.keys(MONTH_NUMBERS);

/** Weekday names → day of week (0 = Sunday). Abbreviations only with a period ("Wed."): "Sun" and "Sat" are words. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  'sun.': 0, 'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6,
};

/** Date words that are also ordinary words: only a date when capitalised ("Protesters march 10 miles", "it may 5"). */
export const AMBIGUOUS_DATE_WORDS = ['may', 'march', 'mar', 'jan', 'sun.', 'sat.', 'dec', 'sept', 'sep', 'aug', 'jun', 'jul'];

/** Units of "N <unit> ago": each word → the unit it counts. */
export const DATE_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};

/** Day words relative to the reference date, in days. "overnight" is the night into the reference day (range).
 * Not here: "the next day", "the previous day", "earlier in the day", "a day later": they count from the day the
 * story is telling of ("quakes on Monday after a tremor the previous day"), which a sentence alone does not give
 * (STORY_DAY_STEPS below: the document's date fallback reads them). */
export const RELATIVE_DAYS: Record<string, { offset: number; precision: 'day' | 'range' }> = {
  today: { offset: 0, precision: 'day' }, tonight: { offset: 0, precision: 'day' }, 'this morning': { offset: 0, precision: 'day' },
  'this afternoon': { offset: 0, precision: 'day' }, 'this evening': { offset: 0, precision: 'day' },
  'earlier today': { offset: 0, precision: 'day' }, 'later today': { offset: 0, precision: 'day' },
  'early today': { offset: 0, precision: 'day' },
  yesterday: { offset: -1, precision: 'day' }, 'last night': { offset: -1, precision: 'day' },
  'the day before yesterday': { offset: -2, precision: 'day' },
  overnight: { offset: -1, precision: 'range' }, tomorrow: { offset: 1, precision: 'day' },
  'the day after tomorrow': { offset: 2, precision: 'day' },
};

/** Times of day that name no day of their own: "overnight" (read as the night into the reference day when the
 * sentence has nothing better), "at dawn", "in the early hours". A date the sentence writes out beats them ("overnight
 * on 4 June" is 4 June), and an event dated by one alone may take the date of the event told just before it
 * (src/refiners/dates.ts). */
export const TIME_OF_DAY_WORDS: DateCue[] = [
  { reason: 'night', words: ['overnight', 'during the night', 'in the night', 'at night'] },
  { reason: 'dawn', words: ['at dawn', 'before dawn', 'at daybreak', 'at first light'] },
  { reason: 'early-hours', words: ['in the early hours', 'in the early morning', 'early in the morning'] },
];

/** Words before a written day that make it the day of something else ("days after the 2 June truce", "since 4 May"):
 * such a day does not beat a time of day the sentence gives the event. */
export const OTHER_DAY_LEADS: DateCue[] = [
  { reason: 'relation', words: ['after', 'before', 'since', 'until', 'following', 'ahead of', 'prior to', 'by'] },
];

/** Days counted from the day the story is telling of, not from the reference date: an event with no date of its own
 * takes the date of the event told just before it, moved by `offset` days ("a soldier died the next day"). */
export const STORY_DAY_STEPS: (DateCue & { offset: number })[] = [
  { reason: 'same-day', offset: 0, words: ['the same day', 'later that day', 'that night', 'later that night', 'that evening',
    'hours later', 'minutes later', 'moments later', 'shortly afterwards'] },
  { reason: 'next-day', offset: 1, words: ['the next day', 'the following day', 'a day later', 'the next morning',
    'the following morning'] },
  { reason: 'previous-day', offset: -1, words: ['the previous day', 'a day earlier', 'the night before'] },
];

/** "two days later", "3 days earlier": a number of days (figures, or SMALL_NUMBERS but INEXACT_SMALL_NUMBERS) counted
 * from the story's day, with the sign of the word after it. "several days later" names no day: see OTHER_STORY_CUES. */
export const STORY_DAY_COUNT_WORDS: Record<string, 1 | -1> = { later: 1, afterwards: 1, earlier: -1 };

/** Words that tell another story than the one just told ("Separately, a landmine killed 3 herders"): an event with
 * no date of its own in such a sentence does not take the date of the event told before it. */
export const OTHER_STORY_CUES: DateCue[] = [
  { reason: 'separate', words: ['separately', 'in a separate incident', 'in a separate attack', 'in another incident',
    'in another attack', 'elsewhere'] },
  { reason: 'earlier', words: ['earlier', 'previously', 'before that'] },
  { reason: 'past-period', words: ['last week', 'last month', 'last year', 'in recent weeks', 'in recent months'] },
  { reason: 'later-period', words: ['days later', 'weeks later', 'months later', 'a week later', 'a month later', 'later that week',
    'later in the week', 'the following week', 'the next week'] },
];

/** Prepositions that make a bare year the date of an event ("in 2018"); "since 2011", "the 2018 agreement" are not. */
export const YEAR_PREPOSITIONS = ['in', 'during', 'early', 'late', 'mid', 'mid-', 'in early', 'in late', 'in mid', 'in mid-',
  'earlier in', 'later in', 'throughout', 'in the year', 'in the spring of', 'in the summer of', 'in the autumn of', 'in the fall of',
  'in the winter of', 'in the spring', 'in the summer', 'in the autumn', 'in the fall', 'in the winter', 'back in', 'as early as'];

/** Number words for "two days ago", "three weeks ago" (dates need only small numbers). */
export const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  several: 3, 'a few': 2, 'a couple of': 2, couple: 2,
};

/** Number words of SMALL_NUMBERS that give no exact number ("several days later"). */
export const INEXACT_SMALL_NUMBERS = ['several', 'a few', 'a couple of', 'couple'];

/** Words before a weekday that fix which one: "last Friday" is strictly before the reference date, "next Friday"
 * strictly after it; "this Friday" (null) follows the sentence's tense like a bare weekday. */
export const WEEKDAY_QUALIFIERS: Record<string, 'last' | 'next' | null> = {
  last: 'last', this: null, next: 'next', past: 'last', previous: 'last', coming: 'next',
};

/** Words between a weekday qualifier and the weekday: "late Sunday", "overnight Tuesday", "early on Monday". */
export const WEEKDAY_TIMES = ['early', 'late', 'overnight'];

/** Parts of the day after a weekday: "Thursday night". */
export const DAY_PARTS = ['night', 'morning', 'afternoon', 'evening', 'overnight'];

/** Words before a month name that make it a date ("in March", "early March", "last March"); a month alone may be a
 * verb or a name. */
export const MONTH_LEADS = ['in', 'during', 'since', 'by', 'until', 'last', 'this', 'next', 'early', 'late', 'mid', 'through',
  'throughout', 'of', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'in early', 'in late', 'in mid'];

/** Month leads that mark the edge of a period ("since March"), not the event's month; with a year they still date it. */
export const PERIOD_EDGES = ['since', 'by', 'until'];

/** "last/this/next week|month|year|weekend": the qualifier → its step from the reference period (-1, 0, +1).
 * "the past week" (a qualifier with "the" and step -1) is the seven days up to the reference date. */
export const PERIOD_QUALIFIERS: Record<string, -1 | 0 | 1> = {
  'the past': -1, 'the last': -1, 'the previous': -1, last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1,
  'the coming': 1, 'over the': 0, 'at the': 0, 'on the': 0,
};

/** Qualifiers of PERIOD_QUALIFIERS that only date a weekend ("over the weekend"; "over the week" is no date). */
export const WEEKEND_ONLY_QUALIFIERS = ['over the', 'at the', 'on the'];

/** Words before a period that move inside it without changing it: "earlier this month", "late last year". */
export const PERIOD_SHADES = ['early', 'late', 'earlier', 'later'];

/** Units of "the last/past/previous period": "last week", "over the weekend". */
export const PERIOD_UNITS = ['week', 'month', 'year', 'weekend'];

/** Prepositions of "in the past 24 hours", "over the last three days": a period up to the reference date. */
export const SPAN_PREPOSITIONS = ['in', 'over', 'during', 'within'];
/** Units of "in the past N <unit>". */
export const SPAN_UNITS = ['hours', 'days', 'weeks', 'months'];

/** Words after "N days" that tie it to the reference date ("ago")... */
export const AGO_WORDS = ['ago'];
/** ...and words there that tie it to another event ("two days earlier": than what?): no date. */
export const AFTER_EVENT_WORDS = ['earlier', 'before'];

/** Plain prepositions left out of a date's text: "in March 2018" is written "March 2018". */
export const DATE_TEXT_LEADS = ['in', 'during', 'of', 'on', 'at', 'through', 'throughout'];

/** Words without one of which (as a substring, case aside) a sentence holds no date: a cheap test before the parsers.
 * Besides these, a digit-separator-digit ("9/5", "13.05") or a year 1900-2099 lets a sentence through. */
export const DATE_HINTS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'last', 'this', 'next', 'past', 'previous', 'coming', 'ago',
  'weekend', 'morning'];
/** Month abbreviations of DATE_HINTS: only as whole words ("dec" is in "decided"). */
export const DATE_HINT_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];


/** A speaker's date ("officials said on Monday", "in a statement Tuesday") is the report's, not the event's: the verb or
 * noun of saying just before a date, with the words that may stand between them (SPEAKER_LINKS). */
export const SPEAKER_CUES: DateCue[] = [
  { reason: 'said', words: ['said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'confirmed', 'claimed', 'declared',
    'warned', 'tweeted', 'wrote'] },
  { reason: 'statement', words: ['statement', 'briefing'] },
];
export const SPEAKER_LINKS = ['on', 'late', 'early', 'in a statement'];

/** Future and planned wording, read when the caller does not say whether the event is planned. */
export const FUTURE_CUES: DateCue[] = [
  { reason: 'will', words: ['will', 'shall'] },
  { reason: 'scheduled-to', words: ['is due to', 'is scheduled to', 'is set to', 'is expected to', 'is slated to', 'is planned to',
    'is planning to', 'is poised to', 'is going to', 'are due to', 'are scheduled to', 'are set to', 'are expected to',
    'are slated to', 'are planning to', 'are going to'] },
  { reason: 'plans-to', words: ['plan to', 'plans to'] },
  { reason: 'to-be-held', words: ['to be held', 'upcoming'] },
];

/** Datelines: words in capitals that open a text but name no place ("BREAKING:", "UPDATE -"). Case-sensitive. */
export const DATELINE_HEADINGS = ['AN', 'THE', 'BREAKING', 'UPDATE', 'UPDATED', 'WATCH', 'LIVE', 'EXCLUSIVE', 'ANALYSIS',
  'OPINION', 'EDITORIAL', 'NOTE', "EDITOR'S NOTE", 'PHOTO', 'PHOTOS', 'VIDEO', 'FILE', 'CORRECTION', 'REPORT'];

/** Datelines: day words that open a text but name no place ("MONDAY: five killed"), besides weekdays and months. */
export const DATELINE_DAY_WORDS = ['today', 'yesterday'];

/** Datelines: news agencies that may open a story alone, with no place ("AP - A company said", "(AFP) - Police"),
 * as they write their names. Case-sensitive. */
export const NEWS_AGENCIES = ['AP', 'AFP', 'Reuters', 'REUTERS', 'Xinhua', 'XINHUA', 'UPI', 'dpa', 'DPA', 'ANSA', 'EFE', 'IRNA',
  'TASS', 'Interfax', 'Kyodo', 'Yonhap', 'Bernama', 'Anadolu', 'PTI', 'IANS', 'ANI', 'AAP', 'CP', 'CNA'];

/** Datelines: words that open a sentence in title case ("In Kabul, March 4 - a bomb"): no place. */
export const SENTENCE_OPENERS = ['In', 'On', 'At', 'The', 'A', 'An', 'And', 'But', 'For', 'From', 'By', 'As', 'After', 'Before',
  'Since', 'When', 'While', 'If', 'Near', 'Outside', 'Inside', 'Across', 'With'];
