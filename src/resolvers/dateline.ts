// The dateline: "ANKARA, March 4 (Reuters) -", "KABUL (AP) —", "ANKARA –", "BEIRUT, Lebanon (AP) — ",
// "MOGADISHU, Somalia, March 4 (Reuters) -", "Kabul, March 4 (Reuters) -", "ISLAMABAD: ", "BEIJING, March 4 (Xinhua) --".
// The one dateline parser of the code base: the pipeline reads the story's reference date and where its text begins
// from it, the place context where the story was filed.
// A place in capitals needs only the dash (or colon); a place in title case needs a date or an agency in brackets, so
// that a sentence ("The army said on Monday - without proof - that") is no dateline. A news agency alone ("AP - ",
// "(AFP) - ") is a dateline without a place. The dateline is read at the start of the text (after any blank lines), or
// of its second line when the first is a short headline.
// Year of a dateline without one: refDate's (the latest such day not after it); without refDate, the clock's at `now`
// (the story is taken to be recent), so that SPEC's "a dateline is used when neither is given" holds.
import { DATELINE_DAY_WORDS, DATELINE_HEADINGS, MONTH_NUMBERS, NEWS_AGENCIES, SENTENCE_OPENERS, WEEKDAYS } from '../lexicon/dates.js';
import { dayOfYear, iso, monthNumber, parseIso } from './date/calendar.js';
import { esc } from './date/patterns.js';

interface Dateline {
  /** the place as written, with its region: "BEIRUT, Lebanon", "KABUL", "Kabul"; null for an agency alone ("AP - ") */
  place: string | null;
  /** the place's offsets in the text (both at the agency's start when there is no place) */
  placeStart: number;
  placeEnd: number;
  /** the place's name without its region, as written: "BEIRUT"; null when there is no place */
  name: string | null;
  /** the region after the name, without its comma: "Lebanon", "D.C.", "South Sudan"; null when none */
  region: string | null;
  /** the agency in brackets or slashes: "AP", "Reuters", "PRNewswire"; null when none */
  agency: string | null;
  /** the dateline's date, YYYY-MM-DD; null when it gives none */
  date: string | null;
  /** where the story's own text begins: after the dash (or colon) and the space after it */
  end: number;
}

/** Months as datelines write them: "March", "MARCH", "Mar." (capitalised, so "may"/"march" as words never match). */
const MONTH = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length)
  .map((w) => `${esc(w[0].toUpperCase() + w.slice(1))}|${esc(w.toUpperCase())}`).join('|');

const CAPS_WORD = "[\\p{Lu}][\\p{Lu}.'’-]*";
const TITLE_WORD = "[\\p{Lu}][\\p{Ll}.'’-]+";
const CAPS_PLACE = `${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,3}`;                    // "KABUL", "NEW YORK", "DAR ES SALAAM", "KYIV/KIEV"
const TITLE_PLACE = `${TITLE_WORD}(?: (?:${TITLE_WORD}|de|es|al|el)){0,3}`;  // "Kabul", "New York", "Dar es Salaam"
const REGION = `(?:,\\s*(?:${TITLE_WORD}|${CAPS_WORD}|D\\.C\\.)(?:\\s(?:${TITLE_WORD}|${CAPS_WORD})){0,2})`; // ", Lebanon", ", Gaza Strip"
const DATE = `(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?|(\\d{1,2})\\s+(${MONTH})\\.?(?:,?\\s+((?:19|20)\\d{2}))?)`;
const AGENCY = '(\\([^()\\n]{1,40}\\)|/[^/\\n]{1,30}/)';
const DASH = '(?:-{1,2}|–|—|―)';

