// The gazetteer's data (built by scripts/build-gazetteer.mjs into data/), loaded on first use and searched in place:
// the places are lines of one string sorted by lookup key, with a binary index of line offsets and a second order
// by skeleton key; the other spellings of places (GeoNames' own names with diacritics, alternate names) are lines of
// a second sorted string pointing at place lines. Loading is four file reads and no per-record work (a few ms, the
// files' bytes) and a lookup is a binary search that parses only the lines it hits. Importing this module reads
// nothing.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remembered } from '../document/remembered.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

function missing(file: string, e: unknown): Error {
  return new Error(`places: ${join(DATA, file)} is missing; run \`npm run build\` (scripts/build-gazetteer.mjs) — ${(e as Error).message}`);
}

function readData(file: string): Buffer {
  try {
    return readFileSync(join(DATA, file));
  } catch (e) {
    throw missing(file, e);
  }
}

/** kind: C a national capital, A the seat of a first-level division, B of a second-level one, '' any other.
 *  name: the common English form (GeoNames' ASCII name or our own override: "Raqqa", "Kandahar"); admin2: the
 *  district's name, null when unknown; viaAlias: the key that found it is one of GeoNames' alternate names of the
 *  place, not its name or a primary spelling (so a ranking can prefer another place's own name). */
export interface Place {
  line: number; key: string; skel: string; name: string; cc: string; admin1: string; admin2: string | null;
  lat: number; lon: number; pop: number; kind: '' | 'C' | 'A' | 'B'; viaAlias: boolean;
}

export interface Admin1Row { cc: string; name: string; key: string; keys: string[]; skel: string; lat: number; lon: number }

/** A second-level division (district, LGA, territory, county, raion; GeoNames admin2). keys: its fold key, and the
 *  fold key without a kind word ("Kech District" → "kech"); skel: the skeleton key of the name without that word;
 *  skels: the skeletons of both; lat/lon: the mean of its places, or, when the gazetteer has none of its places
 *  (`approx`), its admin1's centroid. */
export interface Admin2Row {
  cc: string; name: string; admin1: string | null; key: string; keys: string[]; skel: string; skels: string[]; lat: number; lon: number; approx: boolean;
}

type Index<R> = { rows: R[]; byKey: Map<string, R[]>; bySkel: Map<string, R[]> };

function add<R>(m: Map<string, R[]>, k: string, r: R): void {
  const l = m.get(k);
  if (!l) m.set(k, [r]); else if (!l.includes(r)) l.push(r);
}

let admin1Data: Index<Admin1Row> | null = null;

/** First-level divisions by fold key (also without a "governorate"/"province" word in their name) and skeleton. */
export function admin1s(): Index<Admin1Row> {
  if (admin1Data) return admin1Data;
  const rows = JSON.parse(readData('admin1.json').toString('utf8')) as Admin1Row[];
  const byKey = new Map<string, Admin1Row[]>();
  const bySkel = new Map<string, Admin1Row[]>();
  for (const r of rows) {
    for (const k of r.keys) add(byKey, k, r);
    add(bySkel, r.skel, r);
  }
  admin1Data = { rows, byKey, bySkel };
  return admin1Data;
}

/** A read-only lookup by key (the part of Map that admin2s() offers). */
interface Lookup<R> { get(k: string): readonly R[] | undefined; has(k: string): boolean }

let admin2Data: { buf: Buffer; off: Uint32Array; byKey: Uint32Array; bySkel: Uint32Array; rows: Map<number, Admin2Row> } | null = null;

function admin2Store() {
  if (admin2Data) return admin2Data;
  const buf = readData('admin2.tsv');
  const all = uint32('admin2.idx');
  const n = all[0];
  const k = 1 + n + 1;
  const nk = all[k];
  admin2Data = { buf, off: all.subarray(1, n + 2), byKey: all.subarray(k + 1, k + 1 + nk), bySkel: all.subarray(k + 2 + nk, k + 2 + nk + all[k + 1 + nk]), rows: new Map() };
  return admin2Data;
}

