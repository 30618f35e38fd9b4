// The batch runner: documents in input order in, events out in the same order, on N worker processes (pool.ts) or
// in this thread for one job or one document. Every document is accounted for: its events, or an error that
// names it. Two loops share one queue: the reader pulls input items and starts their extraction, the emitter
// writes results in input order as soon as the document at the front is done. The reader stops pulling while a
// bounded window of items is in flight, and the emitter waits for the output to drain, so a batch of any size runs
// in the same memory (backpressure all the way from stdout to the input file).
import type { DocumentExplanation } from '../schema/explanation.js';
import type { Event } from '../schema/event.js';
import type { ExtractOptions, InputDoc } from '../types.js';
import type { InputItem } from '../input/read.js';
import type { ExtractResult, Extraction } from './extract.js';
import { startPool, WorkerStopped, type ExtractPool } from './pool.js';
import { failureMessage } from './serve.js';

interface RunOptions {
  jobs: number;
  /** the default --jobs: asked once, at the first document, whether the batch is large enough to repay a pool of
   *  `jobs` workers; when not, every document runs in this thread (unset: the pool is used from the second document) */
  poolWanted?: () => boolean;
  extract: ExtractOptions;
  /** worker script (tests pass one that crashes): see pool.ts */
  workerScript?: string;
  /** most items read ahead of the output (default: by their text, see AHEAD_CHARS) */
  window?: number;
  /** aborted (Ctrl-C): no more items are read, the document being written is finished, the rest are dropped */
  stop?: AbortSignal;
  /** Given, once, the function that starts the workers (with more than one job) before any document is read: the
   *  caller calls it when it knows the batch wants them (main.ts: once the inputs' size says so), and the workers
   *  then start from their snapshot while this process loads its reader and reads. Every document then goes to them,
   *  a lone one too. */
  startWorkers?: (start: () => void) => void;
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
export interface Summary {
  documents: number; events: number; failed: number;
  /** set when `stop` ended the batch early; `total`: documents in the input when all of it had been read, else null */
  interrupted?: { total: number | null };
}

/** Documents sent to a worker process in one message (pool.ts), when they come together (a file's short items):
 *  a worker then waits for no round trip between them, and tags their sentences together (agnews-dev --jobs 2, 128
 *  against 32 with the reader 1,024 items ahead: 1.89 → 1.77 s, median of 6 interleaved runs; 64: 1.80 s). */
const CHUNK_DOCS = 128;
/** Most documents run together in this thread (inline), and most text: compromise's set-up is paid once a run, so
 *  short items cost less in larger runs (agnews-dev --jobs 1, 128 a run against 32: 2.42 → 2.18 s, median of 7
 *  interleaved runs, the same events; 256: no more gain); a long document runs alone, and a stop waits for no more
 *  than this. */
const INLINE_DOCS = 128;
const INLINE_CHARS = 80_000;

interface Pending {
  item: InputItem;
  result: Promise<ExtractResult> | null;
  /** the first document, not started until we know whether a second one follows (one document runs in this thread) */
  start?: (run: (doc: InputDoc) => Promise<ExtractResult>) => void;
}


/** Where documents run: in this thread, or on a pool of worker processes started on first use. */
class Runners {
  private pool: ExtractPool | null = null;
  /** one worker holding one document: where documents whose worker stopped run again (started on first use) */
  private alone: ExtractPool | null = null;
  private extractFn: ((docs: InputDoc[], options: ExtractOptions) => Extraction[]) | null = null;
  /** documents to run in this thread, with their promises' ends: they run together (see inline) */
  private waiting: { doc: InputDoc; done: (r: ExtractResult) => void; failed: (e: unknown) => void }[] = [];
  private waitingChars = 0;
  private waitingRun: NodeJS.Immediate | null = null;
  /** the batch is over (done, or stopped): a document dropped with its worker is not run again */
  private closed = false;
  constructor(private readonly o: RunOptions) {}

  get poolStarted(): boolean { return this.pool !== null; }

  /** The worker processes, started now unless they were. */
  workers(): ExtractPool {
    return this.pool ??= startPool(this.o.jobs, { chunkDocs: CHUNK_DOCS, script: this.o.workerScript });
  }

  /** A document in this thread, with the others the reader brings before it waits (extractDocuments: the same
   *  results, their sentences tagged together): they run once the reader waits, or when they reach INLINE_DOCS or
   *  INLINE_CHARS of text. */
  inline = (doc: InputDoc): Promise<ExtractResult> => new Promise<ExtractResult>((done, failed) => {
    this.waiting.push({ doc, done, failed });
    this.waitingChars += doc.text.length;
    if (this.waiting.length >= INLINE_DOCS || this.waitingChars >= INLINE_CHARS) void this.runWaiting();
    else this.waitingRun ??= setImmediate(() => void this.runWaiting());
  });

