// Helpers of the date tests (chrono-node's testSingleCase): read a sentence against a fixed reference date and check
// the one expression found, or trace what the parsers and refiners kept and dropped.
import { findDates, resolveEventDate, type DateDebugRecord } from '../../src/resolvers/date.js';

/** Wednesday 16 June 2021 (not a leap year). */
export const WED = '2021-06-16';
/** Sunday 1 January 2023: a weekend day and the first day of a year. */
export const SUN = '2023-01-01';
/** Thursday 29 February 2024: a leap day. */
export const LEAP = '2024-02-29';

/** [sentence, reference date, planned?, parser id, expression as written, value, precision] */
export type DateCase = [sentence: string, ref: string | null, future: boolean | undefined, rule: string, text: string, value: string | null, precision: string];

/** The one date expression of `sentence`, as [rule, text, value, precision], checking that its offsets hold its text. */
export function onlyDate(sentence: string, ref: string | null, future?: boolean): [string, string, string | null, string] | string {
  const found = findDates(sentence, ref, future === undefined ? {} : { future });
  if (found.length !== 1) return `${found.length} dates: ${found.map((f) => f.text).join(' | ')}`;
  const [f] = found;
  if (sentence.slice(f.start, f.end) !== f.text) return `offsets ${f.start}-${f.end} do not hold "${f.text}"`;
  return [f.rule, f.text, f.date.value, f.date.precision];
}

/** Check a table of cases, one expectation per row (the row is in the message when it fails). */
export function expectCases(cases: DateCase[]): void {
  for (const [sentence, ref, future, rule, text, value, precision] of cases) {
    expect([sentence, ref, onlyDate(sentence, ref, future)]).toEqual([sentence, ref, [rule, text, value, precision]]);
  }
}

/** What each parser and refiner said about `sentence`: findDates's trace, or resolveEventDate's with `anchor`. */
export function traceOf(sentence: string, ref: string | null, anchor?: number): DateDebugRecord[] {
  const records: DateDebugRecord[] = [];
  const debug = (r: DateDebugRecord) => { records.push(r); };
  if (anchor === undefined) findDates(sentence, ref, { debug });
  else resolveEventDate(sentence, anchor, ref, { debug });
  return records;
}

/** Sentences in which `parser` matched and read no date, each with the one reason it gave; the sentence gives no date. */
export function expectDropped(rows: [sentence: string, parser: string, reason: string][], ref: string | null = WED): void {
  for (const [sentence, parser, reason] of rows) {
    const own = traceOf(sentence, ref).filter((r) => r.parser === parser && !r.kept && r.reason.startsWith('parser:'));
    expect([sentence, own.map((r) => r.reason)]).toEqual([sentence, [`parser: ${reason}`]]);
    expect([sentence, onlyDate(sentence, ref)]).toEqual([sentence, '0 dates: ']);
  }
}
