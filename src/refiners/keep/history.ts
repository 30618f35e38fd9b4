// Keep rules for historical references: an attack or a death toll that a document recalls from the past ("troops shot
// hundreds of prisoners during World War Two", "the 1994 genocide killed 800,000", "rebels ambushed a convoy there in
// 1998") is no event of the document's time; printed, it invents an event and adds its toll to today's sums.
// Two rules, each conservative:
//   history:old-date        the draft's resolved date is more than MARGIN_YEARS before the document's reference date,
//                           and the sentence tells it as the time of each mention ("in 1998, rebels ambushed"), not
//                           of someone else ("the group, founded in 1989, claimed the bombing");
//   history:past-reference  every mention either sets its trigger (or its count) in a past era of its own clause
//                           ("during the Cold War", "in the 1940s", "the civil war of 1975-1990"), not as a
//                           comparison ("the worst attack since World War Two" is today's attack), or names its
//                           event with a year more than MARGIN_YEARS before the reference date ("the 2008 bombings",
//                           "the 1994 genocide killed").
// Without a reference date only an era can drop a draft, and only an era that ended before EARLIEST_NEWS_YEAR.
// Anniversaries and commemorations are reactions (keep rule mention:reaction), not read here. Word lists in
// lexicon/eras.ts.
import type { Draft } from '../merge.js';
import type { Mention } from '../../rules/mention.js';
import type { KeepContext, KeepRule } from './types.js';
import {
  CLAUSE_BREAKS, ERA_COMPARISON_CUES, ERA_MODIFIED_NOUNS, ERA_PREFIXES, HISTORIC_EVENT_NOUNS, NAMED_ERAS, PRESENT_CUES,
  type EraEntry,
} from '../../lexicon/eras.js';
import {
  ARTICLES, DEMONSTRATIVES, FIRST_SECOND_PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, THIRD_PERSON_PRONOUNS,
} from '../../lexicon/function-words.js';
import { compiledNow, wordsOf, type WordEntry } from '../../lexicon/words.js';

/** Years between an event and the document beyond which a dated event is recalled, not reported. News tells events of
 *  the last days or months; within a few years a story may still be the first report of an event (a massacre
 *  uncovered late, a revised toll, a belated claim), and a year guessed for a month named without one is off by one
 *  at most. Older than five years, a dated attack in a news story is history nearly always. */
const MARGIN_YEARS = 5;
/** Without a reference date a document is taken to be from this year or later (the news that users code, and the
 *  older event data sets, start about then): an era that ended before it is past for any such document. */
const EARLIEST_NEWS_YEAR = 1990;
/** How far after a trigger an era may stand and still be its time ("murdered thousands of prisoners during ..."). */
const WORDS_TO_ERA = 12;

/** A word list (regular-expression sources) as an alternation, longest first, any spaces or a hyphen between words. */
const sourceOf = (...lists: WordEntry[][]) => wordsOf(...lists).sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[\\s-]+')).join('|');
const wholeWords = (list: WordEntry[], flags = 'i') => new RegExp(`(?<![\\w-])(?:${sourceOf(list)})(?![\\w-])`, flags);

const YEAR = '(?:1[5-9]|20)\\d\\d';
const SPAN_DASH = '\\s*(?:-|–|to|and)\\s*';
/** Two years ("1975-1990", "1975 to 90"), captured as groups 1 and 2 when `capture`. */
const span = (capture: boolean) => (capture ? `(${YEAR})${SPAN_DASH}(${YEAR}|\\d\\d)` : `${YEAR}${SPAN_DASH}(?:${YEAR}|\\d\\d)`);
/** A year or a span, groups 1 and 2: "1994", "1975-90". */
const YEARS = `(${YEAR})(?:\\s*(?:-|–|to)\\s*(${YEAR}|\\d\\d))?`;
const NOUNS = sourceOf(HISTORIC_EVENT_NOUNS);
const NAMED = NAMED_ERAS.map((e) => ({ e, pattern: new RegExp(`^(?:${sourceOf([e])})$`, 'i') }));
/** An era: named, a decade, a century, or a war or regime with its years; not one modifying a noun ("Holocaust museum"). */
const ERA = `(?:the\\s+)?(?:(?<named>${sourceOf(NAMED_ERAS)})|(?<decade>${YEAR.slice(0, -2)}0)'?s|(?<century>1?\\d)(?:st|nd|rd|th)[\\s-]+century`
  + `|(?:${NOUNS})\\s+(?:of|from|between)\\s+${span(false)}|${span(false)}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${NOUNS}))`
  + `(?![\\w-])(?!\\s+(?:${sourceOf(ERA_MODIFIED_NOUNS)})(?![\\w-]))`;
