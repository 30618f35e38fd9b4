// `extract dedupe`: events of different documents that tell the same real event become one (README, "One event,
// many reports"). Two passes over files of JSONL events, so memory holds keys, not events:
//  1. read each event's compact key (compatible.ts); block the keys by type family and country, sort each block by
//     date and sweep it: an event is compared only with the events of its block whose dates are within the window
//     and whose places could match (open-index.ts);
//     same-event pairs join their groups (union-find) when every member of one tells the same event as every member
//     of the other and no document is in both;
//  2. read the events again, hold each event of a group until its group's last member is read, then write the merged
//     event (merge.ts); an event alone is written at once.
// Memory: the keys (about 200 bytes an event plus its actors) and the events of the groups still open in pass 2.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Event } from '../schema/event.js';
import { keyOf, sameEvent, TYPE_FAMILIES, type DedupeWindows, type EventKey } from './compatible.js';
import { OpenIndex } from './open-index.js';
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

/** Groups of events as a union-find over their numbers. Two groups join, through a pair that tells the same event,
 *  only when every member of one may be the same event as every member of the other (complete linkage: a report that
 *  names only the province does not chain two attacks in different towns of it into one) and no document is in
 *  both. */
class Groups {
  readonly parent: Int32Array;
  /** the members of each group of more than one event, by its root */
  private readonly members = new Map<number, number[]>();
  constructor(private readonly docOf: number[][]) {
    this.parent = Int32Array.from({ length: docOf.length }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; }
    return i;
  }
  private membersOf(root: number): number[] { return this.members.get(root) ?? [root]; }
  /** Joins the groups of i and j when `may` holds for every other pair across them and they share no document. */
  join(i: number, j: number, may: (x: number, y: number) => boolean): void {
    const [a, b] = [this.find(i), this.find(j)];
    if (a === b) return;
    const [ma, mb] = [this.membersOf(a), this.membersOf(b)];
    const docs = new Set(ma.flatMap((x) => this.docOf[x]));
    if (mb.some((y) => this.docOf[y].some((d) => docs.has(d)))) return;
    if (!ma.every((x) => mb.every((y) => (x === i && y === j) || (x === j && y === i) || may(x, y)))) return;
    const [root, child] = ma.length >= mb.length ? [a, b] : [b, a];
    this.parent[child] = root;
    this.members.delete(child);
    this.members.set(root, [...ma, ...mb]);
  }
}

/** Sweeps one block (keys of one type family and country): sorted by first day (then by id, so that the order of the
 *  input does not change the groups), each event is compared with the events still within the widest date window
 *  that could be at the same place (open-index.ts); events without a date with each other, the same way. */
function sweep(block: number[], keys: EventKey[], ids: string[], groups: Groups, w: DedupeWindows): void {
  const byId = (x: number, y: number) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : x - y);
  const dated = block.filter((i) => !Number.isNaN(keys[i].from)).sort((x, y) => keys[x].from - keys[y].from || byId(x, y));
  const undated = block.filter((i) => Number.isNaN(keys[i].from)).sort(byId);
  const same = (x: number, y: number) => sameEvent(keys[x], keys[y], w);
  const may = (x: number, y: number) => sameEvent(keys[x], keys[y], w, true);
  const reach = w.days + 1;
  for (const [events, within] of [
    [dated, (j: number, day: number) => keys[j].to + reach >= day],
    [undated, () => true],
  ] as const) {
    const open = new OpenIndex(keys, w, within);
    for (const i of events) {
      const day = Number.isNaN(keys[i].from) ? 0 : keys[i].from;
      for (const j of open.candidates(i, day)) if (same(j, i)) groups.join(j, i, may);
      open.add(i);
    }
  }
}

/** Pass 1: every event's key and documents; the groups of the same events. */
async function group(paths: string[], w: DedupeWindows, bad: (where: string, message: string) => void): Promise<Groups> {
  const keys: EventKey[] = [];
  const ids: string[] = [];
  const docOf: number[][] = [];
  const docNumbers = new Map<string, number>();
  const blocks = new Map<string, number[]>();
  for await (const e of eventsOf(paths, bad)) {
    const key = keyOf(e);
    const i = keys.push(key) - 1;
    ids.push(e.id);
    docOf.push([...new Set(reportsOf(e).map((r) => r.doc))].map((d) => docNumbers.get(d) ?? (docNumbers.set(d, docNumbers.size), docNumbers.size - 1)));
    const block = `${TYPE_FAMILIES[key.type] ?? key.type}\u0000${key.country ?? ''}`;
    (blocks.get(block) ?? blocks.set(block, []).get(block)!).push(i);
  }
  const groups = new Groups(docOf);
  for (const block of blocks.values()) sweep(block, keys, ids, groups, w);
  return groups;
}

interface DedupeSummary { events: number; merged: number; bad: number }

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
