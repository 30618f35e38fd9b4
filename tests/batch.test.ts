// The batch runner: input order kept on worker processes, every document accounted for (a killed worker costs one document),
// bounded read-ahead (backpressure), and the first document held until a second shows the pool is worth starting.
import { fileURLToPath } from 'node:url';
import { runBatch, type Sink } from '../src/pipeline/run.js';
import type { InputItem } from '../src/input/read.js';
import type { Event } from '../src/schema/event.js';
import { SLOW } from './helpers/cli.js';

const TEXT = 'A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.';
const CALM = 'The weather was mild and the markets were quiet.';
const echoWorker = fileURLToPath(new URL('./workers/echo-worker.js', import.meta.url));

const doc = (id: string, text = TEXT): InputItem => ({ kind: 'doc', source: id, doc: { id, text, date: '2024-03-05' }, bytes: text.length });

async function* from(list: InputItem[]): AsyncGenerator<InputItem> {
  for (const i of list) yield i;
}

/** A sink that records what reaches it, in order. */
function recorder() {
  const log: string[] = [];
  const sink: Sink = {
    events: (d, events: Event[]) => { log.push(`events ${d.id} ${events.length}`); },
    error: (source, message) => { log.push(`error ${source}: ${message}`); },
    note: (message) => { log.push(`note ${message}`); },
  };
  return { log, sink };
}

test('a worker killed mid-batch: that document fails, named; the batch finishes in order', async () => {
  const { log, sink } = recorder();
  const summary = await runBatch(from(['a', 'b', 'crash', 'c', 'd', 'e'].map((id) => doc(id))), {
    jobs: 2, extract: {}, workerScript: fileURLToPath(new URL('./workers/crashing-worker.js', import.meta.url)),
  }, sink);
  expect(log.filter((l) => !l.startsWith('note'))).toEqual([
    'events a 1', 'events b 1', expect.stringMatching(/^error crash: the worker processing it stopped/), 'events c 1', 'events d 1', 'events e 1',
  ]);
  expect(summary).toEqual({ documents: 6, events: 5, failed: 1 });
}, SLOW);

test('on worker processes, output keeps input order however the documents finish', async () => {
  const { log, sink } = recorder();
  // the first documents take longest: they finish last
  const ids = Array.from({ length: 12 }, (_, i) => `d${i}`);
  const items = ids.map((id, i) => doc(id, `spin ${Math.max(0, 60 - i * 10)}`));
  const summary = await runBatch(from(items), { jobs: 3, extract: { referenceDate: '2020-01-01' }, workerScript: echoWorker }, sink);
  expect(log).toEqual(ids.flatMap((id) => [`note ${id}: done ${id} with 2020-01-01`, `events ${id} 0`]));
  expect(summary).toEqual({ documents: 12, events: 0, failed: 0 });
}, SLOW);

test('errors and notes between documents keep their place; the held first document is not lost', async () => {
  const { log, sink } = recorder();
  const items: InputItem[] = [
    doc('a', 'spin 0'), { kind: 'error', source: 'f.jsonl:2', message: 'line 2 is not JSON' },
    { kind: 'note', message: 'skipped x.png' }, doc('b', 'spin 0'),
  ];
  const summary = await runBatch(from(items), { jobs: 2, extract: {}, workerScript: echoWorker }, sink);
  expect(log).toEqual([
    'note a: done a with no date', 'events a 0', 'error f.jsonl:2: line 2 is not JSON', 'note skipped x.png',
    'note b: done b with no date', 'events b 0',
  ]);
  expect(summary).toEqual({ documents: 3, events: 0, failed: 1 });
}, SLOW);

test('an extractor that throws fails its document with the reason; the others go on', async () => {
  const { log, sink } = recorder();
  const summary = await runBatch(from([doc('a', ''), doc('throw', ''), doc('c', '')]), { jobs: 2, extract: {}, workerScript: echoWorker }, sink);
  expect(log.filter((l) => !l.startsWith('note'))).toEqual(['events a 0', 'error throw: the extractor broke on this one', 'events c 0']);
  expect(summary.failed).toBe(1);
}, SLOW);

