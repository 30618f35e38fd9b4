import { countMatches, evidenceCovers, f1, rate } from '../src/eval/match.js';
import { scorePlain, matchEvents } from '../src/eval/score-plain.js';
import { scorePlover } from '../src/eval/score-plover.js';
import { scoreWikiEvents } from '../src/eval/score-wikievents.js';
import type { GoldEvent, Measure, PlainRecord, PloverRecord, WikiMention, WikiRecord } from '../src/eval/types.js';
import { count, ev, place, preds, tinyGazetteer } from './eval-helpers.js';

const g = tinyGazetteer();
const byName = (ms: Measure[], prefix: string): Measure => {
  const m = ms.find((x) => x.name.startsWith(prefix));
  if (!m) throw new Error(`no measure ${prefix}: ${ms.map((x) => x.name).join(', ')}`);
  return m;
};

describe('match helpers', () => {
  test('evidence covers an offset inside [start, end)', () => {
    const e = ev({ type: 'attack', span: [10, 20] });
    expect([9, 10, 19, 20].map((o) => evidenceCovers(e, o))).toEqual([false, true, true, false]);
  });
  test('counts: low must match, high only when the gold gives one', () => {
    expect(countMatches({ low: 20, high: null }, count(20, null))).toBe(true);
    expect(countMatches({ low: 20, high: null }, count(20, 20))).toBe(false);
    expect(countMatches({ low: 20 }, count(20, 25))).toBe(true);
    expect(countMatches({ low: 3, high: 3 }, null)).toBe(false);
  });
  test('rates and targets', () => {
    expect(rate('x', 13, 15, 15, { op: '>=', value: 13 / 15 })).toMatchObject({ value: 13 / 15, met: true });
    expect(rate('x', 12, 15, 15, { op: '>=', value: 13 / 15 }).met).toBe(false);
    expect(rate('x', 0, 0, 0, { op: '>=', value: 0.5 })).toEqual({ name: 'x', value: null, numerator: 0, denominator: 0, records: 0, target: { op: '>=', value: 0.5 }, better: 'higher' });
    expect(rate('x', 1, 20, 20, { op: '<', value: 0.05 }).met).toBe(false);
    expect(rate('x', 0, 3, 3, { op: '<=', value: 0 }).met).toBe(true);
  });
  test.each([
    // [target, better given, better of the measure]: a target points the way unless told otherwise
    [{ op: '>=', value: 0.5 }, undefined, 'higher'],
    [{ op: '<', value: 0.05 }, undefined, 'lower'],
    [{ op: '<=', value: 0 }, undefined, 'lower'],
    [undefined, 'lower', 'lower'],
    [undefined, 'higher', 'higher'],
    [undefined, undefined, undefined],
  ] as const)('which way is better: target %j, given %s -> %s', (target, given, want) => {
    expect(rate('x', 1, 2, 2, target, given).better).toBe(want);
  });
  test('F1 is 0 when we produce nothing and the gold has mentions, null when neither exists', () => {
    expect(f1('f', rate('p', 0, 0, 1), rate('r', 0, 5, 1), 1).value).toBe(0);
    expect(f1('f', rate('p', 0, 0, 1), rate('r', 0, 0, 1), 1).value).toBeNull();
    expect(f1('f', rate('p', 3, 4, 1), rate('r', 1, 2, 1), 1).value).toBeCloseTo(0.6, 10);
  });
});

const pr = (id: string, eventType: string, extra: Partial<PloverRecord> = {}): PloverRecord => ({
  format: 'plover', id, text: 'irrelevant', eventType, subEventType: null, sourceActors: [], targetActors: [],
  location: null, fatalities: null, injured: null, ...extra,
});

