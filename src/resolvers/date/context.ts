// The context of one sentence: its reference date, whether it tells of a plan, the trigger's offset, the debug hook;
// and the cheap test that skips the parsers for a sentence without a single date word.
import { DATE_HINT_ABBREVIATIONS, DATE_HINTS, FUTURE_CUES } from '../../lexicon/dates.js';
import { refDateOf } from './calendar.js';
import { phraseAlt } from './patterns.js';
import type { DateContext, DateDebugHook } from './types.js';

export interface DateOptions {
  /** the event is planned; when not given, read from the sentence's own wording (FUTURE_CUES) */
  future?: boolean;
  /** receives what each parser and refiner kept or dropped, and why */
  debug?: DateDebugHook;
}

const HINT = new RegExp(`${DATE_HINTS.join('|')}|\\b(?:${DATE_HINT_ABBREVIATIONS.join('|')})\\b|\\d[/.]\\d|\\b(?:19|20)\\d{2}\\b`, 'i');
const FUTURE = FUTURE_CUES.map((c) => ({ reason: c.reason, re: new RegExp(`\\b(?:${phraseAlt(c.words)})\\b`, 'i') }));

/** false when the sentence holds none of the words and figures a date needs (the parsers are then not run). */
export const mayHoldDate = (sentence: string) => HINT.test(sentence);

/** The reason id of the first future cue in the sentence ("will", "scheduled-to"...), or null. */
const futureCueOf = (sentence: string): string | null => FUTURE.find((c) => c.re.test(sentence))?.reason ?? null;

/** The context for one sentence. `anchor`: the trigger's offset when one event's date is wanted, else null. */
export function createContext(sentence: string, refDate: string | null, anchor: number | null, opts: DateOptions = {}): DateContext {
  return {
    sentence, ref: refDateOf(refDate), anchor,
    future: opts.future ?? futureCueOf(sentence) !== null,
    ...(opts.debug ? { debug: opts.debug } : {}),
  };
}
