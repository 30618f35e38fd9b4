// Count phrases: "nine", "33", "more than 50" (spun "extra than 50"), "at least 20", "dozens", "15-20",
// "between 10 and 15", "twenty-five", "1,200", "1.5 million", "two dozen", "several hundred", "20 or more".
// `findCountPhrases` finds them in running text; whether a phrase counts people killed or wounded is the casualty
// rules' call (src/rules/counts/), helped by `isNonCountContext` for numbers that are years, ages, durations,
// distances, money, times, phone numbers, dates, labels or force sizes.
// Every pattern is built once from the tables in src/lexicon/quantities.ts (conventions documented there) and the
// words around numbers in src/lexicon/count-context.ts.
// Nothing here throws on text: null / [] / false mean "no count".
import type { Count } from '../../schema/event.js';
import {
  EXACT_GROUPS, FORCE_NOUNS, FORCE_WORDS, GROUP_MULTIPLIERS, LABEL_WORDS, MONTHS, MULTIPLIERS, NON_COUNT_UNITS, QUALIFIERS,
  SUFFIX_QUALIFIERS, TENS, UNITS, AMBIGUOUS_DATE_WORDS, VAGUE, VAGUE_FACTOR, VAGUE_MULTIPLIED, WEEKDAYS, YEAR_PREPOSITIONS, type Qualifier,
} from '../../lexicon/quantities.js';
import {
  AMOUNT_NOUNS, CURRENCY_CODES, FORCE_QUALIFIERS, NOT_PLURAL_S_WORDS, ONE_DETERMINERS_NOT_A_COUNT, ONE_IDIOM_FOLLOWERS,
  ONE_OF_FOLLOWERS, ONE_PERSON_DETERMINERS, SCORE_WORDS, UNIT_MODIFIERS, UNITS_NOT_ALONE, VAGUE_NOT_ALONE, YEAR_RANGE_SEPARATORS,
  YEAR_WORDS_BEFORE, ZERO_PHRASES,
} from '../../lexicon/count-context.js';
import { IRREGULAR_PLURAL_PEOPLE } from '../../lexicon/casualties.js';
import { alternation, compiledNow, wordSet, wordsOf } from '../../lexicon/words.js';

type Kind = Qualifier['kind'];

/** Alternation of words, longest first (regex alternation takes the first that matches), spaces as any white space. */
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

const UNITS_NEVER_ALONE = wordSet(UNITS_NOT_ALONE);
const UNIT_WORDS = Object.keys(UNITS).filter((w) => !UNITS_NEVER_ALONE.has(w));

// The pattern below is large (12 kB), and V8 compiles a pattern on its first runs (bytecode, then machine code). Every
// group in it that the code does not read is a plain capturing group "(…)" rather than "(?:…)": capturing changes
// nothing in what matches, and V8 compiles the pattern in a third to a half of the CPU time (its first runs on the seed
// article: 230 → 65 ms). The groups the code reads have names.
const MULT = alt(Object.keys(MULTIPLIERS));
/** "twenty-five", "seven", "twenty five" */
const SMALL = `((${alt(Object.keys(TENS))})([-\\s](${alt(UNIT_WORDS)})\\b)?|(${alt(UNIT_WORDS)}))`;
/** "two hundred and fifty", "one thousand two hundred", "a hundred", "twenty-five thousand", or a SMALL number */
const WORD_NUM = `((a|an|${SMALL})\\s+(${MULT})(\\s+(and\\s+)?(${SMALL}\\s+(${MULT})(\\s+(and\\s+)?${SMALL})?|${SMALL}))?|${SMALL})`;
/** "1,200", "33", "1.5 million", "5 thousand" */
const DIGIT_NUM = `((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s+(${MULT})\\b|\\d{1,3}(,\\d{3})+(?![\\d])|\\d+)`;
const NUM = `(${DIGIT_NUM}|${WORD_NUM})`;
const DIGITS = '(\\d{1,3}(,\\d{3})+|\\d+)';

const QUAL_KIND = new Map<string, Kind>();
for (const q of QUALIFIERS) for (const w of q.words) QUAL_KIND.set(norm(w), q.kind);
const SUFFIX_KIND = new Map<string, 'at-least' | 'about'>();
for (const q of SUFFIX_QUALIFIERS) for (const w of q.words) SUFFIX_KIND.set(norm(w), q.kind);

