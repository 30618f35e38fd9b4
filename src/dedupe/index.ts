// `extract dedupe`: events of different documents that tell the same real event become one (README, "One event,
// many reports"). One pass over files of JSONL events that come in (roughly) date order, as a feed does, so that
// memory holds the events of the open date window, not the input:
//  - each event's compact key (compatible.ts) and its line are held from when it is read until its group is closed;
//  - the sweep: events wait until the latest date read is arrivalSlack days past theirs (a feed brings yesterday's
//    reports today), then go, by first day and id (so that the order of the input within the slack does not change
//    the groups), into the index of their block (type family and country, open-index.ts), where they are compared
//    with the events still within the widest date window that could be at the same place; same-event pairs join
//    their groups (union-find) when every member of one tells the same event as every member of the other and no
//    document is in both;
//  - a group whose members are all out of reach of every event still to come is closed: its merged event (merge.ts)
//    is written at once. Groups closed together are written in the order of their last member read.
// Up to HOLD_AT_LEAST events held, nothing is closed (so that a small input is deduped as a whole, in any order).
// An event without a date is compared with the undated events of its block still open; it stays open until the latest
// date read is more than the reach of an event (the window plus one day) plus twice the slack past the latest date
// read when it was read. An event read more than the slack older than the
// latest date waits until that date moves on (or the input ends) and is then compared with what is still open: it
// cannot join a group already closed. Input in reverse or no date order is held until the end, as a whole.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Event } from '../schema/event.js';
import { keyOf, sameEvent, TYPE_FAMILIES, type DedupeWindows, type EventKey } from './compatible.js';
import { OpenIndex } from './open-index.js';
import { mergeEvents, reportsOf, type MergedEvent } from './merge.js';

/** Days by which a feed may bring an event later than one with a later date: the window plus two. */
const arrivalSlack = (w: DedupeWindows): number => w.days + 2;

/** Up to this many events held, nothing is closed: an input of that size is deduped as a whole, in any order. */
const HOLD_AT_LEAST = 20_000;

/** Each JSON event of the files, in order, with its line; a line that is no event goes to `bad`. */
async function* eventsOf(paths: string[], bad: (where: string, message: string) => void): AsyncGenerator<[Event, string]> {
  for (const path of paths) {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let e: unknown;
      try { e = JSON.parse(line); } catch (err) { bad(`${path}:${n}`, `not JSON (${(err as Error).message})`); continue; }
      if (!isEventLike(e)) { bad(`${path}:${n}`, 'not an event (an object with id, doc, type, subtype, actors and evidence)'); continue; }
      yield [e, line];
    }
  }
}

function isEventLike(e: unknown): e is Event {
  const x = e as Partial<Event> | null;
  return !!x && typeof x === 'object' && typeof x.id === 'string' && typeof x.doc === 'string' && typeof x.type === 'string'
    && typeof x.subtype === 'string' && Array.isArray(x.actors) && Array.isArray(x.evidence) && x.evidence.length > 0;
}

/** An event read and not yet written. */
interface Held {
  key: EventKey;
  id: string;
  docs: string[];
  /** its line, as bytes off the heap (a line kept as a string keeps the whole chunk it was read in) */
  line: Buffer;
  block: string;
  /** the day it is swept at: its first day; for an undated event, the latest date read when it was read */
  day: number;
  /** the last day of the sweep on which it may still meet an event */
  until: number;
  swept: boolean;
}

/** Groups of held events as a union-find over their numbers. Two groups join, through a pair that tells the same
 *  event, only when every member of one may be the same event as every member of the other (complete linkage: a
 *  report that names only the province does not chain two attacks in different towns of it into one) and no document
 *  is in both. */