  private async runWaiting(): Promise<void> {
    const run = this.waiting;
    this.waiting = [];
    this.waitingChars = 0;
    if (this.waitingRun) clearImmediate(this.waitingRun);
    this.waitingRun = null;
    try {
      this.extractFn ??= (await import('./extract.js')).extractDocuments;
      if (this.closed) throw new Error('the batch was stopped');
      const out = this.extractFn(run.map((w) => w.doc), this.o.extract);
      out.forEach((x, i) => ('result' in x ? run[i].done(x.result) : run[i].failed(x.error)));
    } catch (e) {
      for (const w of run) w.failed(e);
    }
  }

  /** A document on the pool. A worker that stops fails every document it holds: each runs again on a worker of its
   *  own, so that only the one that stopped it fails (stopping that worker too). */
  onPool = (doc: InputDoc): Promise<ExtractResult> => {
    const task = { doc, options: this.o.extract };
    return this.workers().run(task).catch((e: unknown) => {
      if (!(e instanceof WorkerStopped) || this.closed) throw e;
      this.alone ??= startPool(1, { chunkDocs: 1, script: this.o.workerScript });
      return this.alone.run(task);
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.pool?.destroy(), this.alone?.destroy()]);
  }
}

/** How far the reader runs ahead of the output by default: until the items in flight hold a million characters or
 *  number 1,024 (eight chunks of CHUNK_DOCS: with 256, two chunks of 128 short items kept two workers waiting on each
 *  other, 2.32 s against 2.01 with chunks of 32), and never fewer than one a job and one more. Short wire items differ
 *  in cost (most have no candidate sentence, a few many): with a window of 8 the in-order output held the workers idle
 *  behind one long item while the rest was done. Counting characters keeps long documents few in flight (each is also
 *  copied to the worker that holds it): three of 16 MB with two jobs, where the window of 8 held eight. */
const AHEAD_CHARS = 1_000_000;
const AHEAD_ITEMS = 1024;

/** How long the first document waits for a second (or the input's end) before it goes to the workers: the documents of
 *  a file or a busy pipe come within a millisecond of each other, those of a live feed may come minutes apart. */
const HOLD_ALONE_MS = 100;

/** One batch: a reader that starts documents (at most `window` ahead) and an emitter that reports them in order. */
class Batch {
  readonly summary: Summary = { documents: 0, events: 0, failed: 0 };
  private readonly queue: Pending[] = [];
  /** characters of the documents in `queue` */
  private queuedChars = 0;
  private held: Pending | null = null;
  /** every document runs in this thread (decided at the first) */
  private inlineOnly: boolean | undefined;
  private readerDone = false;
  emitterFailed: unknown = null;
  private wakeEmitter: (() => void) | null = null;
  private wakeReader: (() => void) | null = null;
  private readonly runners: Runners;
  /** documents (read or failed) taken from the input, and whether the input ended */
  private taken = 0;
  private inputEnded = false;
  /** settles when `stop` aborts (never without one) */
  private readonly stopped: Promise<'stopped'>;

  constructor(private readonly o: RunOptions, private readonly sink: Sink) {
    this.runners = new Runners(o);
    o.startWorkers?.(() => { if (o.jobs > 1 && !this.runners.poolStarted && !this.isStopped) this.runners.workers(); });
    this.stopped = new Promise((res) => {
      const onStop = () => { res('stopped'); this.wake('emitter'); this.wake('reader'); };
      if (o.stop?.aborted) onStop(); else o.stop?.addEventListener('abort', onStop, { once: true });
    });
  }

  private get isStopped(): boolean { return !!this.o.stop?.aborted; }

  /** the summary, with how far the batch got when it was stopped */
  result(): Summary {
    return this.isStopped ? { ...this.summary, interrupted: { total: this.inputEnded ? this.taken : null } } : this.summary;
  }

  private wake(which: 'emitter' | 'reader'): void {
    const w = which === 'emitter' ? this.wakeEmitter : this.wakeReader;
    if (which === 'emitter') this.wakeEmitter = null; else this.wakeReader = null;
    w?.();
  }

  /** The held first document runs now, in this thread or on the pool. */
  private release(run: (doc: InputDoc) => Promise<ExtractResult>): void {
    const h = this.held;
    this.held = null;
    h?.start?.(run);
  }

  private async emit(p: Pending): Promise<void> {
    const { item } = p;
    const { sink, summary } = this;
    if (item.kind === 'note') { sink.note(item.message); return; }
    if (item.kind === 'error') { summary.documents++; summary.failed++; sink.error(item.source, item.message); sink.done?.(item); return; }
    let r: ExtractResult | 'stopped';
    try {
      r = await Promise.race([p.result!, this.stopped]);
      if (r === 'stopped') return; // interrupted before this document was done: it is not counted
      summary.documents++;
    } catch (e) {
      summary.documents++;
      summary.failed++;
      sink.error(item.source, failureMessage(e));
      sink.done?.(item);
      return;
    }
    for (const w of r.warnings ?? []) sink.note(`${item.source}: ${w}`);
    for (const bad of r.invalid) sink.error(item.source, `an event failed validation and was not printed (rule ${bad.rule}): ${bad.error}`);
    summary.events += r.events.length;
    if (r.explain) sink.explain?.(r.explain);
    await sink.events(item.doc, r.events, item.source);
    // a cut input: its events are out, but the document was not read whole
    if (item.cut) { summary.failed++; sink.error(item.source, item.cut); }
    sink.done?.(item);
  }