const TIMED_ERA = compiledNow(new RegExp(`(?<![\\w-])(?:${sourceOf(ERA_PREFIXES)})\\s+${ERA}`, 'gi'));
const SUBJECT_ERA = compiledNow(new RegExp(`(?<![\\w-])${ERA}\\s+(?:[\\w'’,-]+\\s+){0,4}$`, 'i'));
const DETERMINER = wordsOf(ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS).map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
/** A determiner, a year or a span, and up to two capitalised words: "the 2008", "the 1994 Rwandan", "its 1975-90". */
const DATED = `(?<![\\w-])(?:${DETERMINER})\\s+${YEARS}(?:\\s+[A-Z][\\w'’.-]*){0,2}\\s+`;
/** "the 2008 bombings": a dated name right before the trigger. */
const DATED_TRIGGER = compiledNow(new RegExp(`${DATED}$`));
/** "The 1994 genocide killed ...": a dated event noun as the subject of a count. */
const DATED_SUBJECT = compiledNow(new RegExp(`(?<![\\w-])(?:${DETERMINER})\\s+${YEARS}(?:\\s+[\\w'’.-]+){0,2}?\\s+(?:${NOUNS})(?![\\w-])\\s+(?:[\\w'’,-]+\\s+){0,4}$`, 'i'));
const SUPERLATIVE = wholeWords(ERA_COMPARISON_CUES.filter((g) => g.reason === 'superlative'));
const COMPARING = wholeWords(ERA_COMPARISON_CUES.filter((g) => g.reason !== 'superlative'));
/** How near before an era a comparing word must stand ("more dead than during the Cold War"; the "than" of "more
 *  than 5,000 prisoners during World War Two" is a count's). */
const COMPARING_REACH = 2;
/** Whether the words before an era make it a comparison: a superlative anywhere in them, or a comparing word just
 *  before the era. */
