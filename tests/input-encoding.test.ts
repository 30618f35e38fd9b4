// Encodings: UTF-8 (with or without a byte order mark), UTF-16 LE and BE with a byte order mark, for files and
// standard input, text, HTML and JSONL; `--encoding` for the rest; invalid UTF-8 says which option to give.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { decodeText, encodingOf } from '../src/input/read.js';
import { SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const STORY = 'Militia fighters burned a granary in Türkmenköy on Monday — résidents fled 🚒.';
const LATIN = 'Soldats à Kédougou: café fermé.';
const HINT = 'is not UTF-8 text (if it is Latin-1 or Windows-1252, give --encoding latin1)';

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16le = (s: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); };
const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('encodingOf: a byte order mark wins, then --encoding, then UTF-8', () => {
  test.each([
    ['UTF-8 mark', Buffer.concat([BOM8, Buffer.from('x')]), undefined, 'utf-8'],
    ['UTF-16 LE mark', utf16le('x'), undefined, 'utf-16le'],
    ['UTF-16 BE mark', utf16be('x'), undefined, 'utf-16be'],
    ['a mark over --encoding', utf16le('x'), 'windows-1252', 'utf-16le'],
    ['no mark, --encoding', latin1(LATIN), 'windows-1252', 'windows-1252'],
    ['no mark, nothing given', Buffer.from('x'), undefined, 'utf-8'],
    ['UTF-16 without a mark is not guessed', utf16le('x', false), undefined, 'utf-8'],
  ])('%s', (_name, buf, forced, want) => {
    expect(encodingOf(buf, forced)).toBe(want);
  });
});

describe('decodeText', () => {
  test.each<[string, Buffer, string | undefined, { text: string } | { error: string }]>([
    ['UTF-8', Buffer.from(STORY), undefined, { text: STORY }],
    ['UTF-8 with a mark (dropped)', Buffer.concat([BOM8, Buffer.from(STORY)]), undefined, { text: STORY }],
    ['UTF-16 LE with a mark', utf16le(STORY), undefined, { text: STORY }],
    ['UTF-16 BE with a mark', utf16be(STORY), undefined, { text: STORY }],
    ['Latin-1 with --encoding latin1 (Windows-1252)', latin1(LATIN), 'windows-1252', { text: LATIN }],
    ['Latin-2 with --encoding iso-8859-2', Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), 'iso-8859-2', { text: 'Łódź' }],
    ['Latin-1 without --encoding: the hint', latin1(LATIN), undefined, { error: HINT }],
    ['UTF-16 without a mark: binary (its zero bytes)', utf16le(STORY, false), undefined, { error: 'is binary, not text' }],
    ['NUL bytes under --encoding latin1: still binary', Buffer.from([0x41, 0, 0x42]), 'windows-1252', { error: 'is binary, not text' }],
    ['a UTF-16 mark then only blanks', utf16le('  \n'), undefined, { error: 'is empty' }],
  ])('%s', (_name, buf, forced, want) => {
    expect(decodeText(buf, forced)).toEqual(want);
  });

  test('bytes cut inside a character: the broken character is left out, not an error', () => {
    const buf = Buffer.from('fled 🚒');
    expect(decodeText(buf.subarray(0, buf.length - 2), undefined, true)).toEqual({ text: 'fled ' });
    expect(decodeText(buf.subarray(0, buf.length - 2))).toEqual({ error: HINT });
  });
});

