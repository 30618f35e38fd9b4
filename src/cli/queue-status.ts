// `extract queue status` (what the queue holds and how fast it moves; --json: BullMQ's job counts as one object)
// and `extract queue clear` (every job and the input order removed: the next batch starts empty).
import { Command } from 'commander';
import type { Status } from '../queue/status.js';
import { whereOptions, withRedis, type QueueIO, type Where } from './queue-options.js';

function statusText(s: Status, where: Where): string {
  const rate = ([one, five]: [number, number]) => `${one}/min over the last minute, ${Number((five / 5).toFixed(1))}/min over five`;
  const rows: [string, number, string][] = [
    ['waiting', s.counts.waiting, ''], ['active', s.counts.active, ''],
    ['completed', s.counts.completed, rate(s.perMinute.completed)], ['failed', s.counts.failed, rate(s.perMinute.failed)],
    ['delayed', s.counts.delayed, '(failed once, waiting to be retried)'], ['workers', s.workers, ''],
  ];
  const width = Math.max(...rows.map(([, n]) => String(n).length));
  return `queue ${where.queue} at ${where.redis}\n${rows.map(([k, n, x]) => `  ${k.padEnd(10)} ${String(n).padStart(width)}${x ? `  ${x}` : ''}`).join('\n')}\n`;
}

export function registerStatus(queue: Command, io: QueueIO, setCode: (code: number) => void): void {
  whereOptions(queue.command('status')
    .description('how many documents are waiting, active, completed, failed and delayed, how fast they finish, how many workers are connected')
    .option('--json', 'print BullMQ\'s job counts as one JSON object: {"waiting","active","completed","failed","delayed"}'))
    .action(async (flags: Where & { json?: boolean }) => {
      setCode(await withRedis(flags, 'client', io, async (redis) => {
        const s = await (await import('../queue/status.js')).queueStatus(redis, flags.queue);
        await io.stdout(flags.json ? `${JSON.stringify(s.counts)}\n` : statusText(s, flags));
        return 0;
      }));
    });
  whereOptions(queue.command('clear')
    .description('remove every job of the queue (finished or not) and its results')
    .option('--force', 'clear even while workers are running jobs'))
    .action(async (flags: Where & { force?: boolean }) => {
      setCode(await withRedis(flags, 'client', io, async (redis) => {
        const { clearQueue } = await import('../queue/status.js');
        if (!(await clearQueue(redis, flags.queue, !!flags.force))) {
          io.stderr(`extract: queue ${flags.queue}: workers are running jobs; stop them first, or clear with --force\n`);
          return 1;
        }
        io.stderr(`extract: queue ${flags.queue} cleared\n`);
        return 0;
      }));
    });
}
