// --jobs (issue 12): a number beyond 4 per core is capped with a warning (each worker holds its own heap), and the
// default starts a pool of workers only for a batch large enough to repay it (src/cli/main.ts POOL_MIN_BYTES).
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { runBatch, type Sink } from '../src/pipeline/run.js';
import type { InputItem } from '../src/input/read.js';
import { runCli, SLOW } from './helpers/cli.js';

const RAID = 'Gunmen attacked a checkpoint near Gao on Monday, killing three soldiers, the army said.';
const cores = availableParallelism();

describe('--jobs beyond 4 per core is capped, with a warning; up to it, no warning', () => {
  const rows: [string, number, boolean][] = [
    ['one job', 1, false],
    ['4 per core exactly', 4 * cores, false],
    ['one more than 4 per core', 4 * cores + 1, true],
    ['the most the option takes', 256, 256 > 4 * cores],
  ];
  test.each(rows)('%s', async (_name, jobs, warned) => {
    const r = await runCli(['-', '--jobs', String(jobs), '--format', 'jsonl'], RAID);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1); // the events are still there
    const warning = new RegExp(`warning: --jobs ${jobs} is more than 4 per core \\(${cores} cores?\\): running ${4 * cores}`);
    if (warned) expect(r.stderr).toMatch(warning); else expect(r.stderr).not.toMatch(/warning: --jobs/);
  }, SLOW);
});

// The echo worker (tests/workers/echo-worker.ts) says "done ID" for each document it runs; in this thread the real
// extractor runs and says nothing: the notes show where each document ran.
const echoWorker = fileURLToPath(new URL('./workers/echo-worker.js', import.meta.url));
const docs = (n: number): InputItem[] => Array.from({ length: n }, (_, i) => ({ kind: 'doc', source: `d${i}`, doc: { id: `d${i}`, text: RAID }, bytes: RAID.length }));
async function* from(list: InputItem[]): AsyncGenerator<InputItem> { for (const i of list) yield i; }

async function where(poolWanted: (() => boolean) | undefined, n: number, early: 'start' | 'never' | null = null, jobs = 2): Promise<string[]> {
  const ran: string[] = [];
  const sink: Sink = {
    events: (d) => { if (!ran.includes(`${d.id} pool`)) ran.push(`${d.id} here`); },
    error: (source, message) => { ran.push(`${source} error ${message}`); },
    note: (m) => { const id = /^(d\d+): done/.exec(m)?.[1]; if (id) ran.push(`${id} pool`); },
  };
  // `early`: the caller starts the workers before the first document is read (main.ts, for an input of a large
  // size), or is given the chance and never takes it
  const startWorkers = early ? { startWorkers: (start: () => void) => { if (early === 'start') start(); } } : {};
  await runBatch(from(docs(n)), { jobs, extract: {}, workerScript: echoWorker, window: 2, ...(poolWanted ? { poolWanted } : {}), ...startWorkers }, sink);
  return ran;
}

describe('the default --jobs asks once whether the batch is worth a pool', () => {
  test('not worth it (a small input, or one of unknown size): every document runs in this thread', async () => {
    let asked = 0;
    expect(await where(() => { asked++; return false; }, 5)).toEqual(['d0 here', 'd1 here', 'd2 here', 'd3 here', 'd4 here']);
    expect(asked).toBe(1);
  }, SLOW);
  test('worth it: the documents go to the pool, in input order', async () => {
    expect(await where(() => true, 4)).toEqual(['d0 pool', 'd1 pool', 'd2 pool', 'd3 pool']);
  }, SLOW);
  test('worth it, but only one document: it runs in this thread (no pool for one document)', async () => {
    expect(await where(() => true, 1)).toEqual(['d0 here']);
  }, SLOW);
  test('an explicit --jobs 2 uses the pool from the second document on', async () => {
    expect(await where(undefined, 3)).toEqual(['d0 pool', 'd1 pool', 'd2 pool']);
  }, SLOW);
});

describe('workers started before the first document is read (an input whose size says it holds many)', () => {
  test('every document goes to them, in input order', async () => {
    expect(await where(undefined, 3, 'start')).toEqual(['d0 pool', 'd1 pool', 'd2 pool']);
    expect(await where(() => true, 3, 'start')).toEqual(['d0 pool', 'd1 pool', 'd2 pool']);
  }, SLOW);
  test('a lone document too: they are already there', async () => {
    expect(await where(undefined, 1, 'start')).toEqual(['d0 pool']);
  }, SLOW);
  test('not started when the caller never asks, nor with one job', async () => {
    expect(await where(() => true, 1, 'never')).toEqual(['d0 here']);
    expect(await where(undefined, 2, 'start', 1)).toEqual(['d0 here', 'd1 here']);
  }, SLOW);
});
