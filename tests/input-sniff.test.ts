// Input sniffing (no -i, an extension that does not say) and document ids (colliding file names, repeated JSONL ids).
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type InputItem, type ReadOptions } from '../src/input/read.js';
import { sniffFormat, peek } from '../src/input/sniff.js';
import { fileIds } from '../src/input/ids.js';

const STORY = 'Gunmen burned a market stall in Kirtala on Friday, the mayor said.';
const RECORD = JSON.stringify({ id: 'r1', text: STORY });
const PAGE = `<!DOCTYPE html><html><head><title>Kirtala</title></head><body><p>${STORY}</p></body></html>`;

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-sniff-'));
  const files: [string, string][] = [
    ['dump', `${RECORD}\n`], ['page', PAGE], ['plain', STORY], ['records.txt', `\n${RECORD}\n`], ['tagged.txt', PAGE],
    ['page.html', RECORD], ['text.jsonl', `${RECORD}\n`],
    ['news/2023/report.txt', 'Old story.'], ['news/2024/report.html', PAGE], ['news/lone.txt', 'Lone story.'],
    ['other/report.txt', 'Other story.'], ['more/2023/report.txt', 'More story.'],
    ['dup.jsonl', `${RECORD}\n${JSON.stringify({ id: 'r2', text: STORY })}\n${RECORD}\n`],
  ];
  for (const [name, body] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
});

async function collect(paths: string[], o: Partial<ReadOptions> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths, { stdin: Readable.from([]), ...o })) out.push(i);
  return out;
}
const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'doc' ? `doc ${i.doc.id}` : i.kind === 'error' ? `error ${i.message}` : `note ${i.message}`));

describe('sniffFormat', () => {
  test.each([
    ['a JSONL record', `${RECORD}\n{"id":2`, true, false, 'jsonl'],
    ['a record after blank lines and a BOM', `\uFEFF\n  \n${RECORD}`, true, false, 'jsonl'],
    ['a doctype', '  <!doctype html><p>x', true, false, 'html'],
    ['a tag', '<article class="x">', true, false, 'html'],
    ['a comment', '<!-- saved page -->\n<div>', true, false, 'html'],
    ['plain text', STORY, true, false, 'text'],
    ['a JSON object without text', '{"id":"x","body":"y"}\n', true, false, 'text'],
    ['a JSON array', '[{"text":"y"}]\n', true, false, 'text'],
    ['a text that is not a string', '{"text":5}\n', true, false, 'text'],
    ['a brace that is not JSON', '{draft} Gunmen burned a stall.\n', true, false, 'text'],
    ['a first line cut at the end of the head', '{"id":"x","text":"y"', false, false, 'text'],
    ['a "less than" that is no tag', '<3 to the volunteers', true, false, 'text'],
    ['blank', ' \n\t', true, false, 'text'],
    ['a .txt with a record', `${RECORD}\n`, true, true, 'jsonl'],
    ['a .txt that starts with a tag', PAGE, true, true, 'text'],
  ])('%s', (_name, head, whole, jsonlOnly, want) => {
    expect(sniffFormat(head, whole, jsonlOnly)).toBe(want);
  });
});

test('peek gives back every byte after looking at the first line', async () => {
  const parts = ['\n', '{"id":"a",', '"text":"b"}\n', 'rest\n'];
  const p = await peek(Readable.from(parts.map((x) => Buffer.from(x))));
  expect(p.head.toString()).toBe('\n{"id":"a","text":"b"}\n');
  expect(p.whole).toBe(false);
  const all: Buffer[] = [];
  for await (const c of p.rest) all.push(c);
  expect(Buffer.concat(all).toString()).toBe(parts.join(''));
});

describe('files without -i', () => {
  test.each([
    ['no extension, JSONL', 'dump', undefined, ['note {}: read as jsonl (sniffed; -i to choose)', 'doc r1']],
    ['no extension, HTML', 'page', undefined, ['note {}: read as html (sniffed; -i to choose)', 'doc page']],
    ['no extension, text: the default, no note', 'plain', undefined, ['doc plain']],
    ['.txt holding JSONL', 'records.txt', undefined, ['note {}: read as jsonl (sniffed; -i to choose)', 'doc r1']],
    ['.txt holding a page stays text, no note', 'tagged.txt', undefined, ['doc tagged']],
    ['.html keeps its format (a JSON line read as a page, no note)', 'page.html', undefined, ['doc page']],
    ['.jsonl keeps its format', 'text.jsonl', undefined, ['doc r1']],
    ['-i wins over the content, no note', 'dump', 'text' as const, ['doc dump']],
  ])('%s', async (_name, file, inputFormat, want) => {
    const path = join(dir, file);
    expect(summary(await collect([path], { inputFormat }))).toEqual(want.map((w) => w.replace('{}', path)));
  });
});

