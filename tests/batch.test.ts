// Batches: a worker that dies mid-batch costs one document, reported; the rest finish, in order.
import { runBatch } from '../src/pipeline/run.js';
import type { InputItem } from '../src/input/read.js';
import type { Event } from '../src/schema/event.js';

const TEXT = 'A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.';

async function* items(ids: string[]): AsyncGenerator<InputItem> {
  for (const id of ids) yield { kind: 'doc', source: id, doc: { id, text: TEXT, date: '2024-03-05' } };
}

test('a worker killed mid-batch: that document fails, the batch finishes', async () => {
  const ids = ['a', 'b', 'crash', 'c', 'd', 'e'];
  const seen: string[] = [];
  const errors: string[] = [];
  const summary = await runBatch(items(ids), {
    jobs: 2, extract: {}, workerUrl: new URL('./workers/crashing-worker.js', import.meta.url).href,
  }, {
    events: (doc, events: Event[]) => { seen.push(doc.id); expect(events.length).toBeGreaterThan(0); },
    error: (source, message) => errors.push(`${source}: ${message}`),
    note: () => {},
  });
  expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^crash: the worker processing it stopped/);
  expect(summary).toEqual({ documents: 6, events: 5, failed: 1 });
});

test('one job runs in this thread, in order', async () => {
  const seen: string[] = [];
  const summary = await runBatch(items(['x', 'y', 'z']), { jobs: 1, extract: {} }, {
    events: (doc) => { seen.push(doc.id); }, error: () => {}, note: () => {},
  });
  expect(seen).toEqual(['x', 'y', 'z']);
  expect(summary.failed).toBe(0);
});
