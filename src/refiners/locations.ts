// Where an event whose sentences name no place happened: the country the article's located events agree on (for
// an agreement, the one country all its parties belong to). Only the country is inferred (precision "country");
// a town is never guessed.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from '../places/index.js';
import { documentCountry } from '../places/index.js';
import type { Draft } from './merge.js';

export function fallbackLocation(d: Draft, all: Draft[], ctx: PlaceContext): EventLocation | null {
  if (d.type === 'meeting') return null; // a meeting's place is never the article's country by default
  if (d.type === 'agreement') {
    // an agreement among the parties of one country ("Mali's government and armed groups agreed a ceasefire") is that country's
    const states = new Set(d.actors.map((a) => a.country).filter((c): c is string => !!c));
    return states.size === 1 ? documentCountry([...states][0], ctx) : null;
  }
  const tally = new Map<string, { n: number; loc: EventLocation }>();
  for (const o of all) {
    if (!o.location?.country) continue;
    const t = tally.get(o.location.country) ?? { n: 0, loc: o.location };
    t.n++;
    tally.set(o.location.country, t);
  }
  const best = [...tally.values()].sort((a, b) => b.n - a.n)[0];
  if (best) {
    const c = best.loc;
    return documentCountry(c.country!, ctx) ?? null;
  }
  return documentCountry(null, ctx);
}