const isComparison = (ahead: string) => SUPERLATIVE.test(ahead) || COMPARING.test(ahead.split(/\s+/).filter(Boolean).slice(-COMPARING_REACH).join(' '));
const PRESENT = wholeWords(PRESENT_CUES);
const RELATIVE = wholeWords(CLAUSE_BREAKS.filter((g) => g.reason === 'relative'));
const BREAK_WORDS = sourceOf(CLAUSE_BREAKS.filter((g) => g.reason !== 'relative'));
const BREAK = compiledNow(new RegExp(`(?:${BREAK_WORDS.split('|').map((w) => (/^\w/.test(w) ? `(?<![\\w-])${w}(?![\\w-])` : w)).join('|')})`, 'gi'));
const PRONOUN = wholeWords([{ reason: 'pronoun-subjects', words: wordsOf(THIRD_PERSON_PRONOUNS, FIRST_SECOND_PERSON_PRONOUNS).filter((w) => w !== 'i') }]);
/** Any break of clause, or a pronoun opening a clause about a noun ("the town they held in the 1990s"). */
const ANY_BREAK = compiledNow(new RegExp(`${BREAK.source}|${RELATIVE.source}|${PRONOUN.source}`, 'i'));
/** A sentence's opening words before its date, up to three: "In", "Back in", "Early on". */
const OPENING = /^\s*(?:[\w'’]+\s+){0,3}$/;

/** The span's last year: "1975-1990" → 1990, "1975-90" → 1990, "1998" → 1998. */
function lastYear(from: string, to: string | undefined): number {
  if (!to) return Number(from);
  return to.length === 2 ? Number(from.slice(0, 2) + to) : Number(to);
}

/** The last year of the era a match of ERA names. */
function eraUntil(m: RegExpMatchArray): { reason: string; until: number } {
  const g = m.groups ?? {};
  if (g.named) {
    const found: EraEntry = NAMED.find((n) => n.pattern.test(g.named))!.e; // the same sources as ERA's: one matches
    return { reason: found.reason, until: found.until };
  }
  if (g.decade) return { reason: `${g.decade}s`, until: Number(g.decade) + 9 };
  if (g.century) return { reason: `century-${g.century}`, until: Number(g.century) * 100 };
  const years = m[0].match(new RegExp(span(true)))!;
  return { reason: `span-${years[1]}`, until: lastYear(years[1], years[2]) };
}

/** The words of the mention's clause before its trigger (or count) and after it, each up to a clause break. */
function clauseAround(m: Mention): { before: string; after: string } {
  const s = m.sentence.text;
  const at = Math.max(0, m.anchor - m.sentence.start);
  const before = s.slice(0, at);
  const breaks = [...before.matchAll(BREAK)];
  const last = breaks[breaks.length - 1];
  const after = s.slice(at + (m.trigger?.text.length ?? 0));
  const end = after.search(ANY_BREAK);
  return { before: last ? before.slice(last.index + last[0].length) : before, after: end < 0 ? after : after.slice(0, end) };
}

/** A past era the clause sets the mention in, with the last year of that era; null when none or a comparison. */
function eraOfMention(m: Mention): { reason: string; until: number } | null {
  const { before, after } = clauseAround(m);
  if (PRESENT.test(before) || PRESENT.test(after)) return null;
  for (const e of before.matchAll(TIMED_ERA)) {
    const ahead = before.slice(0, e.index);
    if (!isComparison(ahead) && !RELATIVE.test(ahead)) return eraUntil(e);
  }
  for (const e of after.matchAll(TIMED_ERA)) {
    const between = after.slice(0, e.index);
    if (between.split(/\s+/).filter(Boolean).length <= WORDS_TO_ERA && !isComparison(before + between)) return eraUntil(e);
  }
  const subject = m.trigger ? null : before.match(SUBJECT_ERA);
  return subject && !isComparison(before.slice(0, subject.index)) ? eraUntil(subject) : null;
}

/** The year a mention's own words date its event by ("the 2008 bombings", "the 1994 genocide killed"), or null. */
function yearOfName(m: Mention): number | null {
  const { before, after } = clauseAround(m);
  if (PRESENT.test(before) || PRESENT.test(after)) return null;
  const dated = m.trigger ? before.match(DATED_TRIGGER) : before.match(DATED_SUBJECT);
  return dated ? lastYear(dated[1], dated[2]) : null;
}

const yearOf = (date: string | undefined | null) => (date ? Number(date.slice(0, 4)) : null);
const isViolence = (d: Draft) => d.type === 'attack' || d.type === 'casualties';

/** Whether the date at `at` in sentence `s` is the time of the words at [from, to): it opens the sentence ("In 1983,
 *  a truck bomb ...") with no break of clause before them, or stands beside them with no break, comma or relative
 *  word between ("ambushed a convoy near Bunia in 1998"). */
function governs(s: string, at: number, length: number, from: number, to: number): boolean {
  if (at < from) {
    const between = s.slice(at + length, from);
    if (OPENING.test(s.slice(0, at))) return !between.match(BREAK);
    return !/,/.test(between) && !ANY_BREAK.test(between);
  }
  const between = s.slice(to, at);
  return !/,/.test(between) && !ANY_BREAK.test(between);
}

/** Whether the date as written (`text`) is the time of the mention's trigger and of its counts (governs). A year told
 *  of someone else ("The group, founded in 1989, claimed the bombing"; "Militants, who attacked the town in 1998,
 *  killed 12") is not, nor a date the mention's sentence does not hold. */
function dateGoverns(m: Mention, text: string): boolean {
  const s = m.sentence.text;
  const at = s.indexOf(text);
  if (at < 0) return false;
  const start = m.sentence.start;
  const anchor = Math.max(0, m.anchor - start);
  const counts = [m.killed, m.wounded].filter((c) => c !== null).map((c) => c!.start - start);
  return governs(s, at, text.length, anchor, anchor + (m.trigger?.text.length ?? 0))
    && counts.every((c) => governs(s, at, text.length, c, c));
}

/** An attack or a casualty report whose resolved date is more than MARGIN_YEARS before the reference date, told as
 *  the time of every mention's clause (dateGoverns): the date resolver may give an event the year of a clause about
 *  someone else, and such a year drops nothing. */
export const oldDate: KeepRule = {
  id: 'history:old-date',
  drop(d: Draft, ctx: KeepContext) {
    const ref = yearOf(ctx.referenceDate);
    const year = yearOf(d.date?.value);
    if (!isViolence(d) || ref === null || year === null || ref - year <= MARGIN_YEARS) return null;
    return d.mentions.every((m) => dateGoverns(m, d.date!.text)) ? `history:old-date (${year})` : null;
  },
};

/** Why a mention tells a past event: the era its clause sets it in, when that era ended before the reference year
 *  (EARLIEST_NEWS_YEAR without one) and the draft's date, if any, is within it; or the year its own words name its
 *  event by, when that is more than MARGIN_YEARS before the reference year and the draft has no date. Null if neither. */
function pastSignal(m: Mention, ref: number | null, year: number | null): string | null {
  const era = eraOfMention(m);
  if (era && era.until < (ref ?? EARLIEST_NEWS_YEAR) && (year === null || year <= era.until)) return era.reason;
  const named = ref === null || year !== null ? null : yearOfName(m);
  return named !== null && ref! - named > MARGIN_YEARS ? `named ${named}` : null;
}

/** An attack or a casualty report every mention of which tells a past event (pastSignal): "during World War Two",
 *  "the 1982 massacre". A date the resolver could not place ("on Tuesday" with no reference date) keeps it: such
 *  words tell news of the day. */
export const pastReference: KeepRule = {
  id: 'history:past-reference',
  drop(d: Draft, ctx: KeepContext) {
    if (!isViolence(d) || !d.mentions.length || d.date && d.date.value === null) return null;
    const ref = yearOf(ctx.referenceDate);
    const year = yearOf(d.date?.value);
    const signals = d.mentions.map((m) => pastSignal(m, ref, year));
    return signals.every((x) => x !== null) ? `history:past-reference (${[...new Set(signals)].join(', ')})` : null;
  },
};
