// Connections to the queue's Redis server (ioredis, which BullMQ uses). `redis://` and `rediss://` URLs are
// ioredis's own; `unix:///path/to/redis.sock` (or a bare absolute path) is a local socket. Commands a person waits
// on (add, results, status, clear) fail at once when Redis cannot be reached; a worker keeps reconnecting, since a
// server restart must not end it.
import { Redis, type RedisOptions } from 'ioredis';
import { socketPath } from './address.js';

/** A connection for a command that must not wait on a server that is down (connected by connectRedis; one attempt, then the error), or for
 *  a worker (BullMQ's blocking commands need no retry limit per request, and ioredis reconnects). BullMQ takes
 *  the connection as it is (a worker duplicates it for its blocking reads); our own keys use it too. */
function openRedis(url: string, use: 'client' | 'worker'): Redis {
  const where = socketPath(url);
  const options: RedisOptions = use === 'worker'
    ? { maxRetriesPerRequest: null }
    : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5000, retryStrategy: () => null, lazyConnect: true };
  return where ? new Redis({ ...options, path: where }) : new Redis(url, options);
}

/** Connects now: the connection, or why Redis cannot be reached ("cannot reach Redis at …: connect ECONNREFUSED …").
 *  A worker's connection would wait for the server forever, so the server is first asked once on a client's. */
export async function connectRedis(url: string, use: 'client' | 'worker'): Promise<{ redis: Redis } | { error: string }> {
  const probe = openRedis(url, 'client');
  let last = '';
  // ioredis throws an 'error' event nobody listens to; the commands that fail say so themselves
  probe.on('error', (e: Error) => { last = e.message; });
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    probe.disconnect();
    return { error: `cannot reach Redis at ${url}: ${last || (e as Error).message}` };
  }
  if (use === 'client') return { redis: probe };
  await probe.quit();
  return { redis: openRedis(url, 'worker') };
}
