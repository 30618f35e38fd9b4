// `npm run bench:queue`: the queue (BullMQ on Redis) against the local run, on this machine. A throwaway
// redis-server (unix socket, no persistence) is started here. The corpus is ../shared/eval/agnews-dev.jsonl as it
// is (everyday wire items, the shortest documents, where a job's overhead shows most), else a generated wire corpus.
// Rows, each separate processes: the local `--jobs 1` and `--jobs 2` runs; then for 1, 2 and 4 workers (`extract
// worker -j 1` each): `queue add`, the workers started, `queue results` waiting for the last document. Prints
// documents per second, whether the events are the local run's byte for byte, and the queue's cost per document:
// Redis commands, Redis memory, result bytes, and the wall time one worker adds to the local run.
// --readme writes the table into README.md between its bench-queue markers.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { replaceMarked } from '../eval/accuracy-table.js';
import { readJsonl, sharedWireFile, violentPool, wireCorpus, writeJsonl } from './corpus.js';
import { startRedis, type RedisServer } from './redis-server.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');
const WORKERS = [1, 2, 4];

interface Timed { wall: number; stdout: string; code: number | null }

function extract(argv: string[]): Timed {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  return { wall: (performance.now() - t) / 1000, stdout: r.stdout, code: r.status };
}

/** Redis's count of commands served, and the memory it uses. */
function redisFigures(redis: RedisServer): { commands: number; memory: number } {
  const stats = redis.cli('INFO', 'commandstats');
  const commands = [...stats.matchAll(/calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  const memory = Number(/used_memory:(\d+)/.exec(redis.cli('INFO', 'memory'))?.[1] ?? 0);
  return { commands, memory };
}

interface QueueRow {
  workers: number;
  /** `queue add`, workers' start to the last document done, `queue results` after that (seconds) */
  add: number; wall: number; results: number;
  same: boolean;
  /** Redis commands per document: while adding, while the workers ran, while results were read */
  commands: [number, number, number];
  memory: number;
}

/** Waits until every document of the queue is completed or failed (BullMQ's counts, asked every 100 ms). */
async function allDone(queue: Queue, docs: number): Promise<void> {
  for (;;) {
    const c = await queue.getJobCounts('completed', 'failed');
    if (c.completed + c.failed >= docs) return;
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** One queue run: add, `workers` worker processes until the last document is done, results; the queue cleared after. */
async function queueRun(redis: RedisServer, queue: Queue, c: { file: string; docs: number }, workers: number, local: string): Promise<QueueRow> {
  const at = [redisFigures(redis)];
  const add = extract(['queue', 'add', c.file, '--redis', redis.url, '-q']);
  at.push(redisFigures(redis));
  const t = performance.now();
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [BIN, 'worker', '--redis', redis.url, '-j', '1', '-q'], { stdio: 'ignore' }));
  await allDone(queue, c.docs);
  const wall = (performance.now() - t) / 1000;
  at.push(redisFigures(redis));
  const results = extract(['queue', 'results', '--format', 'jsonl', '--redis', redis.url, '-q']);
  at.push(redisFigures(redis));
  await Promise.all(procs.map((p) => new Promise((res) => { p.once('close', res); p.kill('SIGTERM'); })));
  extract(['queue', 'clear', '--redis', redis.url]);
  const per = (i: number) => (at[i + 1].commands - at[i].commands) / c.docs;
  return {
    workers, add: add.wall, wall, results: results.wall, same: results.code === 0 && results.stdout === local,
    commands: [per(0), per(1), per(2)], memory: (at[2].memory - at[0].memory) / c.docs,
  };
}

function corpus(dir: string): { file: string; docs: number; from: string } {
  const shared = sharedWireFile(ROOT);
  if (shared) return { file: shared, docs: readJsonl(shared).length, from: '`agnews-dev.jsonl`' };
  const docs = wireCorpus(violentPool(ROOT).texts, 1_100_000);
  writeJsonl(join(dir, 'wire.jsonl'), docs);
  return { file: join(dir, 'wire.jsonl'), docs: docs.length, from: 'a generated wire corpus (1.1 MB)' };
}

const f1 = (x: number) => x.toFixed(1);
const f0 = (x: number) => Math.round(x).toLocaleString('en-US');

function table(c: { docs: number; from: string }, local: Timed[], rows: QueueRow[], resultBytes: number): string[] {
  const lines = [
    `Corpus: ${c.from}, ${f0(c.docs)} documents; ${f0(resultBytes / c.docs)} bytes of events per document. Wall: from the workers' start (their start-up included) to the last document done; \`queue add\` and \`queue results\` (all events read back, in input order) are timed apart. Memory: what Redis holds per document once done (its text, its events, BullMQ's bookkeeping).`,
    '',
    '| run | wall | documents/s | `queue add` | `queue results` | events = local run | Redis commands / document (add, work, results) | Redis memory / document |',
    '|---|---|---|---|---|---|---|---|',
    ...local.map((l, i) => `| local \`--jobs ${i + 1}\` | ${f1(l.wall)} s | ${f0(c.docs / l.wall)} | | | | | |`),
    ...rows.map((r) => `| ${r.workers} worker${r.workers > 1 ? 's' : ''} (\`-j 1\` each) | ${f1(r.wall)} s | ${f0(c.docs / r.wall)} | ${f1(r.add)} s | ${f1(r.results)} s | ${r.same ? 'yes' : '**no**'} | ${r.commands.map(f1).join(', ')} | ${f0(r.memory)} B |`),
  ];
  const one = rows.find((r) => r.workers === 1);
  if (one) lines.push('', `Queue overhead against the local \`--jobs 1\` run, one worker: ${f1(((one.wall - local[0].wall) / c.docs) * 1000)} ms a document (a job taken, locked, its result stored, plus one worker's start), against adding and reading back every document: ${f1(((one.add + one.results) / c.docs) * 1000)} ms.`);
  return lines;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bench-queue-'));
  const redis = await startRedis();
  const connection = new Redis({ path: redis.url.slice('unix://'.length), maxRetriesPerRequest: null });
  const queue = new Queue('extract', { connection });
  try {
    const c = corpus(dir);
    const local = [extract([c.file, '--format', 'jsonl', '--jobs', '1', '-q']), extract([c.file, '--format', 'jsonl', '--jobs', '2', '-q'])];
    const digest = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
    process.stderr.write(`bench:queue: local runs ${local.map((l) => `${f1(l.wall)} s`).join(', ')} (events ${digest(local[0].stdout)})\n`);
    const rows: QueueRow[] = [];
    for (const w of WORKERS) {
      rows.push(await queueRun(redis, queue, c, w, local[0].stdout));
      process.stderr.write(`bench:queue: ${w} worker(s): ${f1(rows.at(-1)!.wall)} s\n`);
    }
    const lines = table(c, local, rows, Buffer.byteLength(local[0].stdout));
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.argv.includes('--readme')) writeReadme(lines);
  } finally {
    await queue.close();
    connection.disconnect();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const BEGIN = '<!-- bench-queue:begin -->';
const END = '<!-- bench-queue:end -->';

function writeReadme(lines: string[]): void {
  const path = join(ROOT, 'README.md');
  const dated = `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench:queue -- --readme\` (written by it: do not edit by hand).`;
  writeFileSync(path, replaceMarked(readFileSync(path, 'utf8'), [BEGIN, dated, '', ...lines, END].join('\n'), BEGIN, END));
  process.stderr.write(`bench:queue: ${path}: table written\n`);
}

main().catch((e) => { process.stderr.write(`bench:queue: ${(e as Error).message}\n`); process.exitCode = 1; });
