// The country-level fallback: a country's location when a sentence names no place (src/refiners/locations.ts
// decides when to use it).
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { countries } from '../lexicon/countries.js';
import { countryLocation } from './locations.js';

/** A country-level location: `code`'s, or else the country the article names most (the dateline's on a tie). */
export function documentCountry(code: string | null, ctx: PlaceContext): EventLocation | null {
  let c = code;
  if (!c) {
    const ranked = [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]);
    if (!ranked.length || ranked.length > 1 && ranked[0][1] === ranked[1][1]) return ctx.dateline?.country ? countryLocation(ctx.dateline.country, ctx.dateline.text) : null;
    c = ranked[0][0];
  }
  const r = countries().byCode.get(c);
  return r ? countryLocation(c, r.name) : null;
}
