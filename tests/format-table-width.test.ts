// The table at a terminal's width (src/format/table.ts): every line fits, and the evidence keeps a readable share of
// the sentence (before, at 100 columns it showed ten characters). Narrower terminals merge the counts, then drop "who".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATTERS } from '../src/format/index.js';
import { tableLayout } from '../src/format/table.js';
import { makeEvent } from './helpers/events.js';

const SENTENCE = 'Armed men raided a cattle market outside Kaduna at dawn on Sunday, killing eleven herders and wounding twenty more, a state police spokesman said.';

/** The longest run of the sentence, from its start, shown in a table's lines. */
function evidenceShown(out: string): number {
  let n = 0;
  while (n < SENTENCE.length && out.includes(SENTENCE.slice(0, n + 1))) n++;
  return n;
}

async function table(width: number): Promise<string> {
  const f = await FORMATTERS.table({ width, color: false });
  const event = makeEvent({
    evidence: [{ start: 0, end: SENTENCE.length, text: SENTENCE }],
    killed: { low: 11, high: 11, text: 'eleven' }, wounded: { low: 20, high: 20, text: 'twenty' },
  });
  return f.event(event, true) + f.footer(true);
}

describe('evidence share and fit by width', () => {
  test.each([
    // width, characters of evidence at least, columns
    [80, 30, ['type', 'date', 'place', 'counts', 'evidence']],
    [100, 40, ['type', 'date', 'place', 'counts', 'evidence']],
    [110, 40, ['type', 'date', 'place', 'who', 'counts', 'evidence']],
    [120, 40, ['type', 'date', 'place', 'who', 'killed', 'wounded', 'evidence']],
    [160, 40, ['type', 'date', 'place', 'who', 'killed', 'wounded', 'evidence']],
    [200, 80, ['type', 'date', 'place', 'who', 'killed', 'wounded', 'evidence']],
  ])('%i columns: every line fits, at least %i characters of evidence', async (width, least, columns) => {
    const out = await table(width);
    for (const line of out.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(evidenceShown(out)).toBeGreaterThanOrEqual(least);
    expect(tableLayout(width).columns).toEqual(columns);
  });
  test.each([
    [80, '11/20'], [100, '11/20'], [120, '│ 11 '], [160, '│ 20 '],
  ])('%i columns: the counts read %p', async (width, shown) => {
    expect(await table(width)).toContain(shown);
  });
  test.each([[80, 'attack '], [100, 'attack '], [160, 'attack/drone_strike']])('%i columns: the type reads %p, never a cut "attack/…"', async (width, shown) => {
    const out = await table(width);
    expect(out).toContain(shown);
    expect(out).not.toContain('attack/…');
  });
  test('one count known: the other shows as a dash', async () => {
    const f = await FORMATTERS.table({ width: 90, color: false });
    expect(f.event(makeEvent({ killed: null, wounded: { low: 4, high: 4, text: 'four' } }), true)).toContain('–/4');
    expect(f.event(makeEvent({ killed: { low: 3, high: null, text: 'at least three' }, wounded: null }), false)).toContain('3+/–');
  });
});

describe('extract --format table takes $COLUMNS when stdout is no terminal', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-table-'));
    writeFileSync(join(dir, 'raid.txt'), `${SENTENCE}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test.each([['100', 100], ['80', 80], ['', 160], ['wide', 160]])('COLUMNS=%p: lines of %i', (columns, width) => {
    const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'extract.js'), join(dir, 'raid.txt'), '--format', 'table', '--jobs', '1', '--quiet', '--date', '2024-06-10'],
      { encoding: 'utf8', env: { ...process.env, COLUMNS: columns } });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(Math.max(...lines.map((l) => [...l].length))).toBe(width);
  });
});
