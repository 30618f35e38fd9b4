// The events of one block still within the date window of the sweep (index.ts), indexed by where they are, so that an
// event is compared only with those placesCompatible (compatible.ts) could accept: towns in the grid cells around it,
// events of its admin1, and events located only at region or country level (which may match anything in the
// country). Without it a day of wire copy compares every pair of a country's events.
import type { DedupeWindows, EventKey } from './compatible.js';

const REGION_RANK = 3;

/** A list of events that drops, when next read on a later day, those out of reach. */
class Expiring {
  items: number[] = [];
  private day = -Infinity;
  read(day: number, reachable: (j: number) => boolean): number[] {
    if (day !== this.day) { this.day = day; this.items = this.items.filter(reachable); }
    return this.items;
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
  /** stamp per event, so that an event met in two lists is given once */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(private readonly keys: EventKey[], w: DedupeWindows, private readonly reachable: (j: number, day: number) => boolean) {
    this.step = Math.max(w.km, 0.5) / 111;
    this.seen = new Int32Array(keys.length);
  }

  private cellOf(lat: number, lon: number, dLon = 0): string {
    return `${Math.floor(lat / this.step)},${Math.floor(lon / this.step) + dLon}`;
  }

  private list(map: Map<string, Expiring>, key: string): Expiring {
    return map.get(key) ?? map.set(key, new Expiring()).get(key)!;
  }

  add(i: number): void {
    const k = this.keys[i];
    if (k.placeRank < 0) { this.unlocated.items.push(i); return; }
    this.located.items.push(i);
    if (k.placeRank >= REGION_RANK) this.wide.items.push(i);
    if (k.admin1 !== null) this.list(this.admin1s, k.admin1).items.push(i);
    if (k.placeRank === 0 && k.lat !== null && k.lon !== null) this.list(this.cells, this.cellOf(k.lat, k.lon)).items.push(i);
  }

  /** The open events `i` may tell the same event as, on `day` (the sweep's current first day). */
  candidates(i: number, day: number): number[] {
    const k = this.keys[i];
    const reachable = (j: number) => this.reachable(j, day);
    if (k.placeRank < 0) return this.unlocated.read(day, reachable);
    if (k.placeRank >= REGION_RANK) return this.located.read(day, reachable);
    const lists = [this.wide.read(day, reachable)];
    if (k.admin1 !== null) lists.push(this.admin1s.get(k.admin1)?.read(day, reachable) ?? []);
    if (k.placeRank === 0 && k.lat !== null && k.lon !== null) lists.push(...this.cellsAround(k.lat, k.lon, day, reachable));
    this.stamp++;
    const out: number[] = [];
    for (const list of lists) for (const j of list) if (this.seen[j] !== this.stamp) { this.seen[j] = this.stamp; out.push(j); }
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
