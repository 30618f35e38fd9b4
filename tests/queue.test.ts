// Scale-out on BullMQ (issue 15), with a real redis-server started here on a unix socket and real worker
// processes: N workers over 2,000 documents print exactly the local run's events; adding the same input twice adds
// nothing; a worker killed mid-batch loses and duplicates nothing; a poisoned document ends as one failed job;
// SIGTERM lets the running job finish; status --json is BullMQ's job counts.
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../src/bench/redis-server.js';
import { connectRedis } from '../src/queue/connection.js';
import { startWorker as startInProcess } from '../src/queue/worker.js';
import { wireBatch } from './helpers/wire-batch.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const SLOW = 300_000;
const DOCUMENTS = 2000;

interface Run { code: number | null; stdout: string; stderr: string }

function run(argv: string[], stdin = ''): Promise<Run> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    child.on('close', (code) => res({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

interface WorkerProcess { child: ChildProcess; stderr: () => string; exited: Promise<number | null> }

/** Starts `extract worker` and waits until it says it takes jobs. */
async function startWorker(args: string[]): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', redis.url, '-j', '1', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (b) => { stderr += b; });
  const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
  while (!/taking jobs/.test(stderr)) {
    if (child.exitCode !== null) throw new Error(`the worker ended: ${stderr}`);
    await new Promise((res) => setTimeout(res, 50));
  }
  return { child, stderr: () => stderr, exited };
}

/** What `extract queue status --json` prints. */
async function counts(): Promise<Record<string, number>> {
  const r = await run(['queue', 'status', '--json', '--redis', redis.url]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** Polls BullMQ's counts from this process (a CLI run per look would be too slow to catch a running job). */
async function waitFor(what: (c: Record<string, number>) => boolean): Promise<void> {
  while (!what(await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed'))) await new Promise((res) => setTimeout(res, 50));
}

/** Writes JSONL lines to a file of the test folder; its path. */
function batchFile(name: string, lines: string[]): string {
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return join(dir, name);
}

let redis: RedisServer;
let connection: Redis;
let queue: Queue;
let dir: string;
let batch: string;
let local: Run;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
  connection = new Redis({ path: redis.url.slice('unix://'.length), maxRetriesPerRequest: null });
  queue = new Queue('extract', { connection });
  dir = mkdtempSync(join(tmpdir(), 'extract-queue-'));
  batch = join(dir, 'batch.jsonl');
  writeFileSync(batch, `${wireBatch(DOCUMENTS).join('\n')}\n`);
  local = await run([batch, '--format', 'jsonl', '--jobs', '1']);
}, SLOW);

afterEach(async () => {
  for (const w of workers.splice(0)) { w.child.kill('SIGKILL'); await w.exited; }
  expect((await run(['queue', 'clear', '--force', '--redis', redis.url])).code).toBe(0);
});

afterAll(async () => {
  await queue?.close();
  connection?.disconnect();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the local run of the test batch has events of every kind the batch holds', () => {
  expect(local.code).toBe(0);
  const types = new Set(local.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).type));
  expect([...types].sort()).toEqual(['attack', 'meeting']);
});

test('two workers over 2,000 documents print exactly the local run\'s events, in input order', async () => {
  const added = await run(['queue', 'add', batch, '--redis', redis.url]);
  expect(added).toMatchObject({ code: 0, stdout: '' });
  expect(added.stderr).toContain(`${DOCUMENTS} documents read, ${DOCUMENTS} new, 0 already queued, 0 failed`);
  workers.push(await startWorker([]), await startWorker([]));
  const results = await run(['queue', 'results', '--format', 'jsonl', '--redis', redis.url]);
  expect(results.code).toBe(0);
  expect(results.stdout).toBe(local.stdout);
  expect(results.stderr.split('\n').at(-2)).toBe(local.stderr.split('\n').at(-2));
  expect(await counts()).toEqual({ waiting: 0, active: 0, completed: DOCUMENTS, failed: 0, delayed: 0 });
  // both took a share
  for (const w of workers) w.child.kill('SIGTERM');
  const codes = await Promise.all(workers.map((w) => w.exited));
  expect(codes).toEqual([0, 0]);
  const shares = workers.map((w) => Number(/stopped after (\d+) documents?/.exec(w.stderr())![1]));
  expect(shares.every((n) => n > 0)).toBe(true);
  expect(shares[0] + shares[1]).toBe(DOCUMENTS);
}, SLOW);

test('adding the same input twice adds nothing', async () => {
  const lines = wireBatch(30, 11);
  batchFile('thirty.jsonl', lines);
  expect((await run(['queue', 'add', join(dir, 'thirty.jsonl'), '--redis', redis.url])).stderr).toContain('30 documents read, 30 new, 0 already queued');
  const again = await run(['queue', 'add', join(dir, 'thirty.jsonl'), '--redis', redis.url]);
  expect(again.stderr).toContain('30 documents read, 0 new, 30 already queued');
  // the same documents from standard input, in another order: still nothing new
  const fromStdin = await run(['queue', 'add', '--redis', redis.url], `${[...lines].reverse().join('\n')}\n`);
  expect(fromStdin.stderr).toContain('30 documents read, 0 new, 30 already queued');
  // --date does not change documents that carry their own date
  const dated = await run(['queue', 'add', join(dir, 'thirty.jsonl'), '--date', '2020-01-01', '--redis', redis.url]);
  expect(dated.stderr).toContain('30 documents read, 0 new');
  // a text file has none: another --date reads its "Tuesday" otherwise, so it is another document
  writeFileSync(join(dir, 'story.txt'), 'Gunmen attacked a police station in Kidal on Tuesday, killing four officers.\n');
  for (const [date, fresh] of [['2024-05-08', 1], ['2024-05-08', 0], ['2024-06-12', 1]] as const) {
    const r = await run(['queue', 'add', join(dir, 'story.txt'), '--date', date, '--redis', redis.url]);
    expect(r.stderr).toContain(`1 document read, ${fresh} new`);
  }
  expect(await counts()).toEqual({ waiting: 32, active: 0, completed: 0, failed: 0, delayed: 0 });
}, SLOW);

test('a worker killed mid-batch, and the input added again, loses and duplicates nothing', async () => {
  expect((await run(['queue', 'add', batch, '--redis', redis.url])).code).toBe(0);
  const first = await startWorker(['--lock-seconds', '2']);
  workers.push(first);
  await waitFor((c) => c.completed >= 100 && c.active >= 1);
  first.child.kill('SIGKILL');
  await first.exited;
  const mid = await counts();
  expect(mid.completed).toBeLessThan(DOCUMENTS);
  expect(mid.completed + mid.active + mid.waiting).toBe(DOCUMENTS);
  expect((await run(['queue', 'add', batch, '--redis', redis.url])).stderr).toContain(`${DOCUMENTS} documents read, 0 new, ${DOCUMENTS} already queued`);
  // the job the killed worker held goes back in line once its lock (2 s) runs out
  workers.push(await startWorker(['--lock-seconds', '2']));
  const results = await run(['queue', 'results', '--format', 'jsonl', '--redis', redis.url]);
  expect(results.code).toBe(0);
  expect(results.stdout).toBe(local.stdout);
  expect(await counts()).toEqual({ waiting: 0, active: 0, completed: DOCUMENTS, failed: 0, delayed: 0 });
}, SLOW);

test('a poisoned document ends as one failed job; the others are printed, and the run says which failed', async () => {
  const lines = wireBatch(3, 5);
  const file = batchFile('three.jsonl', lines);
  expect((await run(['queue', 'add', file, '--redis', redis.url])).code).toBe(0);
  // another program put a job in the queue that holds no text (BullMQ's own API, as any producer could)
  const [first] = (await connection.zrange('extract:extract:order', 0, 0));
  const job = (await queue.getJob(first))!;
  await job.updateData({ ...job.data, doc: { id: 'item-0' } });
  workers.push(await startWorker([]));
  const results = await run(['queue', 'results', '--format', 'jsonl', '--redis', redis.url]);
  expect(results.code).toBe(1);
  expect(results.stderr).toContain(`extract: ${file}:1: the job holds no document: doc.text:`);
  expect(results.stderr).toContain('(failed after 1 attempt)');
  expect(results.stderr).toContain('extract: 3 documents,');
  expect(results.stderr).toContain(' 1 failed');
  const others = await run([batchFile('two.jsonl', lines.slice(1)), '--format', 'jsonl', '--jobs', '1']);
  expect(results.stdout).toBe(others.stdout);
  expect(await counts()).toEqual({ waiting: 0, active: 0, completed: 2, failed: 1, delayed: 0 });
  expect(workers[0].stderr()).toContain('the job holds no document');
}, SLOW);

test('a document whose extraction kills its worker thread is retried with backoff, then kept as failed with its error', async () => {
  const lines = [JSON.stringify({ id: 'calm', text: 'Rebels attacked an army post in Kidal on Monday, killing three soldiers.' }), JSON.stringify({ id: 'crash', text: 'Any text.' })];
  const file = batchFile('crash.jsonl', lines);
  expect((await run(['queue', 'add', file, '--redis', redis.url])).code).toBe(0);
  const c = await connectRedis(redis.url, 'worker');
  if ('error' in c) throw new Error(c.error);
  const said: string[] = [];
  const worker = startInProcess({ redis: c.redis, queue: 'extract', jobs: 1, lockSeconds: 30, log: (m) => said.push(m), workerScript: fileURLToPath(new URL('./workers/crashing-worker.js', import.meta.url)) });
  try {
    const results = await run(['queue', 'results', '--format', 'jsonl', '--redis', redis.url]);
    expect(results.code).toBe(1);
    expect(results.stderr).toMatch(new RegExp(`extract: ${file}:2: the worker processing it stopped \\(.*\\) \\(failed after 3 attempts\\)\\n`));
    expect(results.stdout).toBe((await run([batchFile('calm.jsonl', lines.slice(0, 1)), '--format', 'jsonl', '--jobs', '1'])).stdout);
    expect(said.filter((m) => m.startsWith(`${file}:2:`)).map((m) => /\((attempt \d of 3: retried|failed: kept in the queue as failed)\)$/.exec(m)?.[1]))
      .toEqual(['attempt 1 of 3: retried', 'attempt 2 of 3: retried', 'failed: kept in the queue as failed']);
    expect(await counts()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 1, delayed: 0 });
  } finally {
    await worker.close();
  }
}, SLOW);

test('SIGTERM lets the running document finish, then the worker exits 0', async () => {
  // one long document: hundreds of items in one text, seconds of work
  const long = wireBatch(600, 3).map((l) => JSON.parse(l).text).join(' ');
  const file = batchFile('long.jsonl', [JSON.stringify({ id: 'long', date: '2024-05-02', text: long })]);
  expect((await run(['queue', 'add', file, '--redis', redis.url])).code).toBe(0);
  const w = await startWorker([]);
  workers.push(w);
  await waitFor((c) => c.active === 1);
  w.child.kill('SIGTERM');
  expect(await w.exited).toBe(0);
  expect(w.stderr()).toMatch(/SIGTERM: finishing the running jobs[^]*stopped after 1 document\n$/);
  expect(await counts()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 0, delayed: 0 });
  const results = await run(['queue', 'results', '--format', 'jsonl', '--no-wait', '--redis', redis.url]);
  expect(results.stdout).toBe((await run([file, '--format', 'jsonl', '--jobs', '1'])).stdout);
}, SLOW);

