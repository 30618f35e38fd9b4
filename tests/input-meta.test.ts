// A JSONL record's other fields (`url`, `source`, ...) go with every event of its document under `meta`, in the
// record's order; a record with no `id` is named by its `url`; CSV keeps its columns.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseJsonlLine } from '../src/input/jsonl-record.js';
import { CSV_COLUMNS } from '../src/format/index.js';
import { SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const RAID = 'Gunmen shot dead five herders near Dargol on Sunday, a local official said.';

function extract(argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', timeout: SLOW });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parseJsonlLine: meta and the id', () => {
  const line = (record: Record<string, unknown>) => JSON.stringify(record);
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['other fields go to meta, in the record\'s order',
      { source: 'Sahel Wire', id: 'r1', text: RAID, url: 'https://news.example/r1', tags: ['niger', 2], extra: null },
      { id: 'r1', text: RAID, meta: { source: 'Sahel Wire', url: 'https://news.example/r1', tags: ['niger', 2], extra: null } }],
    ['no other field: no meta at all', { id: 'r2', text: RAID, date: '2024-05-05', title: 'Herders' },
      { id: 'r2', text: RAID, date: '2024-05-05', title: 'Herders' }],
    ['no id: the url is the id, and stays in meta', { url: 'https://news.example/r3', text: RAID },
      { id: 'https://news.example/r3', text: RAID, meta: { url: 'https://news.example/r3' } }],
    ['a null id: the url is the id', { id: null, url: 'https://news.example/r4', text: RAID },
      { id: 'https://news.example/r4', text: RAID, meta: { url: 'https://news.example/r4' } }],
    ['an id wins over the url', { id: 'r5', url: 'https://news.example/r5', text: RAID },
      { id: 'r5', text: RAID, meta: { url: 'https://news.example/r5' } }],
    ['a nested object is carried whole', { id: 7, text: RAID, feed: { name: 'x', rank: 1 } },
      { id: '7', text: RAID, meta: { feed: { name: 'x', rank: 1 } } }],
  ])('%s', (_name, record, doc) => {
    expect(parseJsonlLine(line(record), 1)).toEqual({ doc });
  });

  test.each<[string, Record<string, unknown>]>([
    ['neither id nor url', { text: RAID, source: 'Sahel Wire' }],
    ['an empty url', { text: RAID, url: '  ' }],
    ['a url that is not a string', { text: RAID, url: 42 }],
  ])('%s: an error that says what to give', (_name, record) => {
    expect(parseJsonlLine(line(record), 3)).toEqual({ error: 'line 3: id is missing: give each record an "id" (or a "url", used as its id)' });
  });
});

describe('extract on JSONL: what a user sees', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-meta-'));
    writeFileSync(join(dir, 'feed.jsonl'), [
      { id: 'a1', text: RAID, url: 'https://news.example/a1', source: 'Sahel Wire' },
      { url: 'https://news.example/a2', text: RAID, lang: 'en' },
      { id: 'a3', text: RAID },
      { text: RAID, source: 'no id here' },
    ].map((r) => JSON.stringify(r)).join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('each event carries its record\'s meta; a record without an id or url is reported and the rest still run', () => {
    const r = extract([join(dir, 'feed.jsonl'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'feed.jsonl')}:4: line 4: id is missing: give each record an "id" (or a "url", used as its id)\n`);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const byDoc = (doc: string) => events.filter((e) => e.doc === doc);
    expect(byDoc('a1').length).toBeGreaterThan(0);
    for (const e of byDoc('a1')) expect(e.meta).toEqual({ url: 'https://news.example/a1', source: 'Sahel Wire' });
    for (const e of byDoc('a1')) expect(Object.keys(e).at(-1)).toBe('meta');
    expect(byDoc('https://news.example/a2').length).toBeGreaterThan(0);
    for (const e of byDoc('https://news.example/a2')) expect(Object.keys(e.meta as object)).toEqual(['url', 'lang']);
    expect(byDoc('a3').length).toBeGreaterThan(0);
    for (const e of byDoc('a3')) expect(e).not.toHaveProperty('meta');
  });

  test('CSV keeps its columns: no meta column', () => {
    const r = extract([join(dir, 'feed.jsonl'), '--format', 'csv', '--quiet']);
    expect(r.stdout.split(/\r?\n/)[0]).toBe(CSV_COLUMNS.join(','));
    expect(r.stdout).not.toContain('Sahel Wire');
  });

  test('extract schema shows meta as an optional object', () => {
    const schema = JSON.parse(extract(['schema']).stdout) as { oneOf?: { properties: Record<string, { type?: string }>; required: string[] }[]; anyOf?: unknown };
    const variants = (schema.oneOf ?? schema.anyOf) as { properties: Record<string, { type?: string }>; required: string[] }[];
    expect(variants.length).toBe(4);
    for (const v of variants) {
      expect(v.properties.meta.type).toBe('object');
      expect(v.required).not.toContain('meta');
      expect(v.required).toContain('doc');
    }
  });
});
