// The batch runner: documents in input order in, events out in the same order, on N worker threads (piscina) or
// in this thread for one job or one document. Every document is accounted for: its events, or an error that
// names it. A bounded window of documents in flight keeps memory flat on inputs of any size.
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
}

export interface Sink {
  events(doc: InputDoc, events: Event[]): void | Promise<void>;
  error(source: string, message: string): void;
  note(message: string): void;
  /** a document finished (for progress) */
  done?(): void;
}

export interface Summary { documents: number; events: number; failed: number }

type Pending = { item: InputItem; result: Promise<ExtractResult> | null };

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return /worker|terminated|exit/i.test(m) ? `the worker processing it stopped (${m})` : m;
}

export async function runBatch(items: AsyncIterable<InputItem>, o: RunOptions, sink: Sink): Promise<Summary> {
  const summary: Summary = { documents: 0, events: 0, failed: 0 };
  let pool: Piscina | null = null;
  let inline: ((doc: InputDoc, options: ExtractOptions) => ExtractResult) | null = null;
  const window = Math.max(2, o.jobs * 4);
  const queue: Pending[] = [];

  const extractInline = async (doc: InputDoc): Promise<ExtractResult> => {
    inline ??= (await import('./extract.js')).extractEvents;
    return inline(doc, o.extract);
  };
  const start = (doc: InputDoc): Promise<ExtractResult> => (pool
    ? pool.run({ doc, options: o.extract }) as Promise<ExtractResult>
    : extractInline(doc));

  const emit = async (p: Pending) => {
    const { item } = p;
    if (item.kind === 'note') { sink.note(item.message); return; }
    if (item.kind === 'error') { summary.failed++; sink.error(item.source, item.message); sink.done?.(); return; }
    summary.documents++;
    try {
      const r = await p.result!;
      for (const w of r.warnings ?? []) sink.note(`${item.source}: ${w}`);
      for (const bad of r.invalid) sink.error(item.source, `an event failed validation and was not printed (rule ${bad.rule}): ${bad.error}`);
      summary.events += r.events.length;
      await sink.events(item.doc, r.events);
    } catch (e) {
      summary.failed++;
      sink.error(item.source, message(e));
    }
    sink.done?.();
  };

  // The first document waits for the second before anything starts: one document runs in this thread, more on the pool.
  let held: Pending | null = null;
  try {
    for await (const item of items) {
      if (item.kind !== 'doc') {
        if (held) queue.push(held), held = null;
        queue.push({ item, result: null });
      } else if (!pool && !held && o.jobs > 1 && summary.documents === 0 && queue.every((q) => q.item.kind !== 'doc')) {
        held = { item, result: null };
        continue;
      } else {
        if (held) {
          if (o.jobs > 1 && !pool) pool = new Piscina({ filename: o.workerUrl ?? new URL('./worker.js', import.meta.url).href, maxThreads: o.jobs, minThreads: Math.min(o.jobs, 2) });
          held.result = start((held.item as Extract<InputItem, { kind: 'doc' }>).doc);
          held.result.catch(() => undefined);
          queue.push(held);
          held = null;
        }
        const p: Pending = { item, result: start(item.doc) };
        p.result!.catch(() => undefined);
        queue.push(p);
      }
      while (queue.length >= window || queue.length && !pool) await emit(queue.shift()!);
    }
    if (held) {
      held.result = start((held.item as Extract<InputItem, { kind: 'doc' }>).doc);
      held.result.catch(() => undefined);
      queue.push(held);
    }
    while (queue.length) await emit(queue.shift()!);
  } finally {
    if (pool) await pool.destroy();
  }
  return summary;
}