class Groups {
  private readonly parent = new Map<number, number>();
  /** the members of each group, by its root */
  readonly members = new Map<number, number[]>();
  constructor(private readonly docsOf: (i: number) => string[]) {}
  add(i: number): void { this.parent.set(i, i); this.members.set(i, [i]); }
  find(i: number): number {
    let p = this.parent.get(i)!;
    while (p !== i) { const g = this.parent.get(p)!; this.parent.set(i, g); i = p; p = g; }
    return i;
  }
  /** Joins the groups of i and j when `may` holds for every other pair across them and they share no document. */
  join(i: number, j: number, may: (x: number, y: number) => boolean): void {
    const [a, b] = [this.find(i), this.find(j)];
    if (a === b) return;
    const [ma, mb] = [this.members.get(a)!, this.members.get(b)!];
    const docs = new Set(ma.flatMap((x) => this.docsOf(x)));
    if (mb.some((y) => this.docsOf(y).some((d) => docs.has(d)))) return;
    if (!ma.every((x) => mb.every((y) => (x === i && y === j) || (x === j && y === i) || may(x, y)))) return;
    const [root, child] = ma.length >= mb.length ? [a, b] : [b, a];
    this.parent.set(child, root);
    this.members.delete(child);
    this.members.set(root, [...ma, ...mb]);
  }
  /** Forgets a closed group. */
  remove(root: number): void {
    for (const i of this.members.get(root)!) this.parent.delete(i);
    this.members.delete(root);
  }
}

/** The sweep of a stream of events (see the top of the file): `add` each event as it is read, then `end`; each
 *  returns the groups it closed, each as its members' lines in the order they were read. */
export class DedupeSweep {
  private readonly held = new Map<number, Held>();
  private readonly groups = new Groups((i) => this.held.get(i)!.docs);
  /** per block, the index of dated events and the index of undated ones */
  private readonly blocks = new Map<string, [OpenIndex, OpenIndex]>();
  /** events read and not yet swept */
  private waiting: number[] = [];
  private latest = -Infinity;
  private count = 0;
  private readonly reach: number;
  private readonly slack: number;
  /** the most events held at once (what the memory grows with) */
  peakHeld = 0;

  /** `hold`: how many events may be held before groups are closed (HOLD_AT_LEAST) */
  constructor(private readonly w: DedupeWindows, private readonly hold = HOLD_AT_LEAST) {
    this.reach = w.days + 1;
    this.slack = arrivalSlack(w);
  }

  /** The events held now: read and not yet written. */
  get heldNow(): number { return this.held.size; }

  add(e: Event, line: string): string[][] {
    const key = keyOf(e);
    const i = this.count++;
    const dated = !Number.isNaN(key.from);
    const day = dated ? key.from : this.latest;
    this.held.set(i, {
      key, id: e.id, docs: [...new Set(reportsOf(e).map((r) => r.doc))], line: Buffer.from(line), block: `${TYPE_FAMILIES[key.type] ?? key.type}\u0000${key.country ?? ''}`,
      day, until: dated ? key.to + this.reach : day + this.reach + this.slack, swept: false,
    });
    this.groups.add(i);
    this.waiting.push(i);
    this.peakHeld = Math.max(this.peakHeld, this.held.size);
    if (!dated || key.from <= this.latest) return [];
    if (this.latest === -Infinity) this.dateUndated(key.from);
    this.latest = key.from;
    return this.advance(this.latest - this.slack);
  }

  end(): string[][] { return this.advance(Infinity, true); }

  /** Undated events read before any date: they count from the first date read. */
  private dateUndated(day: number): void {
    for (const i of this.waiting) {
      const h = this.held.get(i)!;
      if (h.day === -Infinity) { h.day = day; h.until = day + this.reach + this.slack; }
    }
  }

