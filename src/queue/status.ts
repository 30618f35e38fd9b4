// `extract queue status` and `extract queue clear`: what the queue holds (BullMQ's job counts), how fast
// documents finish (jobs finished in the last minute and the last five, from the finish times BullMQ keeps in its
// completed and failed sets), and how many workers are connected.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { orderKeys } from './jobs.js';

const COUNTED = ['waiting', 'active', 'completed', 'failed', 'delayed'] as const;
type Counts = Record<(typeof COUNTED)[number], number>;

export interface Status {
  counts: Counts;
  /** documents finished in the last minute and in the last five */
  perMinute: { completed: [number, number]; failed: [number, number] };
  workers: number;
}

/** Jobs of a finished set (scored by finish time) that finished in the last `ms`. */
async function finishedWithin(redis: Redis, key: string, ms: number): Promise<number> {
  return redis.zcount(key, Date.now() - ms, '+inf');
}

export async function queueStatus(redis: Redis, name: string): Promise<Status> {
  const queue = new Queue(name, { connection: redis });
  try {
    const counts = await queue.getJobCounts(...COUNTED) as Counts;
    const rate = async (set: 'completed' | 'failed'): Promise<[number, number]> => {
      const [one, five] = await Promise.all([finishedWithin(redis, queue.keys[set], 60_000), finishedWithin(redis, queue.keys[set], 300_000)]);
      return [one, five];
    };
    const [completed, failed, workers] = await Promise.all([rate('completed'), rate('failed'), queue.getWorkersCount()]);
    return { counts, perMinute: { completed, failed }, workers };
  } finally {
    await queue.close();
  }
}

/** Removes every job of the queue and its input order. `force`: even while workers run jobs (they then fail to
 *  store their results). False when jobs were running and `force` was not given. */
export async function clearQueue(redis: Redis, name: string, force: boolean): Promise<boolean> {
  const queue = new Queue(name, { connection: redis });
  try {
    if (!force && (await queue.getActiveCount()) > 0) return false;
    await queue.obliterate({ force: true });
    const keys = orderKeys(name);
    await redis.del(keys.order, keys.counter);
    return true;
  } finally {
    await queue.close();
  }
}
