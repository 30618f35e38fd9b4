// Datelines: "ANKARA, March 4 (Reuters) -", "KABUL (AP) —", "ANKARA –", "BEIRUT, Lebanon (AP) — ",
// "MOGADISHU, Somalia, March 4 (Reuters) -", "Kabul, March 4 (Reuters) -", "ISLAMABAD: ", "BEIJING, March 4 (Xinhua) --".
// The place is where the story was filed; the date, when the article gives no other reference date.
// A place in capitals needs only the dash (or colon); a place in title case needs a date or an agency in brackets, so
// that a sentence ("The army said on Monday - without proof - that") is no dateline. The dateline is read at the start
// of the text, or of its second line when the first is a short headline.
// Year of a dateline without one: refDate's (the latest such day not after it); without refDate, the clock's at `now`
// (the story is taken to be recent), so that SPEC's "a dateline is used when neither is given" holds.
import { MONTH_NUMBERS } from '../lexicon/quantities.js';

export interface Dateline { place: string | null; placeStart: number; placeEnd: number; date: string | null; end: number }

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Months as datelines write them: "March", "MARCH", "Mar." (capitalised, so "may"/"march" as words never match). */
const MONTH = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length)
  .map((w) => `${esc(w[0].toUpperCase() + w.slice(1))}|${esc(w.toUpperCase())}`).join('|');

const CAPS_WORD = "[\\p{Lu}][\\p{Lu}.'’-]*";
const TITLE_WORD = "[\\p{Lu}][\\p{Ll}.'’-]+";
const CAPS_PLACE = `${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,3}`;                    // "KABUL", "NEW YORK", "DAR ES SALAAM", "KYIV/KIEV"
const TITLE_PLACE = `${TITLE_WORD}(?: (?:${TITLE_WORD}|de|es|al|el)){0,3}`;  // "Kabul", "New York", "Dar es Salaam"
const REGION = `(?:,\\s*(?:${TITLE_WORD}|${CAPS_WORD}|D\\.C\\.)(?:\\s(?:${TITLE_WORD}|${CAPS_WORD})){0,2})`; // ", Lebanon", ", Gaza Strip"
const DATE = `(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?|(\\d{1,2})\\s+(${MONTH})\\.?(?:,?\\s+((?:19|20)\\d{2}))?)`;
const AGENCY = '(?:\\([^()\\n]{1,40}\\)|/[^/\\n]{1,30}/)';
const DASH = '(?:-{1,2}|–|—|―)';

// groups: 1 lead, 2 place, 3 region, 4-6 month-day-year, 7-9 day-month-year
const CAPS_LINE = new RegExp(`^([ \\t]*)(${CAPS_PLACE})(${REGION})?(?:,?\\s+${DATE})?,?\\s*${AGENCY}?\\s*(?:${DASH}\\s|:\\s)`, 'u');
const TITLE_LINE = new RegExp(`^([ \\t]*)(${TITLE_PLACE})(${REGION})?(?:(?:,?\\s+${DATE},?\\s*${AGENCY}?)|\\s*${AGENCY})\\s*${DASH}\\s`, 'u');

/** The dateline at the start of `docText`, or null. Never throws. */
export function parseDateline(docText: string, refDate: string | null = null, now: Date = new Date()): Dateline | null {
  if (typeof docText !== 'string' || !docText) return null;
  const starts = [0];
  const nl = /^\s*[^\n]{1,150}\n+/.exec(docText); // a short headline line first
  if (nl && !/[-–—:]\s/.test(nl[0])) starts.push(nl[0].length);
  for (const at of starts) {
    const head = docText.slice(at, at + 240);
    const m = CAPS_LINE.exec(head) ?? TITLE_LINE.exec(head);
    if (!m) continue;
    // a place in capitals has three letters at least, and is no heading word
    if (m[2].replace(/[^\p{L}]/gu, '').length < 3) continue;
    if (/^(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|TODAY|YESTERDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/i.test(m[2])) continue;
    if (/^(?:AN|THE|BREAKING|UPDATE|UPDATED|WATCH|LIVE|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|NOTE|EDITOR'S NOTE|PHOTOS?|VIDEO|FILE|CORRECTION|REPORT)$/.test(m[2])) continue;
    if (/^(?:In|On|At|The|A|An|And|But|For|From|By|As|After|Before|Since|When|While|If|Near|Outside|Inside|Across|With)\b/.test(m[2]) && m[2] !== m[2].toUpperCase()) continue; // a sentence's opening words
    const place = (m[2] + (m[3] ?? '')).trim();
    const placeStart = at + m[1].length;
    return {
      place, placeStart, placeEnd: placeStart + place.length,
      date: datelineDate(m, refDate, now), end: at + m[0].length,
    };
  }
  return null;
}

function datelineDate(m: RegExpExecArray, refDate: string | null, now: Date): string | null {
  const monthWord = m[4] ?? m[8];
  if (!monthWord) return null;
  const month = MONTH_NUMBERS[monthWord.toLowerCase()];
  const day = Number(m[5] ?? m[7]);
  const yearText = m[6] ?? m[9];
  const ref = refDate && /^\d{4}-\d{2}-\d{2}$/.test(refDate) ? new Date(`${refDate}T12:00:00Z`) : now;
  if (!month || !(day >= 1) || Number.isNaN(ref.getTime())) return null;
  let y = yearText ? Number(yearText) : ref.getUTCFullYear();
  let d = new Date(Date.UTC(y, month - 1, day, 12));
  if (!yearText && d.getTime() > ref.getTime() + 86400000) d = new Date(Date.UTC(--y, month - 1, day, 12));
  return d.getUTCDate() === day ? d.toISOString().slice(0, 10) : null;
}
