// A time of day ("overnight", read as the night into the reference day) gives way to a calendar day the sentence writes
// out: in "rebels attacked the town overnight on 4 June" it tells the hour of 4 June, not a day of its own. A weekday
// does not beat it (a weekday is often the speaker's: "shelled the town overnight, the governor said on Tuesday"), nor
// does a written date that only gives a year, nor the day of something else ("days after the 2 June truce"). For
// choosing one event's date only.
import { OTHER_DAY_LEADS } from '../../../lexicon/dates.js';
import { phraseAlt } from '../patterns.js';
import { trace } from '../trace.js';
import type { DateContext, DateRefiner, DateResult } from '../types.js';
import { isWrittenDay, timeOfDayOf } from '../written-or-vague.js';

const OTHER_DAY = new RegExp(`\\b(?:${phraseAlt(OTHER_DAY_LEADS.flatMap((c) => c.words))})\\s+(?:the\\s+)?$`, 'i');

/** A calendar day written out as the event's own, not after "after", "since"... */
const eventsOwnDay = (ctx: DateContext, r: DateResult) => isWrittenDay(r) && !OTHER_DAY.test(ctx.sentence.slice(Math.max(0, r.start - 20), r.start));

export const explicitOverVagueRefiner: DateRefiner = {
  id: 'explicit-over-vague',
  refine(ctx, results) {
    const written = results.find((r) => eventsOwnDay(ctx, r));
    if (!written) return results;
    return results.filter((r) => {
      const time = timeOfDayOf(r.text);
      if (time === null) return true;
      trace(ctx, r, false, `refiner explicit-over-vague: a time of day ("${time}"), and the sentence writes out "${written.text}"`);
      return false;
    });
  },
};
