// Our own plain gold format: each gold event is matched one-to-one to an event of ours of the same type that
// also agrees on whatever else the gold states (status, aggregate, killed, wounded, date, location, actors).
// The subtype is scored apart (on matched events), so a bombing called a shelling is still a detected attack.
import { EVENT_TYPES } from '../schema/event.js';
import type { Event } from '../schema/event.js';
import { countMatches, describeEvent, describeEvents, hasDeaths, rate, shorten } from './match.js';
import { corePlace, placeNamesMatch } from './places.js';
import type { Gazetteer } from './places.js';
import type { Diagnostic, GoldCount, GoldEvent, Measure, PlainRecord, Prediction, Scored } from './types.js';

/** Same type; a gold `casualties` report may also be carried by an attack (the count attached to it). */
const typeCompatible = (g: GoldEvent, e: Event): boolean =>
  e.type === g.type || (g.type === 'casualties' && e.type === 'attack');

function countOk(gold: GoldCount | null | undefined, ours: Event['killed']): boolean {
  if (gold === undefined) return true;
  if (gold === null) return ours === null;
  return countMatches(gold, ours);
}

/** Whether our event satisfies everything a gold event states. */
function eventMatches(g: GoldEvent, e: Event, gaz: Gazetteer | null = null): boolean {
  if (!typeCompatible(g, e)) return false;
  if (g.status !== undefined && e.status !== g.status) return false;
  if (g.aggregate !== undefined && e.aggregate !== g.aggregate) return false;
  if (!countOk(g.killed, e.killed) || !countOk(g.wounded, e.wounded)) return false;
  if (g.date !== undefined) {
    if (g.date === null ? e.date !== null && e.date.value !== null : e.date?.value !== g.date) return false;
  }
  if (g.location !== undefined) {
    if (g.location === null) { if (e.location !== null) return false; }
    else {
      const loc = e.location;
      if (!loc) return false;
      if (g.location.name && !placeNamesMatch(gaz, g.location.name, [loc.name, loc.text, loc.admin1])) return false;
      if (g.location.country !== undefined && loc.country !== g.location.country) return false;
    }
  }
  for (const a of g.actors ?? []) {
    const found = e.actors.some((o) =>
      (a.name === undefined || corePlace(o.name).includes(corePlace(a.name)) || corePlace(o.text).includes(corePlace(a.name))) &&
      (a.country === undefined || o.country === a.country) &&
      (a.kind === undefined || o.kind === a.kind) &&
      (a.role === undefined || o.role === a.role));
    if (!found) return false;
  }
  return true;
}

