// The document's date fallback: an attack or a casualty report told with no date of its own, or with only a time of
// day ("Overnight, they shelled the barracks"), takes the calendar day written out for the event told just before it
// ("On 4 June 2021, rebels attacked the town. Two guards were killed."), moved by a day when its clause counts from
// that day ("a soldier died the next day"). Runs after the keep rules, so that a borrowed date never decides whether
// a draft is an event, and before codes and ids.
//
// The date is taken only when nothing says the story moved on. Each check, in the order it runs, and why:
// - the events walk in the order the document tells them, and every event with a date of its own sets the day that a
//   later one may take: a calendar day written out does, any other date ("yesterday", "last month", a weekday that
//   may be the speaker's) clears it, so that a dateless event never reaches past a nearer event told on another day;
// - a meeting, an agreement, an aggregate ("more than 100 this year") or a plan gives and takes no day (an attack after
//   talks need not be on the talks' day), but its own date still clears the day;
// - the event's clause counting from the story's day ("the next day", "two days later", "the same day") is read first:
//   it says outright which day it is;
// - else a word of another story in its sentence ("Separately", "Earlier", "Last month", "Elsewhere") stops it, and
//   clears the day for the events after it;
// - the day must be written at most MAX_SENTENCES_BACK sentences before, in the same paragraph (a new paragraph
//   often tells another event), and no sentence between may hold a date of its own, even one no kept event took
//   ("On Monday, the governor met elders"): the event is nearer that date than the written day.
import type { EventDate } from '../schema/event.js';
import type { SentenceSpan } from '../document/sentences.js';
import { clauseText, type Draft } from './merge.js';
import { INEXACT_SMALL_NUMBERS, OTHER_STORY_CUES, SMALL_NUMBERS, STORY_DAY_COUNT_WORDS, STORY_DAY_STEPS } from '../lexicon/dates.js';
import { findDates } from '../resolvers/date.js';
import { addDays, iso, parseIso } from '../resolvers/date/calendar.js';
import { byLength, phraseAlt } from '../resolvers/date/patterns.js';
import { isWrittenDay, timeOfDayOf } from '../resolvers/date/written-or-vague.js';

/** How far back, in sentences, the written day may stand. */
const MAX_SENTENCES_BACK = 3;

/** One decision of the fallback, for its debug hook: the event (by its first sentence and words), its date after the
 *  fallback, whether the date was taken from an earlier event, and why (or why not). */
export interface DateFallbackRecord { sentence: number; words: string; value: string | null; taken: boolean; reason: string }

const wordRe = (words: string[]) => new RegExp(`\\b(?:${phraseAlt(byLength(words))})\\b`, 'i');
const STEPS = STORY_DAY_STEPS.map((s) => ({ reason: s.reason, offset: s.offset, re: wordRe(s.words) }));
const OTHER_STORY = OTHER_STORY_CUES.map((c) => ({ reason: c.reason, re: wordRe(c.words) }));
const EXACT_NUMBERS = Object.keys(SMALL_NUMBERS).filter((w) => !INEXACT_SMALL_NUMBERS.includes(w));
const DAY_COUNT = new RegExp(`\\b(\\d{1,2}|${EXACT_NUMBERS.join('|')})\\s+days?\\s+(${Object.keys(STORY_DAY_COUNT_WORDS).join('|')})\\b`, 'i');

/** The day a clause counts from the story's day, as written, with its offset in days; or null. */
function storyDayStep(clause: string): { text: string; offset: number } | null {
  const count = DAY_COUNT.exec(clause);
  if (count) {
    const n = /^\d/.test(count[1]) ? Number(count[1]) : SMALL_NUMBERS[count[1].toLowerCase()];
    return { text: count[0], offset: n * STORY_DAY_COUNT_WORDS[count[2].toLowerCase()] };
  }
  for (const s of STEPS) {
    const m = s.re.exec(clause);
    if (m) return { text: m[0], offset: s.offset };
  }
  return null;
}

/** The reason id of a word of another story in the sentences of the event, or null. */
const otherStoryCue = (d: Draft): string | null =>
  OTHER_STORY.find((c) => d.mentions.some((m) => c.re.test(m.sentence.text)))?.reason ?? null;

