// The dedupe's rules one by one (src/dedupe/compatible.ts, merge.ts): tables of pairs that tell the same event and
// pairs that do not, and how the reports of one event are merged.
import {
  actorsCompatible, datesCompatible, DEFAULT_WINDOWS, haversineKm, keyOf, placesCompatible, sameEvent, subtypesCompatible,
} from '../src/dedupe/compatible.js';
import { OpenIndex } from '../src/dedupe/open-index.js';
import { mergeCounts, mergeEvents, mergedId, single, type MergedEvidence } from '../src/dedupe/merge.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent } from './helpers/events.js';

const W = DEFAULT_WINDOWS;
type O = Parameters<typeof makeEvent>[0];
const key = (o: O) => keyOf(makeEvent(o));
const day = (value: string | null, precision: 'day' | 'month' | 'year' | 'unknown' = 'day') => ({ date: value === null ? null : { text: value, value, precision } });
const town = (name: string, lat: number, lon: number, admin2: string | null = 'Idlib', admin1 = 'Idlib', country = 'SY') =>
  ({ location: { text: name, name, admin2, admin1, country, lat, lon, precision: 'town' as const } });
const area = (precision: 'admin2' | 'admin1' | 'region' | 'country', admin2: string | null, admin1: string | null, country = 'SY') =>
  ({ location: { text: 'x', name: admin2 ?? admin1 ?? country, admin2, admin1, country, lat: 35.9, lon: 36.6, precision } });
const actors = (...list: [Event['actors'][number]['role'], string, Event['actors'][number]['kind']][]) =>
  ({ actors: list.map(([role, name, kind]) => ({ text: name, name, country: null, kind, role })) });

describe('subtypes', () => {
  test.each([
    [{ subtype: 'airstrike' }, { subtype: 'airstrike' }, true],
    [{ subtype: 'airstrike' }, { subtype: 'unspecified' }, true],
    [{ subtype: 'unspecified' }, { subtype: 'shelling' }, true],
    [{ subtype: 'airstrike' }, { subtype: 'shelling' }, false],
    [{ subtype: 'airstrike' }, { subtype: 'drone_strike' }, true],
    [{ subtype: 'bombing' }, { subtype: 'suicide_bombing' }, true],
    [{ subtype: 'bombing' }, { subtype: 'airstrike' }, false],
    [{ subtype: 'armed_clash' }, { subtype: 'drone_strike' }, false],
    [{ subtype: 'armed_clash', rule: 'attack:x | sides:armed-on-armed' }, { subtype: 'drone_strike' }, true],
    [{ subtype: 'attack_on_civilians', rule: 'attack:x | sides:armed-on-civilians' }, { subtype: 'shelling' }, true],
    [{ subtype: 'attack_on_civilians', rule: 'attack:x | sides:ambush-of-civilians' }, { subtype: 'shelling' }, false],
    [{ type: 'casualties', subtype: 'report' }, { subtype: 'airstrike' }, true],
    [{ type: 'casualties', subtype: 'report', aggregate: true }, { subtype: 'airstrike' }, false],
    [{ type: 'casualties', subtype: 'report', aggregate: true }, { type: 'casualties', subtype: 'report', aggregate: true }, true],
    [{ type: 'meeting', subtype: 'unspecified' }, { subtype: 'unspecified' }, false],
    [{ type: 'agreement', subtype: 'ceasefire' }, { type: 'meeting', subtype: 'talks' }, false],
    [{ type: 'meeting', subtype: 'talks' }, { type: 'meeting', subtype: 'summit' }, false],
    [{ type: 'meeting', subtype: 'unspecified' }, { type: 'meeting', subtype: 'call' }, true],
  ] as [O, O, boolean][])('%j and %j: %s', (a, b, ok) => {
    expect(subtypesCompatible(key(a), key(b))).toBe(ok);
    expect(subtypesCompatible(key(b), key(a))).toBe(ok);
  });
});

