// The command line as a user scripts against it (SPEC.md: Invocation, Formats, exit codes).
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { CSV_COLUMNS } from '../src/format/index.js';
import { EventSchema } from '../src/schema/event.js';

const ARTICLE = 'KABUL, March 3 (Reuters) - A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.';
const CALM = 'The central bank kept interest rates unchanged on Tuesday, citing slowing inflation.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  writeFileSync(join(dir, 'bomb.txt'), ARTICLE);
  writeFileSync(join(dir, 'calm.txt'), CALM);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
  writeFileSync(join(dir, 'batch.jsonl'), [
    JSON.stringify({ id: 'a', text: ARTICLE, date: '2024-03-05' }),
    '{not json',
    JSON.stringify({ id: 'b', text: CALM }),
    JSON.stringify({ text: 'no id' }),
    JSON.stringify({ id: 'c', text: 'Gunmen killed three villagers in an overnight raid.' }),
  ].join('\n'));
  mkdirSync(join(dir, 'folder', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'one.txt'), ARTICLE);
  writeFileSync(join(dir, 'folder', 'nested', 'two.txt'), 'Unidentified gunmen shot dead two policemen in Kano on Monday.');
  writeFileSync(join(dir, 'folder', 'image.png'), 'x');
  writeFileSync(join(dir, 'page.html'), `<html><head><title>Blast</title><meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Blast in Helmand</h1><p>${ARTICLE}</p>
    <p>The Taliban did not comment on the attack, which came as talks continued in Doha between the parties.</p></article></body></html>`);
});

