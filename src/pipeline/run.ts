// The batch runner: documents in input order in, events out in the same order, on N worker threads (piscina) or
// in this thread for one job or one document. Every document is accounted for: its events, or an error that
// names it. Two loops share one queue: the reader pulls input items and starts their extraction, the emitter
// writes results in input order as soon as the document at the front is done. The reader stops pulling while a
// bounded window of items is in flight, and the emitter waits for the output to drain, so a batch of any size runs
// in the same memory (backpressure all the way from stdout to the input file).
import type { DocumentExplanation } from '../schema/explanation.js';
import { Piscina } from 'piscina';
import type { Event } from '../schema/event.js';
import type { ExtractOptions, InputDoc } from '../types.js';
import type { InputItem } from '../input/read.js';
import type { ExtractResult } from './extract.js';

export interface RunOptions {
  jobs: number;
  extract: ExtractOptions;
  /** worker module (tests pass one that crashes) */
  workerUrl?: string;
  /** most items read ahead of the output (default: 4 per job, at least 8) */
  window?: number;
}

export interface Sink {
  events(doc: InputDoc, events: Event[], source: string): void | Promise<void>;
  error(source: string, message: string): void;
  note(message: string): void;
  /** with --explain: what each rule proposed in a document and what became of it */
  explain?(x: DocumentExplanation): void;
  /** a document finished, with its events or failed (for progress) */
  done?(item: InputItem): void;
}

/** `documents`: every input accounted for, read or failed; `failed`: those that gave no events because of an error */
export interface Summary { documents: number; events: number; failed: number }

/** Heap a worker may use: a document that needs more fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 1024;

interface Pending {
  item: InputItem;
  result: Promise<ExtractResult> | null;
  /** the first document, not started until we know whether a second one follows (one document runs in this thread) */
  start?: (run: (doc: InputDoc) => Promise<ExtractResult>) => void;
}

function describe(e: unknown): string {
  // not `instanceof Error`: errors from a worker thread may come from another realm
  const m = e && typeof e === 'object' && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
  return /worker|terminated|exit/i.test(m) ? `the worker processing it stopped (${m})` : m;
}

export async function runBatch(items: AsyncIterable<InputItem>, o: RunOptions, sink: Sink): Promise<Summary> {
  const summary: Summary = { documents: 0, events: 0, failed: 0 };
  const window = o.window ?? Math.max(8, o.jobs * 4);
  const usePool = o.jobs > 1;
  let pool: Piscina | null = null;
  let extractFn: ((doc: InputDoc, options: ExtractOptions) => ExtractResult) | null = null;

  const inline = async (doc: InputDoc): Promise<ExtractResult> => {
    extractFn ??= (await import('./extract.js')).extractEvents;
    return extractFn(doc, o.extract);
  };
  const onPool = (doc: InputDoc): Promise<ExtractResult> => {
    pool ??= new Piscina({
      filename: o.workerUrl ?? new URL('./worker.js', import.meta.url).href,
      minThreads: o.jobs, maxThreads: o.jobs,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    return pool.run({ doc, options: o.extract }) as Promise<ExtractResult>;
  };

  const queue: Pending[] = [];
  let held: Pending | null = null;
  let readerDone = false;
  let emitterFailed: unknown = null;
  let wakeEmitter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: 'emitter' | 'reader') => {
    const w = which === 'emitter' ? wakeEmitter : wakeReader;
    if (which === 'emitter') wakeEmitter = null; else wakeReader = null;
    w?.();
  };
  /** The held first document runs now, in this thread or on the pool. */
  const release = (run: (doc: InputDoc) => Promise<ExtractResult>) => {
    const h = held;
    held = null;
    h?.start?.(run);
  };

  const emit = async (p: Pending) => {
    const { item } = p;
    if (item.kind === 'note') { sink.note(item.message); return; }
    if (item.kind === 'error') { summary.documents++; summary.failed++; sink.error(item.source, item.message); sink.done?.(item); return; }
    summary.documents++;
    let r: ExtractResult;
    try {
      r = await p.result!;
    } catch (e) {
      summary.failed++;
      sink.error(item.source, describe(e));
      sink.done?.(item);
      return;
    }
    for (const w of r.warnings ?? []) sink.note(`${item.source}: ${w}`);
    for (const bad of r.invalid) sink.error(item.source, `an event failed validation and was not printed (rule ${bad.rule}): ${bad.error}`);
    summary.events += r.events.length;
    if (r.explain) sink.explain?.(r.explain);
    await sink.events(item.doc, r.events, item.source);
    sink.done?.(item);
  };

  const emitter = (async () => {
    try {
      for (;;) {
        while (!queue.length && !readerDone) await new Promise<void>((res) => { wakeEmitter = res; });
        if (!queue.length) return;
        await emit(queue[0]);
        queue.shift();
        wake('reader');
      }
    } catch (e) {
      emitterFailed = e;
      wake('reader');
    }
  })();

  try {
    for await (const item of items) {
      if (emitterFailed) break;
      const p: Pending = { item, result: null };
      if (item.kind === 'doc') {
        if (!usePool) {
          p.result = inline(item.doc);
        } else if (pool) {
          p.result = onPool(item.doc);
        } else if (held) {
          // a second document: the batch goes to the pool, the first one with it
          release(onPool);
          p.result = onPool(item.doc);
        } else {
          p.result = new Promise<ExtractResult>((res, rej) => {
            p.start = (run) => { run(item.doc).then(res, rej); };
          });
          held = p;
        }
        p.result.catch(() => undefined); // reported by the emitter, in order
      }
      queue.push(p);
      wake('emitter');
      while (queue.length >= window && !emitterFailed) {
        // the emitter waits on the held document: with no second document in sight, it runs here
        if (held) release(inline);
        await new Promise<void>((res) => { wakeReader = res; });
      }
    }
  } catch (e) {
    // the input itself broke off (a stream error): what was read is still output
    queue.push({ item: { kind: 'error', source: 'input', message: `reading stopped: ${(e as Error).message}` }, result: null });
  } finally {
    if (held) release(inline);
    readerDone = true;
    wake('emitter');
    await emitter;
    if (pool) await (pool as Piscina).destroy();
  }
  if (emitterFailed) throw emitterFailed;
  return summary;
}