const QUALIFIER = alt(QUALIFIERS.flatMap((q) => q.words));
const SUFFIX = alt(SUFFIX_QUALIFIERS.flatMap((q) => q.words).filter((w) => !/^[-+]/.test(w)));
const VAGUE_NEVER_ALONE = wordSet(VAGUE_NOT_ALONE);
const VAGUE_WORDS = alt(Object.keys(VAGUE).filter((w) => !VAGUE_NEVER_ALONE.has(w)));
const GROUPS = alt(Object.keys(EXACT_GROUPS));
const VAGUE_MULT = alt(VAGUE_MULTIPLIED);
const GROUP_MULT = alt(Object.keys(GROUP_MULTIPLIERS));

// Alternatives, in the order the regex tries them (keep ranges first: "15-20" is one phrase, not two numbers).
// Named groups: qualifier | between low, high | digit range low, high | word range (to/or) low, high | vague×mult
//               | n×group | exact group | vague | number, suffix qualifier or plus
/** The count phrase pattern (flags "gi"), exported for the test that compares it with its (?:…) form. */
export const COUNT_PHRASE_SOURCE =
  `(?<![\\w$£€¥₹.,:/-])((?<qualifier>${QUALIFIER})\\s+)?(` +
  `between\\s+(?<betweenLow>${NUM})\\s+and\\s+(?<betweenHigh>${NUM})` +
  `|(?<digitLow>${DIGITS})\\s*(-|–|—)\\s*(?<digitHigh>${DIGITS})(?![\\w-]|[.,]\\d)` +
  `|(?<rangeLow>${NUM})\\s+(to|or)\\s+(?<rangeHigh>${NUM})(?![\\w-])` +
  `|(?<vague>${VAGUE_MULT})\\s+(?<vagueMult>${MULT})(?!\\w)` +
  `|(?<groupCount>${DIGITS}|${SMALL})[\\s-]+(?<groupMult>${GROUP_MULT})(?!\\w)` +
  `|(?<group>${GROUPS})(?!\\w)` +
  `|(?<vagueWord>${VAGUE_WORDS})(?!\\w)` +
  `|(?<number>${NUM})((\\s+|-)(?<suffix>${SUFFIX})(?![\\w])|(?<plus>\\+))?` +
  `)(?![\\w/]|[.,:]\\d)`;
const PHRASE = compiledNow(new RegExp(COUNT_PHRASE_SOURCE, 'gi'));

/** The count phrase `s` begins with. It runs the very pattern of PHRASE, with its flags, from the start and keeps a
 *  match found there: V8 then compiles the pattern once (a "^"-anchored copy cost as much again on first use). */
function phraseAtStart(s: string): RegExpExecArray | null {
  PHRASE.lastIndex = 0;
  const m = PHRASE.exec(s);
  return m && m.index === 0 ? m : null;
}

/** No report counts more people than this: a larger figure ("30-digit number") is no casualty count. */
const MAX_COUNT = 10_000_000;

/** "twenty-five" → 25, "1,200" → 1200, "two hundred and fifty" → 250, "a hundred" → 100, "1.5 million" → 1500000.
 *  null when not a number. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+$/.test(t)) return Number(t);
  const dm = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(t);
  if (dm) {
    const m = MULTIPLIERS[dm[2]] ?? GROUP_MULTIPLIERS[dm[2]];
    return m ? Math.round(Number(dm[1]) * m) : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and' && seen) continue;
    if (w in UNITS && w !== 'none') { current += UNITS[w]; seen = true; } else if (w in TENS) { current += TENS[w]; seen = true; } else if (w in MULTIPLIERS) {
      current = (current || 1) * MULTIPLIERS[w];
      if (MULTIPLIERS[w] >= 1000) { total += current; current = 0; }
      seen = true;
    } else if (w in GROUP_MULTIPLIERS && seen) {
      current = (current || 1) * GROUP_MULTIPLIERS[w];
    } else return null;
  }
  return seen ? total + current : null;
}

/** How a qualifier bounds a figure n (conventions: src/lexicon/quantities.ts). null when the bound leaves no count. */
function qualify(kind: Kind | undefined, n: number): { low: number; high: number | null } | null {
  switch (kind) {
    case 'more-than': return { low: n + 1, high: null };
    case 'at-least': return { low: n, high: null };
    case 'up-to': return { low: Math.min(1, n), high: n };
    case 'less-than': return n >= 1 ? { low: Math.min(1, n - 1), high: n - 1 } : null;
    case 'nearly': return n >= 2 ? { low: Math.max(1, n - Math.max(1, Math.floor(n / 10))), high: n - 1 } : { low: n, high: n };
    default: return { low: n, high: n }; // exact, or "about 40": the figure reported
  }
}

/** A figure's open-ended reading ("dozens", "20 or more") under a qualifier: "more than dozens" stays open. */
function qualifyOpen(kind: Kind | undefined, low: number): { low: number; high: number | null } {
  return kind === 'more-than' ? { low: low + 1, high: null } : { low, high: null };
}

