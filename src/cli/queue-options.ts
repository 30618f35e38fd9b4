// What every queue command shares: where the queue is (`--redis`, `--queue`), a connection opened for the length
// of a command (or the reason Redis cannot be reached: exit 1), and the command's view of main.ts's IO.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Readable } from 'node:stream';
import type { Redis } from 'ioredis';
import { DEFAULT_QUEUE, DEFAULT_REDIS, redisUrlProblem } from '../queue/address.js';
import type { Interrupts } from './interrupt.js';

export interface QueueIO {
  stdout: (s: string | Uint8Array) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin: Readable;
  stdinTTY?: boolean;
  stdoutTTY: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  interrupts?: () => Interrupts;
}

export interface Where { redis: string; queue: string }

function parseRedis(v: string): string {
  const problem = redisUrlProblem(v);
  if (problem) throw new InvalidArgumentError(problem);
  return v;
}

function parseQueueName(v: string): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(v)) throw new InvalidArgumentError('expected a queue name of letters, digits, "_", "." and "-"');
  return v;
}

export function parseSeconds(v: string): number {
  const n = /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 3600)) throw new InvalidArgumentError('expected a whole number of seconds from 1 to 3600');
  return n;
}

/** --redis and --queue, on every command of this file. */
export function whereOptions(c: Command): Command {
  return c
    .addOption(new Option('--redis <url>', 'the Redis server: redis://[user:password@]host:port[/db], rediss://… (TLS) or unix:///path/redis.sock').default(DEFAULT_REDIS).argParser(parseRedis))
    .addOption(new Option('--queue <name>', 'the queue\'s name (separate batches, separate queues)').default(DEFAULT_QUEUE).argParser(parseQueueName));
}

/** Runs `body` with a connection, or says why Redis cannot be reached (exit 1). */
export async function withRedis(where: Where, use: 'client' | 'worker', io: QueueIO, body: (redis: Redis) => Promise<number>): Promise<number> {
  const { connectRedis } = await import('../queue/connection.js');
  const c = await connectRedis(where.redis, use);
  if ('error' in c) { io.stderr(`extract: ${c.error}\n`); return 1; }
  try {
    return await body(c.redis);
  } finally {
    if (use === 'client') c.redis.disconnect();
  }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
