// When two events of different documents tell the same real event (README, "One event, many reports"). An event is
// first cut down to a compact key (what the rules read, nothing else: pass 1 of the dedupe holds only keys), then
// two keys are compared rule by rule: type and subtype, date, place, actors. Every rule is symmetric.
import type { Event, EventLocation } from '../schema/event.js';

export interface DedupeWindows {
  /** dates at most this many days apart are the same day (one more when either date is coarser than a day) */
  days: number;
  /** places (towns) at most this many kilometres apart are the same place */
  km: number;
}

export const DEFAULT_WINDOWS: DedupeWindows = { days: 1, km: 5 };

/** Place precisions from finest to coarsest (the schema's order). */
const PLACE_RANKS: Record<EventLocation['precision'], number> = { town: 0, admin2: 1, admin1: 2, region: 3, country: 4 };

interface ActorKey { role: string; name: string; kind: string }

/** A casualty report tells the deaths of some attack (the extractor links one to its attack within a document,
 *  refiners/): across documents too, a casualty report and an attack may be one event. Types of one family share a
 *  block of the dedupe and may merge. */
export const TYPE_FAMILIES: Record<string, string> = { attack: 'violence', casualties: 'violence', meeting: 'meeting', agreement: 'agreement' };

/** What the rules read of one event. Dates are day numbers (days since 1970-01-01); a date of a month or a year is
 *  the interval of its days. */
export interface EventKey {
  type: string;
  subtype: string;
  /** a running total (SPEC.md "aggregate"), never one with an incident */
  aggregate: boolean;
  /** the subtype says nothing of how (vagueSubtype) */
  vague: boolean;
  /** first and last day the date can be; NaN when the event has no date value */
  from: number;
  to: number;
  /** the date is coarser than a day (month, year, range, unknown precision) */
  coarseDate: boolean;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  /** PLACE_RANKS of the location; -1 when the event has no location */
  placeRank: number;
  actors: ActorKey[];
}

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

/** The days a date value (YYYY, YYYY-MM or YYYY-MM-DD) can mean, as [first, last]; [NaN, NaN] for none. */
function dateInterval(value: string | null | undefined): [number, number] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return [NaN, NaN];
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo === null) return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
  if (d === null) return [dayOf(y, mo, 1), dayOf(y, mo + 1, 0)];
  return [dayOf(y, mo, d), dayOf(y, mo, d)];
}

export function keyOf(e: Event): EventKey {
  const [from, to] = dateInterval(e.date?.value);
  const loc = e.location;
  return {
    type: e.type, subtype: e.subtype, aggregate: e.aggregate, vague: vagueSubtype(e), from, to,
    coarseDate: !!e.date?.value && (e.date.precision !== 'day' || to > from),
    country: loc?.country ?? null, admin1: loc?.admin1 ?? null, admin2: loc?.admin2 ?? null,
    lat: loc?.lat ?? null, lon: loc?.lon ?? null, placeRank: loc ? PLACE_RANKS[loc.precision] : -1,
    actors: e.actors.map((a) => ({ role: a.role, name: a.name.toLowerCase(), kind: a.kind })),
  };
}

/** Subtypes that say nothing more than the type: they agree with any subtype of it. */
const VAGUE_SUBTYPES = new Set(['unspecified', 'report']);

/** Rules of refiners/subtype.ts that turn an unspecified attack into a subtype from its sides alone (armed men on both
 *  sides: armed_clash; on civilians: attack_on_civilians): the words said nothing of how. */
const SIDES_DEFAULTS = /\bsides:armed-on-(?:armed|civilians)\b/;

/** The event's subtype says no more than its type: unspecified, a casualty report, or a default from the sides. */
export function vagueSubtype(e: Pick<Event, 'subtype' | 'rule'>): boolean {
  return VAGUE_SUBTYPES.has(e.subtype) || SIDES_DEFAULTS.test(e.rule);
}

/** Subtypes that one report may give where another gives the other for the same attack: a drone strike is an air
 *  strike seen closer; a suicide bombing a bombing. */
const SUBTYPE_FAMILIES: Record<string, string> = {
  airstrike: 'air', drone_strike: 'air', bombing: 'bomb', suicide_bombing: 'bomb',
};

