// The bench's rows on one corpus, each a whole process (start-up included) run on its own, so its peak RSS is its own:
//   (a) compromise's own tagging of every document on one core: the floor any tool that tags all text pays;
//   (b) `extract --jobs 1`;   (c) `extract --jobs 2`;   (the extract rows run bin/extract.js as a user does: from
//       the start-up snapshot when it runs in one process; their peak RSS is that of the largest process, the
//       snapshot's node or a worker process included, as /usr/bin/time gives it, and beside it the peak of all their
//       processes together, sampled)
//   (d) the ceiling for one core: the CLI's reader, readDocument, splitSentences and the prefilter, no tagging;
//   (e) the ceiling for two cores: two `extract --jobs 1` started together on the two halves of the corpus; its time
//       is the wall time until both end, its peak RSS and events the sums;
//   (f) `extract` with the default --jobs (what a user gets).
// The extract rows write their event lines to files, for the checks of previous-events.ts.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { halves } from './corpus.js';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/extract.js', import.meta.url));
/** GNU time: the peak RSS of a process and of the processes it waited for (the snapshot's node of bin/extract.js). */
const TIME = '/usr/bin/time';

/** Why the bench cannot measure the extract rows here, or null. */
export function missingTime(): string | null {
  return existsSync(TIME) ? null : `bench: ${TIME} (Debian package "time") is needed to measure the peak memory of extract and of the node it starts`;
}

export interface Measure {
  /** the row's letter, a to f */
  key: string;
  label: string;
  /** wall time of the process (of both, for e), start-up included; of several runs, the median */
  seconds: number;
  /** of several runs: the fastest and the slowest */
  spread?: [number, number];
  /** peak RSS (for e, the sum of the two processes'); of several runs, the highest */
  maxRssMB: number;
  /** for e, the larger of the two processes' peaks */
  largestMB?: number;
  /** extract rows: the peak of all the run's processes' RSS together, sampled every SAMPLE_MS (none without /proc) */
  allMB?: number;
  /** extract rows: the most processes the run had at once (bin/extract.js and the node or workers it started), as
   *  sampled with allMB (0 without /proc): (f) with as many as (b) ran as (b) runs */
  processes?: number;
  /** what the child counted: events, terms, sentences... (sums, for e) */
  extra: Record<string, number>;
  /** the files holding the row's event lines (extract rows) */
  eventFiles: string[];
}

/** How often the RSS of an extract row's processes is summed. */
const SAMPLE_MS = 100;

/** The processes under `root` (not itself) now, as /proc says (none without it): how many, and their RSS summed in MB. */
function processesUnder(root: number): { count: number; mb: number } {
  const kids = new Map<number, number[]>();
  let entries: string[] = [];
  try { entries = readdirSync('/proc'); } catch { return { count: 0, mb: 0 }; }
  for (const d of entries) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch { /* gone meanwhile */ }
  }
  let kb = 0;
  let count = 0;
  for (let todo = [...(kids.get(root) ?? [])]; todo.length;) {
    const pid = todo.pop()!;
    todo.push(...(kids.get(pid) ?? []));
    try { kb += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0); count++; } catch { /* gone */ }
  }
  return { count, mb: kb / 1024 };
}

/** One child process: its wall time, and the JSON line it printed last. Its stderr goes to ours. */
function spawnChild(childArgs: string[]): Promise<{ wall: number; result: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [CHILD, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { out += s; });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - t) / 1000;
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) reject(new Error(`bench: child.js ${childArgs.join(' ')} exited ${code}`));
      else resolve({ wall, result: JSON.parse(last) as Record<string, number> });
    });
  });
}

/** `extract FILE --format jsonl [--jobs N] --quiet` (N `default`: no --jobs) as a user runs it, its event lines
 *  written to `eventFile`: its wall time, and its peak RSS, event lines and exit code. Its stderr goes to ours. */
function spawnExtract(file: string, jobs: string, eventFile: string): Promise<{ wall: number; result: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const jobsArgs = jobs === 'default' ? [] : ['--jobs', jobs];
    const out = openSync(eventFile, 'w');
    const t = performance.now();
    const child = spawn(TIME, ['-f', 'bench-rss-kb %M', process.execPath, BIN, file, '--format', 'jsonl', ...jobsArgs, '--quiet'], { stdio: ['ignore', out, 'pipe'] });
    closeSync(out);
    let allMB = 0;
    let processes = 0;
    const sampler = setInterval(() => {
      const now = processesUnder(child.pid!);
      allMB = Math.max(allMB, now.mb);
      processes = Math.max(processes, now.count);
    }, SAMPLE_MS);
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (s: string) => { err += s; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wall = (performance.now() - t) / 1000;
      const rss = /^bench-rss-kb (\d+)$/m.exec(err);
      process.stderr.write(err.replace(/^(?:bench-rss-kb \d+|Command exited with non-zero status \d+)\n/gm, ''));
      if (!rss) { reject(new Error(`bench: ${TIME} gave no peak RSS for extract ${file}`)); return; }
      const text = readFileSync(eventFile, 'utf8');
      const events = text ? text.split('\n').length - 1 : 0;
      resolve({ wall, result: { maxRssMB: Number(rss[1]) / 1024, allMB, processes, events, code: code ?? 1 } });
    });
  });
}

