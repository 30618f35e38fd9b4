// Where the queue lives, as given by `--redis URL` and `--queue NAME`: checked without opening anything (the
// command line imports this for its option parsing; the connection itself is connection.ts).
export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'extract';

/** The socket path of a `unix://` URL or an absolute path, else null. */
export function socketPath(url: string): string | null {
  if (url.startsWith('/')) return url;
  const m = /^unix:\/\/(\/.+)$/.exec(url);
  return m ? decodeURIComponent(m[1]) : null;
}

/** Whether `url` is a Redis address this tool takes; the message for a usage error when it is not. */
export function redisUrlProblem(url: string): string | null {
  if (socketPath(url)) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') return `not a Redis URL: ${url} (expected redis://HOST:PORT, rediss://… or unix:///path/to/redis.sock)`;
    return u.hostname ? null : `no host in ${url}`;
  } catch {
    return `not a Redis URL: ${url} (expected redis://HOST:PORT, rediss://… or unix:///path/to/redis.sock)`;
  }
}
