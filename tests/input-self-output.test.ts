// A run never reads its own output: the -o file, or standard output redirected to a file, inside a folder it walks
// (or named as an input) is skipped with a note. Told by identity (device and inode), not by name.
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, openSync, closeSync, linkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const RAID = 'Gunmen shot dead five herders near Dargol on Sunday, a local official said.';
const RECORD = `${JSON.stringify({ id: 'wire-1', text: RAID })}\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-self-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'raid.txt'), RAID);
  writeFileSync(join(dir, 'in', 'wire.jsonl'), RECORD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Ran { code: number | null; stderr: string; docs: string[] }
/** The documents of the events in JSONL output (a line that is no event, such as an input record, has no doc). */
const docsOf = (jsonl: string) => [...new Set(jsonl.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { doc?: string }).doc))]
  .filter((d): d is string => d !== undefined);

/** `extract ARGS -o OUT` in `dir` (paths relative to it). */
function withO(args: string[], out: string): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args, '-f', 'jsonl', '-o', out], { cwd: dir, encoding: 'utf8', timeout: SLOW });
  return { code: r.status, stderr: r.stderr, docs: docsOf(readFileSync(join(dir, out), 'utf8')) };
}

/** `extract ARGS > OUT` in `dir`: standard output is the file, opened by the caller as a shell would (`>>`: append). */
function redirected(args: string[], out: string, append = false): Ran {
  const fd = openSync(join(dir, out), append ? 'a' : 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args, '-f', 'jsonl'], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: SLOW });
    return { code: r.status, stderr: r.stderr, docs: docsOf(readFileSync(join(dir, out), 'utf8')) };
  } finally { closeSync(fd); }
}

const SKIPPED = (path: string) => `extract: skipped ${path} (it is this run's output)\n`;

describe('the output file is never read as input', () => {
  test.each<[string, () => Ran, Ran]>([
    ['-o inside the folder walked', () => withO(['in'], 'in/out.jsonl'),
      { code: 0, stderr: `${SKIPPED('in/out.jsonl')}extract: 2 documents, 2 events, 0 failed\n`, docs: ['raid', 'wire-1'] }],
    ['-o named as an input too', () => withO(['in/raid.txt', 'in/out.jsonl'], 'in/out.jsonl'),
      { code: 0, stderr: `${SKIPPED('in/out.jsonl')}extract: 1 document, 1 event, 0 failed\n`, docs: ['raid'] }],
    ['stdout redirected into the folder walked', () => redirected(['in'], 'in/out.jsonl'),
      { code: 0, stderr: `${SKIPPED('in/out.jsonl')}extract: 2 documents, 2 events, 0 failed\n`, docs: ['raid', 'wire-1'] }],
    ['stdout appended to a .jsonl already in the folder: skipped, the old records stay unread', () => redirected(['in'], 'in/wire.jsonl', true),
      { code: 0, stderr: `${SKIPPED('in/wire.jsonl')}extract: 1 document, 1 event, 0 failed\n`, docs: ['raid'] }],
  ])('%s', (_name, run, want) => {
    const r = run();
    expect(r).toEqual(want);
  });

  test('by identity, not by name: a second name (hard link) of the output is skipped as well', () => {
    writeFileSync(join(dir, 'in', 'out.jsonl'), '');
    linkSync(join(dir, 'in', 'out.jsonl'), join(dir, 'in', 'same.jsonl'));
    const r = withO(['in'], 'in/out.jsonl');
    expect(r.stderr).toBe(`${SKIPPED('in/out.jsonl')}${SKIPPED('in/same.jsonl')}extract: 2 documents, 2 events, 0 failed\n`);
    expect(r.code).toBe(0);
  });

  test.each<[string, () => Ran]>([
    ['a file of the same name in another folder is read', () => {
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'in', 'out.jsonl'), `${JSON.stringify({ id: 'older-run', text: RAID })}\n`);
      return withO(['in'], 'out/out.jsonl');
    }],
    ['stdout to a pipe: nothing is skipped', () => {
      writeFileSync(join(dir, 'in', 'out.jsonl'), `${JSON.stringify({ id: 'older-run', text: RAID })}\n`);
      const r = spawnSync(process.execPath, [BIN, 'in', '-f', 'jsonl'], { cwd: dir, encoding: 'utf8', timeout: SLOW });
      return { code: r.status, stderr: r.stderr, docs: docsOf(r.stdout) };
    }],
  ])('%s', (_name, run) => {
    const r = run();
    expect(r.stderr).not.toContain('skipped');
    expect(r.docs).toEqual(['older-run', 'raid', 'wire-1']);
    expect(r.code).toBe(0);
  });
});