function said(name: string, m: Measure): Measure {
  process.stderr.write(`bench: ${name} ${m.label}: ${m.seconds.toFixed(1)} s\n`);
  if (m.extra.code) process.stderr.write(`bench: ${name} ${m.label}: extract exited ${m.extra.code}\n`);
  return m;
}

/** A row of child.js (`tag`, `ceiling`). */
async function row(name: string, key: string, label: string, childArgs: string[]): Promise<Measure> {
  process.stderr.write(`bench: ${name} ${label} ...\n`);
  const { wall, result } = await spawnChild(childArgs);
  const { seconds: _s, maxRssMB, ...extra } = result;
  return said(name, { key, label, seconds: wall, maxRssMB, extra, eventFiles: [] });
}

/** An extract row: `jobs` as spawnExtract takes it. */
async function extractRow(name: string, key: string, label: string, file: string, jobs: string, eventFile: string): Promise<Measure> {
  process.stderr.write(`bench: ${name} ${label} ...\n`);
  const { wall, result } = await spawnExtract(file, jobs, eventFile);
  const { maxRssMB, allMB, processes, ...extra } = result;
  return said(name, { key, label, seconds: wall, maxRssMB, allMB, processes, extra, eventFiles: [eventFile] });
}

/** Row (e): two `extract --jobs 1` on the halves, started at the same time. */
async function pair(name: string, label: string, file: string, base: string): Promise<Measure> {
  process.stderr.write(`bench: ${name} ${label} ...\n`);
  const parts = halves(file, base);
  const eventFiles = parts.map((p) => `${p}.events`);
  const t = performance.now();
  const both = await Promise.all(parts.map((p, i) => spawnExtract(p, '1', eventFiles[i])));
  const seconds = (performance.now() - t) / 1000;
  const extra: Record<string, number> = {};
  for (const { result } of both) for (const [k, v] of Object.entries(result)) if (k !== 'seconds' && k !== 'maxRssMB' && k !== 'allMB' && k !== 'processes') extra[k] = (extra[k] ?? 0) + v;
  const rss = both.map((b) => b.result.maxRssMB);
  return said(name, { key: 'e', label, seconds, maxRssMB: rss[0] + rss[1], largestMB: Math.max(...rss), extra, eventFiles });
}

/** The middle of some numbers (the mean of the two middle ones when they are even in number). */
export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A row's runs as one: the median wall time, with the fastest and the slowest; the highest peak RSS of any run (a
 *  bound on memory holds for every run); the rest (events, counts: the same in every run) from the first. */
function combined(runs: Measure[]): Measure {
  const times = runs.map((m) => m.seconds);
  const most = (k: 'maxRssMB' | 'allMB' | 'largestMB') => (runs[0][k] === undefined ? undefined : Math.max(...runs.map((m) => m[k] ?? 0)));
  return {
    ...runs[0], seconds: median(times), spread: runs.length > 1 ? [Math.min(...times), Math.max(...times)] : undefined,
    maxRssMB: most('maxRssMB')!, allMB: most('allMB'), largestMB: most('largestMB'),
  };
}

/** Rows (a) to (f) on the corpus file, one after the other; the files they write go in `dir`. With `runs` > 1 the
 *  six rows run again `runs` times, and each row is the median of its runs: on a shared machine one run of a command
 *  moves by 10-15% and, now and then, by a third; the fastest run of each row, taken alone, set one row's lucky moment
 *  against another's ordinary one. Rounds (not one row `runs` times, then the next) let a busy spell fall on every row.
 *  A round runs each row next to the one it is compared with ((f) beside (b), (c) beside (e)), and every other round
 *  runs them in the reverse order, so that no row always runs after the same one (after two busy cores, or after one). */
export async function measureRows(name: string, file: string, dir: string, runs = 1): Promise<Measure[]> {
  const at = (what: string) => join(dir, `${name}.${what}`);
  const rows: Array<() => Promise<Measure>> = [
    () => row(name, 'a', '(a) compromise nlp(), 1 core', ['tag', file]),
    () => extractRow(name, 'b', '(b) extract --jobs 1', file, '1', at('b.events')),
    () => extractRow(name, 'f', '(f) extract, default --jobs', file, 'default', at('f.events')),
    () => row(name, 'd', '(d) ceiling, 1 core: read, split, prefilter', ['ceiling', file]),
    () => extractRow(name, 'c', '(c) extract --jobs 2', file, '2', at('c.events')),
    () => pair(name, '(e) ceiling, 2 cores: two --jobs 1 on halves', file, at('half')),
  ];
  const all = new Map<string, Measure[]>();
  for (let round = 0; round < runs; round++) {
    for (const run of round % 2 ? [...rows].reverse() : rows) {
      const m = await run();
      all.set(m.key, [...all.get(m.key) ?? [], m]);
    }
  }
  return [...all.values()].map(combined).sort((x, y) => x.key.localeCompare(y.key));
}
