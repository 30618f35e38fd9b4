// The worker processes of a batch (run.ts) and of a queue worker (src/queue/worker.ts): N nodes fed documents over
// IPC by workerpool, each serving serve.ts. A worker starts from the start-up snapshot when there is one (the
// extractor already loaded: ≈0.3 s, where a worker thread spent 1–1.5 s of CPU loading it, which is why two threads
// lost to one on short wire items), else loads the extractor itself (worker.ts). Each worker holds its own copy of
// everything (≈30 MB more than a thread, which shared the place data), and a document it cannot finish (it ran out of
// memory, it crashed) fails the documents it held: the batch runner runs each of those again alone.
import { fileURLToPath } from 'node:url';
import type { Pool } from 'workerpool';
import type { ExtractResult } from './extract.js';
import { EXTRACT_METHOD, POOL_WORKER_ENV, type Outcome, type Task } from './serve.js';
import { startupSnapshot } from './snapshot-blob.js';

/** A document was lost with the worker process holding it; `how` says how that process ended. */
export class WorkerStopped extends Error {
  constructor(how: string) { super(`the worker processing it stopped (${how})`); }
}

export interface ExtractPool {
  /** one document's extraction (rejects with what the extractor threw, or WorkerStopped) */
  run(task: Task): Promise<ExtractResult>;
  /** stops the workers at once: what they still hold is dropped (its documents reject) */
  destroy(): Promise<void>;
}

interface PoolOptions {
  /** documents sent to a worker in one message (1: each alone, as a queue worker sends them: a document that stops a
   *  worker then fails no other) */
  chunkDocs: number;
  /** another worker script, serving serve.ts (tests pass stand-ins that crash or spin); it starts without the
   *  snapshot */
  script?: string;
}

/** A chunk also ends at this many characters: a worker holding a few long documents is as busy as one holding many
 *  short ones, and the in-order output waits for the whole chunk. */
const CHUNK_CHARS = 64_000;

/** How each worker node starts: from the snapshot (with the flags it was built with) when it can, else as this one
 *  was started (its node flags, like a worker thread's). Workers run in a process group of their own, so that a
 *  Ctrl-C at the terminal reaches only this process, which finishes the document being written and then stops them;
 *  their output is piped here (and dropped: nothing a worker prints is for the user; what it says as it dies is kept
 *  to say why). NODE_EXTRA_CA_CERTS is dropped: workers fetch nothing and node reads those certificates at each start. */
function forkOptions(script: string | undefined): { script: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const snapshot = script || process.execArgv.length > 0 ? null : startupSnapshot();
  const own = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!snapshot) return { script: script ?? own, execArgv: process.execArgv, env };
  env[POOL_WORKER_ENV] = '1';
  return { script: own, execArgv: [...snapshot.flags, '--snapshot-blob', snapshot.blob], env };
}

/** What ended a worker, from workerpool's message ("exitCode: `3`", "signalCode: `SIGKILL`") and what it said on
 *  stderr as it died. */
function howItEnded(e: unknown, stderr: string): string {
  if (/heap out of memory|Reached heap limit/i.test(stderr)) return 'it ran out of memory';
  const message = e instanceof Error ? e.message : String(e);
  const signal = /signalCode: `(SIG\w+)`/.exec(message)?.[1];
  if (signal) return `killed by ${signal}`;
  const code = /exitCode: `(\d+)`/.exec(message)?.[1];
  return code ? `exit code ${code}` : message.split('\n')[0];
}

interface Pending { task: Task; resolve(r: ExtractResult): void; reject(e: unknown): void }

/** Chunks given to workerpool and not yet back, per worker: the one it runs and the next, waiting in workerpool's
 *  queue to go out as soon as the worker answers (a worker waits for the main process once a chunk, not once a
 *  document); documents that come meanwhile wait here and go out together when a chunk comes back. */
const CHUNKS_PER_WORKER = 2;

/** Sends `sent` as one chunk and settles each document's promise with its outcome; `done` when it came back. */
function sendChunk(pool: Promise<Pool>, sent: Pending[], done: () => void): void {
  let stderr = '';
  const on = (p: { stderr?: string }) => { if (p.stderr) stderr = (stderr + p.stderr).slice(-4096); };
  pool.then((p) => p.exec(EXTRACT_METHOD, [sent.map((s) => s.task)], { on }) as Promise<Outcome[]>).then(
    (outcomes) => sent.forEach((s, i) => {
      const out = outcomes[i];
      if ('result' in out) s.resolve(out.result); else s.reject(new Error(out.error));
    }),
    (e: unknown) => { const stopped = new WorkerStopped(howItEnded(e, stderr)); for (const s of sent) s.reject(stopped); },
  ).finally(done);
}

/** `jobs` worker processes, started at once. Documents go out in chunks of up to `chunkDocs` documents and
 *  CHUNK_CHARS characters: those given in one turn of the event loop, or while every worker had its chunks. */
export function startPool(jobs: number, o: PoolOptions): ExtractPool {
  const { script, execArgv, env } = forkOptions(o.script);
  const pool: Promise<Pool> = import('workerpool').then((wp) => wp.default.pool(script, {
    workerType: 'process', minWorkers: jobs, maxWorkers: jobs, emitStdStreams: true, workerTerminateTimeout: 2000,
    forkOpts: { execArgv, env, detached: true, serialization: 'advanced' },
  }));
  const waiting: Pending[] = [];
  let inFlight = 0;
  let pumpSoon = false;
  const pump = (): void => {
    pumpSoon = false;
    while (waiting.length && inFlight < jobs * CHUNKS_PER_WORKER) {
      let n = 0;
      for (let chars = 0; n < waiting.length && n < o.chunkDocs && chars < CHUNK_CHARS; n++) chars += waiting[n].task.doc.text.length;
      inFlight++;
      sendChunk(pool, waiting.splice(0, n), () => { inFlight--; pump(); });
    }
  };
  return {
    run: (task) => new Promise<ExtractResult>((resolve, reject) => {
      waiting.push({ task, resolve, reject });
      if (!pumpSoon) { pumpSoon = true; setImmediate(pump); }
    }),
    destroy: async () => { await (await pool).terminate(true); },
  };
}
