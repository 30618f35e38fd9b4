// `extract queue results`: every queued document's outcome in input order (the order set of jobs.ts), read in
// chunks so that a queue of any size streams in the memory of one chunk. A document not finished yet is waited
// for (a worker may still be on it), unless the caller asks for what is done now.
import { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { orderKeys, type JobData, type JobResult } from './jobs.js';

export type Outcome =
  | { kind: 'done'; source: string; result: JobResult; cut?: string }
  | { kind: 'failed'; source: string; message: string }
  /** with `wait: false`: not finished yet (waiting, running, or waiting to be retried) */
  | { kind: 'unfinished'; source: string }
  /** in the order but no longer in the queue (removed by hand) */
  | { kind: 'missing'; source: string };

interface ResultsOptions {
  redis: Redis;
  queue: string;
  /** wait for documents not finished yet (else they are reported unfinished) */
  wait: boolean;
  /** called now and then while waiting, with how many documents of the chunk are not finished */
  waiting?(unfinished: number): void;
}

/** Jobs fetched at once: one round trip each, sent together. */
const CHUNK = 500;
/** Waiting: the first look again after 100 ms, then less and less often, at most every 2 s. */
const POLL_MS = [100, 250, 500, 1000, 2000];
/** How often `waiting` is called while documents are not finished. */
const WAITING_NOTE_MS = 15_000;

const sourceOf = (job: Job | undefined, id: string): string => (typeof (job?.data as JobData | undefined)?.source === 'string' ? (job!.data as JobData).source : `job ${id}`);

/** A job's outcome when it is finished, else null. */
function outcomeOf(job: Job | undefined, id: string): Outcome | null {
  if (!job) return { kind: 'missing', source: `job ${id}` };
  if (!job.finishedOn) return null;
  const source = sourceOf(job, id);
  if (job.failedReason && job.returnvalue == null) return { kind: 'failed', source, message: `${job.failedReason} (failed after ${job.attemptsMade} ${job.attemptsMade === 1 ? 'attempt' : 'attempts'})` };
  const data = job.data as JobData;
  return { kind: 'done', source, result: job.returnvalue as JobResult, ...(data.cut ? { cut: data.cut } : {}) };
}

/** The outcomes of `ids`, in their order, each as soon as it and those before it are finished (waiting for
 *  unfinished ones when asked). A job is read whole (its text too) once: while waiting, only its state is asked
 *  (BullMQ's getJobState), until it is finished. */
async function* chunkOutcomes(queue: Queue, ids: string[], o: ResultsOptions): AsyncGenerator<Outcome> {
  const out: (Outcome | null)[] = new Array(ids.length).fill(null);
  const read = async (at: number[]) => {
    const jobs = await Promise.all(at.map((i) => Job.fromId(queue, ids[i])));
    at.forEach((i, k) => { out[i] = outcomeOf(jobs[k], ids[i]) ?? (o.wait ? null : { kind: 'unfinished', source: sourceOf(jobs[k], ids[i]) }); });
  };
  await read(ids.map((_, i) => i));
  let next = 0;
  let lastNote = Date.now();
  for (let round = 0; ; round++) {
    while (next < ids.length && out[next] !== null) yield out[next++]!;
    if (next === ids.length) return;
    await new Promise((res) => setTimeout(res, POLL_MS[Math.min(round, POLL_MS.length - 1)]));
    const open = out.flatMap((x, i) => (x === null ? [i] : []));
    if (o.waiting && Date.now() - lastNote >= WAITING_NOTE_MS) { o.waiting(open.length); lastNote = Date.now(); }
    const states = await Promise.all(open.map((i) => queue.getJobState(ids[i])));
    const finished = open.filter((_, k) => states[k] === 'completed' || states[k] === 'failed' || states[k] === 'unknown');
    await read(finished);
    if (finished.length) round = -1; // documents are finishing: look again soon
  }
}

/** Every queued document's outcome, in input order. */
export async function* queueResults(o: ResultsOptions): AsyncGenerator<Outcome> {
  const queue = new Queue(o.queue, { connection: o.redis });
  const { order } = orderKeys(o.queue);
  try {
    for (let start = 0; ; start += CHUNK) {
      const ids = await o.redis.zrange(order, start, start + CHUNK - 1);
      if (!ids.length) return;
      yield* chunkOutcomes(queue, ids, o);
    }
  } finally {
    await queue.close();
  }
}