test('results print as a local run prints, in every format and with its filters; status says what is done', async () => {
  const file = batchFile('forty.jsonl', wireBatch(40, 21));
  expect((await run(['queue', 'add', file, '--redis', redis.url])).code).toBe(0);
  workers.push(await startWorker([]));
  for (const args of [['--format', 'csv'], ['--format', 'json', '--type', 'meeting'], ['--format', 'tsv', '--min-confidence', '0.9'], ['--format', 'jsonl', '--dedupe']]) {
    const fromQueue = await run(['queue', 'results', ...args, '--redis', redis.url]);
    const fromLocal = await run([file, ...args, '--jobs', '1']);
    expect(fromQueue).toEqual(fromLocal);
  }
  const status = await run(['queue', 'status', '--redis', redis.url]);
  expect(status.code).toBe(0);
  expect(status.stdout).toMatch(/^ {2}completed +40 {2}40\/min over the last minute, 8\/min over five$/m);
  expect(status.stdout).toMatch(/^ {2}workers +1$/m);
  expect(status.stdout).toMatch(/^ {2}waiting +0$/m);
}, SLOW);

test('results --no-wait names the documents not finished and exits 1', async () => {
  const file = batchFile('pending.jsonl', wireBatch(3, 9));
  expect((await run(['queue', 'add', file, '--redis', redis.url])).code).toBe(0);
  const r = await run(['queue', 'results', '--no-wait', '--format', 'jsonl', '--redis', redis.url]);
  expect(r).toEqual({ code: 1, stdout: '', stderr: [1, 2, 3].map((n) => `extract: ${file}:${n}: not finished yet\n`).join('') + 'extract: 3 documents, 0 events, 0 failed, 3 not finished\n' });
}, SLOW);

