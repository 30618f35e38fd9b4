// A throwaway Redis server for the queue benchmark and tests: `redis-server` (Debian's package; .ci/run installs
// it) on a unix socket in a temporary folder, no persistence, stopped and removed by `stop()`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  /** the `--redis` value: unix:///tmp/…/redis.sock */
  url: string;
  /** sends a command with redis-cli and returns its output */
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'extract-redis-'));
  const socket = join(dir, 'redis.sock');
  const server: ChildProcess = spawn('redis-server', [
    '--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no', '--dir', dir,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (b) => { log += b; });
  server.stderr!.on('data', (b) => { log += b; });
  for (let i = 0; !/ready to accept connections/i.test(log) || !existsSync(socket); i++) {
    if (server.exitCode !== null || i > 200) { server.kill('SIGKILL'); throw new Error(`redis-server did not start:\n${log}`); }
    await new Promise((res) => setTimeout(res, 50));
  }
  return {
    url: `unix://${socket}`,
    cli: (...args) => spawnSync('redis-cli', ['-s', socket, ...args], { encoding: 'utf8' }).stdout.trim(),
    stop: async () => {
      const gone = new Promise((res) => server.once('exit', res));
      server.kill('SIGTERM');
      await gone;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
