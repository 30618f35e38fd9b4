// The dedupe as a sweep over a stream (src/dedupe/index.ts): on input in date order, as a feed brings it, what it
// holds stays within the date window however long the input, and it finds the groups the whole input at once would
// give; an event that comes far out of order cannot join a group already closed.
import { DEFAULT_WINDOWS } from '../src/dedupe/compatible.js';
import { DedupeSweep } from '../src/dedupe/index.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent } from './helpers/events.js';

const DAY = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/** Report `k` of real event `n` on `day` (undated when null): in a town of its own (at least 11 km from the others),
 *  or, `province`, only in a province of its own. */
function report(n: number, k: number, day: number | null, province = false): Event {
  const [lat, lon] = [-50 + (n % 1000) * 0.1, 20 + Math.floor(n / 1000) * 0.5];
  return makeEvent({
    id: `r${n}-${k}:1`, doc: `r${n}-${k}`,
    date: day === null ? null : { text: 'x', value: DAY(day), precision: 'day' },
    location: { text: 'x', name: `T${n}`, admin2: null, admin1: `P${n}`, country: 'SY', lat, lon, precision: province ? 'admin1' : 'town' },
  });
}

/** `days` days of `perDay` real events, each told by two reports the same day; every 10th real event undated, every
 *  7th told by a second report that names only the province. */
function feed(days: number, perDay: number): Event[] {
  const out: Event[] = [];
  for (let d = 0; d < days; d++) {
    for (let j = 0; j < perDay; j++) {
      const n = d * perDay + j;
      const day = n % 10 === 0 ? null : d;
      out.push(report(n, 0, day), report(n, 1, day, n % 7 === 0));
    }
  }
  return out;
}

/** The groups written, as sorted lists of ids, in the order written; the most events held at once. */
function run(events: Event[], hold?: number): { groups: string[][]; peak: number } {
  const sweep = new DedupeSweep(DEFAULT_WINDOWS, hold);
  const groups: string[][] = [];
  const take = (closed: string[][]) => { for (const lines of closed) groups.push(lines.map((l) => (JSON.parse(l) as Event).id).sort()); };
  for (const e of events) take(sweep.add(e, JSON.stringify(e)));
  take(sweep.end());
  return { groups, peak: sweep.peakHeld };
}

describe('on input in date order, the events held stay within the window however long the input', () => {
  // 40 events a day; the window (1 day), the reach of an event (one more) and the slack (3 days) keep at most about
  // 7 days of events: 280, plus the undated ones of those days
  test.each([[10], [60], [200]])('%d days of 40 events a day, closing past 100 held', (days) => {
    const { groups, peak } = run(feed(days, 20), 100);
    expect(peak).toBeLessThanOrEqual(100 + 8 * 40);
    expect(groups).toHaveLength(days * 20);
    expect(groups.every((g) => g.length === 2)).toBe(true);
  });
  test('held at once by the whole input (nothing closed before the end): every event', () => {
    expect(run(feed(30, 20)).peak).toBe(30 * 40);
  });
});

test('the groups are those the whole input at once gives, written as they close', () => {
  const events = feed(30, 20);
  const [streamed, whole] = [run(events, 50).groups, run(events).groups];
  expect([...streamed].sort()).toEqual([...whole].sort());
  expect(streamed).not.toEqual(whole);
});

describe('an event read far out of order', () => {
  // real event 0's first report on day 0, then 10 days of other events, then its second report (still dated day 0)
  const late = [report(0, 0, 0), ...feed(10, 5).filter((e) => !e.doc.startsWith('r0-')), report(0, 1, 0)];
  test.each([
    ['joins its group while the whole input is held', undefined, true],
    ['cannot join its group once closed', 20, false],
  ])('%s', (_what, hold, joined) => {
    const { groups } = run(late, hold);
    expect(groups.some((g) => g.length === 2 && g.includes('r0-0:1') && g.includes('r0-1:1'))).toBe(joined);
  });
});