describe('standard input without -i', () => {
  const stdin = (...parts: string[]) => Readable.from(parts.map((x) => Buffer.from(x)));
  test.each([
    ['JSONL over several chunks', ['{"id":"s1",', `"text":${JSON.stringify(STORY)}}\n`, `${RECORD}\n`], ['note stdin: read as jsonl (sniffed; -i to choose)', 'doc s1', 'doc r1']],
    ['HTML', [PAGE], ['note stdin: read as html (sniffed; -i to choose)', 'doc stdin']],
    ['text: the default, no note', [STORY], ['doc stdin']],
    ['empty: no note', [], ['error is empty']],
  ])('%s', async (_name, parts, want) => {
    expect(summary(await collect([], { stdin: stdin(...parts) }))).toEqual(want);
  });
  test('-i text reads a JSONL line as text, no note', async () => {
    expect(summary(await collect(['-'], { stdin: stdin(`${RECORD}\n`), inputFormat: 'text' }))).toEqual(['doc stdin']);
  });
});

describe('ids', () => {
  test.each([
    ['unique names keep the bare name', [{ path: 'n/a.txt', root: 'n' }, { path: 'n/b.txt', root: 'n' }], ['a', 'b']],
    ['a shared name: path relative to the folder', [{ path: 'n/x/a.txt', root: 'n' }, { path: 'n/y/a.html', root: 'n' }, { path: 'n/c.txt', root: 'n' }], ['x/a.txt', 'y/a.html', 'c']],
    ['files named directly: the path as given', [{ path: 'p/a.txt' }, { path: 'q/a.txt' }], ['p/a.txt', 'q/a.txt']],
    ['two folders with the same relative path: the full path', [{ path: 'm/a.txt', root: 'm' }, { path: 'n/a.txt', root: 'n' }], ['m/a.txt', 'n/a.txt']],
    ['the same file given twice is no collision', [{ path: 'a.txt' }, { path: 'a.txt' }], ['a', 'a']],
  ])('%s', (_name, files, want) => {
    const ids = fileIds(files);
    expect(files.map((f) => ids.get(f.path) ?? f.path)).toEqual(want);
  });

  test('folders read: colliding names get relative paths (full when those collide too), a lone file keeps its name', async () => {
    const items = await collect([join(dir, 'news'), join(dir, 'other'), join(dir, 'more')]);
    expect(summary(items)).toEqual([
      `doc ${join(dir, 'news', '2023', 'report.txt')}`, `doc ${join('2024', 'report.html')}`, 'doc lone',
      'doc report.txt', `doc ${join(dir, 'more', '2023', 'report.txt')}`,
    ]);
    expect(summary(await collect([join(dir, 'news')]))).toEqual([`doc ${join('2023', 'report.txt')}`, `doc ${join('2024', 'report.html')}`, 'doc lone']);
  });
  test('a repeated JSONL id is warned about, naming it and its first line; unique ids are not', async () => {
    const path = join(dir, 'dup.jsonl');
    expect(summary(await collect([path]))).toEqual([
      'doc r1', 'doc r2', `note warning: ${path}:3: id "r1" repeats ${path}:1's; their event ids will repeat too`, 'doc r1',
    ]);
    expect(summary(await collect([join(dir, 'text.jsonl')]))).toEqual(['doc r1']);
  });
  test('a JSONL file does not collide with a text file of its name; read with -i text it does', async () => {
    writeFileSync(join(dir, 'text'), STORY);
    const both = [join(dir, 'text.jsonl'), join(dir, 'text')];
    expect(summary(await collect(both))).toEqual(['doc r1', 'doc text']);
    expect(summary(await collect(both, { inputFormat: 'text' }))).toEqual([`doc ${both[0]}`, `doc ${both[1]}`]);
  });
});
