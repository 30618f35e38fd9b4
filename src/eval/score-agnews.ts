// AG News wire items (../shared/eval/README.md): Sports, Business and Sci/Tech items hold no armed conflict and
// no diplomacy between states, so every event we print for one is a false alarm; World items are mixed and have no
// gold, so they are counted for information and listed for a person to read (`extract eval --list-world`).
//
// Counting conventions: an item "with any event" has at least one event of ours, whatever its type or status (a
// planned meeting or a denied attack is still a row a user reads); "with an attack" has an event of type attack,
// whatever its status; "with a killed count" has an event whose `killed` is stated, zero included.
import { confidenceMeasures, confidenceTally, tickConfidence } from './confidence.js';
import type { Event } from '../schema/event.js';
import { describeWithEvidence, rate, shorten } from './match.js';
import { AGNEWS_CATEGORIES } from './types.js';
import type { AgNewsCategory, AgNewsRecord, Diagnostic, ListedItem, Measure, Prediction, Scored, Target } from './types.js';

/** The categories where every event is a false alarm. */
export const QUIET_CATEGORIES: readonly AgNewsCategory[] = AGNEWS_CATEGORIES.filter((c) => c !== 'World');
const QUIET_LABEL = QUIET_CATEGORIES.join('+');

/** The three false-alarm figures, each with its test on an item's events and issue 9's target for the quiet items. */
const FIGURES: { what: string; has: (events: Event[]) => boolean; target: Target }[] = [
  { what: 'with any event', has: (events) => events.length > 0, target: { op: '<=', value: 0.015 } },
  { what: 'with an attack', has: (events) => events.some((e) => e.type === 'attack'), target: { op: '<=', value: 0.003 } },
  { what: 'with a killed count', has: (events) => events.some((e) => e.killed !== null), target: { op: '<=', value: 0 } },
];

export function scoreAgNews(records: AgNewsRecord[], preds: Map<string, Prediction>): Scored {
  const diagnostics: Diagnostic[] = [];
  const listing: ListedItem[] = [];
  // per category: items, and items having each figure (in FIGURES' order)
  const tally = new Map<AgNewsCategory, { items: number; having: number[] }>(
    AGNEWS_CATEGORIES.map((c) => [c, { items: 0, having: FIGURES.map(() => 0) }]));

  const bands = confidenceTally();
  for (const r of records) {
    const p = preds.get(r.id);
    const events = p?.events ?? [];
    // outside World, no event is right
    if (r.category !== 'World') for (const e of events) tickConfidence(bands, e.confidence, false);
    if (p?.error) diagnostics.push({ record: r.id, kind: 'extractor_error', gold: r.category, ours: p.error });
    const t = tally.get(r.category)!;
    t.items++;
    FIGURES.forEach((f, i) => { if (f.has(events)) t.having[i]!++; });
    if (!events.length) continue;
    if (r.category === 'World') listing.push({ record: r.id, text: shorten(r.text), events });
    else {
      diagnostics.push({
        record: r.id, kind: 'false_positive', gold: `${r.category} (no event)`,
        ours: events.map(describeWithEvidence).join('\n          '), text: shorten(r.text),
      });
    }
  }

  const measures: Measure[] = [];
  const quiet = QUIET_CATEGORIES.map((c) => tally.get(c)!);
  const quietItems = quiet.reduce((n, t) => n + t.items, 0);
  FIGURES.forEach((f, i) => {
    const having = quiet.reduce((n, t) => n + t.having[i]!, 0);
    measures.push(rate(`${QUIET_LABEL} items ${f.what}`, having, quietItems, quietItems, f.target));
  });
  for (const c of QUIET_CATEGORIES) {
    const t = tally.get(c)!;
    FIGURES.forEach((f, i) => measures.push(rate(`${c} items ${f.what}`, t.having[i]!, t.items, t.items, undefined, 'lower')));
  }
  measures.push(...confidenceMeasures(bands, quietItems));
  // World items have no gold: no target, no way that is better, no floor; read them with --list-world
  const world = tally.get('World')!;
  FIGURES.forEach((f, i) => measures.push(rate(`World items ${f.what} (read, not scored)`, world.having[i]!, world.items, world.items)));
  return { measures, diagnostics, listing };
}
