// The country-level fallback: a country's location when a sentence names no place (src/refiners/locations.ts
// decides when to use it). The article's country votes (./context.ts) are weighed, not just counted:
//   - a demonym is a nationality, not a place: an attacking state's is never the event's country ("a Russian
//     airstrike" in a Syrian province is Syrian), and a dateline outweighs demonyms ("KABUL - U.S.-led troops");
//     police, rebels and militants attack at home, so their nationality still counts ("Egyptian police opened fire");
//   - an attack between sides of two nationalities ("Ivorian bombers killed French peacekeepers") may have been in
//     either country or neither: only the dateline's country, else none;
//   - when only demonyms are left and the attacker's nationality was one of them, the rest are its victims' or
//     other sides' nationalities, which do not tell where the attack was: no country;
//   - in a story that crosses borders (people named by their nationality because they are abroad, "American
//     contractors"; a state's aircraft, "Ukrainian drones"; a sponsor, "Iranian-backed"; a launch point, "fired from
//     Lebanon") no demonym makes the country;
//   - a division's vote counts, but a single weak one ("in Delta" once) never makes the country on its own.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { countries } from '../lexicon/countries.js';
import { countryLocation } from './locations.js';

/** The nationalities of an event's sides, as their words tell them ("Russian jets", "U.S.-led troops"): of all its
 *  attackers, of its targets, and of its attacking states' forces (`stateAttackers`: not police, rebels, militants). */
interface Sides { attackers: ReadonlySet<string>; targets: ReadonlySet<string>; stateAttackers: ReadonlySet<string> }
const NO_SIDES: Sides = { attackers: new Set(), targets: new Set(), stateAttackers: new Set() };

/** A country-level location: `code`'s, or else the country the article's votes favour (the dateline's on a tie);
 *  `sides`: the nationalities of the event's sides (an attacking state's demonym votes do not count). */
export function documentCountry(code: string | null, ctx: PlaceContext, sides: Sides = NO_SIDES): EventLocation | null {
  let c = code;
  if (!c) {
    const { attackers, targets, stateAttackers } = sides;
    const dateline = ctx.dateline?.country ? countryLocation(ctx.dateline.country, ctx.dateline.text) : null;
    if (attackers.size && targets.size && ![...attackers].some((a) => targets.has(a))) return dateline;
    const votes = weighedVotes(ctx, stateAttackers);
    const ranked = [...votes.entries()].filter(([, v]) => v.n > 0).sort((a, b) => b[1].n - a[1].n);
    if (!ranked.length || ranked.length > 1 && ranked[0][1].n === ranked[1][1].n) return dateline;
    // nothing but the nationalities of the other sides once the attacking state's is set aside
    if (ranked.every(([, v]) => v.onlyDemonyms) && [...stateAttackers].some((a) => ctx.demonymVotes.has(a))) return null;
    c = ranked[0][0];
  }
  const r = countries().byCode.get(c);
  return r ? countryLocation(c, r.name) : null;
}

/** Each country's votes once the demonyms of the attacking states set `aside`, every demonym when there is a
 *  dateline, and a lone weak division vote are taken out; `onlyDemonyms` when all that is left of a country's votes
 *  are demonyms. */
function weighedVotes(ctx: PlaceContext, aside: ReadonlySet<string>): Map<string, { n: number; onlyDemonyms: boolean }> {
  const admin = [...ctx.adminVotes.entries()];
  const loneWeak = admin.length === 1 && admin[0][1].n === 1 && !admin[0][1].strong ? admin[0][0] : null;
  const out = new Map<string, { n: number; onlyDemonyms: boolean }>();
  // a story with people abroad, a state's aircraft, a sponsor or a launch point ("American contractors", "Ukrainian
  // drones", "Iranian-backed", "launched from Yemen") crosses borders: no nationality in it tells where the event was
  const crossBorder = ctx.elsewhereVotes.size > 0;
  for (const [cc, total] of ctx.countries) {
    const demonyms = ctx.demonymVotes.get(cc) ?? 0;
    const kept = aside.has(cc) || ctx.dateline?.country || crossBorder ? 0 : demonyms;
    const n = total - (demonyms - kept) - (cc === loneWeak ? 1 : 0);
    out.set(cc, { n, onlyDemonyms: n > 0 && n === kept });
  }
  return out;
}