function countOf(m: RegExpExecArray): Count | null {
  const g = m.groups!;
  const kind = g.qualifier ? QUAL_KIND.get(norm(g.qualifier)) : undefined;
  const text = m[0].trim();
  const ok = (c: { low: number; high: number | null } | null): Count | null =>
    c && c.low >= 0 && c.low <= MAX_COUNT && (c.high === null || (c.high >= c.low && c.high <= MAX_COUNT)) ? { ...c, text } : null;
  if (g.betweenLow || g.digitLow || g.rangeLow) { // ranges
    const a = numberValue(g.betweenLow ?? g.digitLow ?? g.rangeLow);
    const b = numberValue(g.betweenHigh ?? g.digitHigh ?? g.rangeHigh);
    if (a === null || b === null || a >= b) return null;
    if (kind === 'more-than') return ok({ low: a + 1, high: null });
    if (kind === 'at-least') return ok({ low: a, high: null });
    if (kind === 'up-to' || kind === 'less-than') return ok({ low: Math.min(1, a), high: b });
    return ok({ low: a, high: b });
  }
  if (g.vague) { // "several hundred"
    const f = VAGUE_FACTOR[norm(g.vague)] ?? 2;
    return ok(qualifyOpen(kind, f * MULTIPLIERS[norm(g.vagueMult)]));
  }
  if (g.groupCount) { // "two dozen"
    const n = numberValue(g.groupCount);
    return n === null ? null : ok(qualify(kind, n * GROUP_MULTIPLIERS[norm(g.groupMult)]));
  }
  if (g.group) return ok(qualify(kind, EXACT_GROUPS[norm(g.group)]));
  if (g.vagueWord) return ok(qualifyOpen(kind, VAGUE[norm(g.vagueWord)].low));
  const raw = g.number;
  if (!raw) return null;
  const n = numberValue(raw);
  if (n === null) return null;
  const suffix = g.suffix ? SUFFIX_KIND.get(norm(g.suffix)) : g.plus ? 'at-least' : undefined;
  if (suffix === 'at-least') return ok(qualifyOpen(kind === 'more-than' ? kind : undefined, n));
  return ok(qualify(kind, n));
}

const ZERO = compiledNow(new RegExp(`^(?:${alternation(ZERO_PHRASES)})$`, 'i'));
/** "a civilian", "one soldier", "a single child": one person (parseCount only; the rules find singular victims by tag). */
const ONE_NOUN = compiledNow(new RegExp(`^(?:${alternation(ONE_PERSON_DETERMINERS)})\\s+(\\p{Ll}[\\p{L}'’-]*)$`, 'u'));

/** Parses a whole phrase ("more than 50", "dozens of", "a civilian", "no one") into a count; null when the phrase is not
 *  a count, or when its own words make it something else ("three days", "a 25-year-old", "2018", "10:30", "$5 million"). */