/** Division `line` of admin2.tsv, parsed once (the same object for every lookup that finds it). */
function admin2Row(line: number): Admin2Row {
  const d = admin2Store();
  const cached = d.rows.get(line);
  if (cached) return cached;
  const f = d.buf.toString('utf8', d.off[line], d.off[line + 1] - 1).split('\t');
  const keys = f[0].split(','), skels = f[1].split(',');
  const r: Admin2Row = {
    cc: f[2], name: f[3], admin1: f[4] || null, key: keys[0], keys, skel: skels[skels.length - 1], skels,
    lat: Number(f[5]), lon: Number(f[6]), approx: f[7] === '1',
  };
  d.rows.set(line, r);
  return r;
}

/** The divisions one of whose keys (field 0) or skeletons (field 1) is `k`: a binary search over the entries
 *  (line × 2 + which of its keys) in that order. */
function admin2Find(order: Uint32Array, nth: 0 | 1, k: string): Admin2Row[] {
  const { buf, off } = admin2Store();
  const at = (i: number) => {
    const e = order[i];
    const s = nth === 0 ? off[e >> 1] : buf.indexOf(9, off[e >> 1]) + 1;
    return buf.toString('utf8', s, buf.indexOf(9, s)).split(',')[e & 1];
  };
  let lo = 0, hi = order.length;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (at(m) < k) lo = m + 1; else hi = m; }
  const out: Admin2Row[] = [];
  for (let i = lo; i < order.length && at(i) === k; i++) {
    const r = admin2Row(order[i] >> 1);
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

function lookup(order: () => Uint32Array, nth: 0 | 1): Lookup<Admin2Row> {
  const find = remembered((k) => admin2Find(order(), nth, k));
  return {
    get: (k) => { const l = k ? find(k) : []; return l.length ? l : undefined; },
    has: (k) => Boolean(k) && find(k).length > 0,
  };
}

const admin2Lookups = { byKey: lookup(() => admin2Store().byKey, 0), bySkel: lookup(() => admin2Store().bySkel, 1) };

/** Second-level divisions by fold key (also without "District", "LGA", "Territory", "Raion"... in their name:
 *  "Kech District" is also "kech") and by the skeletons of both, as Map-like lookups (`get`, `has`) searched in place
 *  in data/admin2.tsv (≈47k divisions, loaded on the first lookup, a division parsed when first found). */
export function admin2s(): { byKey: Lookup<Admin2Row>; bySkel: Lookup<Admin2Row> } {
  return admin2Lookups;
}

let placeData: { buf: Buffer; off: Uint32Array; bySkel: Uint32Array; n: number } | null = null;

/** A Uint32Array view of an index file (a copy when node's shared pool gave a buffer not 4-byte aligned). */
function uint32(file: string): Uint32Array {
  const raw = readData(file);
  const idx = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  return new Uint32Array(idx.buffer, idx.byteOffset, idx.byteLength / 4);
}

function placesData() {
  if (placeData) return placeData;
  // kept as bytes: a line is decoded only when a search touches it
  const buf = readData('places.tsv');
  const all = uint32('places.idx');
  const n = all[0];
  placeData = { buf, n, off: all.subarray(1, n + 2), bySkel: all.subarray(n + 2, 2 * n + 2) };
  return placeData;
}

let aliasData: { buf: Buffer; off: Uint32Array; n: number } | null = null;

/** The other spellings: lines "key, place line, p (primary spelling) or a (alternate name)", sorted by key. */
function aliasesData() {
  if (aliasData) return aliasData;
  const buf = readData('alias.tsv');
  const all = uint32('alias.idx');
  aliasData = { buf, n: all[0], off: all.subarray(1, all[0] + 2) };
  return aliasData;
}

/** Field `nth` (0: key, 1: skeleton) of the line starting at byte `start`. */
function field(buf: Buffer, start: number, nth: number): string {
  let s = start;
  for (let i = 0; i < nth; i++) s = buf.indexOf(9, s) + 1;
  return buf.toString('utf8', s, buf.indexOf(9, s));
}

function parse(line: number, viaAlias = false): Place {
  const { buf, off } = placesData();
  const f = buf.toString('utf8', off[line], off[line + 1] - 1).split('\t');
  return {
    line, key: f[0], skel: f[1], name: f[2], cc: f[3], admin1: f[4], admin2: f[9] || null, lat: Number(f[5]), lon: Number(f[6]),
    pop: Number(f[7]) || 0, kind: (f[8] ?? '') as Place['kind'], viaAlias,
  };
}

/** Lines [lo, hi) of a sorted text (`buf`, line offsets `off`, `n` lines, read in the order `order`) whose field
 *  `nth` equals `k` (binary search; the order sorts by that field). */
function rangeIn(buf: Buffer, off: Uint32Array, n: number, k: string, nth: number, order: (i: number) => number): [number, number] {
  const at = (i: number) => field(buf, off[order(i)], nth);
  let lo = 0, hi = n;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (at(m) < k) lo = m + 1; else hi = m; }
  let end = lo;
  while (end < n && at(end) === k) end++;
  return [lo, end];
}

