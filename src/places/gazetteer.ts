// The gazetteer's data (built by scripts/build-gazetteer.mjs into data/), loaded on first use and searched in place:
// the places are lines of one string sorted by lookup key, with a binary index of line offsets and a second order
// by skeleton key, so loading is two file reads and no per-record work (a few ms, the file's bytes) and a lookup is a binary
// search that parses only the lines it hits. Importing this module reads nothing.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

function readData(file: string): Buffer {
  try {
    return readFileSync(join(DATA, file));
  } catch (e) {
    throw new Error(`places: ${join(DATA, file)} is missing; run \`npm run build\` (scripts/build-gazetteer.mjs) — ${(e as Error).message}`);
  }
}

/** kind: C a national capital, A the seat of a first-level division, B of a second-level one, '' any other. */
export interface Place {
  line: number; key: string; skel: string; name: string; cc: string; admin1: string; lat: number; lon: number; pop: number; kind: '' | 'C' | 'A' | 'B';
}

export interface Admin1Row { cc: string; name: string; key: string; keys: string[]; skel: string; lat: number; lon: number }

let admin1Data: { rows: Admin1Row[]; byKey: Map<string, Admin1Row[]>; bySkel: Map<string, Admin1Row[]> } | null = null;

/** First-level divisions by fold key (also without a "governorate"/"province" word in their name) and skeleton. */
export function admin1s() {
  if (admin1Data) return admin1Data;
  const rows = JSON.parse(readData('admin1.json').toString('utf8')) as Admin1Row[];
  const byKey = new Map<string, Admin1Row[]>();
  const bySkel = new Map<string, Admin1Row[]>();
  const add = (m: Map<string, Admin1Row[]>, k: string, r: Admin1Row) => {
    const l = m.get(k);
    if (!l) m.set(k, [r]); else if (!l.includes(r)) l.push(r);
  };
  for (const r of rows) {
    for (const k of r.keys) add(byKey, k, r);
    add(bySkel, r.skel, r);
  }
  admin1Data = { rows, byKey, bySkel };
  return admin1Data;
}

let placeData: { buf: Buffer; off: Uint32Array; bySkel: Uint32Array; n: number } | null = null;

function placesData() {
  if (placeData) return placeData;
  // kept as bytes: a line is decoded only when a search touches it
  const buf = readData('places.tsv');
  const raw = readData('places.idx');
  // a Uint32Array view needs 4-byte alignment: copy when the buffer came from node's shared pool
  const idx = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  const all = new Uint32Array(idx.buffer, idx.byteOffset, idx.byteLength / 4);
  const n = all[0];
  placeData = { buf, n, off: all.subarray(1, n + 2), bySkel: all.subarray(n + 2, 2 * n + 2) };
  return placeData;
}

/** Field `nth` (0: key, 1: skeleton) of the line starting at byte `start`. */
function field(buf: Buffer, start: number, nth: number): string {
  let s = start;
  for (let i = 0; i < nth; i++) s = buf.indexOf(9, s) + 1;
  return buf.toString('utf8', s, buf.indexOf(9, s));
}

function parse(line: number): Place {
  const { buf, off } = placesData();
  const f = buf.toString('utf8', off[line], off[line + 1] - 1).split('\t');
  return {
    line, key: f[0], skel: f[1], name: f[2], cc: f[3], admin1: f[4], lat: Number(f[5]), lon: Number(f[6]),
    pop: Number(f[7]) || 0, kind: (f[8] ?? '') as Place['kind'],
  };
}

/** Lines [lo, hi) of the order `order` whose field `nth` equals `k` (binary search; the order sorts by that field). */
function range(k: string, nth: number, order: (i: number) => number): [number, number] {
  const { buf, off, n } = placesData();
  const at = (i: number) => field(buf, off[order(i)], nth);
  let lo = 0, hi = n;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (at(m) < k) lo = m + 1; else hi = m; }
  let end = lo;
  while (end < n && at(end) === k) end++;
  return [lo, end];
}

/** Places whose fold key is `key`, the best known first. */
export function placesByKey(key: string): Place[] {
  if (!key) return [];
  const [lo, hi] = range(key, 0, (i) => i);
  const out: Place[] = [];
  for (let i = lo; i < hi; i++) out.push(parse(i));
  return out;
}

/** Whether some place has the fold key `key` (no parsing). */
export function hasPlaceKey(key: string): boolean {
  if (!key) return false;
  const [lo, hi] = range(key, 0, (i) => i);
  return hi > lo;
}

/** Places whose skeleton key is `skel` (transliteration variants), at most `limit`. */
export function placesBySkeleton(skel: string, limit = 400): Place[] {
  if (!skel) return [];
  const { bySkel } = placesData();
  const [lo, hi] = range(skel, 1, (i) => bySkel[i]);
  const out: Place[] = [];
  for (let i = lo; i < hi && out.length < limit; i++) out.push(parse(bySkel[i]));
  return out;
}

/** Whether the place data is loaded already (for measurements). */
export function gazetteerLoaded(): boolean {
  return placeData !== null;
}