export function parseCount(phrase: string): Count | null {
  if (typeof phrase !== 'string') return null;
  const p = phrase.trim().replace(/\s+/g, ' ');
  if (!p) return null;
  if (ZERO.test(p)) return { low: 0, high: 0, text: p };
  const m = phraseAtStart(p);
  if (m) {
    const rest = p.slice(m[0].length);
    // the phrase may go on with "of" and a few words naming what is counted ("dozens of civilians")
    if (/^(?:\s+of)?(?:\s+[\p{L}][\p{L}'’.-]*){0,4}$/u.test(rest) && !isNonCountContext(p, 0, m[0].length)) {
      const c = countOf(m);
      if (c) return { ...c, text: p };
    }
    return null;
  }
  const one = ONE_NOUN.exec(p);
  if (one && !isCountWordOrUnit(one[1])) return { low: 1, high: 1, text: p };
  return null;
}

const UNIT_SET = new Set(wordsOf(NON_COUNT_UNITS));
const AMOUNTS = wordSet(AMOUNT_NOUNS);
function isCountWordOrUnit(w: string): boolean {
  const x = w.toLowerCase();
  return UNIT_SET.has(x) || x in UNITS || x in TENS || x in MULTIPLIERS || x in VAGUE || x in GROUP_MULTIPLIERS || AMOUNTS.has(x)
    || MONTHS.includes(x) || x in WEEKDAYS;
}

/** Two figures for the same casualties as one count (a rival source's, a later report's): the lower low, and the high
 *  of the highest figure given, open when that figure is ("at least 3" and "12" are 3 to 12; "9" and "dozens" are 9
 *  or more). The first's text is kept. */
export function widenCount(a: Count, b: Count): Count {
  const top = (c: Count) => c.high ?? c.low;
  const highest = top(b) > top(a) ? b : a;
  return { ...a, low: Math.min(a.low, b.low), high: highest.high === null ? null : Math.max(top(a), top(b)) };
}

export interface CountPhrase { start: number; end: number; text: string; count: Count }

/** Copies of PHRASE for findCountPhrases to search with, each with its own lastIndex (callers may interleave), kept
 *  between calls: building a copy of so long a pattern costs ≈0.3 ms (V8 finds its compiled code by the source),
 *  more than a search of a sentence. */
const spareSearches: RegExp[] = [compiledNow(new RegExp(COUNT_PHRASE_SOURCE, 'gi'))];

/** Every count phrase in `text`, with its offsets (phrases do not overlap; context is not judged: see isNonCountContext). */
export function findCountPhrases(text: string): CountPhrase[] {
  const out: CountPhrase[] = [];
  if (typeof text !== 'string' || !text) return out;
  const re = spareSearches.pop() ?? new RegExp(COUNT_PHRASE_SOURCE, 'gi'); // PHRASE's source and flags: compiled once
  re.lastIndex = 0;
  try {
    searchCountPhrases(text, re, out);
  } finally {
    spareSearches.push(re);
  }
  return out;
}

function searchCountPhrases(text: string, re: RegExp, out: CountPhrase[]): void {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    // "rose from 10 to 15": two figures of a rising toll, not a range; read each on its own
    const low = m.groups!.rangeLow;
    if (low && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && /\sto\s/i.test(m[0])) {
      re.lastIndex = start + low.length;
      const c = countOf(phraseAtStart(low)!);
      if (c) out.push({ start, end: start + c.text.length, text: c.text, count: c });
      continue;
    }
    const count = countOf(m);
    if (!count) continue;
    out.push({ start, end: start + count.text.length, text: count.text, count });
  }
}

// ---- numbers that are not counts of people -------------------------------------------------------------------------

/** Only tested, never read: its groups capture because V8 compiles it faster so (its first run: ~12 → ~4 ms of CPU). */
const UNIT_AFTER = compiledNow(new RegExp(
  `^\\s*(-\\s*)?((${alternation(UNIT_MODIFIERS)})\\s+)?(${alt(wordsOf(NON_COUNT_UNITS))})(?![\\p{L}\\d])`, 'iu'));
const LABEL_BEFORE = compiledNow(new RegExp(`(?:^|[^\\p{L}])(?:${alt(wordsOf(LABEL_WORDS))})\\s*#?\\s*$`, 'iu'));
/** Month words as a case-aware pattern: "may" and "march" (AMBIGUOUS_DATE_WORDS) only when capitalised. */
const MONTH_WORDS = MONTHS.map((w) => AMBIGUOUS_DATE_WORDS.includes(w)
  ? `(?:${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()})`
  : [...w].map((ch) => `[${ch}${ch.toUpperCase()}]`).join('')).sort((a, b) => b.length - a.length).join('|');
const MONTH_BEFORE = compiledNow(new RegExp(`\\b(?:${MONTH_WORDS})\\.?\\s*(?:[Tt]he\\s+)?$`));
const MONTH_AFTER = compiledNow(new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_WORDS})\\b`));
const YEAR_BEFORE = compiledNow(new RegExp(`\\b(?:${alt([...YEAR_PREPOSITIONS, ...wordsOf(YEAR_WORDS_BEFORE)])})\\s*$`, 'i'));
const FORCE_BEFORE = compiledNow(new RegExp(`\\b(?:${alt(wordsOf(FORCE_WORDS))})\\s+(?:(?:${alternation(FORCE_QUALIFIERS, '\\s+')})\\s+)?$`, 'i'));
const FORCE_AFTER = compiledNow(new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${alt(wordsOf(FORCE_NOUNS))})\\b`, 'iu'));
const CURRENCY_BEFORE = compiledNow(new RegExp(`(?:[$£€¥₹]|\\bUS\\$|\\b(?:${alternation(CURRENCY_CODES)})\\s*)\\s*$`));
/** "one of the", "one another", "no one": a "one" that counts nobody. */
const ONE_NOT_A_COUNT_AFTER = compiledNow(new RegExp(`^\\s+(?:of\\s+(?:${alternation(ONE_OF_FOLLOWERS)})|${alternation(ONE_IDIOM_FOLLOWERS, '\\s+')})\\b`, 'i'));
const ONE_NOT_A_COUNT_BEFORE = compiledNow(new RegExp(`\\b(?:${alternation(ONE_DETERMINERS_NOT_A_COUNT)})\\s*$`, 'i'));
const SCORE_NEAR = compiledNow(new RegExp(`\\b(?:${alternation(SCORE_WORDS)})\\b`, 'i'));

