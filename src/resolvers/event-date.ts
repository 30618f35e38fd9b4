// A mention's date: the date written in its own clause ("more than 50 in the past month, including 33 killed
// Thursday"), else in its sentence. A clause dated only by a time of day ("and overnight they shelled the camp") takes
// the sentence's date, which is the same time of day unless the sentence writes out a calendar day ("On 4 June ...").
// The dateline ("KABUL, March 3 (Reuters) -") dates the story, not the event, and a running total takes no date from
// the rest of its sentence.
import type { Mention } from '../rules/mention.js';
import { resolveEventDate } from './date.js';
import { timeOfDayOf } from './date/written-or-vague.js';

export function resolveMentionDate(m: Mention, docText: string, refDate: string | null, datelineEnd: number): void {
  const s = m.sentence;
  const cs = Math.max(m.clause[0], datelineEnd);
  const ce = m.clause[1];
  const ss = Math.max(s.start, datelineEnd);
  const future = m.status === 'planned';
  const clause = cs < ce ? resolveEventDate(docText.slice(cs, ce), m.anchor - cs, refDate, { future }) : null;
  if (clause && timeOfDayOf(clause.text) === null) { m.date = clause; return; }
  m.date = (m.aggregate || ss >= s.end ? null : resolveEventDate(docText.slice(ss, s.end), m.anchor - ss, refDate, { future })) ?? clause;
}
