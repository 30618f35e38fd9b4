import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from '../src/eval/index.js';
import type { Event } from '../src/schema/event.js';
import type { GoldRecord, Prediction } from '../src/eval/types.js';
import { capture, count, ev, place } from './eval-helpers.js';

// dist/tests/eval-run.test.js → the project root
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const small = join(root, 'fixtures', 'eval', 'gold-small.jsonl');


/** An extractor that returns exactly what the plain gold says (to check the harness end to end). */
function oracle(r: GoldRecord): Prediction {
  if (r.format !== 'plain') return { events: [] };
  const events: Event[] = r.events.map((g) => ev({
    type: g.type,
    ...(g.subtype ? { subtype: g.subtype as Event['subtype'] } : {}),
    ...(g.status ? { status: g.status as Event['status'] } : {}),
    killed: g.killed ? count(g.killed.low, g.killed.high === undefined ? g.killed.low : g.killed.high) : null,
    wounded: g.wounded ? count(g.wounded.low, g.wounded.high === undefined ? g.wounded.low : g.wounded.high) : null,
    date: g.date ? { text: g.date, value: g.date, precision: 'day' } : null,
    location: g.location ? place(g.location.name ?? 'somewhere', g.location.country ?? null) : null,
    span: [0, r.text.length],
  }));
  return { events };
}

test('json output on the small gold file has the stable shape', async () => {
  const c = capture();
  const code = await runEval([small], { format: 'json' }, c.io);
  expect(code).toBe(0);
  const report = JSON.parse(c.out.join(''));
  expect(Object.keys(report)).toEqual(['files']);
  expect(report.files).toHaveLength(1);
  const f = report.files[0];
  expect(f).toMatchObject({ file: small, format: 'plain', records: 14 });
  expect(f.measures.length).toBeGreaterThan(5);
  for (const m of f.measures) {
    expect(Object.keys(m).slice(0, 5)).toEqual(['name', 'value', 'numerator', 'denominator', 'records']);
    expect(typeof m.name).toBe('string');
    expect(m.value === null || (m.value >= 0 && m.value <= 1)).toBe(true);
    expect(m.records).toBe(m.name.startsWith('invented') ? m.denominator : 14);
  }
  const names = f.measures.map((m: { name: string }) => m.name);
  expect(names).toEqual(expect.arrayContaining([
    'attack recall (gold events)', 'meeting precision (our events)', 'killed exact (gold events stating a number)',
    'invented deaths (records whose gold has no deaths)',
  ]));
});

test('an extractor that returns the gold scores 100% on the small file', async () => {
  const c = capture();
  expect(await runEval([small], { format: 'json', extract: oracle }, c.io)).toBe(0);
  const ms: { name: string; value: number | null; numerator: number }[] = JSON.parse(c.out.join('')).files[0].measures;
  const get = (n: string) => ms.find((m) => m.name.startsWith(n))!;
  expect(get('detection recall, all').value).toBe(1);
  expect(get('detection precision, all').value).toBe(1);
  expect(get('killed exact').value).toBe(1);
  expect(get('wounded exact').value).toBe(1);
  expect(get('invented deaths').numerator).toBe(0);
});

const nothing = (): Prediction => ({ events: [] });

test('table output names the file and the measures, without colour when asked', async () => {
  const c = capture();
  expect(await runEval([small], { format: 'table', color: false, extract: nothing }, c.io)).toBe(0);
  const text = c.out.join('');
  expect(text).toContain('gold-small.jsonl');
  expect(text).toContain('(plain, 14 records)');
  expect(text).toContain('attack recall (gold events)');
  // the plain format's one target (no invented deaths) holds when nothing is extracted
  expect(text).toContain('targets met: 1 of 1');
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/\u001b\[/);
});

