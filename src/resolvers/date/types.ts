// The shapes every date parser and refiner shares (chrono-node's model): a context carried through every stage, a
// parser `{ pattern, extract }`, a refiner `{ refine }`, results tagged with the parser that read them, and the debug
// record that tells what each stage kept or dropped and why.
import type { EventDate } from '../../schema/event.js';

/** One line of the debug trace: a date expression one parser read, and whether a stage kept or dropped it. */
export interface DateDebugRecord {
  /** the id of the parser that read the expression ("weekday", "month-day"...), or NO_PARSER when none ran */
  parser: string;
  /** the expression: as the parser matched it in a parser's record, as written (no leading "in", "on") in a refiner's */
  text: string;
  /** the resolved value, null when the parser read no date or the value is unknown */
  value: string | null;
  kept: boolean;
  /** why: "parser: …" for a parser's own decision, "refiner <id>: …" for a refiner's */
  reason: string;
}

export type DateDebugHook = (record: DateDebugRecord) => void;

/** The debug record's parser when the sentence held no date word, so that no parser ran. */
export const NO_PARSER = 'date-hint';

/** Carried through every parser and refiner of one sentence. */
export interface DateContext {
  sentence: string;
  /** the reference (publication) date at noon UTC, or null when unknown: relative dates then have no value */
  ref: Date | null;
  /** the event is planned: a weekday or a month without a year is the next one, not the last */
  future: boolean;
  /** the trigger's offset in the sentence, when a date is chosen for an event (null: every date is wanted) */
  anchor: number | null;
  /** receives a record per expression read, kept or dropped (see DateDebugRecord) */
  debug?: DateDebugHook;
}

/** A date expression found in the sentence, tagged with the parser that read it. */
export interface DateResult {
  start: number;
  end: number;
  text: string;
  date: EventDate;
  /** the id of the parser that read it */
  rule: string;
}

/** What a parser's extract step returns: a date, the reason why the match is no date (for the debug trace), or null
 * (no match after all: nothing to report). */
type Extracted = EventDate | { drop: string } | null;

export interface DateParser {
  id: string;
  /** the pattern to run over ctx.sentence: a global RegExp, compiled once (the engine resets lastIndex) */
  pattern(ctx: DateContext): RegExp;
  extract(ctx: DateContext, match: RegExpExecArray): Extracted;
}

export interface DateRefiner {
  id: string;
  refine(ctx: DateContext, results: DateResult[]): DateResult[];
}

/** A parser's refusal with its reason, for the debug trace. */
export const drop = (reason: string): { drop: string } => ({ drop: reason });
