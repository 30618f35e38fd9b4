// The floors check on reports of our own (no extractor): which figures hold, which fell, which are no longer
// measured; raising never lowers; the file format reads back what it writes; `extract eval --floors` exit codes.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundFrom, checkFloors, holds, parseFloors, raiseFloors, serializeFloors, type Floor, type Floors } from '../src/eval/floors.js';
import { runEval } from '../src/eval/index.js';
import { f1, rate } from '../src/eval/match.js';
import type { EvalReport, Measure } from '../src/eval/types.js';
import { ev } from './eval-helpers.js';

const report = (file: string, measures: Measure[]): EvalReport => ({ files: [{ file, format: 'plover', records: 10, measures }] });
const found = (n: number, d = 32) => rate('found (records)', n, d, d, { op: '>=', value: 0.9 });
const alarms = (n: number, d = 200) => rate('false alarms (items)', n, d, d, undefined, 'lower');
const floorsOf = (figures: Record<string, Floor>, file = 'gold.jsonl'): Floors => ({ dir: '.', files: { [file]: figures } });

describe('holds', () => {
  test.each([
    [{ min: 0.8437 }, 27 / 32, true],
    [{ min: 0.8437 }, 26 / 32, false],
    [{ min: 0.8437 }, 0.8437, true],
    [{ max: 0.0461 }, 11 / 239, true],
    [{ max: 0.0461 }, 12 / 239, false],
    [{ max: 0 }, 0, true],
    [{ max: 0 }, 1 / 2851, false],
    [{ min: 1 }, 1, true],
  ])('%j with %d: %s', (floor, value, want) => expect(holds(floor, value)).toBe(want));
});

describe('boundFrom: the value rounded to 4 decimals on the safe side', () => {
  test.each([
    [found(27), { min: 0.8437, at: '84.4% (27/32)' }],
    [found(32), { min: 1, at: '100.0% (32/32)' }],
    [rate('x', 29, 100, 100, undefined, 'higher'), { min: 0.29, at: '29.0% (29/100)' }],
    [alarms(0), { max: 0, at: '0.0% (0/200)' }],
    [rate('x', 11, 239, 239, undefined, 'lower'), { max: 0.0461, at: '4.6% (11/239)' }],
    [f1('F1', rate('p', 52, 59, 1), rate('r', 78, 102, 1), 1), { min: 0.8188, at: '0.819' }],
  ])('%#', (m, want) => {
    const b = boundFrom(m as Measure & { value: number; better: 'higher' | 'lower' });
    expect(b).toEqual(want);
    expect(holds(b, m.value!)).toBe(true);
  });
});

describe('checkFloors', () => {
  test('a figure under its floor or over its ceiling is named with its value and bound', () => {
    const r = checkFloors(report('/x/gold.jsonl', [found(26), alarms(9)]), floorsOf({ 'found (records)': { min: 0.8437, at: '84.4% (27/32)' }, 'false alarms (items)': { max: 0.04 } }));
    expect(r.checked).toBe(2);
    expect(r.failures).toEqual([
      'gold.jsonl: found (records) 81.3% (26/32) is under its floor 0.8437 (set at 84.4% (27/32))',
      'gold.jsonl: false alarms (items) 4.5% (9/200) is over its ceiling 0.04 (set at ?)',
    ]);
  });
  test('figures at or better than their bounds pass', () => {
    const r = checkFloors(report('gold.jsonl', [found(27), alarms(8)]), floorsOf({ 'found (records)': { min: 0.8437 }, 'false alarms (items)': { max: 0.04 } }));
    expect(r).toEqual({ failures: [], checked: 2, unfloored: [] });
  });
  test('a floored figure no longer measured, or with no value, fails', () => {
    const r = checkFloors(report('gold.jsonl', [found(0, 0)]), floorsOf({ 'found (records)': { min: 0.8 }, 'renamed figure': { max: 0.1 } }));
    expect(r.failures).toEqual([
      'gold.jsonl: found (records) has no value in this run (floor 0.8)',
      'gold.jsonl: renamed figure is no longer measured (ceiling 0.1)',
    ]);
  });
  test('files not in the run are not checked; figures and files without floors are listed, not failed', () => {
    const floors: Floors = { dir: '.', files: { 'other.jsonl': { 'found (records)': { min: 1 } }, 'gold.jsonl': { 'found (records)': { min: 0.5 } } } };
    const r = checkFloors({ files: [
      { file: 'a/gold.jsonl', format: 'plover', records: 1, measures: [found(27), alarms(1), rate('read only', 1, 2, 2)] },
      { file: 'new.jsonl', format: 'plain', records: 1, measures: [alarms(3)] },
    ] }, floors);
    expect(r.failures).toEqual([]);
    expect(r.checked).toBe(1);
    expect(r.unfloored).toEqual(['gold.jsonl: false alarms (items)', 'new.jsonl: false alarms (items)']);
  });
});

