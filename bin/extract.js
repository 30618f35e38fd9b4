#!/usr/bin/env node
// Thin wrapper: the CLI lives in src/cli/main.ts and returns an exit code.
// An extraction starts from the start-up snapshot (dist/snapshot/, made by `npm run build`: compromise and the rules
// already loaded) when there is one made by this very node from the files now in dist/: this process starts a second
// node on it (≈0.1 s) and passes its exit on, which saves ≈1 s. Everything else (--help, --version, the other
// commands), runs with worker processes (each starts from the snapshot itself), a missing or stale snapshot, node
// options (a snapshot loads only with the flags it was built with) and EXTRACT_SNAPSHOT=0 run here, the usual way
// (--help and --version from the help bundle, also made by `npm run build`, unless EXTRACT_SNAPSHOT=0).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Arguments that run no extraction in this process, and so do not repay a second node (`worker` extracts on its
 *  own worker processes; `queue` only moves documents and results to and from Redis). */
const LIGHT = new Set(['-h', '--help', '-V', '--version', 'schema', 'eval', 'report', 'dedupe', 'help', 'queue', 'worker']);

/** No worker processes will run: `--jobs 1`, or no --jobs and the files named are fewer bytes than start them by
 *  default (no folder). A run with workers needs no extractor in this process (each worker starts from the snapshot
 *  itself): from the snapshot, it would hold one all the same (≈+90 MB of peak memory). */
async function noWorkers() {
  let bytes = 0;
  let folder = false;
  let oneJob = false;
  for (let i = 0; i < args.length; i++) {
    const jobs = /^(?:--jobs(?:=(.*))?|-j(.*))$/.exec(args[i]);
    if (jobs) {
      if ((jobs[1] ?? (jobs[2] || args[++i]))?.trim() !== '1') return false;
      oneJob = true;
      continue;
    }
    try {
      const s = statSync(args[i]);
      if (s.isFile()) bytes += s.size; else folder = true;
    } catch { /* an option, its value, a URL or a file that is not there */ }
  }
  if (oneJob) return true;
  if (folder) return false;
  const { POOL_MIN_BYTES } = await import('../dist/src/cli/pool-size.js');
  return bytes < POOL_MIN_BYTES;
}

/** The snapshot when this run should start from it (its blob, and the node flags it was built with, which its node
 *  must be given: src/pipeline/snapshot-blob.ts), else null. */
async function usableSnapshot() {
  if (process.execArgv.length > 0 || args.some((a) => LIGHT.has(a)) || !(await noWorkers())) return null;
  const { startupSnapshot } = await import('../dist/src/pipeline/snapshot-blob.js');
  return startupSnapshot();
}

/** The exit code of a snapshot that node could not load (a different V8 or flags): then this process runs instead. */
const SNAPSHOT_REFUSED = 14;

/** Signals passed on to the snapshot's node. It runs in a session of its own, so a Ctrl-C at the terminal reaches
 *  it once, from here, as a `kill` of this process does (two SIGINTs would end a run without its summary); a resized
 *  terminal tells only this process. */
const PASSED_ON = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGWINCH'];

/** The environment of the snapshot's node: this one's, with this process's id (EXTRACT_WRAPPER_PID: the snapshot's
 *  node stops when this one is gone, src/cli/snapshot.ts), without NODE_EXTRA_CA_CERTS when no argument is a URL
 *  (only a URL argument is fetched, src/input/url.ts). Node 20 reads and parses those certificates as it starts,
 *  before any code runs, whether or not anything is fetched: with a bundle of ≈150 of them, that is ≈70 ms of each
 *  start. */
function snapshotEnv() {
  const env = { ...process.env, EXTRACT_WRAPPER_PID: String(process.pid) };
  if (!args.some((a) => /^https?:\/\//i.test(a))) delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

async function fromSnapshot({ blob, flags }) {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // argv[1] is this file, as in a run without the snapshot (node takes it for the script and runs the snapshot's own)
    const child = spawn(process.execPath, [...flags, '--snapshot-blob', blob, process.argv[1], ...args], { stdio: 'inherit', detached: true, env: snapshotEnv() });
    const pass = (signal) => () => { child.kill(signal); };
    const handlers = PASSED_ON.map((s) => [s, pass(s)]);
    for (const [s, h] of handlers) process.on(s, h);
    // Ctrl-Z stops the snapshot's node with this one, and `fg` continues both
    const stop = () => { child.kill('SIGTSTP'); process.removeListener('SIGTSTP', stop); process.kill(process.pid, 'SIGTSTP'); };
    const resume = () => { child.kill('SIGCONT'); process.on('SIGTSTP', stop); };
    process.on('SIGTSTP', stop);
    process.on('SIGCONT', resume);
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.removeListener(s, h);
      process.removeListener('SIGTSTP', stop);
      process.removeListener('SIGCONT', resume);
      resolve({ code, signal });
    });
    child.on('error', () => resolve({ code: SNAPSHOT_REFUSED, signal: null }));
  });
}

/** Arguments that only print help or the version (before any `--`): the help bundle (dist/snapshot/help.mjs, made
 *  by scripts/build-snapshot.mjs: main.js and what it imports statically, in one module) loads faster than main.js
 *  and its ≈20 modules, and prints the same. */
const HELP_ONLY = new Set(['-h', '--help', '-V', '--version']);

/** dist/snapshot/help.mjs when this run only prints help and the bundle was made from the files now in dist/. */
async function helpBundle() {
  if (process.env.EXTRACT_SNAPSHOT === '0') return null;
  const end = args.indexOf('--');
  if (!(end < 0 ? args : args.slice(0, end)).some((a) => HELP_ONLY.has(a))) return null;
  try {
    const dir = join(root, 'dist', 'snapshot');
    const { files } = JSON.parse(readFileSync(join(dir, 'help.json'), 'utf8'));
    const { unchanged } = await import('../dist/src/pipeline/snapshot-blob.js');
    if (!unchanged(files)) return null;
    return '../dist/snapshot/help.mjs';
  } catch {
    return null;
  }
}

async function inProcess() {
  const { main } = await import((await helpBundle()) ?? '../dist/src/cli/main.js');
  process.stdout.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.exitCode = await main(args);
}

const snapshot = await usableSnapshot();
const ended = snapshot ? await fromSnapshot(snapshot) : null;
if (!ended || ended.code === SNAPSHOT_REFUSED) await inProcess();
else if (ended.signal) {
  // ended by a signal it did not catch: so does this one (or, for one node ignores, exits as the shell reports it)
  process.exitCode = 128 + ((await import('node:os')).constants.signals[ended.signal] ?? 0);
  process.kill(process.pid, ended.signal);
} else process.exitCode = ended.code;