/** Types and subtypes: the same type, or a casualty report and an attack (TYPE_FAMILIES), both running totals or
 *  neither; then the same subtype, one that says nothing of how (vagueSubtype), or two of one SUBTYPE_FAMILIES. */
export function subtypesCompatible(a: EventKey, b: EventKey): boolean {
  if (a.aggregate !== b.aggregate) return false;
  if (a.type !== b.type) return TYPE_FAMILIES[a.type] === TYPE_FAMILIES[b.type] && (a.vague || b.vague);
  if (a.subtype === b.subtype || a.vague || b.vague) return true;
  const family = SUBTYPE_FAMILIES[a.subtype];
  return family !== undefined && family === SUBTYPE_FAMILIES[b.subtype];
}

/** Dates at most `days` apart (`days + 1` when either is coarser than a day), measured between the intervals the
 *  dates can mean (a month holds every day of it). An event with no date value agrees only with another without. */
export function datesCompatible(a: EventKey, b: EventKey, w: DedupeWindows): boolean {
  if (Number.isNaN(a.from) || Number.isNaN(b.from)) return Number.isNaN(a.from) && Number.isNaN(b.from);
  const gap = Math.max(0, a.from - b.to, b.from - a.to);
  return gap <= w.days + (a.coarseDate || b.coarseDate ? 1 : 0);
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const same = (x: string | null, y: string | null) => x !== null && x === y;

/** Places: two towns within `km`; else the coarser of the two decides the level they must share: an admin2 the same
 *  admin2 (the same admin1 when the other names no admin2), an admin1 the same admin1, a region or a country the same
 *  country (and then `placesCompatible` says 'country-only': the caller asks more of the other rules). An event with
 *  no location agrees only with another without. */
export function placesCompatible(a: EventKey, b: EventKey, w: DedupeWindows): boolean | 'country-only' {
  if (a.placeRank < 0 || b.placeRank < 0) return a.placeRank < 0 && b.placeRank < 0;
  if (!same(a.country, b.country)) return false;
  const coarsest = Math.max(a.placeRank, b.placeRank);
  if (coarsest === PLACE_RANKS.town) {
    if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
    // a degree of latitude is 111 km everywhere: farther apart north to south, no need of the sines
    if (Math.abs(a.lat - b.lat) * 111 > w.km + 1) return false;
    return haversineKm(a.lat, a.lon, b.lat, b.lon) <= w.km;
  }
  if (coarsest === PLACE_RANKS.admin2) {
    if (a.admin2 !== null && b.admin2 !== null) return a.admin2 === b.admin2 && same(a.admin1, b.admin1);
    return same(a.admin1, b.admin1);
  }
  if (coarsest === PLACE_RANKS.admin1) return same(a.admin1, b.admin1);
  return 'country-only';
}

const ROLES = ['attacker', 'target', 'participant', 'mediator'];

/** Actors, role by role: when both events name actors in a role, some pair must share a name or a kind; a role that
 *  one side leaves empty agrees. `strict`: both events must name some actor, and some role must be shared by both. */
export function actorsCompatible(a: EventKey, b: EventKey, strict = false): boolean {
  let shared = false;
  for (const role of ROLES) {
    const x = a.actors.filter((t) => t.role === role);
    const y = b.actors.filter((t) => t.role === role);
    if (!x.length || !y.length) continue;
    if (!x.some((p) => y.some((q) => p.name === q.name || p.kind === q.kind))) return false;
    shared = true;
  }
  return !strict || shared;
}

/** Whether two events (of different documents) tell the same real event. An event located only at country (or
 *  region) level merges only when everything else matches outright: the same subtype, and actors named on both
 *  sides that agree in some role. `loose`: whether they may be one event, all else being known (a group's other
 *  members): then the country-level rule asks only what the others ask. */
export function sameEvent(a: EventKey, b: EventKey, w: DedupeWindows, loose = false): boolean {
  if (!subtypesCompatible(a, b) || !datesCompatible(a, b, w)) return false;
  const place = placesCompatible(a, b, w);
  if (place === false) return false;
  if (place === 'country-only' && !loose) return a.subtype === b.subtype && actorsCompatible(a, b, true);
  return actorsCompatible(a, b);
}