/** The numeric core of a phrase without its qualifier: "more than 50" → "50". */
function core(phrase: string): string {
  const m = phraseAtStart(phrase);
  if (!m) return phrase;
  const q = m.groups!.qualifier;
  return q ? phrase.slice(phrase.toLowerCase().indexOf(q.toLowerCase()) + q.length).trim() : phrase;
}

/** True when the number at [start, end) of `text` is plainly not a count of people: an age, a year, a duration, a distance,
 *  a percentage, money, a time, a phone number, a date, an ordinal, a label ("Resolution 2254"), a force sent
 *  ("deployed 5,000 troops"), a score, "one of the", "two countries". Never throws; out-of-range offsets are clamped. */
export function isNonCountContext(text: string, start: number, end: number): boolean {
  if (typeof text !== 'string') return false;
  start = Math.max(0, Math.min(text.length, start | 0));
  end = Math.max(start, Math.min(text.length, end | 0));
  const phrase = text.slice(start, end);
  const num = core(phrase);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (UNIT_AFTER.test(after)) return true;                                             // "9-year conflict", "15-20 kilometers", "three days", "40 percent", "$5 million"
  if (CURRENCY_BEFORE.test(before)) return true;                                        // "$5", "Rs 500"
  if (/^\s*(?:st|nd|rd|th)\b/i.test(after) || /^\d+(?:st|nd|rd|th)$/i.test(num)) return true; // ordinals
  if (/^\s*[:.]\d/.test(after) || /\d\s*[:.]\s*$/.test(before)) return true;            // times "10:30", decimals "2.5"
  if (/^[/]\d/.test(after) || /\d\/$/.test(before)) return true;                        // "9/11", "24/7", dates "9/5/2020"
  if (/^\s*(?:-|–)\s*\d{3,}/.test(after) || /\d{3,}\s*(?:-|–)\s*$/.test(before)) return true; // phone "555-0199"
  if (/^\d{3,}\s*[-–]\s*\d{4,}$/.test(num)) return true;                               // "555-1234"
  if (/\(\s*\d{2,4}\s*\)\s*$/.test(before) || /\+\s*\d*\s*$/.test(before) || (/^\d{3,}$/.test(num) && /^\s+\d{3,}/.test(after))) return true;
  if (/^(?:one|1)$/i.test(num) && (ONE_NOT_A_COUNT_AFTER.test(after) || ONE_NOT_A_COUNT_BEFORE.test(before))) return true; // "one of the", "no one"
  if (isYearUse(num, before, after)) return true;                                       // "in 2018", "the 2018 agreement"
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;                 // dates "March 4", "4 March", "4th of March"
  if (LABEL_BEFORE.test(before)) return true;                                            // "Resolution 2254", "Route 66", "aged 25"
  if (/\p{Lu}[\p{Ll}]+,\s*$/u.test(before) && /^\d{1,2}$/.test(num) && /^\s*,/.test(after)) return true; // "Ahmed Ali, 25, was"
  if (FORCE_BEFORE.test(before) && FORCE_AFTER.test(after)) return true;                // "deployed 5,000 troops"
  if (/^-strong\b/i.test(after)) return true;                                            // "a 5,000-strong force"
  if (/^\s*(?:-|–)\s*(?:\d|one|two|three)\b/i.test(after) && SCORE_NEAR.test(before + after)) return true; // scores "3-1"
  return false;
}

/** A number from 1900 to 2099 written without a comma is a year unless it plainly counts something plural
 *  ("killed 2000 people") and no year word precedes it ("in 2018", "the 2018 agreement"). */
const PLURAL_AFTER = compiledNow(new RegExp(
  `^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternation(IRREGULAR_PLURAL_PEOPLE)}|(?!(?:${alternation(NOT_PLURAL_S_WORDS)})\\b)[\\p{Ll}]+s)\\b`, 'u'));
const YEAR_RANGE = new RegExp(`\\s*(?:${alternation(YEAR_RANGE_SEPARATORS)})\\s*`, 'i');
function isYearUse(num: string, before: string, after: string): boolean {
  const ys = num.split(YEAR_RANGE).filter(Boolean);
  if (!ys.length || !ys.every((y) => /^(?:19|20)\d{2}$/.test(y.replace(/^between\s+/i, '')))) return false;
  if (YEAR_BEFORE.test(before)) return true;
  return !PLURAL_AFTER.test(after);
}
