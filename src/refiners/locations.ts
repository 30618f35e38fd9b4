// Where an event whose sentences name no place happened: the country the article's located events agree on (for
// an agreement, the one country all its parties belong to), else the country the article's votes favour, where an
// attacking state's nationality never counts (an American drone strike is not in the United States). Only the
// country is inferred (precision "country"); a town is never guessed.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from '../places/index.js';
import { documentCountry } from '../places/index.js';
import type { Draft } from './merge.js';
import { countryOf } from '../lexicon/countries.js';

/** The located events' countries, counted: the one most events are in (on a tie, the one of the earliest event).
 *  Kept up to date as fallback countries are given, so a document of many events costs one pass, not one per event. */
class CountryTally {
  private readonly counts = new Map<string, { n: number; first: number; loc: EventLocation }>();
  constructor(private readonly order: Map<Draft, number>) {
    for (const d of order.keys()) this.add(d);
  }
  add(d: Draft): void {
    const loc = d.location;
    if (!loc?.country) return;
    const at = this.order.get(d)!;
    const t = this.counts.get(loc.country);
    if (!t) { this.counts.set(loc.country, { n: 1, first: at, loc }); return; }
    t.n++;
    if (at < t.first) { t.first = at; t.loc = loc; }
  }
  best(): EventLocation | null {
    let top: { n: number; first: number; loc: EventLocation } | null = null;
    for (const t of this.counts.values()) if (!top || t.n > top.n || (t.n === top.n && t.first < top.first)) top = t;
    return top?.loc ?? null;
  }
}

/** Gives every draft with no place of its own its fallback country (see the top of this file), in order. */
export function fallbackLocations(drafts: Draft[], ctx: () => PlaceContext): void {
  const tally = new CountryTally(new Map(drafts.map((d, i) => [d, i])));
  for (const d of drafts) {
    if (d.location) continue;
    d.location = fallbackLocation(d, tally, ctx);
    tally.add(d);
  }
}

function fallbackLocation(d: Draft, tally: CountryTally, ctx: () => PlaceContext): EventLocation | null {
  if (d.type === 'meeting') return null; // a meeting's place is never the article's country by default
  if (d.type === 'agreement') {
    // an agreement among the parties of one country ("Mali's government and armed groups agreed a ceasefire") is that country's
    const states = new Set(d.actors.map((a) => a.country).filter((c): c is string => !!c));
    return states.size === 1 ? documentCountry([...states][0], ctx()) : null;
  }
  const best = tally.best();
  if (best) return documentCountry(best.country!, ctx()) ?? null;
  const sides = { attackers: nationalities(d, 'attacker'), targets: nationalities(d, 'target'), stateAttackers: nationalities(d, 'attacker', HOME_FORCES) };
  return documentCountry(null, ctx(), sides);
}

/** Actor kinds that fight at home: their nationality is where they act ("Egyptian police", "Sudanese rebels"). */
const HOME_FORCES = new Set(['police', 'rebel', 'militant']);

/** The countries of the event's actors in `role` (but not of the kinds `except`) as their own words tell them
 *  ("Russian jets", "U.S.-led troops", "the Saudi-led coalition"); not one inferred from a capital in their name
 *  ("the Madrid bombers"). */
function nationalities(d: Draft, role: 'attacker' | 'target', except: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const a of d.actors) {
    if (a.role !== role || except.has(a.kind)) continue;
    const told = a.text.split(/\s+/).map((w) => countryOf(w.replace(/-\p{Ll}+$/u, ''), { capitals: false })?.code);
    const c = told.find((t) => t && (!a.country || t === a.country));
    if (c) out.add(c);
  }
  return out;
}