describe('extract files', () => {
  test('json: an array of events that validate, with evidence that is the text at its offsets', async () => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', 'json', '--date', '2024-03-05']);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout);
    expect(Array.isArray(events)).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      for (const ev of e.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.text);
    }
    const bomb = events.find((e: { subtype: string }) => e.subtype === 'bombing');
    expect(bomb).toMatchObject({ doc: 'bomb', id: 'bomb:1', killed: { low: 4, high: 4 }, date: { value: '2024-03-05' } });
    expect(r.stderr).toMatch(/1 document read, \d+ events?, 0 failed/);
  });

  test('zero events is success and prints an empty array', async () => {
    const r = await runCli([join(dir, 'calm.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  test('the dateline gives the reference date when no --date is given', async () => {
    const r = await runCli([join(dir, 'bomb.txt')]);
    const events = JSON.parse(r.stdout);
    expect(events[0].date.value).toMatch(/^\d{4}-03-03$/);
  });

  test('jsonl: one compact event per line, ids stable across runs', async () => {
    const a = await runCli([join(dir, 'bomb.txt'), '--format', 'jsonl', '--date', '2024-03-05']);
    const b = await runCli([join(dir, 'bomb.txt'), '--format', 'jsonl', '--date', '2024-03-05']);
    const lines = a.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(a.stdout).toBe(b.stdout);
  });

  test.each([['csv', ','], ['tsv', '\t']])('%s: header of SPEC columns, one row per event', async (format, sep) => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', format, '--date', '2024-03-05']);
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0].split(sep)).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(1);
    expect(r.stdout).toContain('Helmand');
  });

  test('csv quotes fields with commas and quotes (RFC 4180)', async () => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', 'csv', '--date', '2024-03-05']);
    expect(r.stdout).toContain('"KABUL, March 3 (Reuters) - A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said."');
  });

  test('table: columns for a person, no colour when stdout is not a terminal', async () => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', 'table', '--date', '2024-03-05']);
    expect(r.stdout).toMatch(/type.*date.*place.*who.*killed.*wounded.*evidence/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const colored = await runCli([join(dir, 'bomb.txt'), '--format', 'table'], '', { stdoutTTY: true });
    expect(colored.stdout).toMatch(/\x1b\[/);
    const noColor = await runCli([join(dir, 'bomb.txt'), '--format', 'table'], '', { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('inputs', () => {
  test('stdin when no file or "-" is given; doc is "stdin"', async () => {
    for (const argv of [[], ['-']]) {
      const r = await runCli([...argv, '--date', '2024-03-05'], ARTICLE);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)[0].doc).toBe('stdin');
    }
  });

  test('a folder is walked recursively; other files are skipped with a note', async () => {
    const r = await runCli([join(dir, 'folder'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    const docs = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc));
    expect(docs).toEqual(new Set(['one', 'two']));
    expect(r.stderr).toMatch(/skipped .*image\.png/);
  });

  test('JSONL: bad lines reported with their line number, the other lines processed, exit 1', async () => {
    const r = await runCli([join(dir, 'batch.jsonl'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/batch\.jsonl:2: line 2 is not JSON/);
    expect(r.stderr).toMatch(/batch\.jsonl:4: line 4: id/);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(new Set(events.map((e) => e.doc))).toEqual(new Set(['a', 'c']));
    expect(events.find((e) => e.doc === 'a').date.value).toBe('2024-03-05'); // the record's date
  });

  test('a record\'s own date wins over --date', async () => {
    const r = await runCli([join(dir, 'batch.jsonl'), '--format', 'jsonl', '--date', '2020-01-01', '--jobs', '1']);
    const a = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.doc === 'a');
    expect(a.date.value).toBe('2024-03-05');
  });

  test('a missing file is reported and the others are still output (exit 1)', async () => {
    const r = await runCli([join(dir, 'nope.txt'), join(dir, 'bomb.txt'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(r.stdout).toContain('"doc":"bomb"');
  });

  test.each([['empty.txt', /is empty/], ['binary.txt', /binary/]])('%s: a clear message, exit 1, no stack trace', async (file, msg) => {
    const r = await runCli([join(dir, file)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('HTML: the article text is extracted, its published date used', async () => {
    const r = await runCli([join(dir, 'page.html'), '--format', 'json', '--emit-text']);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout);
    const bomb = events.find((e: { subtype: string }) => e.subtype === 'bombing');
    expect(bomb.doc).toBe('page');
    expect(r.stderr).toContain('Blast in Helmand');
    expect(r.stderr).not.toContain('Home | World');
    const text = r.stderr.split('---')[1];
    for (const ev of bomb.evidence) expect(text).toContain(ev.text);
  });

  test('several documents on worker threads keep input order', async () => {
    const files = ['bomb.txt', 'calm.txt', 'page.html'].map((f) => join(dir, f));
    const one = await runCli([...files, join(dir, 'folder'), '--format', 'jsonl', '--jobs', '1', '--quiet']);
    const two = await runCli([...files, join(dir, 'folder'), '--format', 'jsonl', '--jobs', '2', '--quiet']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
  });
});

describe('usage', () => {
  test.each([
    [['--format', 'xml']], [['--date', '2020-13-45']], [['--date', 'yesterday']], [['--jobs', '0']], [['--bogus']],
  ])('%p is a usage error (exit 2)', async (argv) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error/i);
  });

  test('--help prints usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: extract/);
  });

  test('schema prints the JSON Schema of one event', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toContain('drone_strike');
    expect(schema.oneOf ?? schema.anyOf).toHaveLength(4);
  });
});

describe('the seed article', () => {
  test('its five required events (see ../shared/seeds)', async () => {
    const seed = join('seeds', 'idlib-2020-03-04.txt');
    const r = await runCli([seed, '--format', 'json', '--date', '2020-03-04']);
    const events = JSON.parse(r.stdout);
    const gold = JSON.parse(readFileSync(join('seeds', 'idlib-2020-03-04.expected.json'), 'utf8'));
    expect(events.length).toBeGreaterThanOrEqual(gold.must.length);
    const drone = events.find((e: { subtype: string }) => e.subtype === 'drone_strike');
    expect(drone).toMatchObject({ killed: { low: 9, high: 9 }, location: { name: 'Saraqib', country: 'SY' } });
    expect(events.filter((e: { subtype: string }) => e.subtype === 'drone_strike')).toHaveLength(1);
  });
});
