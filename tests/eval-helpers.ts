// Hand-built events and a tiny gazetteer for the eval tests (no extractor, no big data files).
import type { Event } from '../src/schema/event.js';
import { buildGazetteer } from '../src/eval/places.js';
import type { Prediction } from '../src/eval/types.js';

let n = 0;
/** An event with neutral defaults; `span` is the evidence [start, end). */
export function ev(p: Partial<Omit<Event, 'evidence'>> & { type: Event['type']; span?: [number, number] }): Event {
  const { span = [0, 10], ...rest } = p;
  const subtype = p.subtype ?? (p.type === 'casualties' ? 'report' : p.type === 'agreement' ? 'other' : 'unspecified');
  return {
    id: `t:${++n}`, doc: 't', status: 'occurred', aggregate: false, date: null, location: null, actors: [],
    killed: null, wounded: null, attribution: null, codes: { acled: null, cameo: null, plover: null }, confidence: 0.5,
    evidence: [{ start: span[0], end: span[1], text: 'x'.repeat(span[1] - span[0]) }], rule: 'test',
    ...rest, subtype,
  } as Event;
}
export const count = (low: number, high: number | null = low) => ({ low, high, text: String(low) });
export const place = (name: string, country: string | null) =>
  ({ text: name, name, admin2: null, admin1: null, country, lat: null, lon: null, precision: 'town' as const });
export const preds = (entries: Record<string, Event[]>): Map<string, Prediction> =>
  new Map(Object.entries(entries).map(([id, events]) => [id, { events }]));

/** Three countries; "Springfield" is a town in two of them, "Northshire" a region of one. */
export const tinyGazetteer = () => buildGazetteer(
  [
    { cca2: 'AA', cca3: 'AAA', name: { common: 'Aland', official: 'Republic of Aland' }, capital: ['Alpha City'], demonyms: { eng: { m: 'Alandic', f: 'Alandic' } } },
    { cca2: 'BB', cca3: 'BBB', name: { common: 'Borduria', official: 'Kingdom of Borduria' }, capital: ['Springfield'], demonyms: { eng: { m: 'Bordurian', f: 'Bordurian' } } },
    { cca2: 'CC', cca3: 'CCC', name: { common: 'Carpania', official: 'Carpania' }, altSpellings: ['CC', 'Karpania'] },
  ],
  [
    { name: 'Springfield', country: 'AA' }, { name: 'Springfield', country: 'BB' },
    { name: 'Riverton', country: 'CC' }, { name: 'Dunmore', country: 'AA' }, { name: 'Dunmore', country: 'CC' },
    { name: 'Hilltop', country: 'AA' }, { name: 'Hilltop', country: 'CC' },
  ],
  [{ code: 'CC.01', name: 'Northshire Province' }, { code: 'AA.02', name: 'Hilltop' }],
);

/** An eval IO that keeps what was written to stdout and stderr. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => { out.push(s); }, stderr: (s: string) => { err.push(s); } } };
}
