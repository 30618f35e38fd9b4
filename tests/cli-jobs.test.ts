// --jobs (issue 12): a number beyond 4 per core is capped with a warning (each worker holds its own heap), and the
// default runs documents in this thread until the batch has run long enough to repay a pool of workers.
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
const echoWorker = new URL('./workers/echo-worker.js', import.meta.url).href;
const docs = (n: number): InputItem[] => Array.from({ length: n }, (_, i) => ({ kind: 'doc', source: `d${i}`, doc: { id: `d${i}`, text: RAID }, bytes: RAID.length }));
async function* from(list: InputItem[]): AsyncGenerator<InputItem> { for (const i of list) yield i; }

async function where(poolAfterMs: number | undefined, n: number): Promise<string[]> {
  const ran: string[] = [];
  const sink: Sink = {
    events: (d) => { if (!ran.includes(`${d.id} pool`)) ran.push(`${d.id} here`); },
    error: (source, message) => { ran.push(`${source} error ${message}`); },
    note: (m) => { const id = /^(d\d+): done/.exec(m)?.[1]; if (id) ran.push(`${id} pool`); },
  };
  await runBatch(from(docs(n)), { jobs: 2, extract: {}, workerUrl: echoWorker, window: 2, ...(poolAfterMs === undefined ? {} : { poolAfterMs }) }, sink);
  return ran;
}

describe('the default --jobs starts the pool only after the batch has run long enough in this thread', () => {
  test('a short batch (less extraction than the threshold) runs in this thread only', async () => {
    expect(await where(600_000, 5)).toEqual(['d0 here', 'd1 here', 'd2 here', 'd3 here', 'd4 here']);
  }, SLOW);
  test('with no threshold left, every document goes to the pool', async () => {
    expect(await where(0, 4)).toEqual(['d0 pool', 'd1 pool', 'd2 pool', 'd3 pool']);
  }, SLOW);
  test('past the threshold, the rest of the batch goes to the pool, in input order', async () => {
    const ran = await where(1, 8);
    expect(ran[0]).toBe('d0 here');
    expect(ran.at(-1)).toBe('d7 pool');
    expect(ran.map((r) => r.split(' ')[0])).toEqual(docs(8).map((d) => (d.kind === 'doc' ? d.doc.id : '')));
  }, SLOW);
  test('an explicit --jobs 2 uses the pool from the second document on', async () => {
    expect(await where(undefined, 3)).toEqual(['d0 pool', 'd1 pool', 'd2 pool']);
  }, SLOW);
});
