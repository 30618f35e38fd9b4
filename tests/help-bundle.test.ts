// `--help` and `--version` start fast (issue 13): bin/extract.js loads them from one bundled module
// (dist/snapshot/help.mjs, made by scripts/build-snapshot.mjs) instead of main.js and its ≈20 modules, and prints,
// for every command's help, exactly what main.js prints (EXTRACT_SNAPSHOT=0), with the same exit code. Other runs
// do not load it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SLOW = 60_000;
const BIN = join(process.cwd(), 'bin', 'extract.js');

/** What bin/extract.js prints for `argv`. */
function binPrints(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const all: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete all.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [BIN, ...argv], { env: all, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether bin/extract.js loaded the bundle, and main.js, for `argv` (node's module debug log). */
function loaded(argv: string[]) {
  const log = binPrints(argv, { NODE_DEBUG: 'esm' }).stderr;
  return { bundle: log.includes('dist/snapshot/help.mjs'), main: log.includes('dist/src/cli/main.js') };
}

const HELP: string[][] = [
  ['--help'], ['-h'], ['-V'], ['--version'], ['schema', '--help'], ['eval', '--help'], ['dedupe', '--help'],
  ['report', '--help'], ['queue', '--help'], ['queue', 'add', '--help'], ['worker', '--help'], ['--bogus', '--help'],
];
const NOT_HELP: string[][] = [['schema'], ['--', '--help'], ['--fromat', 'csv']];

describe('the help bundle', () => {
  test('npm run build made it', () => {
    expect(existsSync(join(process.cwd(), 'dist', 'snapshot', 'help.mjs'))).toBe(true);
  });

  test.each(HELP.map((a) => [a.join(' '), a]))('extract %s: from the bundle, what main.js prints', (_name, argv) => {
    expect(loaded(argv)).toEqual({ bundle: true, main: false });
    expect(binPrints(argv)).toEqual(binPrints(argv, { EXTRACT_SNAPSHOT: '0' }));
  }, SLOW);

  test.each(NOT_HELP.map((a) => [a.join(' '), a]))('extract %s: not from the bundle', (_name, argv) => {
    expect(loaded(argv).bundle).toBe(false);
  }, SLOW);
});