describe('dates (window ±1 day, ±2 when either is coarser than a day)', () => {
  test.each([
    ['2020-03-04', 'day', '2020-03-04', 'day', true],
    ['2020-03-04', 'day', '2020-03-05', 'day', true],
    ['2020-03-04', 'day', '2020-03-06', 'day', false],
    ['2020-03-04', 'day', '2020-03-06', 'unknown', true],
    ['2020-03-04', 'day', '2020-03-07', 'unknown', false],
    ['2020-03-04', 'day', '2020-03', 'month', true],
    ['2020-02-28', 'day', '2020-03', 'month', true],
    ['2020-02-26', 'day', '2020-03', 'month', false],
    ['2020-03-04', 'day', '2021', 'year', false],
    ['2020-03-04', 'day', null, 'day', false],
    [null, 'day', null, 'day', true],
  ] as const)('%s (%s) and %s (%s): %s', (a, pa, b, pb, ok) => {
    const [x, y] = [key(day(a, pa)), key(day(b, pb))];
    expect(datesCompatible(x, y, W)).toBe(ok);
    expect(datesCompatible(y, x, W)).toBe(ok);
  });

  test('--dedupe-days widens the window', () => {
    expect(datesCompatible(key(day('2020-03-04')), key(day('2020-03-07')), { ...W, days: 3 })).toBe(true);
    expect(datesCompatible(key(day('2020-03-04')), key(day('2020-03-05')), { ...W, days: 0 })).toBe(false);
  });
});

describe('places (towns within 5 km, else the coarser one decides the level)', () => {
  test('haversine: Saraqib to Idlib city is about 17 km', () => {
    expect(haversineKm(35.8645, 36.8059, 35.9306, 36.6339)).toBeCloseTo(17.1, 0);
  });
  test.each([
    ['two towns 2 km apart', town('A', 35.86, 36.80), town('B', 35.87, 36.82), true],
    ['two towns 17 km apart', town('Saraqib', 35.8645, 36.8059), town('Idlib', 35.9306, 36.6339), false],
    ['a town and its admin2', town('A', 35.86, 36.80, 'Idlib'), area('admin2', 'Idlib', 'Idlib'), true],
    ['a town and another admin2', town('A', 35.86, 36.80, 'Ariha'), area('admin2', 'Idlib', 'Idlib'), false],
    ['a town without admin2 and an admin2 of its admin1', town('A', 35.86, 36.80, null), area('admin2', 'Idlib', 'Idlib'), true],
    ['a town and its province', town('A', 35.86, 36.80), area('admin1', null, 'Idlib'), true],
    ['a town and another province', town('A', 35.86, 36.80), area('admin1', null, 'Aleppo'), false],
    ['a town and another country', town('A', 35.86, 36.80), area('admin1', null, 'Idlib', 'TR'), false],
    ['a town and no location', town('A', 35.86, 36.80), { location: null }, false],
    ['no location and no location', { location: null }, { location: null }, true],
  ] as [string, O, O, boolean][])('%s: %s', (_what, a, b, ok) => {
    expect(placesCompatible(key(a), key(b), W)).toBe(ok);
    expect(placesCompatible(key(b), key(a), W)).toBe(ok);
  });
  test('a country-level place asks more of the other rules', () => {
    expect(placesCompatible(key(town('A', 35.86, 36.80)), key(area('country', null, null)), W)).toBe('country-only');
    expect(placesCompatible(key(town('A', 35.86, 36.80)), key(area('region', null, null)), W)).toBe('country-only');
    expect(placesCompatible(key(town('A', 35.86, 36.80)), key(area('country', null, null, 'IQ')), W)).toBe(false);
  });
  test('--dedupe-km widens the distance', () => {
    expect(placesCompatible(key(town('Saraqib', 35.8645, 36.8059)), key(town('Idlib', 35.9306, 36.6339)), { ...W, km: 20 })).toBe(true);
  });
});

