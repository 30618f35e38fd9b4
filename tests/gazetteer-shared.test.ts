// The gazetteer's data shared between threads (shareGazetteer in src/places/gazetteer.ts): a worker given the shared
// files as its workerData reads none of them itself and finds the same places, spellings and districts as a thread
// that reads the files; a worker given anything else reads its own copy.
import { Worker } from 'node:worker_threads';
import { admin2s, hasPlaceKey, placesByKey, placesBySkeleton, shareGazetteer } from '../src/places/gazetteer.js';
import { foldKey, skeletonKey } from '../src/lexicon/keys.js';

const GAZETTEER = new URL('../src/places/gazetteer.js', import.meta.url).href;

// Worker body (CommonJS, eval'd): records the data files it opens, then answers the lookups of workerData.asks.
const WORKER = `
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const { parentPort, workerData } = require('node:worker_threads');
const opened = [];
for (const name of ['readFileSync', 'openSync']) {
  const orig = fs[name];
  fs[name] = (p, ...rest) => { opened.push(String(p).split(/[\\\\/]/).pop()); return orig(p, ...rest); };
}
syncBuiltinESMExports();
import(workerData.url).then((g) => {
  const answers = workerData.asks.map(lookUp(g));
  parentPort.postMessage({ opened, answers });
});
function lookUp(g) {
  return ([how, k]) => {
    if (how === 'key') return g.placesByKey(k).map((p) => [p.name, p.cc, p.admin1, p.admin2, p.viaAlias]);
    if (how === 'skel') return g.placesBySkeleton(k).map((p) => [p.name, p.cc, p.admin1]);
    if (how === 'has') return g.hasPlaceKey(k, true);
    return (g.admin2s().byKey.get(k) ?? []).map((r) => [r.name, r.cc, r.admin1]);
  };
}
`;

type Ask = ['key' | 'skel' | 'has' | 'admin2', string];

function lookUp([how, k]: Ask): unknown {
  if (how === 'key') return placesByKey(k).map((p) => [p.name, p.cc, p.admin1, p.admin2, p.viaAlias]);
  if (how === 'skel') return placesBySkeleton(k).map((p) => [p.name, p.cc, p.admin1]);
  if (how === 'has') return hasPlaceKey(k, true);
  return (admin2s().byKey.get(k) ?? []).map((r) => [r.name, r.cc, r.admin1]);
}

function inWorker(data: Record<string, unknown>, asks: Ask[]): Promise<{ opened: string[]; answers: unknown[] }> {
  return new Promise((res, rej) => {
    const w = new Worker(WORKER, { eval: true, workerData: { ...data, url: GAZETTEER, asks } });
    w.once('message', (m) => { res(m); void w.terminate(); });
    w.once('error', rej);
  });
}

// places by their name, a primary spelling and an alternate name; a skeleton; districts; keys that are no place
const ASKS: Ask[] = [
  ['key', foldKey('Saraqib')], ['key', foldKey('Kandahār')], ['key', foldKey('Springfield')], ['key', foldKey('Kiev')],
  ['skel', skeletonKey('Mazar-e Sharif')], ['has', foldKey('Maiduguri')], ['admin2', foldKey('Kech')],
  ['key', foldKey('Qwzxvplorn')], ['has', foldKey('Qwzxvplorn')], ['admin2', foldKey('Qwzxvplorn')],
];
const DATA_FILES = ['places.tsv', 'places.idx', 'alias.tsv', 'alias.idx', 'admin2.tsv', 'admin2.idx'];

describe('one copy of the place data for all threads', () => {
  // answers read from the files by this thread, before it shares them
  const expected = ASKS.map(lookUp);

  test('the table finds places and no place where it should (the cases can fail)', () => {
    expect(expected.slice(0, 7).every((a) => (Array.isArray(a) ? a.length > 0 : a === true))).toBe(true);
    expect(expected.slice(7)).toEqual([[], false, []]);
  });

  test('a worker given the shared files reads none of them and answers as this thread', async () => {
    const r = await inWorker(shareGazetteer(), ASKS);
    expect(r.opened.filter((f) => DATA_FILES.includes(f))).toEqual([]);
    expect(r.answers).toEqual(expected);
  });

  // [what the worker is given instead of the shared files]
  const NOT_SHARED: [string, Record<string, unknown>][] = [
    ['nothing', {}], ['a gazetteer with a file missing', { gazetteer: { 'places.tsv': new SharedArrayBuffer(8) } }],
    ['plain buffers', { gazetteer: Object.fromEntries(DATA_FILES.map((f) => [f, new ArrayBuffer(8)])) }],
  ];
  test.each(NOT_SHARED)('a worker given %s reads its own copy and answers as this thread', async (_what, data) => {
    const r = await inWorker(data, ASKS);
    expect(DATA_FILES.every((f) => r.opened.includes(f))).toBe(true);
    expect(r.answers).toEqual(expected);
  });

  test('the files are read once: a second call shares the same memory', () => {
    const a = shareGazetteer().gazetteer!, b = shareGazetteer().gazetteer!;
    expect(DATA_FILES.every((f) => a[f as keyof typeof a] instanceof SharedArrayBuffer && a[f as keyof typeof a] === b[f as keyof typeof b])).toBe(true);
  });
});