/** Maximum one-to-one matching of gold events to ours (augmenting paths); returns ours index per gold index or -1. */
export function matchEvents(gold: GoldEvent[], ours: Event[], gaz: Gazetteer | null = null): number[] {
  const ok = gold.map((g) => ours.map((e) => eventMatches(g, e, gaz)));
  const ownerOf = new Array<number>(ours.length).fill(-1);
  const tryAssign = (gi: number, seen: boolean[]): boolean => {
    for (let oi = 0; oi < ours.length; oi++) {
      if (!ok[gi]![oi] || seen[oi]) continue;
      seen[oi] = true;
      if (ownerOf[oi] === -1 || tryAssign(ownerOf[oi]!, seen)) { ownerOf[oi] = gi; return true; }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryAssign(gi, new Array<boolean>(ours.length).fill(false));
  const out = new Array<number>(gold.length).fill(-1);
  ownerOf.forEach((gi, oi) => { if (gi >= 0) out[gi] = oi; });
  return out;
}

const describeGold = (g: GoldEvent): string => {
  const parts: string[] = [g.subtype ? `${g.type}/${g.subtype}` : g.type];
  if (g.status) parts.push(`(${g.status})`);
  const c = (x: GoldCount) => `${x.low}${x.high === undefined || x.high === x.low ? '' : x.high === null ? '+' : `-${x.high}`}`;
  if (g.killed !== undefined) parts.push(`k=${g.killed ? c(g.killed) : 'none'}`);
  if (g.wounded !== undefined) parts.push(`w=${g.wounded ? c(g.wounded) : 'none'}`);
  if (g.date) parts.push(g.date);
  if (g.location) parts.push(`@${g.location.name ?? ''}${g.location.country ? `/${g.location.country}` : ''}`);
  return parts.join(' ');
};

export function scorePlain(records: PlainRecord[], preds: Map<string, Prediction>, gaz: Gazetteer | null = null): Scored {
  const diagnostics: Diagnostic[] = [];
  const per = Object.fromEntries(EVENT_TYPES.map((t) => [t, { gold: 0, found: 0, ours: 0, right: 0 }]));
  let subtypeGold = 0, subtypeRight = 0;
  let killedGold = 0, killedExact = 0, woundedGold = 0, woundedExact = 0, noDeathRecords = 0, invented = 0;

  for (const r of records) {
    const p = preds.get(r.id);
    const events = p?.events ?? [];
    if (p?.error) diagnostics.push({ record: r.id, kind: 'extractor_error', gold: `${r.events.length} events`, ours: p.error });
    const assigned = matchEvents(r.events, events, gaz);
    const used = new Set(assigned.filter((i) => i >= 0));
    r.events.forEach((g, gi) => {
      const slot = per[g.type]!;
      slot.gold++;
      if (assigned[gi]! >= 0) {
        slot.found++;
        const mine = events[assigned[gi]!]!;
        if (g.subtype !== undefined && g.type === mine.type) {
          subtypeGold++;
          if (mine.subtype === g.subtype) subtypeRight++;
          else diagnostics.push({ record: r.id, kind: 'wrong_subtype', gold: describeGold(g), ours: describeEvent(mine), text: shorten(r.text) });
        }
      } else diagnostics.push({ record: r.id, kind: 'miss', gold: describeGold(g), ours: describeEvents(events), text: shorten(r.text) });
      // counts: is there an event of a compatible type that states the gold number?
      if (g.killed) {
        killedGold++;
        if (events.some((e) => typeCompatible(g, e) && countMatches(g.killed!, e.killed))) killedExact++;
        else diagnostics.push({ record: r.id, kind: 'wrong_count', gold: describeGold(g), ours: describeEvents(events), text: shorten(r.text) });
      }
      if (g.wounded) {
        woundedGold++;
        if (events.some((e) => typeCompatible(g, e) && countMatches(g.wounded!, e.wounded))) woundedExact++;
        else diagnostics.push({ record: r.id, kind: 'wrong_count', gold: describeGold(g), ours: describeEvents(events), text: shorten(r.text) });
      }
    });
    events.forEach((e, oi) => {
      const slot = per[e.type];
      if (!slot) return;
      slot.ours++;
      if (used.has(oi)) slot.right++;
      else diagnostics.push({ record: r.id, kind: 'false_positive', gold: r.events.map(describeGold).join('; ') || '(no events)', ours: describeEvent(e), text: shorten(r.text) });
    });
    if (!r.events.some((g) => g.killed && g.killed.low > 0)) {
      noDeathRecords++;
      const withDeaths = events.filter(hasDeaths);
      if (withDeaths.length) {
        invented++;
        diagnostics.push({ record: r.id, kind: 'invented_deaths', gold: 'no deaths', ours: describeEvents(withDeaths), text: shorten(r.text) });
      }
    }
  }

  const n = records.length;
  const allGold = EVENT_TYPES.reduce((s, t) => s + per[t]!.gold, 0);
  const allFound = EVENT_TYPES.reduce((s, t) => s + per[t]!.found, 0);
  const allOurs = EVENT_TYPES.reduce((s, t) => s + per[t]!.ours, 0);
  const allRight = EVENT_TYPES.reduce((s, t) => s + per[t]!.right, 0);
  const measures: Measure[] = [
    rate('detection recall, all types (gold events)', allFound, allGold, n, undefined, 'higher'),
    rate('detection precision, all types (our events)', allRight, allOurs, n, undefined, 'higher'),
  ];
  for (const t of EVENT_TYPES) {
    const s = per[t]!;
    measures.push(rate(`${t} recall (gold events)`, s.found, s.gold, n, undefined, 'higher'));
    measures.push(rate(`${t} precision (our events)`, s.right, s.ours, n, undefined, 'higher'));
  }
  measures.push(
    rate('subtype right (matched events whose gold states one)', subtypeRight, subtypeGold, n, undefined, 'higher'),
    rate('killed exact (gold events stating a number)', killedExact, killedGold, n, undefined, 'higher'),
    rate('wounded exact (gold events stating a number)', woundedExact, woundedGold, n, undefined, 'higher'),
    rate('invented deaths (records whose gold has no deaths)', invented, noDeathRecords, noDeathRecords, { op: '<=', value: 0 }),
  );
  return { measures, diagnostics };
}
