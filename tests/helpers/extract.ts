// Runs the extractor on a snippet with a fixed reference date (a Wednesday).
import { extractEvents } from '../../src/pipeline/extract.js';
import type { Event } from '../../src/schema/event.js';

export const REF_DATE = '2024-05-08';

export function eventsOf(text: string, date = REF_DATE): Event[] {
  const r = extractEvents({ id: 't', text, date });
  if (r.invalid.length) throw new Error(`invalid events: ${JSON.stringify(r.invalid)}`);
  return r.events;
}

export function counts(events: Event[], field: 'killed' | 'wounded'): [number, number | null][] {
  return events.filter((e) => e[field]).map((e) => [e[field]!.low, e[field]!.high]);
}