  async emitter(): Promise<void> {
    try {
      for (;;) {
        while (!this.queue.length && !this.readerDone && !this.isStopped) await new Promise<void>((res) => { this.wakeEmitter = res; });
        if (!this.queue.length || this.isStopped) return;
        await this.emit(this.queue[0]);
        const done = this.queue.shift()!;
        if (done.item.kind === 'doc') this.queuedChars -= done.item.doc.text.length;
        // a signal is delivered by the event loop, which a batch of small documents read from a file never reaches
        // otherwise (it runs on promise callbacks alone): one turn per document lets a stop arrive
        if (this.o.stop) await new Promise<void>((res) => { setImmediate(res); });
        this.wake('reader');
      }
    } catch (e) {
      this.emitterFailed = e;
      this.wake('reader');
    }
  }

  /** Starts a document: in this thread with one job (or when the default --jobs finds the batch too small for a
   *  pool); with more, the first is held until a second shows the pool is worth it (for HOLD_ALONE_MS at most). */
  private start(p: Pending, doc: InputDoc): void {
    const r = this.runners;
    this.inlineOnly ??= this.o.jobs <= 1 || (this.o.poolWanted ? !this.o.poolWanted() : false);
    if (this.inlineOnly) {
      p.result = r.inline(doc);
    } else if (r.poolStarted) {
      p.result = r.onPool(doc);
    } else if (this.held) {
      // a second document: the batch goes to the pool, the first one with it
      this.release(r.onPool);
      p.result = r.onPool(doc);
    } else {
      p.result = new Promise<ExtractResult>((res, rej) => {
        p.start = (run) => { run(doc).then(res, rej); };
      });
      this.held = p;
      // a document that comes alone on an input that then stays open and idle (a live pipe) is not held for a second
      // that may not come: it goes to the workers asked for (an input that ends runs a lone document here, finish())
      setTimeout(() => { if (this.held === p) this.release(this.runners.onPool); }, HOLD_ALONE_MS).unref();
    }
    p.result.catch(() => undefined); // reported by the emitter, in order
  }

  /** Whether the reader waits for the output: `window` items in flight when one was given, else see AHEAD_CHARS. */
  private full(): boolean {
    const n = this.queue.length;
    if (this.o.window !== undefined) return n >= this.o.window;
    return n > this.o.jobs && (n >= AHEAD_ITEMS || this.queuedChars >= AHEAD_CHARS);
  }

  /** Whether a reader that found the window full waits on: without a `window`, until a chunk's worth has gone out
   *  (INLINE_DOCS, INLINE_CHARS), so that it reads the next documents in one go and they run together (inline), not
   *  one each time the output takes one. */
  private stillFull(): boolean {
    const n = this.queue.length;
    if (this.o.window !== undefined) return n >= this.o.window;
    return n > this.o.jobs && (n > AHEAD_ITEMS - INLINE_DOCS || this.queuedChars > AHEAD_CHARS - INLINE_CHARS);
  }

  async read(items: AsyncIterable<InputItem>): Promise<void> {
    const input = items[Symbol.asyncIterator]();
    try {
      for (;;) {
        // a stop does not wait for the input (standard input may be idle): the pending read is abandoned
        const pending = input.next();
        pending.catch(() => undefined); // a read abandoned by a stop may still fail: nobody waits for it then
        const next = await Promise.race([pending, this.stopped]);
        if (next === 'stopped') { void input.return?.().catch(() => undefined); return; }
        if (next.done) { this.inputEnded = true; return; }
        const item = next.value;
        if (item.kind !== 'note') this.taken++;
        if (this.emitterFailed || this.isStopped) break;
        const p: Pending = { item, result: null };
        let waited = false;
        if (item.kind === 'doc') this.start(p, item.doc);
        this.queue.push(p);
        if (item.kind === 'doc') this.queuedChars += item.doc.text.length;
        this.wake('emitter');
        while ((this.full() || (waited && this.stillFull())) && !this.emitterFailed && !this.isStopped) {
          waited = true;
          // the emitter waits on the held document: with no second document in sight, it runs here
          if (this.held) this.release(this.runners.inline);
          await new Promise<void>((res) => { this.wakeReader = res; });
        }
      }
      await input.return?.();
    } catch (e) {
      // the input itself broke off (a stream error): what was read is still output
      this.queue.push({ item: { kind: 'error', source: 'input', message: `reading stopped: ${(e as Error).message}` }, result: null });
    }
  }

  async finish(emitter: Promise<void>): Promise<void> {
    if (this.held) this.release(this.runners.inline);
    this.readerDone = true;
    this.wake('emitter');
    await emitter;
    await this.runners.close();
  }
}

export async function runBatch(items: AsyncIterable<InputItem>, o: RunOptions, sink: Sink): Promise<Summary> {
  const batch = new Batch(o, sink);
  const emitter = batch.emitter();
  try {
    await batch.read(items);
  } finally {
    await batch.finish(emitter);
  }
  if (batch.emitterFailed) throw batch.emitterFailed;
  return batch.result();
}
