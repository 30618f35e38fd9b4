// What the report's parts share about one event: its colour by type, the deaths it counts, where it is.
import type { Event, EventType } from '../schema/event.js';

/** One colour per event type (the map's points, the timeline's bars, the legend). */
export const TYPE_COLOURS: Record<EventType, string> = {
  attack: '#d62728', casualties: '#7b4fa6', meeting: '#1f77b4', agreement: '#2ca02c',
};

export const TYPE_ORDER: readonly EventType[] = ['attack', 'casualties', 'meeting', 'agreement'];

/** Deaths the event reports: the high figure when there is one, else the low one; 0 when none is given. */
export function deathsOf(e: Event): number {
  return e.killed ? e.killed.high ?? e.killed.low : 0;
}

/** The event's point on the map, or null when it has no coordinates. */
export function pointOf(e: Event): [number, number] | null {
  const l = e.location;
  return l && l.lat !== null && l.lon !== null ? [l.lon, l.lat] : null;
}

/** The event's day (YYYY-MM-DD) when its date is known to the day, else null. */
export function dayOf(e: Event): string | null {
  const v = e.date?.value;
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}
