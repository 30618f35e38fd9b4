// Where an event whose sentences name no place happened: the country the article's located events agree on (for
// an agreement, the one country all its parties belong to), else the country the article's votes favour, where an
// attacking state's nationality never counts (an American drone strike is not in the United States). Only the
// country is inferred (precision "country"); a town is never guessed.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from '../places/index.js';
import { documentCountry } from '../places/index.js';
import type { Draft } from './merge.js';
import { countryOf } from '../lexicon/countries.js';

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
  const sides = { attackers: nationalities(d, 'attacker'), targets: nationalities(d, 'target'), stateAttackers: nationalities(d, 'attacker', HOME_FORCES) };
  return documentCountry(null, ctx, sides);
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
