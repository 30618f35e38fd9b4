// What a worker process of the pool (pool.ts) serves: chunks of documents in, each one's extraction or what it threw
// out, in order. Started by worker.ts (a node loading the extractor the usual way) or by the start-up snapshot's node
// (src/cli/snapshot.ts, with the extractor already loaded); the tests' workers serve stand-ins.
import workerpool from 'workerpool';
import type { ExtractResult, Extraction } from './extract.js';
import type { ExtractOptions, InputDoc } from '../types.js';

export interface Task { doc: InputDoc; options: ExtractOptions }

/** A document's extraction, or the message of what it threw: the other documents of its chunk still get theirs. */
export type Outcome = { result: ExtractResult } | { error: string };

/** The one method a worker serves (pool.ts calls it by name). */
export const EXTRACT_METHOD = 'extract';

/** The environment variable that tells the snapshot's node to serve the pool instead of running the CLI. */
export const POOL_WORKER_ENV = 'EXTRACT_POOL_WORKER';

/** Serves `extract` one document at a time, or a chunk whose documents share their options through `together`
 *  (extractDocuments: the same results, their sentences tagged together). */
export function serve(
  extract: (doc: InputDoc, options: ExtractOptions) => ExtractResult,
  together?: (docs: InputDoc[], options: ExtractOptions) => Extraction[],
): void {
  workerpool.worker({
    [EXTRACT_METHOD]: (tasks: Task[]): Outcome[] => {
      if (together && tasks.length > 1 && tasks.every((t) => JSON.stringify(t.options) === JSON.stringify(tasks[0].options))) {
        return together(tasks.map((t) => t.doc), tasks[0].options).map((x) => ('result' in x ? x : { error: failureMessage(x.error) }));
      }
      return tasks.map(({ doc, options }) => {
        try {
          return { result: extract(doc, options) };
        } catch (e) {
          return { error: failureMessage(e) };
        }
      });
    },
  });
}

/** What to say of a document whose extraction threw: its message (the worker's, or that the worker process running it
 *  stopped: pool.ts), else the thrown value as text. */
export function failureMessage(e: unknown): string {
  return e && typeof e === 'object' && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
}