/** The clause a mention was read from, as written. */

/** true for a day written out ("4 June 2021", "June 4"); the text is read again, against the day it gave. */
function isWrittenCalendarDay(date: EventDate): boolean {
  if (date.precision !== 'day' || !date.value) return false;
  return findDates(date.text, date.value).some((r) => r.text === date.text && isWrittenDay(r));
}

/** The date of an event its sentence tells with no day of its own: none, or only a time of day. */
const hasOwnDate = (d: Draft) => !!d.date && timeOfDayOf(d.date.text) === null;
const violent = (d: Draft) => d.type === 'attack' || d.type === 'casualties';
const takesDate = (d: Draft) => violent(d) && !d.aggregate && d.status !== 'planned';

interface Day { date: EventDate; sentence: SentenceSpan }

/** The day an event with a date of its own leaves for the events after it: its written calendar day, or none. */
function dayLeft(d: Draft): Day | null {
  if (!takesDate(d) || !isWrittenCalendarDay(d.date!)) return null;
  const at = d.mentions.find((m) => m.date?.text === d.date!.text && m.date?.value === d.date!.value) ?? d.mentions[0];
  return { date: d.date!, sentence: at.sentence };
}

/** Why the event cannot take `day`, or null when it can. `sentences`: the document's, by index. */
function refusal(d: Draft, day: Day | null, sentences: SentenceSpan[]): string | null {
  const s = d.mentions[0].sentence;
  if (!day) return 'no calendar day written for the event told just before';
  if (s.paragraph !== day.sentence.paragraph) return `"${day.date.text}" is written in another paragraph`;
  if (s.index - day.sentence.index > MAX_SENTENCES_BACK) return `"${day.date.text}" is more than ${MAX_SENTENCES_BACK} sentences back`;
  for (const between of sentences.slice(day.sentence.index + 1, s.index)) {
    const other = findDates(between.text, null)[0];
    if (other) return `sentence ${between.index}, nearer, has a date of its own ("${other.text}")`;
  }
  return null;
}

/** The date the event takes from `day`, moved by its clause's step from the story's day. */
function dateFrom(day: Day, step: { text: string; offset: number } | null): EventDate {
  if (!step) return { ...day.date };
  return { text: step.text, value: iso(addDays(parseIso(day.date.value!), step.offset)), precision: 'day' };
}

/** Fill the dates of `drafts` (the kept ones, any order) from the events told before them; see the file's comment.
 *  `sentences`: every sentence of the document, by index; `debug` is told each draft's decision (--explain shows it). */
export function fallbackDates(drafts: Draft[], sentences: SentenceSpan[], debug?: (record: DateFallbackRecord, draft: Draft) => void): void {
  let day: Day | null = null;
  const tell = (d: Draft, taken: boolean, reason: string) => debug?.({
    sentence: d.mentions[0].sentence.index, words: d.mentions[0].trigger?.text ?? d.mentions[0].count?.count.text ?? '',
    value: d.date?.value ?? null, taken, reason }, d);
  for (const d of [...drafts].sort((a, b) => a.mentions[0].anchor - b.mentions[0].anchor)) {
    if (hasOwnDate(d)) {
      day = dayLeft(d);
      tell(d, false, day ? `its own date, a calendar day: the day for the events after it` : 'its own date');
      continue;
    }
    if (!takesDate(d)) { tell(d, false, `a ${d.aggregate ? 'running total' : d.status === 'planned' ? 'plan' : d.type} takes no date`); continue; }
    const step = storyDayStep(clauseText(d.mentions[0]));
    const other = step ? null : otherStoryCue(d);
    if (other) { day = null; tell(d, false, `another story ("${other}")`); continue; }
    const why = refusal(d, day, sentences);
    if (why) { tell(d, false, why); continue; }
    d.date = dateFrom(day!, step);
    tell(d, true, step ? `"${step.text}" after "${day!.date.text}" (${step.offset >= 0 ? '+' : ''}${step.offset})` : `the day of the event in sentence ${day!.sentence.index}`);
  }
}
