// Count phrases: "nine", "33", "more than 50" (spun "extra than 50"), "at least 20", "dozens", "15-20",
// "between 10 and 15", "twenty-five", "1,200". `findCountPhrases` finds them in running text; whether a phrase
// counts people killed or wounded is the casualty rules' call (src/rules/casualties.ts), helped by
// `isNonCountContext` for numbers that are years, ages, durations, distances, money, times or phone numbers.
import type { Count } from '../schema/event.js';
import { EXACT_GROUPS, MONTHS, MULTIPLIERS, NON_COUNT_UNITS, QUALIFIERS, TENS, UNITS, VAGUE, type Qualifier } from '../lexicon/quantities.js';

const alt = (words: string[]) => words.slice().sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const UNIT_WORDS = Object.keys(UNITS).filter((w) => !['a', 'an', 'none', 'zero', 'single'].includes(w));
const TEN_WORDS = Object.keys(TENS);
const WORD_NUM = `(?:(?:${alt(TEN_WORDS)})(?:[-\\s](?:${alt(UNIT_WORDS)}))?|${alt(UNIT_WORDS)}|a)(?:\\s+(?:${alt(Object.keys(MULTIPLIERS))})(?:\\s+(?:and\\s+)?(?:(?:${alt(TEN_WORDS)})(?:[-\\s](?:${alt(UNIT_WORDS)}))?|${alt(UNIT_WORDS)}))?)?`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+';
const NUM = `(?:${DIGITS}|${WORD_NUM})`;
const QUALIFIER = alt(QUALIFIERS.flatMap((q) => q.words));
const VAGUE_WORDS = alt(Object.keys(VAGUE).filter((w) => w !== 'many' && w !== 'few'));
const GROUPS = alt(Object.keys(EXACT_GROUPS));

const PHRASE = new RegExp(
  `(?<![\\w$£€.,:/-])(?:(${QUALIFIER})\\s+)?(?:between\\s+(${NUM})\\s+and\\s+(${NUM})|(${DIGITS})\\s*(?:-|–)\\s*(${DIGITS})(?![\\w-])|(${NUM})\\s+to\\s+(${NUM})(?![\\w-])|(${GROUPS})|(${VAGUE_WORDS})|(${NUM}))(?![\\w]|[.,]\\d)`,
  'gi',
);

const QUAL_KIND = new Map<string, Qualifier['kind']>();
for (const q of QUALIFIERS) for (const w of q.words) QUAL_KIND.set(w, q.kind);

/** "twenty-five" → 25, "1,200" → 1200, "two hundred and fifty" → 250, "a hundred" → 100. null when not a number. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) { current += UNITS[w]; seen = true; } else if (w in TENS) { current += TENS[w]; seen = true; } else if (w in MULTIPLIERS) {
      current = (current || 1) * MULTIPLIERS[w];
      if (MULTIPLIERS[w] >= 1000) { total += current; current = 0; }
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** No report counts more people than this: a larger figure ("30-digit number") is no casualty count. */
export const MAX_COUNT = 10_000_000;

function qualify(kind: Qualifier['kind'] | undefined, n: number): { low: number; high: number | null } {
  switch (kind) {
    case 'more-than': return { low: n + 1, high: null };
    case 'at-least': return { low: n, high: null };
    case 'up-to': return { low: Math.min(1, n), high: n };
    case 'nearly': return n > 1 ? { low: Math.ceil(n * 0.9), high: n - 1 } : { low: n, high: n };
    default: return { low: n, high: n }; // exact, or "about 40": the figure reported
  }
}