test('Ctrl-C while results wait for a document closes the output (a valid JSON array) and exits 130', async () => {
  expect((await run(['queue', 'add', batchFile('waiting.jsonl', wireBatch(2, 13)), '--redis', redis.url])).code).toBe(0);
  const clients = () => redis.cli('CLIENT', 'LIST').split('\n').length;
  const before = clients();
  const child = spawn(process.execPath, [BIN, 'queue', 'results', '--format', 'json', '--redis', redis.url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => { stdout += b; });
  child.stderr.on('data', (b) => { stderr += b; });
  const code = new Promise((res) => child.on('close', res));
  // no worker: the results wait on the first document, connected (and watching signals) from before they ask Redis
  while (clients() <= before) await new Promise((res) => setTimeout(res, 50));
  await new Promise((res) => setTimeout(res, 300));
  child.kill('SIGINT');
  expect(await code).toBe(130);
  expect(JSON.parse(stdout)).toEqual([]);
  expect(stderr).toBe('extract: interrupted after 0 documents, 0 events, 0 failed\n');
}, SLOW);

describe('bad input and an unreachable server', () => {
  test.each([
    [['queue', 'status', '--redis', 'ftp://example.org'], 2, 'not a Redis URL: ftp://example.org'],
    [['queue', 'add', 'x.txt', '--queue', 'a:b'], 2, 'expected a queue name'],
    [['worker', '--lock-seconds', '0'], 2, 'expected a whole number of seconds from 1 to 3600'],
    [['queue', 'status', '--redis', 'redis://127.0.0.1:1'], 1, 'extract: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED'],
    [['worker', '--redis', 'redis://127.0.0.1:1'], 1, 'extract: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED'],
  ])('%p exits %i', async (argv, code, message) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('an input that cannot be read is named; the others are queued (exit 1)', async () => {
    const file = batchFile('two-good.jsonl', wireBatch(2, 4));
    const r = await run(['queue', 'add', join(dir, 'missing.txt'), file, '--redis', redis.url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('2 documents read, 2 new, 0 already queued, 1 failed');
    expect(await counts()).toMatchObject({ waiting: 2 });
  });
});
