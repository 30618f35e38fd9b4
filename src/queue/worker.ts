// `extract worker`: takes document jobs from the queue and runs the same extractor as a local run, on its own
// worker processes (the batch runner's pool), so the main thread stays free to renew its jobs' locks and to hear
// signals. A job's result is the document's extraction. A job whose extraction throws is retried (jobs.ts) and then
// kept as failed with its error; a job whose data is no document fails at once. A worker that dies mid-job loses
// nothing: its lock runs out and a worker's stalled check puts the job back in line.
import { hostname } from 'node:os';
import { MetricsTime, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { startPool } from '../pipeline/pool.js';
import type { ExtractResult } from '../pipeline/extract.js';
import { failureMessage, type Task } from '../pipeline/serve.js';
import { JobDataSchema, type JobResult } from './jobs.js';

interface WorkerOptions {
  /** a worker connection (connection.ts) */
  redis: Redis;
  queue: string;
  /** worker processes (jobs taken: JOBS_PER_WORKER a worker) */
  jobs: number;
  /** how long a job taken by a worker that stopped answering waits before another worker takes it */
  lockSeconds: number;
  /** what the worker says on stderr (jobs that failed, Redis going away and coming back) */
  log(message: string): void;
  /** another worker script (tests pass one that crashes): see pool.ts */
  workerScript?: string;
}

interface RunningWorker {
  /** jobs finished (completed or failed) by this worker */
  readonly finished: number;
  /** stops taking jobs; the running ones finish first (`force`: they are left to the stalled check) */
  close(force?: boolean): Promise<void>;
}

/** Stalls a job is put back in line after (its worker died or stopped answering); a third makes it failed: a
 *  document that kills the workers that take it. */
const MAX_STALLS = 2;

/** Jobs a worker holds per worker process: while a process extracts one, the next ones are already taken and wait
 *  in the pool's queue, so a process never idles through the Redis round trips between two jobs (agnews-dev's 3,800
 *  short items, measured on threads, one worker `-j 1`, from its start to the last done: 17.7–25.5 s holding 1 job, 15.1–19.5 s holding 2,
 *  13.5–14.5 s holding 4). A held job's lock is renewed like a running one's. */
const JOBS_PER_WORKER = 4;

function processorOf(run: (task: Task) => Promise<ExtractResult>): (job: Job) => Promise<JobResult> {
  return async (job) => {
    const parsed = JobDataSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`the job holds no document: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ')}`);
    const { doc, options } = parsed.data;
    try {
      const r = await run({ doc, options });
      return { events: r.events, invalid: r.invalid, warnings: r.warnings };
    } catch (e) {
      throw new Error(failureMessage(e));
    }
  };
}

/** Starts taking jobs. */
export function startWorker(o: WorkerOptions): RunningWorker {
  // one document a message: a document that stops a worker then fails no other job (it holds the next ones queued)
  const pool = startPool(o.jobs, { chunkDocs: 1, script: o.workerScript });
  let finished = 0;
  const worker = new Worker(o.queue, processorOf((task) => pool.run(task)), {
    connection: o.redis, concurrency: o.jobs * JOBS_PER_WORKER, name: `${hostname()}:${process.pid}`,
    lockDuration: o.lockSeconds * 1000, stalledInterval: o.lockSeconds * 1000, maxStalledCount: MAX_STALLS,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('completed', () => { finished++; });
  worker.on('failed', (job, err) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts || err instanceof UnrecoverableError;
    if (final) finished++;
    const source = typeof job.data?.source === 'string' ? job.data.source : `job ${job.id}`;
    o.log(`${source}: ${err.message}${final ? ' (failed: kept in the queue as failed)' : ` (attempt ${job.attemptsMade} of ${attempts}: retried)`}`);
  });
  let down = false;
  worker.on('error', (err) => { if (!down) o.log(`Redis: ${err.message} (reconnecting)`); down = true; });
  o.redis.on('ready', () => { if (down) o.log('Redis: connected again'); down = false; });
  return {
    get finished() { return finished; },
    async close(force = false) {
      await worker.close(force);
      await pool.destroy();
      o.redis.disconnect();
    },
  };
}
