// `extract dedupe` as a user runs it, on hand-built events: the windows the flags tune, events of one document never
// merged, what a bad line and a missing file give, the formats.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { Event } from '../src/schema/event.js';
import { jsonl, runCli } from './helpers/cli.js';
import { makeEvent } from './helpers/events.js';

const SARAQIB = { text: 'Saraqib', name: 'Saraqib', admin2: 'Idlib', admin1: 'Idlib', country: 'SY', lat: 35.8645, lon: 36.8059, precision: 'town' as const };
const IDLIB = { ...SARAQIB, text: 'Idlib', name: 'Idlib', lat: 35.9306, lon: 36.6339 };
const on = (value: string) => ({ text: value, value, precision: 'day' as const });

const wire = makeEvent({ id: 'wire:1', doc: 'wire', date: on('2020-03-04'), location: SARAQIB, meta: { url: 'https://example.org/w' } });
const paperNextDay = makeEvent({ id: 'paper:1', doc: 'paper', date: on('2020-03-05'), location: SARAQIB, killed: { low: 12, high: 12, text: '12' } });
const radioInIdlib = makeEvent({ id: 'radio:1', doc: 'radio', date: on('2020-03-04'), location: IDLIB });
const wireAgain = makeEvent({ id: 'wire:2', doc: 'wire', date: on('2020-03-04'), location: SARAQIB });

const lines = (...events: Event[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');
/** The documents of each output event, sorted, e.g. ['paper+wire', 'radio']. */
const groups = (out: string) => jsonl(out).map((e) => e.reports.map((r: { doc: string }) => r.doc).sort().join('+')).sort();

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'extract-dedupe-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the windows', () => {
  test.each([
    [[], ['paper+wire', 'radio']],
    [['--dedupe-days', '0'], ['paper', 'radio', 'wire']],
    [['--dedupe-km', '20'], ['paper+radio+wire']],
    [['--dedupe-days', '0', '--dedupe-km', '20'], ['paper', 'radio+wire']],
  ])('extract dedupe %j gives the reports together as %j', async (flags, expected) => {
    const r = await runCli(['dedupe', ...flags], lines(wire, paperNextDay, radioInIdlib));
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual(expected);
  });

  test.each([[['--dedupe-days', 'two']], [['--dedupe-km', '-1']], [['--dedupe-days', '1.5']]])('%j is a usage error', async (flags) => {
    const r = await runCli(['dedupe', ...flags], lines(wire));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected/);
  });
});

describe('what comes out', () => {
  test('two events of one document never merge, even through a third', async () => {
    const r = await runCli(['dedupe'], lines(wire, wireAgain, paperNextDay));
    expect(groups(r.stdout)).toEqual(['paper+wire', 'wire']);
  });

  test('a report naming only the province joins one of two attacks in towns of it, never chains them into one', async () => {
    const province = makeEvent({ id: 'agency:1', doc: 'agency', date: on('2020-03-04'),
      location: { text: 'Idlib province', name: 'Idlib', admin2: null, admin1: 'Idlib', country: 'SY', lat: 35.8, lon: 36.6, precision: 'admin1' } });
    const r = await runCli(['dedupe'], lines(wire, radioInIdlib, province));
    expect(groups(r.stdout)).toHaveLength(2);
    expect(groups(r.stdout)).not.toContain('agency+radio+wire');
  });

  test('the merged event: both reports with their url and toll, the lowest and highest toll, the earliest day', async () => {
    const [e] = jsonl((await runCli(['dedupe'], lines(wire, paperNextDay))).stdout);
    expect(e.reports).toEqual([
      { doc: 'wire', id: 'wire:1', url: 'https://example.org/w', killed: wire.killed },
      { doc: 'paper', id: 'paper:1', url: null, killed: paperNextDay.killed },
    ]);
    expect(e.killed).toEqual({ low: 9, high: 12, text: 'nine; 12' });
    expect(e.date.value).toBe('2020-03-04');
    expect(e.id).toMatch(/^merged-[0-9a-f]{16}:2$/);
  });

  test('--format json gives one array of the same events', async () => {
    const asJsonl = jsonl((await runCli(['dedupe'], lines(wire, paperNextDay, radioInIdlib))).stdout);
    const asJson = JSON.parse((await runCli(['dedupe', '--format', 'json'], lines(wire, paperNextDay, radioInIdlib))).stdout);
    expect(asJson).toEqual(asJsonl);
  });

  test('several files are read as one input, "-" standing for standard input', async () => {
    writeFileSync(join(dir, 'a.jsonl'), lines(wire));
    const r = await runCli(['dedupe', join(dir, 'a.jsonl'), '-'], lines(paperNextDay));
    expect(groups(r.stdout)).toEqual(['paper+wire']);
  });
});

describe('-o FILE', () => {
  test('writes what standard output would get, nothing on standard output', async () => {
    const file = join(dir, 'merged.jsonl');
    const r = await runCli(['dedupe', '-o', file], lines(wire, paperNextDay, radioInIdlib));
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toBe((await runCli(['dedupe'], lines(wire, paperNextDay, radioInIdlib))).stdout);
  });

  test('xlsx goes to a file only; a path that cannot be written is a usage error', async () => {
    const book = join(dir, 'merged.xlsx');
    expect((await runCli(['dedupe', '-f', 'xlsx', '-o', book], lines(wire, paperNextDay))).code).toBe(0);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
    const r = await runCli(['dedupe', '-o', join(dir, 'no-such-folder', 'x.jsonl')], lines(wire));
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/cannot write .*no such folder/);
  });
});

describe('bad input', () => {
  test('a window without --dedupe on a run: a warning, the run as without it', async () => {
    const r = await runCli(['--format', 'jsonl', '--quiet', '--dedupe-km', '20'], 'Gunmen killed four villagers in Maiduguri on Friday, police said.');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--dedupe, which was not given/);
    expect(jsonl(r.stdout)[0].reports).toBeUndefined();
  });

  test.each([
    ['a line that is not JSON', `${lines(wire)}{oops\n${lines(paperNextDay)}`, /^extract: stdin:2: not JSON/m],
    ['a line that is no event', `${lines(wire)}{"id":"x:1"}\n${lines(paperNextDay)}`, /^extract: stdin:2: not an event/m],
  ])('%s: named on stderr, left out, the rest merged, exit 1', async (_what, input, message) => {
    const r = await runCli(['dedupe'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(groups(r.stdout)).toEqual(['paper+wire']);
  });

  test('a missing file is a usage error', async () => {
    const r = await runCli(['dedupe', join(dir, 'nothing-here.jsonl')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/no such file/);
  });

  test('no file and standard input a terminal: a hint, exit 2', async () => {
    let stderr = '';
    const code = await main(['dedupe'], { stdout: () => {}, stderr: (s) => { stderr += s; }, stdin: Readable.from([]), stdinTTY: true, stdoutTTY: false, stderrTTY: false });
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: extract dedupe/);
  });

  test('empty input: no events, exit 0', async () => {
    expect(await runCli(['dedupe'], '')).toMatchObject({ code: 0, stdout: '' });
  });
});