describe('scorePlover', () => {
  const records = [
    pr('a1', 'ASSAULT', { fatalities: 3, location: 'Riverton' }),
    pr('a2', 'FIGHT', { fatalities: 5 }),
    pr('a3', 'ASSAULT'),
    pr('c1', 'CONSULT'),
    pr('g1', 'AGREE'),
    pr('g2', 'AGREE'),
    pr('p1', 'PROTEST'),
    pr('t1', 'THREATEN'),
  ];
  const events = {
    a1: [ev({ type: 'attack', killed: count(3), location: place('Riverton', 'CC') })],
    // the same deaths reported twice: the sentence's deaths sum to 10, not 5
    a2: [ev({ type: 'attack', killed: count(5) }), ev({ type: 'casualties', killed: count(5) })],
    a3: [ev({ type: 'attack', status: 'planned' })],
    c1: [ev({ type: 'meeting', status: 'planned' })],
    g1: [ev({ type: 'agreement', subtype: 'ceasefire' })],
    g2: [ev({ type: 'meeting' })],
    p1: [ev({ type: 'attack', killed: count(1) })],
    t1: [ev({ type: 'attack', status: 'planned' })],
  };
  const { measures, diagnostics } = scorePlover(records, preds(events), g);

  test('detection per gold type; a planned attack is not an attack found', () => {
    expect(byName(measures, 'ASSAULT+FIGHT found')).toMatchObject({ numerator: 2, denominator: 3, target: { op: '>=', value: 0.9 }, met: false });
    expect(byName(measures, 'CONSULT found')).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(byName(measures, 'AGREE found')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'other types yielding')).toMatchObject({ numerator: 1, denominator: 2, met: false });
  });
  test('deaths exact and invented', () => {
    expect(byName(measures, 'deaths exact')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'invented deaths (records')).toMatchObject({ numerator: 1, denominator: 6 });
    expect(byName(measures, 'invented deaths on non-violent')).toMatchObject({ numerator: 1, denominator: 5 });
  });
  test('location and precision', () => {
    expect(byName(measures, 'location name match')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'location country match')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'attack precision')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byName(measures, 'casualties precision')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'meeting precision')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(byName(measures, 'agreement precision')).toMatchObject({ numerator: 1, denominator: 1 });
  });
  test('diagnostics name the records', () => {
    const kinds = diagnostics.map((d) => `${d.kind}:${d.record}`);
    expect(kinds).toEqual(expect.arrayContaining(['miss:a3', 'miss:g2', 'false_positive:p1', 'wrong_count:a2', 'invented_deaths:p1']));
    expect(kinds).not.toContain('false_positive:t1');
  });
  test('an AGREE found by a meeting whose evidence says it reached an agreement', () => {
    const m = ev({ type: 'meeting' });
    m.evidence[0]!.text = 'the two sides met and signed a deal';
    const r = scorePlover([pr('g3', 'AGREE')], preds({ g3: [m] }), g);
    expect(byName(r.measures, 'AGREE found')).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe('scoreWikiEvents', () => {
  const mention = (eventType: string, start: number, place?: string): WikiMention => ({
    eventType, trigger: 'x', span: [start, start + 3], arguments: place ? [{ role: 'Place', text: place, span: null }] : [],
  });
  const text = 'x'.repeat(200);
  const rec: WikiRecord = {
    format: 'wikievents', id: 'w', text,
    mentions: [
      mention('Conflict.Attack.DetonateExplode', 10, 'Riverton'),
      mention('Life.Die.Unspecified', 15),
      mention('Conflict.Attack.Unspecified', 100),
      mention('Life.Die.Unspecified', 150),
      mention('Contact.Contact.Meet', 180),
      mention('Justice.ArrestJailDetain.Unspecified', 60),
    ],
  };
  const events = [
    ev({ type: 'attack', span: [0, 30], killed: count(2), location: place('Riverton', 'CC') }),
    ev({ type: 'attack', span: [50, 70] }),      // covers only the arrest: a false positive
    ev({ type: 'attack', span: [140, 160], status: 'denied' }), // not counted as an attack
    ev({ type: 'casualties', span: [140, 160], killed: count(1) }),
  ];
  const { measures } = scoreWikiEvents([rec], preds({ w: events }), g);
  test('attack recall, precision and F1 by evidence covering the trigger', () => {
    expect(byName(measures, 'attack recall')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'attack precision')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'attack F1').value).toBeCloseTo(0.5, 10);
  });
  test('deaths, country and meetings', () => {
    expect(byName(measures, 'Life.Die covered')).toMatchObject({ numerator: 2, denominator: 2, met: true });
    expect(byName(measures, 'attack country accuracy')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'meeting recall')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(byName(measures, 'killed counts without')).toMatchObject({ numerator: 0, denominator: 2 });
  });
  test('a wrong country is counted against', () => {
    const wrong = [ev({ type: 'attack', span: [0, 30], location: place('Somewhere', 'AA') })];
    const r = scoreWikiEvents([rec], preds({ w: wrong }), g);
    expect(byName(r.measures, 'attack country accuracy')).toMatchObject({ numerator: 0, denominator: 1 });
  });
});

