// `extract dedupe`: events of different documents that tell the same real event become one (README, "One event,
// many reports"). Two passes over files of JSONL events, so memory holds keys, not events:
//  1. read each event's compact key (compatible.ts); block the keys by type and country, sort each block by date
//     and sweep it: an event is compared only with the events of its block whose dates are within the window;
//     same-event pairs are joined (union-find) unless the two groups already share a document;
//  2. read the events again, hold each event of a group until its group's last member is read, then write the merged
//     event (merge.ts); an event alone is written at once.
// Memory: the keys (about 200 bytes an event plus its actors) and the events of the groups still open in pass 2.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Event } from '../schema/event.js';
import { keyOf, sameEvent, TYPE_FAMILIES, type DedupeWindows, type EventKey } from './compatible.js';
import { mergeEvents, reportsOf, type MergedEvent } from './merge.js';

/** Each JSON event of the files, in order, with its number from 0; a line that is no event goes to `bad`. */
async function* eventsOf(paths: string[], bad: (where: string, message: string) => void): AsyncGenerator<Event> {
  for (const path of paths) {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let e: unknown;
      try { e = JSON.parse(line); } catch (err) { bad(`${path}:${n}`, `not JSON (${(err as Error).message})`); continue; }
      if (!isEventLike(e)) { bad(`${path}:${n}`, 'not an event (an object with id, doc, type, subtype, actors and evidence)'); continue; }
      yield e;
    }
  }
}

function isEventLike(e: unknown): e is Event {
  const x = e as Partial<Event> | null;
  return !!x && typeof x === 'object' && typeof x.id === 'string' && typeof x.doc === 'string' && typeof x.type === 'string'
    && typeof x.subtype === 'string' && Array.isArray(x.actors) && Array.isArray(x.evidence) && x.evidence.length > 0;
}

/** Groups of events as a union-find over their numbers, each group knowing its documents (numbered). */
class Groups {
  readonly parent: Int32Array;
  private readonly docs = new Map<number, Set<number>>();
  constructor(private readonly docOf: number[][]) {
    this.parent = Int32Array.from({ length: docOf.length }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; }
    return i;
  }
  private docsOf(root: number): Set<number> { return this.docs.get(root) ?? new Set(this.docOf[root]); }
  /** Joins the groups of i and j unless they are one already or share a document; whether they were joined. */
  join(i: number, j: number): boolean {
    const [a, b] = [this.find(i), this.find(j)];
    if (a === b) return false;
    const [da, db] = [this.docsOf(a), this.docsOf(b)];
    const [big, small] = da.size >= db.size ? [da, db] : [db, da];
    for (const d of small) if (big.has(d)) return false;
    for (const d of small) big.add(d);
    const [root, child] = da.size >= db.size ? [a, b] : [b, a];
    this.parent[child] = root;
    this.docs.delete(child);
    this.docs.set(root, big);
    return true;
  }
}

/** Sweeps one block (keys of one type and country): sorted by first day, each event is compared with those still
 *  within the widest date window; events without a date with each other. */
function sweep(block: number[], keys: EventKey[], groups: Groups, w: DedupeWindows): void {
  const dated = block.filter((i) => !Number.isNaN(keys[i].from)).sort((x, y) => keys[x].from - keys[y].from || x - y);
  const undated = block.filter((i) => Number.isNaN(keys[i].from));
  const reach = w.days + 1;
  let open: number[] = [];
  for (const i of dated) {
    const k = keys[i];
    open = open.filter((j) => keys[j].to + reach >= k.from);
    for (const j of open) if (sameEvent(keys[j], k, w)) groups.join(j, i);
    open.push(i);
  }
  undated.forEach((i, n) => { for (const j of undated.slice(0, n)) if (sameEvent(keys[j], keys[i], w)) groups.join(j, i); });
}

/** Pass 1: every event's key and documents; the groups of the same events. */
async function group(paths: string[], w: DedupeWindows, bad: (where: string, message: string) => void): Promise<Groups> {
  const keys: EventKey[] = [];
  const docOf: number[][] = [];
  const docNumbers = new Map<string, number>();
  const blocks = new Map<string, number[]>();
  for await (const e of eventsOf(paths, bad)) {
    const key = keyOf(e);
    const i = keys.push(key) - 1;
    docOf.push([...new Set(reportsOf(e).map((r) => r.doc))].map((d) => docNumbers.get(d) ?? (docNumbers.set(d, docNumbers.size), docNumbers.size - 1)));
    const block = `${TYPE_FAMILIES[key.type] ?? key.type}\u0000${key.country ?? ''}`;
    (blocks.get(block) ?? blocks.set(block, []).get(block)!).push(i);
  }
  const groups = new Groups(docOf);
  for (const block of blocks.values()) sweep(block, keys, groups, w);
  return groups;
}

export interface DedupeSummary { events: number; merged: number; bad: number }

/** Dedupes the events of `paths` (JSONL, read twice), giving each merged or single event to `emit` as soon as its
 *  last report has been read; a line that is no event goes to `bad` and is left out. */
export async function dedupeFiles(paths: string[], w: DedupeWindows, emit: (e: MergedEvent) => Promise<void>,
  bad: (where: string, message: string) => void): Promise<DedupeSummary> {
  let badLines = 0;
  const groups = await group(paths, w, (where, message) => { badLines++; bad(where, message); });
  const n = groups.parent.length;
  const size = new Int32Array(n);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) { const r = groups.find(i); size[r]++; last[r] = i; }
  const open = new Map<number, Event[]>();
  let i = 0;
  let merged = 0;
  for await (const e of eventsOf(paths, () => {})) {
    const r = groups.find(i);
    const members = open.get(r) ?? [];
    members.push(e);
    if (last[r] === i) {
      open.delete(r);
      if (members.length > 1) merged++;
      await emit(mergeEvents(members));
    } else open.set(r, members);
    i++;
  }
  return { events: n, merged, bad: badLines };
}
