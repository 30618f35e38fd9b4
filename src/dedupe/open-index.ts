// The events of one block still within the date window of the sweep (index.ts), indexed by where they are, so that an
// event is compared only with those placesCompatible (compatible.ts) could accept: towns in the grid cells around it,
// events of its admin1, and events located only at region or country level (which may match anything in the
// country). Without it a day of wire copy compares every pair of a country's events. The sweep prunes it as its date
// advances (`prune`), so that it holds only the events still in reach.
import type { DedupeWindows, EventKey } from './compatible.js';

const REGION_RANK = 3;

/** A list of events, read on a day as those of them in reach on it (kept until read on another day). Reading drops
 *  nothing: an event read late, on an earlier day, still meets them; `prune` drops for good. */
class Expiring {
  private items: number[] = [];
  private view: number[] = [];
  private day = NaN;
  private reachable: (j: number) => boolean = () => true;
  push(j: number): void {
    this.items.push(j);
    if (!Number.isNaN(this.day) && this.reachable(j)) this.view.push(j);
  }
  read(day: number, reachable: (j: number) => boolean): number[] {
    if (day !== this.day) { this.day = day; this.reachable = reachable; this.view = this.items.filter(reachable); }
    return this.view;
  }
  /** Drops the events out of reach (on a day before which no event will be read); whether any is left. */
  prune(reachable: (j: number) => boolean): boolean {
    this.items = this.items.filter(reachable);
    this.day = NaN;
    return this.items.length > 0;
  }
}

export class OpenIndex {
  private readonly cells = new Map<string, Expiring>();
  private readonly admin1s = new Map<string, Expiring>();
  /** located only at region or country level */
  private readonly wide = new Expiring();
  /** every located event (what a wide event is compared with) */
  private readonly located = new Expiring();
  private readonly unlocated = new Expiring();
  /** the grid's step in degrees of latitude: at least the distance window */
  private readonly step: number;

  constructor(private readonly keys: (j: number) => EventKey, w: DedupeWindows, private readonly reachable: (j: number, day: number) => boolean) {
    this.step = Math.max(w.km, 0.5) / 111;
  }

  /** Drops the events out of reach on `day` (no later event of the sweep is earlier) from every list, and the lists
   *  left empty: what the index holds stays within the date window. */
  prune(day: number): void {
    const reachable = (j: number) => this.reachable(j, day);
    for (const list of [this.wide, this.located, this.unlocated]) list.prune(reachable);
    for (const map of [this.cells, this.admin1s]) for (const [k, list] of map) if (!list.prune(reachable)) map.delete(k);
  }

  private cellOf(lat: number, lon: number, dLon = 0): string {
    return `${Math.floor(lat / this.step)},${Math.floor(lon / this.step) + dLon}`;
  }

  private list(map: Map<string, Expiring>, key: string): Expiring {
    return map.get(key) ?? map.set(key, new Expiring()).get(key)!;
  }

  add(i: number): void {
    const k = this.keys(i);
    if (k.placeRank < 0) { this.unlocated.push(i); return; }
    this.located.push(i);
    if (k.placeRank >= REGION_RANK) this.wide.push(i);
    if (k.admin1 !== null) this.list(this.admin1s, k.admin1).push(i);
    if (k.placeRank === 0 && k.lat !== null && k.lon !== null) this.list(this.cells, this.cellOf(k.lat, k.lon)).push(i);
  }

  /** The open events `i` may tell the same event as, on `day` (the sweep's current first day). */
  candidates(i: number, day: number): number[] {
    const k = this.keys(i);
    const reachable = (j: number) => this.reachable(j, day);
    if (k.placeRank < 0) return this.unlocated.read(day, reachable);
    if (k.placeRank >= REGION_RANK) return this.located.read(day, reachable);
    const lists = [this.wide.read(day, reachable)];
    if (k.admin1 !== null) lists.push(this.admin1s.get(k.admin1)?.read(day, reachable) ?? []);
    if (k.placeRank === 0 && k.lat !== null && k.lon !== null) lists.push(...this.cellsAround(k.lat, k.lon, day, reachable));
    const seen = new Set<number>();
    const out: number[] = [];
    for (const list of lists) for (const j of list) if (!seen.has(j)) { seen.add(j); out.push(j); }
    return out;
  }

  /** The cells within one step north and south, and as many steps east and west as the step in km needs there (a
   *  degree of longitude shrinks with the cosine of the latitude). */
  private cellsAround(lat: number, lon: number, day: number, reachable: (j: number) => boolean): number[][] {
    const wideLon = Math.ceil(1 / Math.max(Math.cos((Math.min(Math.abs(lat) + this.step, 89) * Math.PI) / 180), 0.02));
    const out: number[][] = [];
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -wideLon; dLon <= wideLon; dLon++) {
        const cell = this.cells.get(this.cellOf(lat + dLat * this.step, lon, dLon));
        if (cell) out.push(cell.read(day, reachable));
      }
    }
    return out;
  }
}
