// The AG News scorer: Sports, Business and Sci/Tech items count as false alarms when we print any event for them;
// World items are counted apart and listed for reading. Records are our own (fixtures/eval/agnews-small.jsonl);
// the events are hand-built, so the scorer is tested without the extractor.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGoldJsonl } from '../src/eval/gold.js';
import { runEval } from '../src/eval/index.js';
import { QUIET_CATEGORIES, scoreAgNews } from '../src/eval/score-agnews.js';
import type { Event } from '../src/schema/event.js';
import type { AgNewsRecord, GoldRecord, Measure, Prediction } from '../src/eval/types.js';
import { serializeFloors } from '../src/eval/floors.js';
import { runCli, SLOW } from './helpers/cli.js';
import { capture, count, ev, preds } from './eval-helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = join(root, 'fixtures', 'eval', 'agnews-small.jsonl');
const loaded = parseGoldJsonl(readFileSync(fixture, 'utf8'));
const records = loaded.records as AgNewsRecord[];
const recordOf = (id: string): AgNewsRecord => {
  const r = records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id} in ${fixture}`);
  return r;
};
const valueOf = (ms: Measure[], name: string): Measure => {
  const m = ms.find((x) => x.name === name);
  if (!m) throw new Error(`no measure "${name}": ${ms.map((x) => x.name).join(', ')}`);
  return m;
};

/** What we pretend the extractor printed for each fixture item (items not listed: nothing). */
const EXTRACTED: Record<string, Event[]> = {
  'as-sport-derby': [ev({ type: 'attack', subtype: 'armed_clash', span: [0, 36] })],
  'as-sport-shootout': [ev({ type: 'attack', status: 'planned', span: [40, 90] })],
  'as-sport-marathon': [ev({ type: 'casualties', killed: count(0), span: [35, 120] })],
  'as-biz-merger': [ev({ type: 'agreement', span: [35, 150] })],
  'as-biz-walkout': [ev({ type: 'meeting', status: 'planned', span: [33, 100] })],
  'as-sci-worm': [ev({ type: 'attack', span: [0, 50] }), ev({ type: 'casualties', killed: count(3), span: [51, 120] })],
  'as-world-ambush': [ev({ type: 'attack', killed: count(2), span: [39, 160] })],
  'as-world-talks': [ev({ type: 'meeting', span: [29, 120] })],
};
const predictions = preds(EXTRACTED);

test('the fixture is read as AG News records, every category present', () => {
  expect(loaded.errors).toEqual([]);
  expect(records.every((r) => r.format === 'agnews')).toBe(true);
  expect(new Set(records.map((r) => r.category))).toEqual(new Set(['World', ...QUIET_CATEGORIES]));
});

describe('one item at a time: which false-alarm figures it counts in', () => {
  // [item, counted with any event, with an attack, with a killed count]
  test.each([
    ['as-sport-derby', true, true, false], // an attack reported for a match
    ['as-sport-shootout', true, true, false], // a planned attack is still an attack row
    ['as-sport-marathon', true, false, true], // a killed count of zero is a count
    ['as-biz-merger', true, false, false], // a company agreement
    ['as-biz-walkout', true, false, false], // a planned meeting counts as an event
    ['as-sci-worm', true, true, true],
    ['as-sport-coach', false, false, false], // nothing extracted: no false alarm
    ['as-biz-dividend', false, false, false],
    ['as-sci-probe', false, false, false],
    ['as-sci-chip', false, false, false],
  ])('%s: any %s, attack %s, killed %s', (id, any, attack, killed) => {
    const r = recordOf(id);
    const { measures, diagnostics } = scoreAgNews([r], predictions);
    const label = QUIET_CATEGORIES.join('+');
    expect([
      valueOf(measures, `${label} items with any event`).numerator,
      valueOf(measures, `${label} items with an attack`).numerator,
      valueOf(measures, `${label} items with a killed count`).numerator,
    ]).toEqual([any, attack, killed].map(Number));
    expect(valueOf(measures, `${r.category} items with any event`)).toMatchObject({ numerator: Number(any), denominator: 1 });
    expect(diagnostics.map((d) => `${d.kind}:${d.record}`)).toEqual(any ? [`false_positive:${id}`] : []);
  });

  test.each([
    ['as-world-ambush', true, true, true],
    ['as-world-talks', true, false, false],
    ['as-world-vote', false, false, false],
  ])('World item %s counts only in the World figures (any %s, attack %s, killed %s) and is listed when it has events', (id, any, attack, killed) => {
    const { measures, diagnostics, listing } = scoreAgNews([recordOf(id)], predictions);
    expect(['any event', 'an attack', 'a killed count'].map((w) => valueOf(measures, `World items with ${w} (read, not scored)`).numerator))
      .toEqual([any, attack, killed].map(Number));
    expect(measures.filter((m) => !m.name.startsWith('World')).every((m) => m.denominator === 0 && m.value === null)).toBe(true);
    expect(diagnostics).toEqual([]);
    expect(listing!.map((l) => l.record)).toEqual(any ? [id] : []);
  });
});

test('the whole fixture: rates per category and over the three, issue 9 targets on the three only', () => {
  const { measures } = scoreAgNews(records, predictions);
  const label = QUIET_CATEGORIES.join('+');
  expect(valueOf(measures, `${label} items with any event`)).toMatchObject({ numerator: 6, denominator: 10, target: { op: '<=', value: 0.015 }, met: false, better: 'lower' });
  expect(valueOf(measures, `${label} items with an attack`)).toMatchObject({ numerator: 3, denominator: 10, target: { op: '<=', value: 0.003 }, met: false });
  expect(valueOf(measures, `${label} items with a killed count`)).toMatchObject({ numerator: 2, denominator: 10, target: { op: '<=', value: 0 }, met: false });
  const perCategory = (c: string) => ['any event', 'an attack', 'a killed count'].map((w) => {
    const m = valueOf(measures, `${c} items with ${w}`);
    expect(m.target).toBeUndefined();
    expect(m.better).toBe('lower');
    return `${m.numerator}/${m.denominator}`;
  });
  expect(perCategory('Sports')).toEqual(['3/4', '2/4', '1/4']);
  expect(perCategory('Business')).toEqual(['2/3', '0/3', '0/3']);
  expect(perCategory('Sci/Tech')).toEqual(['1/3', '1/3', '1/3']);
  // World has no gold: no target and no direction, so it never gets a floor
  const world = measures.filter((m) => m.name.startsWith('World'));
  expect(world.map((m) => `${m.numerator}/${m.denominator}`)).toEqual(['2/3', '1/3', '1/3']);
  expect(world.every((m) => m.target === undefined && m.better === undefined)).toBe(true);
});

test('nothing extracted anywhere meets every target', () => {
  const { measures, listing } = scoreAgNews(records, new Map());
  expect(measures.filter((m) => m.target).map((m) => m.met)).toEqual([true, true, true]);
  expect(listing).toEqual([]);
});

const fake = (r: GoldRecord): Prediction => ({ events: EXTRACTED[r.id] ?? [] });

test('extract eval on an AG News file: json figures; --list-world lists World items with events and evidence', async () => {
  let c = capture();
  expect(await runEval([fixture], { format: 'json', extract: fake }, c.io)).toBe(0);
  const f = JSON.parse(c.out.join('')).files[0];
  expect(f).toMatchObject({ format: 'agnews', records: 13 });
  expect(f.measures[0]).toMatchObject({ name: 'Sports+Business+Sci/Tech items with any event', value: 0.6, better: 'lower' });
  expect(c.err.join('')).toBe('');

  c = capture();
  expect(await runEval([fixture], { format: 'json', listWorld: true, extract: fake }, c.io)).toBe(0);
  const listed = c.err.join('');
  expect(listed).toMatch(/World: 2 items with events, for reading/);
  expect(listed).toMatch(/^as-world-ambush {2}Gunmen ambush aid convoy/m);
  expect(listed).toMatch(/^ {4}t:\d+ attack\/unspecified k=2: "x+"$/m);
  expect(listed).toContain('as-world-talks');
  expect(listed).not.toContain('as-world-vote');
  expect(listed).not.toContain('as-sport-derby');

  c = capture();
  expect(await runEval([fixture], { format: 'json', verbose: true, extract: fake }, c.io)).toBe(0);
  const diags = c.err.join('');
  expect(diags).toMatch(/false_positive\s+as-sport-derby/);
  expect(diags).toMatch(/gold: Business \(no event\)/);
  expect(diags).not.toMatch(/as-world-/);
});

test('the CLI passes --list-world and --floors to the harness (real extractor)', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'floors-')), 'eval-floors.json');
  // one floor that always holds, one for a figure that does not exist: exit 1, that figure named
  await writeFile(path, serializeFloors({ dir: '.', files: { 'agnews-small.jsonl': {
    'Sports+Business+Sci/Tech items with any event': { max: 1 }, 'a figure nobody measures': { min: 0.5 },
  } } }));
  const r = await runCli(['eval', fixture, '--format', 'json', '--list-world', '--floors', path]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout).files[0]).toMatchObject({ format: 'agnews', records: 13 });
  expect(r.stderr).toMatch(/agnews-small\.jsonl \(agnews\) World: \d+ items with events, for reading/);
  expect(r.stderr).toMatch(/floors \(.*\): 1 of 2 figures fell/);
  expect(r.stderr).toContain('  agnews-small.jsonl: a figure nobody measures is no longer measured (floor 0.5)');
}, SLOW);