  /** No event still to come (in date order) is swept before `day`. When more than `hold` events are held (or
   *  `force`): sweeps the waiting events before it, drops from the indexes what is out of reach on it and closes the
   *  groups of which no member is in reach. */
  private advance(day: number, force = false): string[][] {
    if (!force && this.held.size <= this.hold) return [];
    const go = this.waiting.filter((i) => this.held.get(i)!.day < day);
    if (go.length) this.waiting = this.waiting.filter((i) => this.held.get(i)!.day >= day);
    for (const i of go.sort(this.sweepOrder)) this.sweep(i);
    for (const [index, undated] of this.blocks.values()) { index.prune(day); undated.prune(day); }
    return this.close(day);
  }

  /** Dated events by first day, undated ones after them (they meet only each other); then by id. */
  private readonly sweepOrder = (x: number, y: number): number => {
    const [a, b] = [this.held.get(x)!, this.held.get(y)!];
    const [ua, ub] = [Number.isNaN(a.key.from), Number.isNaN(b.key.from)];
    if (ua !== ub) return ua ? 1 : -1;
    return (ua ? 0 : a.day - b.day) || (a.id < b.id ? -1 : a.id > b.id ? 1 : x - y);
  };

  /** Compares event i with the open events of its block that may be the same event, joining the groups of those that
   *  are; then i is open too. */
  private sweep(i: number): void {
    const h = this.held.get(i)!;
    const indexes = this.blocks.get(h.block) ?? this.blocks.set(h.block, this.newIndexes()).get(h.block)!;
    const undated = Number.isNaN(h.key.from);
    const open = indexes[undated ? 1 : 0];
    const keys = (j: number) => this.held.get(j)!.key;
    const may = (x: number, y: number) => sameEvent(keys(x), keys(y), this.w, true);
    // an undated event meets every undated event still open
    for (const j of open.candidates(i, undated ? -Infinity : h.day)) if (sameEvent(keys(j), h.key, this.w)) this.groups.join(j, i, may);
    open.add(i);
    h.swept = true;
  }

  private newIndexes(): [OpenIndex, OpenIndex] {
    const keys = (j: number) => this.held.get(j)!.key;
    const within = (j: number, day: number) => this.held.get(j)!.until >= day;
    return [new OpenIndex(keys, this.w, within), new OpenIndex(keys, this.w, within)];
  }

  /** The groups of swept events none of which is in reach on `day`, in the order of their last member read; they are
   *  forgotten. */
  private close(day: number): string[][] {
    const closed: number[][] = [];
    for (const [root, members] of this.groups.members) {
      if (members.every((i) => { const h = this.held.get(i)!; return h.swept && h.until < day; })) closed.push(members);
    }
    const sorted = closed.map((m) => [...m].sort((x, y) => x - y)).sort((a, b) => a[a.length - 1] - b[b.length - 1]);
    return sorted.map((members) => {
      this.groups.remove(this.groups.find(members[0]));
      const lines = members.map((i) => this.held.get(i)!.line.toString());
      for (const i of members) this.held.delete(i);
      return lines;
    });
  }
}

interface DedupeSummary { events: number; merged: number; bad: number; peakHeld: number }

/** Dedupes the events of `paths` (JSONL, in the order given), giving each merged or single event to `emit` as soon as
 *  its group is closed; a line that is no event goes to `bad` and is left out. */
export async function dedupeFiles(paths: string[], w: DedupeWindows, emit: (e: MergedEvent) => Promise<void>,
  bad: (where: string, message: string) => void): Promise<DedupeSummary> {
  const summary = { events: 0, merged: 0, bad: 0, peakHeld: 0 };
  const sweep = new DedupeSweep(w);
  const write = async (groups: string[][]) => {
    for (const lines of groups) {
      if (lines.length > 1) summary.merged++;
      await emit(mergeEvents(lines.map((l) => JSON.parse(l) as Event)));
    }
  };
  for await (const [e, line] of eventsOf(paths, (where, message) => { summary.bad++; bad(where, message); })) {
    summary.events++;
    await write(sweep.add(e, line));
  }
  await write(sweep.end());
  return { ...summary, peakHeld: sweep.peakHeld };
}
