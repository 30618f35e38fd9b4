// `extract queue add`: documents as read (files, folders, JSONL lines, URLs, standard input) become jobs, in
// chunks, each chunk one round of BullMQ's addBulk and one ZADD of their input order. A document already queued
// (same job id) is left as it is, with its first place in the order: adding the same input twice adds nothing.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { InputItem } from '../input/read.js';
import type { InputDoc } from '../types.js';
import { DOCUMENT_JOB, JOB_OPTIONS, jobIdOf, orderKeys, type JobData } from './jobs.js';

/** Documents per addBulk: bounds memory on a large input and the size of one Redis reply. */
const CHUNK = 200;

interface AddSummary {
  /** documents read from the input */
  documents: number;
  /** of those, new to the queue */
  added: number;
  /** inputs that could not be read (said through `error`) */
  failed: number;
}

interface AddOptions {
  redis: Redis;
  queue: string;
  /** `--date`: the reference date of documents without their own */
  referenceDate?: string;
  error(source: string, message: string): void;
  note(message: string): void;
}

interface Pending { id: string; data: JobData }

/** Queues one chunk; how many of its documents were new to the queue. */
async function queueChunk(queue: Queue, o: AddOptions, chunk: Pending[]): Promise<number> {
  await queue.addBulk(chunk.map(({ id, data }) => ({ name: DOCUMENT_JOB, data, opts: { jobId: id, ...JOB_OPTIONS } })));
  const keys = orderKeys(o.queue);
  const last = await o.redis.incrby(keys.counter, chunk.length);
  // NX: a document queued before keeps its first place; a repeat within the chunk is counted once
  const scored = chunk.flatMap((p, i) => [last - chunk.length + 1 + i, p.id]);
  return o.redis.zadd(keys.order, 'NX', ...scored);
}

function pendingOf(doc: InputDoc, source: string, cut: string | undefined, o: AddOptions): Pending {
  const options = o.referenceDate ? { referenceDate: o.referenceDate } : {};
  const data: JobData = { doc: { ...doc }, source, options, ...(cut ? { cut } : {}) };
  return { id: jobIdOf(doc, options), data };
}

/** Queues every document of `items`, in input order. */
export async function addDocuments(items: AsyncIterable<InputItem>, o: AddOptions): Promise<AddSummary> {
  const queue = new Queue(o.queue, { connection: o.redis });
  const summary: AddSummary = { documents: 0, added: 0, failed: 0 };
  let chunk: Pending[] = [];
  const flush = async () => { if (chunk.length) summary.added += await queueChunk(queue, o, chunk); chunk = []; };
  try {
    for await (const item of items) {
      if (item.kind === 'note') { o.note(item.message); continue; }
      if (item.kind === 'error') { summary.failed++; o.error(item.source, item.message); continue; }
      summary.documents++;
      chunk.push(pendingOf(item.doc, item.source, item.cut, o));
      if (chunk.length >= CHUNK) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return summary;
}