describe('actors (per role: a shared name or kind, or one side names none)', () => {
  test.each([
    ['the same names', actors(['attacker', 'Boko Haram', 'militant']), actors(['attacker', 'boko haram', 'militant']), true],
    ['the same kind', actors(['target', 'villagers', 'civilian']), actors(['target', 'farmers', 'civilian']), true],
    ['one side names no attacker', actors(['target', 'farmers', 'civilian']), actors(['attacker', 'ISWAP', 'militant'], ['target', 'people', 'civilian']), true],
    ['nobody named at all', actors(), actors(), true],
    ['attackers of different kinds and names', actors(['attacker', 'army', 'military']), actors(['attacker', 'ISWAP', 'militant']), false],
    ['targets differ though attackers agree', actors(['attacker', 'army', 'military'], ['target', 'rebels', 'rebel']),
      actors(['attacker', 'army', 'military'], ['target', 'villagers', 'civilian']), false],
  ] as [string, O, O, boolean][])('%s: %s', (_what, a, b, ok) => {
    expect(actorsCompatible(key(a), key(b))).toBe(ok);
    expect(actorsCompatible(key(b), key(a))).toBe(ok);
  });
});

describe('same event: every rule at once', () => {
  const base: O = { ...day('2020-03-04'), ...town('Saraqib', 35.8645, 36.8059), subtype: 'drone_strike' };
  test.each([
    ['a rewording a day later with an unspecified subtype', { ...base, ...day('2020-03-05'), subtype: 'unspecified' }, true],
    ['the province only', { ...base, ...area('admin1', null, 'Idlib') }, true],
    ['the country only, same subtype and actors', { ...base, ...area('country', null, null) }, true],
    ['the country only, a subtype of the same family', { ...base, ...area('country', null, null), subtype: 'airstrike' }, false],
    ['the country only, a vaguer subtype', { ...base, ...area('country', null, null), subtype: 'unspecified' }, false],
    ['the country only, no actors', { ...base, ...area('country', null, null), actors: [] }, false],
    ['a week later', { ...base, ...day('2020-03-11') }, false],
    ['a casualty report of it', { ...base, type: 'casualties', subtype: 'report' }, true],
    ['a meeting', { ...base, type: 'meeting', subtype: 'unspecified' }, false],
    ['a town 17 km away', { ...base, ...town('Idlib', 35.9306, 36.6339) }, false],
  ] as [string, O, boolean][])('%s: %s', (_what, other, ok) => {
    expect(sameEvent(key(base), key(other), W)).toBe(ok);
    expect(sameEvent(key(other), key(base), W)).toBe(ok);
  });
});