describe('raiseFloors never lowers a bound', () => {
  const current = floorsOf({ 'found (records)': { min: 0.8437, at: '84.4% (27/32)' }, 'false alarms (items)': { max: 0.045 } });
  test('better figures move their bounds; a new figure gets one; the date is set', () => {
    const r = raiseFloors(current, report('gold.jsonl', [found(29), alarms(5), rate('wounded exact', 3, 3, 3, undefined, 'higher')]), '2026-12-01');
    expect(r.refused).toEqual([]);
    expect(r.floors.files['gold.jsonl']).toEqual({
      'found (records)': { min: 0.9062, at: '90.6% (29/32)' },
      'false alarms (items)': { max: 0.025, at: '2.5% (5/200)' },
      'wounded exact': { min: 1, at: '100.0% (3/3)' },
    });
    expect(r.changed).toHaveLength(3);
    expect(r.floors.measured).toBe('2026-12-01');
    // the input is not changed
    expect(current.files['gold.jsonl']!['found (records)']!.min).toBe(0.8437);
  });
  test('worse figures keep their bounds and are named; equal ones change nothing', () => {
    const r = raiseFloors(current, report('gold.jsonl', [found(26), alarms(10)]), '2026-12-01');
    expect(r.floors.files).toEqual(current.files);
    expect(r.changed).toEqual([]);
    expect(r.floors.measured).toBeUndefined();
    expect(r.refused).toEqual([
      'gold.jsonl: found (records) 81.3% (26/32) is under its floor 0.8437, kept',
      'gold.jsonl: false alarms (items) 5.0% (10/200) is over its ceiling 0.045, kept',
    ]);
    // equal to the bound (27/32, 9/200 = 0.045): nothing to raise, nothing refused
    const same = raiseFloors(current, report('gold.jsonl', [found(27), alarms(9)]), 'd');
    expect([same.changed, same.refused]).toEqual([[], []]);
  });
  test('a figure whose direction changed is refused, and figures read, not scored, get no bound', () => {
    const r = raiseFloors(current, report('gold.jsonl', [rate('found (records)', 1, 2, 2, undefined, 'lower'), rate('World items', 3, 9, 9)]), 'd');
    expect(r.refused).toEqual(['gold.jsonl: found (records) now has a ceiling, the file a floor 0.8437']);
    expect(Object.keys(r.floors.files['gold.jsonl']!)).toEqual(['found (records)', 'false alarms (items)']);
  });
});

