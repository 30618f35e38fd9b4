// The command line as a user scripts against it (SPEC.md: Invocation, Formats, exit codes). End-to-end runs use the
// real extractor and check structure only (valid events, offsets, order, exit codes); event content is tested
// beside the rules. Input wiring is checked through --emit-text, which needs no extractor.
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { runCli, jsonl, SLOW } from './helpers/cli.js';
import { parseDelimited } from './helpers/csv.js';
import { colorWanted } from '../src/cli/main.js';
import { CSV_COLUMNS } from '../src/format/index.js';
import { EventSchema, eventJsonSchema } from '../src/schema/event.js';

const ARTICLE = 'KABUL, March 3 (Reuters) - A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.';
const CALM = 'The central bank kept interest rates unchanged on Tuesday, citing slowing inflation.';
const BIN = join(process.cwd(), 'bin', 'extract.js');

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
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
  writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `${CALM} ${'More calm words. '.repeat(20)}` })).join('\n'));
});

/** Events of a run: each validates, and each evidence is the slice of `text` at its offsets. */
function checkEvents(events: unknown[], textOf: (doc: string) => string): void {
  for (const e of events) {
    const r = EventSchema.safeParse(e);
    expect(r.success).toBe(true);
    if (!r.success) continue;
    const text = textOf(r.data.doc);
    for (const ev of r.data.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  }
}

describe('extract files (real extractor, structure only)', () => {
  test('json: one array of valid events whose evidence is the text at its offsets; a summary line', async () => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', 'json', '--date', '2024-03-05']);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout);
    expect(Array.isArray(events)).toBe(true);
    checkEvents(events, () => ARTICLE);
    for (const e of events) expect(e.doc).toBe('bomb');
    expect(r.stderr).toMatch(/^extract: 1 document, \d+ events?, 0 failed\n$/);
  }, SLOW);

  test('zero events is success', async () => {
    const r = await runCli([join(dir, 'calm.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('extract: 1 document, 0 events, 0 failed\n');
  }, SLOW);

  test('jsonl: one compact valid event per line, the same for the same input', async () => {
    const a = await runCli([join(dir, 'batch.jsonl'), '--format', 'jsonl', '--date', '2024-03-05']);
    const b = await runCli([join(dir, 'batch.jsonl'), '--format', 'jsonl', '--date', '2024-03-05']);
    expect(a.stdout).toBe(b.stdout);
    const texts: Record<string, string> = { a: ARTICLE, b: CALM, c: 'Gunmen killed three villagers in an overnight raid.' };
    checkEvents(jsonl(a.stdout), (d) => texts[d]);
    for (const line of a.stdout.split('\n').filter(Boolean)) expect(line).not.toMatch(/^\s|": /);
  }, SLOW);

  test.each([['csv', ','], ['tsv', '\t']])('%s: the SPEC columns, then rows of as many fields', async (format, sep) => {
    const r = await runCli([join(dir, 'bomb.txt'), join(dir, 'calm.txt'), '--format', format, '--jobs', '1']);
    expect(r.code).toBe(0);
    const rows = parseDelimited(r.stdout, sep);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  }, SLOW);

  test('table: a table or nothing, no colour when stdout is not a terminal', async () => {
    const r = await runCli([join(dir, 'bomb.txt'), '--format', 'table', '--date', '2024-03-05']);
    expect(r.code).toBe(0);
    if (r.stdout) expect(r.stdout).toMatch(/^┌[^\n]*\n│ type +│ date +│ place +│ who +│ killed +│ wounded +│ evidence +│\n/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  }, SLOW);

  test('colour: only when stdout is a terminal and NO_COLOR is not set', () => {
    expect(colorWanted({ stdoutTTY: true, env: {} })).toBe(true);
    expect(colorWanted({ stdoutTTY: false, env: {} })).toBe(false);
    expect(colorWanted({ stdoutTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorWanted({ stdoutTTY: true, env: { NO_COLOR: '' } })).toBe(true);
  });

  test('several documents on worker processes: the same output as on one thread', async () => {
    const inputs = [join(dir, 'bomb.txt'), join(dir, 'calm.txt'), join(dir, 'page.html'), join(dir, 'folder'), join(dir, 'batch.jsonl')];
    const one = await runCli([...inputs, '--format', 'jsonl', '--jobs', '1', '--quiet']);
    const two = await runCli([...inputs, '--format', 'jsonl', '--jobs', '2', '--quiet']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(1); // batch.jsonl has bad lines
  }, SLOW);
});

describe('inputs', () => {
  test('standard input when no file or "-" is given; its doc is "stdin"', async () => {
    for (const argv of [[], ['-']]) {
      const r = await runCli([...argv, '--emit-text'], ARTICLE);
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout)).toEqual([{ id: 'stdin', text: ARTICLE }]);
    }
  });

  test('a folder is walked recursively; other files are skipped with a note (not with --quiet)', async () => {
    const r = await runCli([join(dir, 'folder'), '--emit-text']);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((d) => d.id)).toEqual(['two', 'one']); // name order: nested/ before one.txt
    expect(r.stderr).toMatch(/skipped .*image\.png/);
    const q = await runCli([join(dir, 'folder'), '--emit-text', '--quiet']);
    expect(q.stderr).toBe('');
  });

  test('JSONL: bad lines reported with their line number, the other lines read, exit 1', async () => {
    const r = await runCli([join(dir, 'batch.jsonl'), '--emit-text']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/batch\.jsonl:2: line 2 is not JSON/);
    expect(r.stderr).toMatch(/batch\.jsonl:4: line 4: id /);
    expect(jsonl(r.stdout).map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(r.stderr).toMatch(/extract: 5 documents, 2 failed\n$/);
  });

  test('JSONL with extraction: the same bad lines, the rest extracted', async () => {
    const r = await runCli([join(dir, 'batch.jsonl'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/batch\.jsonl:2: line 2 is not JSON/);
    expect(r.stderr).toMatch(/extract: 5 documents, \d+ events?, 2 failed\n$/);
    for (const e of jsonl(r.stdout)) expect(['a', 'b', 'c']).toContain(e.doc);
  }, SLOW);

  test('a record\'s own date wins over --date; --date dates the others', async () => {
    const r = await runCli([join(dir, 'batch.jsonl'), '--emit-text', '--date', '2020-01-01']);
    expect(jsonl(r.stdout).map((d) => [d.id, d.date])).toEqual([['a', '2024-03-05'], ['b', '2020-01-01'], ['c', '2020-01-01']]);
  });

  test('a missing file is reported and the others are still output (exit 1)', async () => {
    const r = await runCli([join(dir, 'nope.txt'), join(dir, 'bomb.txt'), '--emit-text']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(jsonl(r.stdout).map((d) => d.id)).toEqual(['bomb']);
  });

  test.each([
    ['empty.txt', /empty\.txt: is empty/], ['binary.txt', /binary\.txt: is binary/],
  ])('%s: a clear message, exit 1, no stack trace', async (file, msg) => {
    const r = await runCli([join(dir, file)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, SLOW);

  test('empty standard input: zero documents, exit 0 (tests/cli-options.test.ts has the cases)', async () => {
    const r = await runCli([], '');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('extract: 0 documents, 0 events, 0 failed\n');
  }, SLOW);

  test('HTML: the article text and published date; --emit-text shows the text the offsets point into', async () => {
    const r = await runCli([join(dir, 'page.html'), '--format', 'json']);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout);
    const t = await runCli([join(dir, 'page.html'), '--emit-text']);
    expect(t.code).toBe(0);
    const [doc] = jsonl(t.stdout);
    expect(doc).toMatchObject({ id: 'page', title: 'Blast', date: '2024-03-05' });
    expect(doc.text).toContain('Blast in Helmand');
    expect(doc.text).not.toContain('Home | World');
    checkEvents(events, () => doc.text);
    // the emitted text is JSONL input: the same events come back
    const again = await runCli(['--input-format', 'jsonl', '--format', 'json'], t.stdout);
    expect(JSON.parse(again.stdout)).toEqual(events);
  }, SLOW);

  test('--input-format overrides the extension: a page read as plain text', async () => {
    const r = await runCli([join(dir, 'page.html'), '--emit-text', '--input-format', 'text']);
    expect(jsonl(r.stdout)[0].text).toMatch(/^<html>/);
  });
});

describe('progress and summary on stderr', () => {
  test('a bar only at a terminal, only for more than one document, never with --quiet', async () => {
    const many = await runCli([join(dir, 'folder'), join(dir, 'bomb.txt'), '--emit-text'], '', { stderrTTY: true });
    expect(many.progress).toMatch(/documents/);
    const one = await runCli([join(dir, 'bomb.txt'), '--emit-text'], '', { stderrTTY: true });
    expect(one.progress).toBe('');
    const quiet = await runCli([join(dir, 'folder'), join(dir, 'bomb.txt'), '--emit-text', '--quiet'], '', { stderrTTY: true });
    expect(quiet.progress).toBe('');
    expect(quiet.stderr).toBe('');
    const pipe = await runCli([join(dir, 'folder'), join(dir, 'bomb.txt'), '--emit-text']);
    expect(pipe.progress).toBe('');
  });

  test('--quiet keeps errors', async () => {
    const r = await runCli([join(dir, 'nope.txt'), '--quiet', '--emit-text']);
    expect(r.stderr).toMatch(/^extract: .*nope\.txt: no such file or folder\n$/);
  });
});

describe('usage', () => {
  test.each([
    [['--format', 'xml'], /--format.*xml|Allowed choices/], [['--date', '2020-13-45'], /YYYY-MM-DD/], [['--date', '2021-02-29'], /real day/],
    [['--date', 'yesterday'], /YYYY-MM-DD/], [['--jobs', '0'], /whole number/], [['--jobs', '1.5'], /whole number/],
    [['--jobs', 'many'], /whole number/], [['--input-format', 'pdf'], /Allowed choices/], [['--bogus'], /unknown option/],
    [['eval', 'x.jsonl', '--format', 'csv'], /Allowed choices/],
  ])('%p is a usage error (exit 2), said on stderr', async (argv, msg) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error/i);
    expect(r.stderr).toMatch(msg as RegExp);
    expect(r.stdout).toBe('');
  });

  test('--help prints usage with every option and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: extract/);
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const o of ['--format', '"json", "jsonl", "csv", "tsv", "table"', '--date', '--input-format', '--jobs', '--quiet', '--emit-text', 'schema', 'eval']) expect(flat).toContain(o);
  });

  test('schema prints the JSON Schema generated from the zod schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(JSON.parse(JSON.stringify(eventJsonSchema())));
    expect(schema.oneOf ?? schema.anyOf).toHaveLength(4);
  });

  const evalBuilt = existsSync(join(process.cwd(), 'dist', 'src', 'eval', 'index.js'));
  (evalBuilt ? test : test.skip)('eval is wired to the evaluation harness', async () => {
    const r = await runCli(['eval', join('fixtures', 'eval', 'gold-small.jsonl'), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveProperty('files');
  }, SLOW);
});

describe('as a process', () => {
  // a loader hook that refuses the heavy modules: if --help or schema imported them, they would fail
  const refuse = 'data:text/javascript,import {register} from "node:module"; register("data:text/javascript,'
    + 'export async function resolve(s,c,n){ if(/compromise|chrono-node|places\\\\/|gazetteer/.test(s)) throw new Error(\\"refused \\"+s); return n(s,c); }")';
  test.each([[['--help']], [['schema']]])('%p loads neither compromise nor the gazetteer', (argv) => {
    const r = spawnSync(process.execPath, ['--import', refuse, BIN, ...argv], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  }, SLOW);

  test('the refusing hook does catch the extractor (so the test above can fail)', () => {
    const r = spawnSync(process.execPath, ['--import', refuse, BIN, join(dir, 'calm.txt')], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/refused/);
  }, SLOW);

  test('`extract ... | head`: no EPIPE trace when the reader goes away', async () => {
    const child = spawn(process.execPath, [BIN, join(dir, 'many.jsonl'), '--emit-text'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    await new Promise<void>((res) => child.stdout.once('data', () => { child.stdout.destroy(); res(); }));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, SLOW);

  test('JSONL on standard input is streamed: the first record is out before the input ends', async () => {
    const stdin = new PassThrough();
    let stdout = '';
    let firstOut: () => void = () => {};
    const first = new Promise<void>((res) => { firstOut = res; });
    const { main } = await import('../src/cli/main.js');
    const run = main(['--input-format', 'jsonl', '--emit-text'], {
      stdout: (s) => { stdout += s; if (stdout.includes('\n')) firstOut(); }, stderr: () => {}, stdin, stdoutTTY: false, stderrTTY: false,
    });
    stdin.write(`${JSON.stringify({ id: 'first', text: CALM })}\n`);
    await first;
    expect(jsonl(stdout).map((d) => d.id)).toEqual(['first']);
    stdin.end(`${JSON.stringify({ id: 'second', text: CALM })}\n`);
    expect(await run).toBe(0);
    expect(jsonl(stdout).map((d) => d.id)).toEqual(['first', 'second']);
  });
});