function range(k: string, nth: number, order: (i: number) => number): [number, number] {
  const { buf, off, n } = placesData();
  return rangeIn(buf, off, n, k, nth, order);
}

/** The other spellings with key `k`: place line and whether it is an alternate name, the best known first. */
function aliasHits(k: string): { line: number; alternate: boolean }[] {
  const { buf, off, n } = aliasesData();
  const [lo, hi] = rangeIn(buf, off, n, k, 0, (i) => i);
  const out: { line: number; alternate: boolean }[] = [];
  for (let i = lo; i < hi; i++) {
    const f = buf.toString('utf8', off[i], off[i + 1] - 1).split('\t');
    out.push({ line: Number(f[1]), alternate: f[2] === 'a' });
  }
  return out;
}

const weight = (p: Place) => (p.kind === 'C' ? 3e7 : 0) + p.pop;

/** Places whose fold key is `key`: those it names (their name or a primary spelling: "Kiev", "Łódź"), the best
 *  known first, then those of which it is an alternate name (`viaAlias`), the best known first. Alternate names are
 *  exact keys only: placesBySkeleton never returns a place for one. */
export const placesByKey: (key: string) => readonly Place[] = remembered(placesByKeyRead);

function placesByKeyRead(key: string): Place[] {
  if (!key) return [];
  const [lo, hi] = range(key, 0, (i) => i);
  const named: Place[] = [];
  for (let i = lo; i < hi; i++) named.push(parse(i));
  const alternates: Place[] = [];
  const seen = new Set(named.map((p) => p.line));
  for (const h of aliasHits(key)) {
    if (seen.has(h.line)) continue;
    seen.add(h.line);
    (h.alternate ? alternates : named).push(parse(h.line, h.alternate));
  }
  // a primary spelling joins the named places in their order (the sort is stable; alternates are sorted already)
  if (named.length > hi - lo) named.sort((a, b) => weight(b) - weight(a));
  return named.concat(alternates);
}

/** Whether some place has the fold key `key` as its name or a primary spelling, or, with `alternates`, also as one
 *  of its alternate names (no parsing of place lines). */
export function hasPlaceKey(key: string, alternates = false): boolean {
  return (alternates ? hasPlaceOrAlternateKey : hasPlaceNameKey)(key);
}

const hasPlaceNameKey = remembered((key) => hasKey(key, false));
const hasPlaceOrAlternateKey = remembered((key) => hasKey(key, true));

function hasKey(key: string, alternates: boolean): boolean {
  if (!key) return false;
  const [lo, hi] = range(key, 0, (i) => i);
  return hi > lo || aliasHits(key).some((h) => alternates || !h.alternate);
}

/** Places whose skeleton key is `skel` (transliteration variants of their names), at most `limit`. */
export function placesBySkeleton(skel: string, limit = 400): readonly Place[] {
  return limit === 400 ? placesBySkeleton400(skel) : placesBySkeletonRead(skel, limit);
}

const placesBySkeleton400 = remembered((skel) => placesBySkeletonRead(skel, 400));

function placesBySkeletonRead(skel: string, limit: number): Place[] {
  if (!skel) return [];
  const { bySkel } = placesData();
  const [lo, hi] = range(skel, 1, (i) => bySkel[i]);
  const out: Place[] = [];
  for (let i = lo; i < hi && out.length < limit; i++) out.push(parse(bySkel[i]));
  return out;
}

/** Lets go of the place and alias files (the start-up snapshot, src/cli/snapshot.ts, is written without their 26 MB,
 *  which cost more to load with it than to read again): the next lookup reads them again. What was looked up stays
 *  remembered (the same data gives the same answers). */
export function unloadPlaceFiles(): void {
  placeData = null;
  aliasData = null;
}

/** Whether the place data is loaded already (for measurements). */
export function gazetteerLoaded(): boolean {
  return placeData !== null;
}
