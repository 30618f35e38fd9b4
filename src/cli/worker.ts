// `extract worker`: takes documents from the queue until stopped. SIGTERM or Ctrl-C stops taking jobs and lets
// the ones it holds finish (exit 0); a second signal ends the process at once (its jobs go back to the queue when
// their lock runs out). Redis going away is said on stderr and waited out.
import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { parseJobs } from './option-values.js';
import { parseSeconds, plural, whereOptions, withRedis, type QueueIO, type Where } from './queue-options.js';

interface WorkerFlags extends Where { jobs?: number; lockSeconds: number; quiet?: boolean }

async function workerAction(flags: WorkerFlags, io: QueueIO): Promise<number> {
  const jobs = flags.jobs ?? availableParallelism();
  const say = (m: string) => io.stderr(`extract worker: ${m}\n`);
  return withRedis(flags, 'worker', io, async (redis) => {
    const { startWorker } = await import('../queue/worker.js');
    const interrupts = io.interrupts?.();
    const worker = startWorker({ redis, queue: flags.queue, jobs, lockSeconds: flags.lockSeconds, log: say });
    if (!flags.quiet) say(`taking jobs from queue ${flags.queue} at ${flags.redis} on ${jobs} worker process${jobs === 1 ? '' : 'es'} (SIGTERM or Ctrl-C: stop after the running jobs)`);
    // without a signal to wait for (tests calling main), the worker runs until the process ends
    await new Promise<void>((res) => { interrupts?.abort.addEventListener('abort', () => res(), { once: true }); });
    if (!flags.quiet) say(`${interrupts!.signal}: finishing the running jobs (a second signal ends at once)`);
    interrupts!.dispose();
    await worker.close();
    if (!flags.quiet) say(`stopped after ${plural(worker.finished, 'document')}`);
    return 0;
  });
}

export function registerWorker(program: Command, io: QueueIO, setCode: (code: number) => void): void {
  whereOptions(program.command('worker')
    .description('take documents from the queue (extract queue add) and store their events, until SIGTERM or Ctrl-C')
    .option('-j, --jobs <n>', 'worker processes (default: one per core); the worker holds 4 documents a process, so a process never waits on Redis', parseJobs)
    .addOption(new Option('--lock-seconds <s>', 'how long a document taken by a worker that died waits before another worker takes it').default(30).argParser(parseSeconds))
    .option('-q, --quiet', 'no start and stop lines on stderr (failed documents and Redis errors are still said)'))
    .action(async (flags: WorkerFlags) => { setCode(await workerAction(flags, io)); });
}