describe('merging the reports of one event', () => {
  test.each([
    [[{ low: 9, high: 9, text: 'nine' }, { low: 12, high: 12, text: '12' }, null], { low: 9, high: 12, text: 'nine; 12' }],
    [[{ low: 4, high: 15, text: '4 to 15' }, { low: 6, high: 6, text: 'six' }], { low: 4, high: 15, text: '4 to 15; six' }],
    [[{ low: 9, high: 9, text: 'nine' }, { low: 51, high: null, text: 'more than 50' }], { low: 9, high: null, text: 'nine; more than 50' }],
    [[{ low: 51, high: null, text: 'more than 50' }, { low: 60, high: 60, text: 'sixty' }], { low: 51, high: 60, text: 'more than 50; sixty' }],
    [[{ low: 3, high: 3, text: 'three' }, { low: 3, high: 3, text: 'three' }], { low: 3, high: 3, text: 'three' }],
    [[null, null], null],
  ])('counts %j give %j', (counts, merged) => {
    expect(mergeCounts(counts)).toEqual(merged);
  });

  const a = makeEvent({ id: 'wire:1', doc: 'wire', meta: { url: 'https://example.org/a' }, subtype: 'unspecified',
    ...area('admin1', null, 'Idlib'), ...day('2020-03', 'month'), killed: { low: 7, high: 7, text: 'seven' } });
  const b = makeEvent({ id: 'paper:3', doc: 'paper', killed: { low: 11, high: 11, text: 'eleven' } });
  const merged = mergeEvents([a, b]);

  test('keeps every report, the finest place, the most precise date, the named subtype and all evidence', () => {
    expect(merged.reports).toEqual([
      { doc: 'wire', id: 'wire:1', url: 'https://example.org/a', killed: { low: 7, high: 7, text: 'seven' } },
      { doc: 'paper', id: 'paper:3', url: null, killed: { low: 11, high: 11, text: 'eleven' } },
    ]);
    expect(merged.location).toEqual(b.location);
    expect(merged.date).toEqual(b.date);
    expect(merged.subtype).toBe('drone_strike');
    expect(merged.killed).toEqual({ low: 7, high: 11, text: 'seven; eleven' });
    expect((merged.evidence as MergedEvidence[]).map((x) => x.doc)).toEqual(['wire', 'paper']);
    expect(merged.doc).toBe('wire');
  });

  test('its id is stable whatever the order of the reports, and differs for other reports', () => {
    expect(mergeEvents([b, a]).id).toBe(merged.id);
    expect(merged.id).toMatch(/^merged-[0-9a-f]{16}:2$/);
    expect(mergedId([...merged.reports, { doc: 'x', id: 'x:1', url: null, killed: null }])).not.toBe(merged.id);
  });

  test('a single report passes through unchanged, with its one report', () => {
    const s = single(b);
    expect({ ...s, reports: undefined, evidence: b.evidence }).toEqual({ ...b, reports: undefined });
    expect(s.reports).toEqual([{ doc: 'paper', id: 'paper:3', url: null, killed: b.killed }]);
  });

  test('a casualty report and an attack give an attack, whichever comes first', () => {
    const toll = makeEvent({ id: 'radio:1', doc: 'radio', type: 'casualties', subtype: 'report', codes: { acled: null, cameo: null, plover: null } });
    const m = mergeEvents([toll, b]);
    expect([m.type, m.subtype, m.codes.plover, m.doc]).toEqual(['attack', 'drone_strike', 'FIGHT', 'paper']);
  });

  test('merging a merged event again keeps its reports, not itself', () => {
    const c = makeEvent({ id: 'radio:2', doc: 'radio' });
    expect(mergeEvents([merged, c]).reports.map((r) => r.id)).toEqual(['wire:1', 'paper:3', 'radio:2']);
  });
});

describe('the index of open events (open-index.ts) misses no pair the rules accept', () => {
  // events packed into a small area (towns a few km apart, three provinces, some located only by region or country,
  // some not at all) at many latitudes: the index must give every earlier event the rules would accept
  test.each([[0], [45], [70]])('at latitude %d', (lat0) => {
    let seed = 7 + lat0;
    const r = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    const keys = Array.from({ length: 300 }, () => {
      const rank = r();
      const place = rank < 0.1 ? { location: null } : rank < 0.2 ? area('country', null, null)
        : rank < 0.4 ? area('admin1', null, `P${Math.floor(r() * 3)}`)
          : town('t', lat0 + r() * 0.3, 10 + r() * 0.3, null, `P${Math.floor(r() * 3)}`);
      return key({ ...place, subtype: r() < 0.5 ? 'unspecified' : 'shelling' });
    });
    for (const km of [1, 5, 12]) {
      const w = { days: 1, km };
      const open = new OpenIndex((j) => keys[j], w, () => true);
      keys.forEach((k, i) => {
        const found = new Set(open.candidates(i, 0));
        const wanted = keys.slice(0, i).map((_, j) => j).filter((j) => sameEvent(keys[j], k, w));
        expect(wanted.filter((j) => !found.has(j))).toEqual([]);
        open.add(i);
      });
    }
  });
});
