// Regular-expression pieces built once from the word tables of src/lexicon/dates.ts, shared by the date parsers.
import { AMBIGUOUS_DATE_WORDS, MONTH_NUMBERS, SMALL_NUMBERS, WEEKDAYS } from '../../lexicon/dates.js';

/** A word or phrase as a literal pattern; a space matches any run of white space. */
export const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Case-insensitive pattern of one word or phrase (the parsers' flags stay case-sensitive for the month rule). */
export const ci = (w: string) => [...w].map((ch) => (/[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : ch === ' ' ? '\\s+' : esc(ch))).join('');
/** Longest first, so that an alternation prefers "the day before yesterday" to "yesterday". */
export const byLength = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length);
/** Case-insensitive alternation of the words, in the order given. */
export const ciAlt = (ws: string[]) => ws.map(ci).join('|');
/** Alternation of phrases (a space matches any white space), in the order given; for patterns with the 'i' flag. */
export const phraseAlt = (ws: string[]) => ws.map(esc).join('|');
/** Case-aware alternation: ambiguous words ("may", "march") only capitalised or in capitals. */
const caseAlt = (ws: string[]) => byLength(ws).map((w) => (AMBIGUOUS_DATE_WORDS.includes(w)
  ? `(?:${esc(w[0].toUpperCase() + w.slice(1))}|${esc(w.toUpperCase())})`
  : ci(w))).join('|');

/** A month name or abbreviation ("March", "Jan", "SEPT"; "may"/"march" only capitalised). */
export const MONTH = `(?:${caseAlt(Object.keys(MONTH_NUMBERS))})`;
/** A weekday's full name. */
export const WEEKDAY = `(?:${caseAlt(Object.keys(WEEKDAYS).filter((w) => !w.endsWith('.')))})`;
/** A weekday's name or its abbreviation with a period ("Wed."). */
const WEEKDAY_ABBR = `(?:${caseAlt(Object.keys(WEEKDAYS))})`;
/** A small number in figures or words ("3", "three", "a few"). */
export const SMALL = `(?:\\d{1,2}|${byLength(Object.keys(SMALL_NUMBERS)).map(ci).join('|')})`;
/** A day of the month, captured, with an optional ordinal suffix ("5th"). */
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "-5", "to 5th", "and 5": the second day of a range, captured. */
export const DAY_TO = '(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?';
/** ", 2020" / " 2020": a year after a day, captured. */
export const YEAR_AFTER = '(?:,?\\s+((?:19|20)\\d{2}))?';
/** "Thursday, " / "Wed. " before a day. */
export const WEEKDAY_BEFORE = `(?:${WEEKDAY_ABBR},?\\s+)?`;

/** The number a word or figure stands for ("three" → 3, "12" → 12), or null. */
export const numberOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : SMALL_NUMBERS[w.toLowerCase().replace(/\s+/g, ' ')] ?? null);
/** A table key as written in a sentence ("Last  Week" → "last week"). */
export const keyOf = (w: string) => w.toLowerCase().replace(/\s+/g, ' ');
