// `--format xlsx` (src/format/xlsx.ts): one sheet "events" with the CSV columns as typed cells, read back with exceljs,
// the library that writes it. The row writer on hand-built events (formula-looking text, scripts, emoji, control
// characters), then the CLI as a child process: to `-o FILE`, to a pipe, with no events, at a terminal, interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CSV_COLUMNS, openFormat, outputRefusal, type FormatName } from '../src/format/index.js';
import { excelDay, textCell, xlsxRow } from '../src/format/xlsx.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent, sampleEvents } from './helpers/events.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
type Column = (typeof CSV_COLUMNS)[number];

/** The workbook's "events" sheet as rows of cell values (exceljs: numbers, strings, booleans, Dates; null when empty). */
async function readSheet(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('events');
  if (!ws) throw new Error('no sheet "events"');
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    rows.push(CSV_COLUMNS.map((_, i) => row.getCell(i + 1).value ?? null));
  });
  return { ws, rows, sheets: wb.worksheets.map((w) => w.name) };
}
const col = (row: unknown[], c: Column) => row[CSV_COLUMNS.indexOf(c)];

/** The bytes the xlsx formatter writes for `events`, through the same driver as the CLI. */
async function workbookOf(events: Event[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = await openFormat('xlsx', {}, (c) => { chunks.push(Buffer.from(c)); });
  await out.start();
  await out.events(events);
  await out.end();
  return Buffer.concat(chunks);
}

describe('xlsxRow: typed cells', () => {
  const [attack, casualties, meeting, agreement] = sampleEvents().map(xlsxRow);
  test.each<[string, unknown[], Column, unknown]>([
    ['killed as a number', attack, 'killed_low', 9],
    ['an open count has no high', casualties, 'killed_high', null],
    ['wounded', casualties, 'wounded_high', 5],
    ['latitude', attack, 'lat', 35.86],
    ['longitude', meeting, 'lon', 37.62],
    ['confidence', casualties, 'confidence', 0.4],
    ['aggregate false', attack, 'aggregate', false],
    ['aggregate true', casualties, 'aggregate', true],
    ['a day is a date', attack, 'date', new Date(Date.UTC(2020, 2, 4))],
    ['a year stays text', agreement, 'date', '2018'],
    ['no date: empty', casualties, 'date', null],
    ['cameo stays text: the leading zero of a code', meeting, 'cameo', '036'],
    ['cameo text', attack, 'cameo', '195'],
    ['actors joined', meeting, 'participants', 'Recep Tayyip Erdogan; Vladimir Putin; United Nations'],
    ['empty text: empty cell', casualties, 'source', null],
  ])('%s', (_, row, c, expected) => {
    expect(col(row, c)).toEqual(expected);
  });
  test('a month stays text as written', () => {
    const row = xlsxRow(makeEvent({ date: { text: 'in May', value: '2024-05', precision: 'month' } }));
    expect(col(row, 'date')).toBe('2024-05');
  });
  test('one cell per CSV column', () => {
    expect(attack).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('cell helpers', () => {
  test.each([['2024-05-08', Date.UTC(2024, 4, 8)], ['2024-02-29', Date.UTC(2024, 1, 29)], ['2023-02-29', null], ['2024-05', null], ['2024', null], ['08/05/2024', null]])(
    'excelDay(%p)', (v, ms) => { expect(excelDay(v)?.getTime() ?? null).toBe(ms); },
  );
  test.each([['plain', 'plain'], ['', null], ['a\u0000b\u0007c\u001Fd', 'abcd'], ['tab\tand\nline', 'tab\tand\nline'], ['lone \uD800 half', 'lone  half'], ['emoji 🎉 whole', 'emoji 🎉 whole']])(
    'textCell(%p)', (v, expected) => { expect(textCell(v)).toBe(expected); },
  );
  test('text over Excel\'s 32,767 characters is cut with an ellipsis', () => {
    const cut = textCell('x'.repeat(40000))!;
    expect(cut).toHaveLength(32767);
    expect(cut.endsWith('…')).toBe(true);
    expect(textCell(`${'x'.repeat(32765)}🎉🎉`)).toBe(`${'x'.repeat(32765)}…`); // the cut falls inside an emoji
  });
});

describe('outputRefusal: binary output never to a terminal', () => {
  test.each<[FormatName, boolean, boolean, boolean]>([
    ['xlsx', false, true, true],
    ['xlsx', true, true, false], // -o FILE at a terminal
    ['xlsx', false, false, false], // redirected or piped
    ['xlsx', true, false, false],
    ['json', false, true, false],
    ['csv', false, true, false],
    ['table', false, true, false],
  ])('%s, file %p, stdout a terminal %p: refused %p', (format, file, stdoutTTY, refused) => {
    const r = outputRefusal(format, { file, stdoutTTY });
    expect(r).toBe(refused ? 'xlsx is binary: give -o FILE or redirect' : null);
  });
});

describe('the workbook', () => {
  test('text that looks like a formula stays a string cell; every script and emoji reads back intact', async () => {
    const texts = ['=SUM(A1:A9)', '+33 killed', '-5 degrees', '@mention', '=HYPERLINK("http://x")', 'Türkiye', 'قُتل ثلاثة في حلب', 'ceasefire 🕊️ holds', '東京'];
    const events = texts.map((t, i) => makeEvent({
      id: `doc-1:${i + 1}`,
      evidence: [{ start: 0, end: t.length, text: t }],
      actors: [{ text: t, name: t, country: null, kind: 'rebel', role: 'attacker' }],
      attribution: { source: t, text: 'said' },
    }));
    const { ws, rows } = await readSheet(await workbookOf(events));
    texts.forEach((t, i) => {
      for (const c of ['evidence', 'attackers', 'source'] as const) expect(col(rows[i + 1], c)).toBe(t);
      const cell = ws.getRow(i + 2).getCell(CSV_COLUMNS.indexOf('evidence') + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });
  });
  test('header: the CSV columns, bold, frozen, with an autofilter over them', async () => {
    const { ws, rows, sheets } = await readSheet(await workbookOf(sampleEvents()));
    expect(sheets).toEqual(['events']);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + sampleEvents().length);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:AC1');
  });
  test('no events: a valid workbook with the header alone', async () => {
    const { rows } = await readSheet(await workbookOf([]));
    expect(rows).toEqual([[...CSV_COLUMNS]]);
  });
  test('a failed write rejects instead of hanging', async () => {
    const out = await openFormat('xlsx', {}, () => Promise.reject(new Error('EPIPE')));
    await out.start();
    await expect((async () => { await out.events(sampleEvents()); await out.end(); })()).rejects.toThrow('EPIPE');
  });
});

// the CLI on a text of our own: an attack with a death toll, then a meeting
const ARTICLE = `ANKARA, Türkiye — Gunmen attacked a police checkpoint in Diyarbakir on 14 May 2024, killing four officers and wounding seven others, the governor's office said.

The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss border security. 🎉
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-xlsx-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'calm.txt'), 'The harvest festival drew large crowds to the market square this weekend.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--jobs', '1', '--date', '2024-05-16', '--quiet'], { maxBuffer: 1 << 26 });

describe('extract --format xlsx', () => {
  test.each([['-o FILE', true], ['stdout piped', false]])('%s: typed cells, text intact', async (_, toFile) => {
    const file = join(dir, `out-${toFile}.xlsx`);
    const run = cli([join(dir, 'article.txt'), '--format', 'xlsx', ...(toFile ? ['-o', file] : [])]);
    expect(run.status).toBe(0);
    expect(run.stdout.length > 0).toBe(!toFile);
    const { rows } = await readSheet(toFile ? readFileSync(file) : run.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const attack = rows.find((r) => col(r, 'type') === 'attack')!;
    expect(col(attack, 'killed_low')).toBe(4);
    expect(col(attack, 'wounded_low')).toBe(7);
    expect(col(attack, 'date')).toEqual(new Date(Date.UTC(2024, 4, 14)));
    expect(col(attack, 'aggregate')).toBe(false);
    expect(typeof col(attack, 'lat')).toBe('number');
    expect(typeof col(attack, 'confidence')).toBe('number');
    expect(typeof col(attack, 'cameo')).toBe('string');
    expect(col(attack, 'evidence')).toContain('ANKARA, Türkiye — Gunmen attacked');
    const meeting = rows.find((r) => col(r, 'type') === 'meeting')!;
    expect(col(meeting, 'killed_low')).toBeNull();
    expect(col(meeting, 'evidence')).toContain('border security. 🎉');
  });
  test('no events: a workbook with the header alone', async () => {
    const run = cli([join(dir, 'calm.txt'), '--format', 'xlsx']);
    expect(run.status).toBe(0);
    expect((await readSheet(run.stdout)).rows).toEqual([[...CSV_COLUMNS]]);
  });
});

// a pseudo-terminal for stdout through util-linux `script` (on every Linux CI image; absent elsewhere)
const hasScript = spawnSync('script', ['--version']).status === 0;
(hasScript ? describe : describe.skip)('at a terminal', () => {
  const atTerminal = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${join(dir, 'article.txt')} --jobs 1 --quiet ${args}`, '/dev/null'], { encoding: 'utf8' });
  test('stdout a terminal: refused as a usage error before any work', () => {
    const run = atTerminal('--format xlsx');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('xlsx is binary: give -o FILE or redirect');
    expect(run.stdout).not.toContain('PK'); // no zip bytes on the terminal
  });
  test('-o FILE at a terminal: written', async () => {
    const file = join(dir, 'tty.xlsx');
    const run = atTerminal(`--format xlsx -o ${file}`);
    expect(run.status).toBe(0);
    expect((await readSheet(readFileSync(file))).rows.length).toBeGreaterThan(1);
  });
});

test('interrupted: exit 130 and a closed, valid workbook with the rows so far', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({
    id: `post-${i}`, text: `Raiders struck a market in Kismayo on Monday, killing ${(i % 6) + 2} traders, a local elder said.`,
  }));
  writeFileSync(join(dir, 'posts.jsonl'), lines.join('\n'));
  const file = join(dir, 'interrupted.xlsx');
  const child = spawn(process.execPath, [BIN, join(dir, 'posts.jsonl'), '--jobs', '1', '--format', 'xlsx', '-o', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  // the workbook's head is written first (maybe in more than one write), then the zip writes rows in blocks of
  // compressed data: interrupt once the file has grown by a block past the first size seen, so rows were written
  let head = 0;
  const poll = setInterval(() => {
    let size = 0;
    try { size = statSync(file).size; } catch { /* not created yet */ }
    if (!size) return;
    if (!head) head = size;
    else if (size >= head + 8192) { clearInterval(poll); child.kill('SIGINT'); }
  }, 100);
  const code = await new Promise<number | null>((res) => child.on('close', res));
  clearInterval(poll);
  expect(code).toBe(130);
  const done = Number(/interrupted after (\d+)/.exec(stderr)?.[1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(3000);
  const { rows } = await readSheet(readFileSync(file));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.every((r, i) => i === 0 || Number(String(col(r, 'doc')).replace('post-', '')) < done)).toBe(true);
});