test('one job runs in this thread, in order, with the real extractor', async () => {
  const { log, sink } = recorder();
  const summary = await runBatch(from([doc('x'), doc('y', CALM), doc('z')]), { jobs: 1, extract: {} }, sink);
  expect(log).toEqual(['events x 1', 'events y 0', 'events z 1']);
  expect(summary).toEqual({ documents: 3, events: 2, failed: 0 });
}, SLOW);

test('backpressure: a slow output stops the reading; never more than the window is read ahead', async () => {
  let pulled = 0;
  let emitted = 0;
  let most = 0;
  async function* many(): AsyncGenerator<InputItem> {
    for (let i = 0; i < 300; i++) {
      pulled++;
      most = Math.max(most, pulled - emitted);
      yield doc(`d${i}`, CALM);
    }
  }
  const summary = await runBatch(many(), { jobs: 1, extract: {}, window: 5 }, {
    events: async () => { await new Promise((r) => setImmediate(r)); emitted++; },
    error: () => {}, note: () => {},
  });
  expect(summary.documents).toBe(300);
  expect(most).toBeLessThanOrEqual(6);
}, SLOW);

describe('read-ahead by default: up to a million characters or 1,024 items, never fewer than one a job and one more', () => {
  const rows: [string, number, number, number, number][] = [
    // documents, their length, how many, most read ahead: at least, at most
    ['short wire items', 300, 1500, 400, 1025],
    ['long articles', 200_000, 30, 3, 6],
    ['very long documents', 2_000_000, 6, 3, 4],
  ];
  test.each(rows)('%s', async (_, length, count, least, most) => {
    let pulled = 0;
    let emitted = 0;
    let ahead = 0;
    async function* many(): AsyncGenerator<InputItem> {
      for (let i = 0; i < count; i++) {
        pulled++;
        ahead = Math.max(ahead, pulled - emitted);
        yield doc(`d${i}`, 'x'.repeat(length));
      }
    }
    const summary = await runBatch(many(), { jobs: 2, extract: {}, workerScript: echoWorker }, {
      events: async () => { await new Promise((r) => setTimeout(r, 2)); emitted++; },
      error: () => {}, note: () => {},
    });
    expect(summary.documents).toBe(count);
    expect(ahead).toBeGreaterThanOrEqual(least);
    expect(ahead).toBeLessThanOrEqual(most);
  }, SLOW);
});

test('a first document followed by many unreadable inputs does not stall the window', async () => {
  const { log, sink } = recorder();
  const errors: InputItem[] = Array.from({ length: 30 }, (_, i) => ({ kind: 'error', source: `e${i}`, message: 'is empty' }));
  const summary = await runBatch(from([doc('a', CALM), ...errors]), { jobs: 2, extract: {}, window: 4, workerScript: echoWorker }, sink);
  expect(log[0]).toBe('events a 0');
  expect(summary).toEqual({ documents: 31, events: 0, failed: 30 });
}, SLOW);

test('input that breaks off: what was read is output, the break is reported', async () => {
  const { log, sink } = recorder();
  async function* broken(): AsyncGenerator<InputItem> {
    yield doc('a', CALM);
    yield doc('b', CALM);
    throw new Error('EIO: i/o error, read');
  }
  const summary = await runBatch(broken(), { jobs: 1, extract: {} }, sink);
  expect(log).toEqual(['events a 0', 'events b 0', 'error input: reading stopped: EIO: i/o error, read']);
  expect(summary.failed).toBe(1);
}, SLOW);

test('an output that fails ends the batch with that error instead of hanging', async () => {
  const failing: Sink = { events: () => { throw new Error('write EPIPE'); }, error: () => {}, note: () => {} };
  await expect(runBatch(from([doc('a', CALM), doc('b', CALM), doc('c', CALM)]), { jobs: 1, extract: {} }, failing)).rejects.toThrow('EPIPE');
}, SLOW);