describe('the floors file', () => {
  test('written one figure a line, read back the same', () => {
    const f: Floors = {
      about: 'what must not regress', dir: '../shared/eval', measured: '2026-11-29',
      files: { 'a.jsonl': { 'found (records)': { min: 0.8437, at: '84.4% (27/32)' }, 'alarms': { max: 0, why: 'hand-lowered: ...' } }, 'b.jsonl': {} },
    };
    const text = serializeFloors(f);
    expect(parseFloors(text)).toEqual(f);
    expect(text).toContain('\n      "found (records)": {"min":0.8437,"at":"84.4% (27/32)"},\n');
    expect(text).toContain('"b.jsonl": {}');
  });
  test.each([
    ['[]', /not a JSON object/],
    ['{"files": {}}', /"dir"/],
    ['{"dir": "x", "files": []}', /"files"/],
    ['{"dir": "x", "files": {"a.jsonl": 3}}', /files\["a.jsonl"\] is not an object/],
    ['{"dir": "x", "files": {"a.jsonl": {"f": {}}}}', /exactly one of "min" and "max"/],
    ['{"dir": "x", "files": {"a.jsonl": {"f": {"min": 0.5, "max": 0.9}}}}', /exactly one of/],
    ['{"dir": "x", "files": {"a.jsonl": {"f": {"min": "high"}}}}', /min must be a number/],
    ['{"dir": "x", "files": {"a.jsonl": {"f": {"max": -1}}}}', /max must be a number >= 0/],
    ['{"dir": "x", "files": {"a.jsonl": {"f": {"max": 1, "why": 3}}}}', /why must be a string/],
    ['{"dir": "x", "files": {', /JSON/],
  ])('rejects %s', (text, msg) => expect(() => parseFloors(text)).toThrow(msg));
});

describe('extract eval --floors', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const small = join(root, 'fixtures', 'eval', 'gold-small.jsonl');
  const capture = () => {
    const err: string[] = [];
    return { err, io: { stdout: () => {}, stderr: (s: string) => { err.push(s); } } };
  };
  const attackEverywhere = () => ({ events: [ev({ type: 'attack' })] });
  async function floorsFile(figures: Record<string, Floor>): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'floors-')), 'eval-floors.json');
    await writeFile(path, serializeFloors({ dir: '.', files: { 'gold-small.jsonl': figures } }));
    return path;
  }

  test('exit 1 naming every figure that fell; exit 0 when all hold', async () => {
    // an attack for every record: 1 of the 7 gold attacks matches (the others state counts), no meeting at all
    const path = await floorsFile({
      'attack recall (gold events)': { min: 0.14 },
      'attack precision (our events)': { min: 0.5 },
      'meeting precision (our events)': { min: 0.5 },
      'invented deaths (records whose gold has no deaths)': { max: 0 },
    });
    let c = capture();
    expect(await runEval([small], { format: 'json', floors: path, extract: attackEverywhere }, c.io)).toBe(1);
    const lines = c.err.join('').split('\n');
    expect(lines[0]).toMatch(/^extract eval: floors \(.*eval-floors\.json\): 2 of 4 figures fell; \d+ figures have no floor yet/);
    expect(lines.slice(1, 3)).toEqual([
      '  gold-small.jsonl: attack precision (our events) 7.1% (1/14) is under its floor 0.5 (set at ?)',
      '  gold-small.jsonl: meeting precision (our events) has no value in this run (floor 0.5)',
    ]);

    const holdsAll = await floorsFile({ 'attack recall (gold events)': { min: 0.14 }, 'invented deaths (records whose gold has no deaths)': { max: 0 } });
    c = capture();
    expect(await runEval([small], { format: 'json', floors: holdsAll, extract: attackEverywhere }, c.io)).toBe(0);
    expect(c.err.join('')).toMatch(/: all 2 figures hold; \d+ figures have no floor yet/);
  });

  test('an unreadable or malformed floors file is exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'floors-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"dir": "x", "files": {"a": {"f": {}}}}');
    for (const path of [bad, join(dir, 'missing.json')]) {
      const c = capture();
      expect(await runEval([small], { format: 'json', floors: path, extract: attackEverywhere }, c.io)).toBe(2);
      expect(c.err.join('')).toMatch(/cannot use the floors in/);
    }
  });
});