function countOf(m: RegExpExecArray): Count | null {
  const qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  const kind = qualifier ? QUAL_KIND.get(qualifier) : undefined;
  const text = m[0].trim();
  if (m[2] || m[4] || m[6]) {
    const a = numberValue(m[2] ?? m[4] ?? m[6]);
    const b = numberValue(m[3] ?? m[5] ?? m[7]);
    if (a === null || b === null || a > b || b > MAX_COUNT) return null;
    return { low: kind === 'more-than' ? a + 1 : a, high: kind === 'more-than' || kind === 'at-least' ? null : b, text };
  }
  if (m[8]) {
    const n = EXACT_GROUPS[m[8].toLowerCase().replace(/\s+/g, ' ')];
    return { ...qualify(kind, n), text };
  }
  if (m[9]) {
    const v = VAGUE[m[9].toLowerCase().replace(/\s+/g, ' ')];
    return { low: v.low, high: v.high, text };
  }
  const raw = m[10];
  if (!raw || /^an?$/i.test(raw)) return null; // "a" alone is an article
  const n = numberValue(raw);
  if (n === null || n > MAX_COUNT) return null;
  return { ...qualify(kind, n), text };
}

/** Parses a whole phrase ("more than 50") into a count; null when the phrase is not a count. */
export function parseCount(phrase: string): Count | null {
  const p = phrase.trim();
  if (/^(?:no|none|zero|no one|nobody)$/i.test(p)) return { low: 0, high: 0, text: p };
  const re = new RegExp(`^(?:${PHRASE.source})$`, 'i');
  const m = re.exec(p);
  return m ? countOf(m) : null;
}

/** Every count phrase in `text`, with its offsets. */
export function findCountPhrases(text: string): { start: number; end: number; text: string; count: Count }[] {
  const out: { start: number; end: number; text: string; count: Count }[] = [];
  PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASE.exec(text))) {
    if (m[0].length === 0) { PHRASE.lastIndex++; continue; }
    const count = countOf(m);
    if (!count) continue;
    // leading white space inside the match is not part of the phrase
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    out.push({ start, end: start + count.text.length, text: count.text, count });
  }
  return out;
}

const UNIT_AFTER = new RegExp(`^(?:\\s*-\\s*|\\s+)(?:${alt(NON_COUNT_UNITS)})(?![\\w])`, 'i');
const AGE = /^\s*-?\s*(?:years?|yrs?|months?)[\s-]*old\b/i;
const MONTH_NEAR = new RegExp(`(?:\\b(?:${alt(MONTHS)})\\.?\\s*$)`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(?:${alt(MONTHS)})\\b`, 'i');

/** True when the number at [start, end) of `text` is plainly not a count of people. */
export function isNonCountContext(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (UNIT_AFTER.test(after) || AGE.test(after)) return true;                       // "9-year conflict", "15-20 kilometers", "three days"
  if (/[$£€¥]\s*$/.test(before) || /^\s*(?:%|percent|per cent)/i.test(after)) return true; // money, percentages
  if (/^\s*(?:st|nd|rd|th)\b/i.test(after) || /^\d+(?:st|nd|rd|th)$/i.test(phrase)) return true; // ordinals
  if (/^[:.]\d/.test(after) || /\d[:.]\s*$/.test(before)) return true;                // times "10:30", decimals
  if (/^\s*-\s*\d{3,}/.test(after) || /\d{3,}\s*-\s*$/.test(before) || /\(\d{2,4}\)\s*$/.test(before)) return true; // phone numbers
  if (/^(?:1[89]|20)\d{2}$/.test(phrase.replace(/,/g, '')) && !/\s/.test(phrase)) return true; // a year
  if (MONTH_NEAR.test(before) || MONTH_AFTER.test(after)) return true;               // dates "March 4", "4 March"
  if (/^\s*of\s+(?:the|them|those|these|his|her|their|its)\b/i.test(after) && /^(?:one|1)$/i.test(phrase)) return true; // "one of the"
  if (/\b(?:no\.|number|page|article|resolution|route|highway|flight|chapter|section|unit|brigade|division|battalion|squad|platoon|grade|level|phase|stage|round)\s*$/i.test(before)) return true;
  if (/^\s*(?:-|–)\s*(?:\d|one|two|three)\b/i.test(after) && /\b(?:won|beat|lost|draw|drew|score|scored|defeated)\b/i.test(before + after)) return true; // sport scores "3-1"
  return false;
}
