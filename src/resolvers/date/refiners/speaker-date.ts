// A speaker's date ("officials said on Monday", "in a statement Tuesday") is the report's, not the event's: when the
// sentence has any other date, the speaker's dates are dropped; when it has none, they stay (the report's day is the
// best date left). For choosing one event's date only: findDates lists every expression.
import { SPEAKER_CUES, SPEAKER_LINKS } from '../../../lexicon/dates.js';
import { phraseAlt } from '../patterns.js';
import { trace } from '../trace.js';
import type { DateContext, DateRefiner, DateResult } from '../types.js';

const SPEAKER = SPEAKER_CUES.map((c) => ({
  reason: c.reason,
  re: new RegExp(`\\b(?:${phraseAlt(c.words)})\\s+(?:(?:${phraseAlt(SPEAKER_LINKS)})\\s+)?$`, 'i'),
}));

/** The cue ("said", "statement") of a speaker's verb or noun just before the date, or null. */
function speakerCueBefore(ctx: DateContext, r: DateResult): string | null {
  const before = ctx.sentence.slice(Math.max(0, r.start - 40), r.start);
  return SPEAKER.find((s) => s.re.test(before))?.reason ?? null;
}

export const speakerDateRefiner: DateRefiner = {
  id: 'speaker-date',
  refine(ctx, results) {
    const cues = results.map((r) => speakerCueBefore(ctx, r));
    if (cues.every((c) => c !== null)) return results;
    return results.filter((r, i) => {
      if (cues[i] === null) return true;
      trace(ctx, r, false, `refiner speaker-date: a speaker's date ("${cues[i]}"), and the sentence has another`);
      return false;
    });
  },
};
