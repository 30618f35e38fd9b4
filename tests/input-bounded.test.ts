// Bounded input: standard input, devices and pipes are read no further than one document's cap (16 MiB); a cut is
// an error (exit 1) that says what was output; binary is told from the first bytes without reading on.
import { createWriteStream, existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { lines, type Line } from '../src/input/read.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const CUT = 60_000;

interface Ran { code: number | null; stdout: string; stderr: string }

/** bin/extract.js with these arguments and, as its standard input, this stream (which may never end). */
function extract(argv: string[], stdin?: Readable): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdin.on('error', () => undefined); // the CLI closes its input when it stops reading: EPIPE here
    if (stdin) stdin.pipe(child.stdin); else child.stdin.end();
    child.on('close', (code) => { stdin?.destroy(); resolve({ code, stdout, stderr }); });
  });
}

/** A stream that starts with `head` and then repeats `byte` for ever. */
function endless(head: string, byte: number): Readable {
  const chunk = Buffer.alloc(64 * 1024, byte);
  let started = false;
  return new Readable({
    read() {
      if (!started) { started = true; this.push(head); }
      this.push(chunk);
    },
  });
}

const CAP = '16.0 MB';

describe('an input that never ends', () => {
  test.each<[string, string[], () => Readable, number, RegExp, string[]]>([
    ['zeros on standard input: binary from the first bytes', [], () => endless('', 0), 1,
      /^extract: stdin: is binary, not text\n/, []],
    ['zeros on standard input read as JSONL: binary too', ['-i', 'jsonl'], () => endless('', 0), 1,
      /^extract: stdin: is binary, not JSONL\n/, []],
    ['text, then blanks for ever: cut at the cap, what was read is extracted', ['--format', 'jsonl'], () => endless('Quiet morning in the hills. ', 0x20), 1,
      new RegExp(`^extract: stdin: was cut at ${CAP}, the most one document may hold: the events of that first part are output, the rest was not read`), []],
    ['a JSONL record, then a line that never ends: cut, the record before it is output', ['--emit-text'],
      () => endless(`${JSON.stringify({ id: 'first', text: 'Quiet morning.' })}\n{"id":"second","text":"`, 0x78), 1,
      new RegExp(`extract: stdin: was cut at ${CAP}: line 2 goes on past that with no line break, so reading stopped there`), ['first']],
  ])('%s', async (_name, argv, stdin, code, stderr, ids) => {
    const r = await extract(argv, stdin());
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    if (argv.includes('--emit-text')) expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ids);
  }, 60_000);

  test.each([['events', ['--format', 'jsonl']], ['the text as read', ['--emit-text']]])('a cut input is one document, counted as failed (%s)', async (_name, argv) => {
    const r = await extract(argv, endless('Quiet morning in the hills. ', 0x20));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/extract: 1 document, (0 events, )?1 failed\n$/);
  }, 60_000);

  test('a finite standard input under the cap is not cut (exit 0)', async () => {
    const r = await extract(['--emit-text'], Readable.from([Buffer.from('Quiet morning in the hills.')]));
    expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ id: 'stdin', text: 'Quiet morning in the hills.' })}\n`, stderr: 'extract: 1 document, 0 failed\n' });
  }, 60_000);
});

describe('a regular file over the cap', () => {
  test('is refused unread, naming its size and the cap; the other files of the batch run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cap-'));
    try {
      const big = join(dir, 'a-book.txt');
      truncateSync((writeFileSync(big, 'Quiet morning.'), big), 17 * 1024 * 1024); // sparse: no 17 MB written
      writeFileSync(join(dir, 'b-story.txt'), 'Rebels attacked an army post in Harran village on 4 June 2024, killing 3 soldiers.');
      const r = await extract([dir, '--format', 'jsonl']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`a-book.txt: is too large for one document (17.0 MB, at most ${CAP}): split it, or give it as JSONL`);
      expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { doc: string }).doc)).toContain('b-story');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);
});

describe('devices as path arguments', () => {
  const devices: [string, string, string][] = [
    ['/dev/zero', '', 'is binary, not text'],
    ['/dev/urandom', '', 'is binary, not text'],
    ['/dev/zero', 'jsonl', 'is binary, not JSONL'],
  ];
  test.each(devices)('%s (-i %s): %s, exit 1', async (device, format, message) => {
    if (!existsSync(device)) return; // not on this system: nothing to read
    const r = await extract([device, ...(format ? ['-i', format] : []), '--quiet']);
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: `extract: ${device}: ${message}\n` });
  }, 60_000);

  test('/dev/null is an empty input, not a cut one', async () => {
    if (!existsSync('/dev/null')) return;
    const r = await extract(['/dev/null', '--quiet']);
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: 'extract: /dev/null: is empty\n' });
  }, 60_000);
});

describe('a named pipe (FIFO) as a path argument', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'extract-fifo-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const FIRST = `${JSON.stringify({ id: 'first', text: 'Quiet morning.' })}\n`;
  test.each<[string, string, () => Readable, number | null, string[]]>([
    ['a JSONL line that never ends: cut like standard input', 'endless.jsonl',
      () => endless(`${FIRST}{"id":"second","text":"`, 0x78), 1, ['first']],
    ['a pipe that ends is read whole, nothing cut', 'short.jsonl',
      () => Readable.from([Buffer.from(`${FIRST}${JSON.stringify({ id: 'second', text: 'Calm evening.' })}\n`)]), 0, ['first', 'second']],
  ])('%s', async (_name, name, source, code, ids) => {
    const fifo = join(dir, name);
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here: nothing to test
    const writer = createWriteStream(fifo);
    writer.on('error', () => undefined); // EPIPE when the CLI stops reading
    const input = source();
    input.pipe(writer);
    const r = await extract([fifo, '--emit-text']);
    input.destroy();
    writer.destroy();
    expect(r.code).toBe(code);
    if (code) expect(r.stderr).toContain(`extract: ${fifo}: was cut at ${CAP}: line 2 goes on past that with no line break`);
    else expect(r.stderr).toBe('extract: 2 documents, 0 failed\n');
    expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ids);
  }, 60_000);
});

describe('lines(): a line past the cap', () => {
  const read = async (chunks: string[], endlessStream: boolean) => {
    const out: Line[] = [];
    for await (const l of lines(Readable.from(chunks.map((c) => Buffer.from(c))), CUT, endlessStream)) out.push(l);
    return out.map((l) => `${l.n} ${l.problem ?? l.line}${l.cut ? ' (cut)' : ''}`);
  };
  test.each<[string, string[], boolean, string[]]>([
    ['a file skips a long line and reads on', ['a\n', 'x'.repeat(CUT + 5), '\nb\n'], false, ['1 a', '2 is longer than 0.1 MB', '3 b']],
    ['a stream stops at a long line that has not ended', ['a\n', 'x'.repeat(CUT + 5), '\nb\n'], true, ['1 a', '2 is longer than 0.1 MB (cut)']],
    ['a stream reads a long line that ended within the chunk, then goes on', ['a\n', `${'x'.repeat(CUT + 5)}\nb\n`], true, ['1 a', '2 is longer than 0.1 MB', '3 b']],
    ['a stream of short lines is read to its end', ['a\nb', '\nc'], true, ['1 a', '2 b', '3 c']],
  ])('%s', async (_name, chunks, endlessStream, want) => {
    expect(await read(chunks, endlessStream)).toEqual(want);
  });
});