test('bad lines are reported by number, the rest still scored (exit 1); no usable file is exit 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eval-'));
  const bad = join(dir, 'bad.jsonl');
  await writeFile(bad, [
    JSON.stringify({ id: 'a', text: 'Nothing happened here.', events: [] }),
    '{oops',
    JSON.stringify({ id: 'b', text: 'x', events: [{ type: 'riot' }] }),
    JSON.stringify({ id: 'c', text: 'Rebels shelled the town, killing two.', events: [{ type: 'attack', killed: 2 }] }),
  ].join('\n'));
  let c = capture();
  expect(await runEval([bad], { format: 'json', extract: () => ({ events: [ev({ type: 'attack', killed: count(2) })] }) }, c.io)).toBe(1);
  const err = c.err.join('');
  expect(err).toContain(`${bad}:2:`);
  expect(err).toContain(`${bad}:3:`);
  const f = JSON.parse(c.out.join('')).files[0];
  expect(f.records).toBe(2);
  expect(f.measures.find((m: { name: string }) => m.name.startsWith('killed exact'))).toMatchObject({ numerator: 1, denominator: 1 });

  c = capture();
  expect(await runEval([join(dir, 'missing.jsonl')], { format: 'json', extract: nothing }, c.io)).toBe(2);
  expect(c.err.join('')).toMatch(/cannot read/);
  expect(c.out.join('')).toBe('');

  c = capture();
  expect(await runEval([join(dir, 'missing.jsonl'), small], { format: 'json', extract: nothing }, c.io)).toBe(1);
  expect(JSON.parse(c.out.join('')).files).toHaveLength(1);

  c = capture();
  expect(await runEval([], { format: 'json', extract: nothing }, c.io)).toBe(2);
  c = capture();
  expect(await runEval([small], { format: 'xml' as 'json', extract: nothing }, c.io)).toBe(2);
  expect(c.err.join('')).toMatch(/unknown format/);
});

test('verbose lists misses and false positives on stderr', async () => {
  const c = capture();
  const wrong = (r: GoldRecord): Prediction => (r.id === 'gs-protest' ? { events: [ev({ type: 'attack' })] } : { events: [] });
  expect(await runEval([small], { format: 'json', verbose: true, extract: wrong }, c.io)).toBe(0);
  const err = c.err.join('');
  expect(err).toMatch(/false_positive\s+gs-protest/);
  expect(err).toMatch(/miss\s+gs-carbomb/);
  expect(JSON.parse(c.out.join('')).files).toHaveLength(1);
});

test('an extractor that throws is reported and scored as no events', async () => {
  const c = capture();
  const boom = (): Prediction => { throw new Error('boom'); };
  // runEval's default wrapper catches throws; a custom extractor is wrapped the same way
  expect(await runEval([small], { format: 'json', extract: boom }, c.io)).toBe(0);
  expect(c.err.join('')).toMatch(/extractor failed .* on 14 records/);
});

test('a file mixing formats is scored per format', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eval-'));
  const mixed = join(dir, 'mixed.jsonl');
  await writeFile(mixed, [
    JSON.stringify({ id: 'p', text: 'Troops fired on a convoy.', gold: { event_type: 'ASSAULT', source_actors: [], target_actors: [], location: null, fatalities: null, injured: null } }),
    JSON.stringify({ id: 'o', text: 'Leaders met.', events: [{ type: 'meeting' }] }),
  ].join('\n') + '\n');
  const c = capture();
  const extract = (r: GoldRecord): Prediction => ({ events: [ev({ type: r.id === 'p' ? 'attack' : 'meeting' })] });
  expect(await runEval([mixed], { format: 'json', extract }, c.io)).toBe(0);
  const files = JSON.parse(c.out.join('')).files;
  expect(files.map((f: { format: string; records: number }) => [f.format, f.records])).toEqual([['plover', 1], ['plain', 1]]);
  expect(files[0].measures[0]).toMatchObject({ name: 'ASSAULT+FIGHT found as attack (records)', value: 1, numerator: 1, denominator: 1, met: true });
  expect(files[1].measures[0]).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
});
