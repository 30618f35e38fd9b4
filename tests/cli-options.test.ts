// The small options of the command line (issue 12, "Small gaps"): --version, -o FILE, `extract help`, empty standard
// input as a batch of zero documents, and bare `extract` at a terminal. Run as a user runs them: bin/extract.js in a
// child process; the terminal case through main() with a stdin that says it is a terminal.
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';
import { SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
const RAID = 'Armed men stormed a market in Maiduguri on Friday, killing six traders, police said.';
const CALM = 'The city council approved a new budget for parks and libraries on Thursday.';

interface Spawned { code: number | null; stdout: string; stderr: string }

/** bin/extract.js with these arguments, this standard input (a pipe), in this folder. */
function extract(argv: string[], input = '', cwd = process.cwd()): Spawned {
  const r = spawnSync(process.execPath, [BIN, ...argv], { input, cwd, encoding: 'utf8', timeout: SLOW });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-options-'));
  writeFileSync(join(dir, 'raid.txt'), RAID);
  writeFileSync(join(dir, 'calm.txt'), CALM);
  mkdirSync(join(dir, 'with-help'));
  writeFileSync(join(dir, 'with-help', 'help'), CALM);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--version', () => {
  test.each([['--version'], ['-V']])('%s prints the package.json version and exits 0', (flag) => {
    const r = extract([flag]);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test.each([['--versions'], ['-v']])('%s is not the version: a usage error, exit 2', (flag) => {
    const r = extract([flag]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain(VERSION);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

describe('-o, --output FILE', () => {
  test.each([['-o'], ['--output']])('%s: the output goes to the file (emptied first), progress and summary to stderr', (flag) => {
    const out = join(dir, `out${flag}.json`);
    writeFileSync(out, 'x'.repeat(10_000));
    const r = extract([join(dir, 'raid.txt'), flag, out, '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: 1 document, \d+ events?, 0 failed\n$/);
    const events = JSON.parse(readFileSync(out, 'utf8'));
    expect(Array.isArray(events)).toBe(true);
    for (const e of events) expect(e.doc).toBe('raid');
  }, SLOW);

  test('--emit-text -o FILE: the documents go to the file too', () => {
    const out = join(dir, 'docs.jsonl');
    const r = extract([join(dir, 'calm.txt'), '--emit-text', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify({ id: 'calm', text: CALM })}\n`);
  });

  test('without -o the output is on stdout', () => {
    const r = extract([join(dir, 'calm.txt'), '--emit-text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify({ id: 'calm', text: CALM })}\n`);
  });

  test.each([
    ['a folder', () => dir, /cannot write .*: is a folder/],
    ['in a missing folder', () => join(dir, 'missing', 'out.json'), /cannot write .*missing.*: no such folder/],
  ])('a path that cannot be opened (%s): a clear message, exit 2, nothing read', (_name, path, msg) => {
    const r = extract([join(dir, 'calm.txt'), '-o', path()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at |document/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  test('-o with no file name: a usage error, exit 2', () => {
    const r = extract([join(dir, 'calm.txt'), '-o']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument missing/);
  });
});

describe('extract help', () => {
  test.each([[['help']], [['--help']], [['-h']]])('%j prints the help and exits 0', (argv) => {
    const r = extract(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: extract /);
    expect(r.stdout).toContain('--output <file>');
    expect(r.stderr).toBe('');
  });

  test('a file called help in the folder is read as a file', () => {
    const r = extract(['help', '--emit-text'], '', join(dir, 'with-help'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify({ id: 'help', text: CALM })}\n`);
  });

  test('help beside other arguments is a file name (none here: exit 1)', () => {
    const r = extract(['help', join(dir, 'calm.txt'), '--emit-text']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/Usage:/);
    expect(r.stderr).toMatch(/help: no such file/);
  });
});

describe('empty standard input: zero documents, success', () => {
  test.each([
    [['--format', 'json'], '', '[]\n'],
    [['--format', 'jsonl'], '', ''],
    [['--format', 'json', '-'], '', '[]\n'],
    [['--format', 'jsonl', '--input-format', 'jsonl'], '', ''],
    [['--format', 'json'], ' \n\n\t\n', '[]\n'],
    [['--emit-text'], '', ''],
  ])('%j with input %j: the empty result, exit 0', (argv, input, stdout) => {
    const r = extract([...argv, '--jobs', '1'], input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toMatch(/^extract: 0 documents, (0 events, )?0 failed\n$/);
  });

  test('csv: only the header line', () => {
    const r = extract(['--format', 'csv'], '');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toMatch(/^id,doc,type,/);
  });

  test.each([
    ['text', [] as string[], RAID, `${JSON.stringify({ id: 'stdin', text: RAID })}\n`],
    ['text after leading blank lines', [], `\n\n  ${CALM}`, `${JSON.stringify({ id: 'stdin', text: `\n\n  ${CALM}` })}\n`],
    ['a JSONL record', ['--input-format', 'jsonl'], `${JSON.stringify({ id: 'r1', text: CALM })}\n`, `${JSON.stringify({ id: 'r1', text: CALM })}\n`],
  ])('standard input holding %s is still read whole', (_name, argv, input, stdout) => {
    const r = extract(['--emit-text', ...argv], input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toMatch(/^extract: 1 document, 0 failed\n$/);
  });

  test('an empty file named on the command line is still an unreadable document, exit 1', () => {
    writeFileSync(join(dir, 'nothing.txt'), '');
    const r = extract([join(dir, 'nothing.txt'), '--emit-text']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing\.txt: is empty/);
  });
});

describe('bare extract with standard input a terminal', () => {
  /** main() with a stdin that never ends unless `input` is given, and says whether it is a terminal. */
  async function run(argv: string[], stdinTTY: boolean, input?: string) {
    const stdin = new PassThrough();
    if (input !== undefined) stdin.end(input);
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, stdin, stdinTTY, stdoutTTY: false, stderrTTY: false, env: {},
    });
    return { code, stdout, stderr };
  }

  test.each([[[] as string[]], [['--format', 'csv']], [['--emit-text']]])('%j: a usage hint on stderr, exit 2, no waiting', async (argv) => {
    const r = await run(argv, true);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: no input given and standard input is a terminal\nusage: extract FILE/);
  });

  test.each([
    ['"-" at a terminal reads typed input', ['-', '--emit-text'], true, CALM, `${JSON.stringify({ id: 'stdin', text: CALM })}\n`],
    ['a file at a terminal is read', ['FILE', '--emit-text'], true, undefined, `${JSON.stringify({ id: 'calm', text: CALM })}\n`],
    ['no argument with piped input reads it', ['--emit-text'], false, CALM, `${JSON.stringify({ id: 'stdin', text: CALM })}\n`],
  ])('%s', async (_name, argv, tty, input, stdout) => {
    const r = await run(argv.map((a) => (a === 'FILE' ? join(dir, 'calm.txt') : a)), tty, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).not.toMatch(/usage/);
  });
});
