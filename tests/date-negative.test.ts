// Text that must yield no date (chrono-node's negative_cases): numbers, words and figures that look like dates but are
// none, against fixed reference dates, with and without a plan, at every word as the trigger.
import { findDates, resolveEventDate } from '../src/resolvers/date.js';
import { LEAP, SUN, WED } from './helpers/dates.js';

const NO_DATE: string[] = [
  // numbers of people, things, distances, durations
  'A 12-year-old girl was among the wounded.',
  'Police said 1,200 people joined the march.',
  'The militia fired 2021 shells at the ridge.',
  'The ceasefire held for 72 hours.',
  'Troops pulled back 10-15 kilometres from the line.',
  'The siege lasted two weeks after the first assault.',
  'Resolution 2334 passed by 14 votes.',
  'Call 020 7946 0321 for information.',
  'The road closed at 18:45 and reopened at 6.',
  'The score was 3/4 at half time.',
  // years without a preposition of time, and periods' edges
  'The 1998 embassy bombing still haunts the city.',
  'Since 2014 the group has lost ground.',
  'The road has been shut since April.',
  'Aid must arrive by March, donors said.',
  // words that are dates elsewhere
  'Protesters march 12 km to the square.',
  'Each side may 3 times ask for a pause.',
  'Marchers gathered outside parliament.',
  'Augustine was named envoy.',
  'The Sun. edition ran the story.',
  'Markets close early on Fridays.',
  'The last convoy left the city.',
  'In the past, both sides broke every truce.',
  'The group was founded decades ago.',
  'Shelling resumes every week.',
  // counted from the day the story tells of, not from the reference date
  'The next day, the militia withdrew.',
  'Aftershocks followed the previous day.',
  'A day later the town fell.',
  'Earlier in the day, a patrol was ambushed.',
  'Two days earlier, rebels had cut the road.',
  // impossible dates
  'The file was dated 2021-13-01.',
  'The file was dated 31/31/2021.',
  'Polls closed on June 31.',
  'Famine struck in 2017-15.',
  '',
];

describe('no date', () => {
  test.each(NO_DATE)('%s', (sentence) => {
    for (const ref of [WED, SUN, LEAP, null]) {
      for (const future of [undefined, true, false]) {
        const opts = future === undefined ? {} : { future };
        expect([ref, future, findDates(sentence, ref, opts)]).toEqual([ref, future, []]);
        for (let at = 0; at <= sentence.length; at += 5) expect([ref, at, resolveEventDate(sentence, at, ref, opts)]).toEqual([ref, at, null]);
      }
    }
  });
});
