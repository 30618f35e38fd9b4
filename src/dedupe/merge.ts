// One event from the reports of it: the fields the Event schema has, filled from the best report for each, and two
// added fields: `reports` (one per report) and `doc` on each evidence item. Nothing is renamed or removed.
import { createHash } from 'node:crypto';
import type { Count, Event, EventDate, EventLocation, Evidence } from '../schema/event.js';
import { vagueSubtype } from './compatible.js';

/** One report of a merged event. */
interface Report {
  doc: string;
  id: string;
  /** the report's `meta.url`, null when it has none */
  url: string | null;
  killed: Count | null;
}

/** An evidence item as dedupe writes it: with the document it was read in. */
export type MergedEvidence = Evidence & { doc: string };

/** An event as dedupe writes it: the Event, plus every report; each evidence item is a MergedEvidence. */
export type MergedEvent = Event & { reports: Report[] };

/** The reports an event stands for: its own `reports` when it is already a merged event (dedupe run twice), else
 *  itself. */
export function reportsOf(e: Event): Report[] {
  const given = (e as Partial<MergedEvent>).reports;
  if (Array.isArray(given) && given.length) return given;
  const url = e.meta?.url;
  return [{ doc: e.doc, id: e.id, url: typeof url === 'string' ? url : null, killed: e.killed }];
}

const evidenceOf = (e: Event) => e.evidence.map((x) => ({ ...x, doc: (x as Partial<MergedEvidence>).doc ?? e.doc }));

/** An event passed through alone: unchanged, with its one report and its evidence's document. */
export function single(e: Event): MergedEvent {
  return { ...e, evidence: evidenceOf(e), reports: reportsOf(e) };
}

/** The most conservative and the highest figure (SPEC.md: never their sum): low the lowest low given, high the
 *  highest figure given, null (open-ended) when the highest claim is open-ended ("more than 50"). null when no report
 *  gives a figure. */
export function mergeCounts(counts: (Count | null)[]): Count | null {
  const given = counts.filter((c): c is Count => c !== null);
  if (!given.length) return null;
  const low = Math.min(...given.map((c) => c.low));
  const top = Math.max(...given.map((c) => c.high ?? c.low));
  const openEnded = given.some((c) => c.high === null && c.low >= top);
  const texts = [...new Set(given.map((c) => c.text))];
  return { low, high: openEnded ? null : top, text: texts.join('; ') };
}

const PLACE_RANKS: Record<EventLocation['precision'], number> = { town: 0, admin2: 1, admin1: 2, region: 3, country: 4 };
const DATE_RANKS: Record<EventDate['precision'], number> = { day: 0, range: 1, month: 2, year: 3, unknown: 4 };

/** The finest location (town before admin2 ... before country); the first given among equals. */
function finestPlace(events: Event[]): EventLocation | null {
  let best: EventLocation | null = null;
  for (const e of events) if (e.location && (!best || PLACE_RANKS[e.location.precision] < PLACE_RANKS[best.precision])) best = e.location;
  return best;
}

/** The most precise date with a value; among equals the earliest (a later report tends to say "yesterday" less
 *  surely than the first says "today"). */
function mostPreciseDate(events: Event[]): EventDate | null {
  let best: EventDate | null = null;
  for (const e of events) {
    const d = e.date;
    if (!d) continue;
    if (!best) { best = d; continue; }
    const rank = (x: EventDate) => (x.value ? DATE_RANKS[x.precision] : 9);
    if (rank(d) < rank(best) || (rank(d) === rank(best) && (d.value ?? '') < (best.value ?? ''))) best = d;
  }
  return best;
}

/** Actors of every report, one per role and name, in the order met. */
function allActors(events: Event[]): Event['actors'] {
  const seen = new Map<string, Event['actors'][number]>();
  for (const a of events.flatMap((e) => e.actors)) {
    const k = `${a.role}\u0000${a.name.toLowerCase()}`;
    if (!seen.has(k)) seen.set(k, a);
  }
  return [...seen.values()];
}

/** A stable id for the same reports: "merged-" and a hash of the sorted ids of the reports, then ":" and how many. */
export function mergedId(reports: Report[]): string {
  const ids = reports.map((r) => r.id).sort();
  return `merged-${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16)}:${ids.length}`;
}

/** The subtype: the first one that says how (compatible.ts, vagueSubtype), else the first given. */
function subtypeOf(events: Event[]): string {
  return (events.find((e) => !vagueSubtype(e)) ?? events[0]).subtype;
}

/** Several events of different documents, in input order, as one: the first (the first attack, when casualty reports
 *  join an attack) gives what no rule below chooses (type, status, attribution, meta, doc). */
export function mergeEvents(events: Event[]): MergedEvent {
  if (events.length === 1) return single(events[0]);
  // an attack and casualty reports of it: the attack's type (the first attack gives what the first report would)
  const first = events.find((e) => e.type === 'attack') ?? events[0];
  const reports = events.flatMap(reportsOf);
  const ofType = events.filter((e) => e.type === first.type);
  const subtype = subtypeOf(ofType);
  const withSubtype = ofType.find((e) => e.subtype === subtype)!;
  return {
    ...first,
    id: mergedId(reports),
    subtype,
    codes: withSubtype.codes,
    date: mostPreciseDate(events),
    location: finestPlace(events),
    actors: allActors(events),
    killed: mergeCounts(reports.map((r) => r.killed)),
    wounded: mergeCounts(events.map((e) => e.wounded)),
    confidence: Math.max(...events.map((e) => e.confidence)),
    evidence: events.flatMap(evidenceOf),
    rule: [...new Set(events.flatMap((e) => e.rule.split(' | ')))].join(' | '),
    reports,
  } as MergedEvent;
}