describe('scorePlain', () => {
  const rec = (id: string, events: GoldEvent[]): PlainRecord => ({ format: 'plain', id, text: 't', events });
  test('one-to-one matching on type and stated fields', () => {
    const gold: GoldEvent[] = [{ type: 'attack', killed: { low: 3, high: 3 } }, { type: 'attack' }];
    expect(matchEvents(gold, [ev({ type: 'attack', killed: count(3) })])).toEqual([0, -1]);
    // the augmenting path gives the unconstrained gold event the other attack
    expect(matchEvents(gold, [ev({ type: 'attack' }), ev({ type: 'attack', killed: count(3) })])).toEqual([1, 0]);
    expect(matchEvents([{ type: 'attack', killed: null }], [ev({ type: 'attack', killed: count(1) })])).toEqual([-1]);
    expect(matchEvents([{ type: 'casualties', killed: { low: 2, high: 2 } }], [ev({ type: 'attack', killed: count(2) })])).toEqual([0]);
    expect(matchEvents([{ type: 'meeting', status: 'planned' }], [ev({ type: 'meeting' })])).toEqual([-1]);
    // the subtype does not decide detection (it is scored on matched events)
    expect(matchEvents([{ type: 'attack', subtype: 'bombing' }], [ev({ type: 'attack', subtype: 'shelling' })])).toEqual([0]);
    expect(matchEvents([{ type: 'attack', date: '2024-01-02', location: { name: 'Riverton', country: 'CC' } }],
      [ev({ type: 'attack', date: { text: 'Tuesday', value: '2024-01-02', precision: 'day' }, location: place('Riverton town', 'CC') })], g)).toEqual([0]);
    expect(matchEvents([{ type: 'attack', actors: [{ name: 'rebels', role: 'attacker' }] }],
      [ev({ type: 'attack', actors: [{ text: 'the rebels', name: 'Rebels', country: null, kind: 'rebel', role: 'target' }] })])).toEqual([-1]);
  });
  test('measures: detection per type, counts, invented deaths', () => {
    const records = [
      rec('r1', [{ type: 'attack', killed: { low: 3, high: 3 }, wounded: { low: 4, high: 4 } }]),
      rec('r2', [{ type: 'meeting', subtype: 'summit' }]),
      rec('r3', []),
      rec('r4', [{ type: 'attack', killed: { low: 0, high: 0 } }]),
    ];
    const { measures, diagnostics } = scorePlain(records, preds({
      r1: [ev({ type: 'attack', killed: count(2), wounded: count(4) })],
      r2: [ev({ type: 'meeting', subtype: 'talks' }), ev({ type: 'agreement' })],
      r3: [ev({ type: 'attack', killed: count(1) })],
      r4: [ev({ type: 'attack', killed: count(0) })],
    }), g);
    expect(byName(measures, 'attack recall')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'attack precision')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(byName(measures, 'meeting recall')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'agreement precision')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(byName(measures, 'casualties recall').value).toBeNull();
    expect(byName(measures, 'detection recall, all')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byName(measures, 'killed exact')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byName(measures, 'subtype right')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(diagnostics.filter((d) => d.kind === 'wrong_subtype').map((d) => d.record)).toEqual(['r2']);
    expect(byName(measures, 'wounded exact')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(byName(measures, 'invented deaths')).toMatchObject({ numerator: 1, denominator: 3, met: false });
    expect(diagnostics.filter((d) => d.kind === 'false_positive').map((d) => d.record).sort()).toEqual(['r1', 'r2', 'r3']);
  });
});