describe('extract --emit-text: the text as decoded, from files and standard input', () => {
  let dir: string;
  const record = (id: string) => `${JSON.stringify({ id, text: STORY })}\n`;
  const files: [string, Buffer][] = [
    ['le.txt', utf16le(STORY)], ['be.txt', utf16be(STORY)], ['bom8.txt', Buffer.concat([BOM8, Buffer.from(STORY)])],
    ['le.html', utf16le(`<!doctype html><html><body><p>${STORY}</p></body></html>`)],
    ['le.jsonl', utf16le(record('j1') + record('j2'))], ['be.jsonl', utf16be(record('j3'))],
    ['latin.txt', latin1(LATIN)], ['latin.jsonl', latin1(`${JSON.stringify({ id: 'l1', text: LATIN })}\n`)],
    ['noext', utf16le(record('sniffed'))],
  ];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-encoding-'));
    for (const [name, body] of files) writeFileSync(join(dir, name), body);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (argv: string[], input?: Buffer) => {
    const r = spawnSync(process.execPath, [BIN, '--emit-text', '--quiet', ...argv], { input, cwd: dir, encoding: 'utf8', timeout: SLOW });
    const texts = r.stdout.split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l) as { id: string; text: string }; return `${d.id}: ${d.text}`; });
    return { code: r.status, texts, stderr: r.stderr };
  };

  test.each<[string, string[], Buffer | undefined, { code: number; texts: string[]; stderr: string }]>([
    ['a UTF-16 LE file', ['le.txt'], undefined, { code: 0, texts: [`le: ${STORY}`], stderr: '' }],
    ['a UTF-16 BE file', ['be.txt'], undefined, { code: 0, texts: [`be: ${STORY}`], stderr: '' }],
    ['a UTF-8 file with a mark', ['bom8.txt'], undefined, { code: 0, texts: [`bom8: ${STORY}`], stderr: '' }],
    ['a UTF-16 page', ['le.html'], undefined, { code: 0, texts: [`le: ${STORY}`], stderr: '' }],
    ['UTF-16 LE JSONL, every line', ['le.jsonl'], undefined, { code: 0, texts: [`j1: ${STORY}`, `j2: ${STORY}`], stderr: '' }],
    ['UTF-16 BE JSONL', ['be.jsonl'], undefined, { code: 0, texts: [`j3: ${STORY}`], stderr: '' }],
    ['UTF-16 JSONL without an extension: sniffed', ['noext'], undefined, { code: 0, texts: [`sniffed: ${STORY}`], stderr: '' }],
    ['UTF-16 LE text on standard input', [], utf16le(STORY), { code: 0, texts: [`stdin: ${STORY}`], stderr: '' }],
    ['UTF-16 BE JSONL on standard input', ['-i', 'jsonl'], utf16be(record('s1')), { code: 0, texts: [`s1: ${STORY}`], stderr: '' }],
    ['Latin-1 with --encoding latin1', ['latin.txt', '--encoding', 'latin1'], undefined, { code: 0, texts: [`latin: ${LATIN}`], stderr: '' }],
    ['Latin-1 JSONL with --encoding latin1', ['latin.jsonl', '--encoding', 'latin1'], undefined, { code: 0, texts: [`l1: ${LATIN}`], stderr: '' }],
    ['Latin-1 on standard input with --encoding ISO-8859-1', ['--encoding', 'ISO-8859-1'], latin1(LATIN), { code: 0, texts: [`stdin: ${LATIN}`], stderr: '' }],
    ['--encoding does not override a mark', ['le.txt', '--encoding', 'latin1'], undefined, { code: 0, texts: [`le: ${STORY}`], stderr: '' }],
    ['Latin-1 without --encoding: the hint', ['latin.txt'], undefined, { code: 1, texts: [], stderr: `extract: latin.txt: ${HINT}\n` }],
    ['Latin-1 JSONL without --encoding: the hint, once', ['latin.jsonl'], undefined, { code: 1, texts: [], stderr: `extract: latin.jsonl: ${HINT}\n` }],
    ['Latin-1 on standard input without --encoding: the hint', [], latin1(LATIN), { code: 1, texts: [], stderr: `extract: stdin: ${HINT}\n` }],
  ])('%s', (_name, argv, input, want) => {
    expect(run(argv, input)).toEqual(want);
  });

  test.each([['klingon'], ['utf-32'], ['']])('--encoding %j is a usage error that names valid encodings', (name) => {
    const r = spawnSync(process.execPath, [BIN, 'le.txt', '--encoding', name], { cwd: dir, encoding: 'utf8', timeout: SLOW });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('expected an encoding name such as utf8, latin1 (read as windows-1252), utf-16le');
  });

  test.each([['utf8'], ['UTF-8'], ['utf16le'], ['windows-1252'], ['latin1']])('--encoding %s is accepted', (name) => {
    const r = spawnSync(process.execPath, [BIN, 'bom8.txt', '--emit-text', '--quiet', '--encoding', name], { cwd: dir, encoding: 'utf8', timeout: SLOW });
    expect(r.status).toBe(0);
  });
});