// groups: 1 lead, 2 place, 3 region, 4-6 month-day-year, 7-9 day-month-year, 10 agency (TITLE_LINE: 10 after a date, 11 alone)
const CAPS_LINE = new RegExp(`^(\\s*)(${CAPS_PLACE})(${REGION})?(?:,?\\s+${DATE})?,?\\s*${AGENCY}?\\s*(?:${DASH}\\s|:\\s)`, 'u');
const TITLE_LINE = new RegExp(`^(\\s*)(${TITLE_PLACE})(${REGION})?(?:(?:,?\\s+${DATE},?\\s*${AGENCY}?)|\\s*${AGENCY})\\s*${DASH}\\s`, 'u');
// groups: 1 lead, 2 agency in brackets ("(AP) - "), 3 agency ("AP - ")
const AGENCIES = NEWS_AGENCIES.map(esc).join('|');
const AGENCY_ALONE = new RegExp(`^(\\s*)(?:\\((${AGENCIES})\\)|(${AGENCIES}))\\s*${DASH}\\s`, 'u');

/** Words that open a text in capitals but name no place: weekdays, months, "TODAY", headings ("UPDATE", "BREAKING"). */
const DAY_WORDS = new Set([...Object.keys(WEEKDAYS).filter((w) => !w.endsWith('.')), ...longestMonthNames(), ...DATELINE_DAY_WORDS]);
const HEADINGS = new Set(DATELINE_HEADINGS);
const OPENER = new RegExp(`^(?:${SENTENCE_OPENERS.join('|')})\\b`);

function longestMonthNames(): string[] {
  const byMonth = new Map<number, string>();
  for (const [w, n] of Object.entries(MONTH_NUMBERS)) if (w.length > (byMonth.get(n)?.length ?? 0)) byMonth.set(n, w);
  return [...byMonth.values()];
}

/** Why the words a line pattern took for a place are none, or null when they may be one. */
function notAPlace(place: string): string | null {
  if (place.replace(/[^\p{L}]/gu, '').length < 3) return 'fewer than three letters'; // "US - China talks"
  if (DAY_WORDS.has(place.toLowerCase())) return 'a day or month word';
  if (HEADINGS.has(place)) return 'a heading word';
  if (OPENER.test(place) && place !== place.toUpperCase()) return "a sentence's opening words";
  return null;
}

/** Where a dateline may start: the text's start, and the second line's when the first is a short headline. */
function lineStarts(docText: string): number[] {
  const starts = [0];
  const nl = /^\s*[^\n]{1,150}\n+/.exec(docText);
  if (nl && !/[-–—:]\s/.test(nl[0])) starts.push(nl[0].length);
  return starts;
}

/** The dateline at the start of `docText`, or null. Never throws. */
export function parseDateline(docText: string, refDate: string | null = null, now: Date = new Date()): Dateline | null {
  if (typeof docText !== 'string' || !docText) return null;
  for (const at of lineStarts(docText)) {
    const head = docText.slice(at, at + 240);
    const a = AGENCY_ALONE.exec(head);
    if (a) {
      const start = at + a[1].length;
      return { place: null, placeStart: start, placeEnd: start, name: null, region: null, agency: a[2] ?? a[3], date: null, end: at + a[0].length };
    }
    const m = CAPS_LINE.exec(head) ?? TITLE_LINE.exec(head);
    if (!m || notAPlace(m[2])) continue;
    const place = (m[2] + (m[3] ?? '')).trim();
    const placeStart = at + m[1].length;
    const agency = (m[10] ?? m[11])?.slice(1, -1).trim() || null;
    return {
      place, placeStart, placeEnd: placeStart + place.length, name: m[2],
      region: m[3] ? m[3].replace(/^,\s*/, '') : null, agency,
      date: datelineDate(m, refDate, now), end: at + m[0].length,
    };
  }
  return null;
}

function datelineDate(m: RegExpExecArray, refDate: string | null, now: Date): string | null {
  const monthWord = m[4] ?? m[8];
  if (!monthWord) return null;
  const ref = refDate && /^\d{4}-\d{2}-\d{2}$/.test(refDate) ? parseIso(refDate) : now;
  if (Number.isNaN(ref.getTime())) return null;
  const yearText = m[6] ?? m[9];
  const day = Number(m[5] ?? m[7]);
  if (day < 1) return null;
  const date = dayOfYear(ref, false, monthNumber(monthWord)!, day, yearText ? Number(yearText) : null);
  return date ? iso(date) : null;
}
