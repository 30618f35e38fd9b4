// The hierarchy written after a place's name ("Turbat, Kech district, Balochistan", "Gwoza town (Gwoza LGA, Borno
// State)", "Nad Ali district of Helmand province"), read right to left: the last link is a country, a region or a
// first-level division; each link before it a division or district inside the one after it. The areas that remain
// are a requirement the name itself must meet (./rank.ts); a link that resolves to nothing voids the chain.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { sharedCountryCodes } from '../lexicon/countries.js';
import { near, skeletonKey } from '../lexicon/keys.js';
import { placesByKey, placesBySkeleton, type Place } from './gazetteer.js';
import { admin1Location, admin2Location, countryLocation, regionLocation } from './locations.js';
import { regionCountry, regionNamed } from './regions.js';
import { admin1sNamed, admin2sNamed } from './divisions.js';
import { isAdminHead, isAdmin2Head } from './patterns.js';
import { countryNamed, foldKeyOnce } from './remember.js';

/** One link as written: its name and the kind word after it ("Kech", "district"; "Hama", ""). */
export interface Link { name: string; head: string }

/** An area a link resolved to: its countries (a region may have several), its division and district, as a location. */
export interface Area { countries: string[]; admin1: string | null; admin2: string | null; loc: EventLocation }

/** The areas the links (left to right, the widest last) resolve to; null when any link resolves to none. */
export function resolveChain(links: Link[], ctx: PlaceContext): Area[] | null {
  let areas: Area[] | null = null;
  for (let i = links.length - 1; i >= 0; i--) {
    const next: Area[] = linkAreas(links[i], areas, ctx);
    if (!next.length) return null;
    areas = next;
  }
  return areas;
}

/** The areas one link names inside `within` (the areas after it; null for the last link). */
function linkAreas(link: Link, within: Area[] | null, ctx: PlaceContext): Area[] {
  const text = link.head ? `${link.name} ${link.head}` : link.name;
  if (!within) {
    const wide = widest(link, text, ctx);
    if (wide.length) return wide;
  }
  // inside a division only a district; a district's word asks for one first ("Sanmatenga province, Centre-Nord":
  // GeoNames has Burkina Faso's provinces as districts)
  const inDivision = !!within?.some((a) => a.admin1);
  const levels = inDivision ? [districts] : isAdmin2Head(link.head) ? [districts, divisions] : [divisions, districts];
  for (const level of levels) {
    const found = level(link, text, within);
    if (found.length) return preferContext(found, ctx);
  }
  // a district the data lacks or spells otherwise, named after its division or its seat ("Idleb district, Idleb
  // governorate", "Muhradah district, Hama governorate"), or in the one division written after it ("Donga-Mantung
  // division, North-West region"): the division holds it
  if (!inDivision || !isAdmin2Head(link.head)) return [];
  const named = (a: Area) => near(foldKeyOnce(a.admin1!), foldKeyOnce(link.name)) || holdsTown(a, link.name);
  const held = within!.filter((a) => a.admin1 && !a.admin2);
  const byName = held.filter(named);
  return byName.length ? byName : held.length === 1 && writtenExactly(held[0]) ? held : [];
}

/** The division was written with its own name, not a variant spelling of it ("Balochistan", "Idlib governorate";
 *  not "Nowhereland province" read as New Ireland). */
function writtenExactly(a: Area): boolean {
  const words = a.loc.text.trim().split(/\s+/);
  const name = words.length > 1 && isAdminHead(words[words.length - 1]) ? words.slice(0, -1).join(' ') : a.loc.text;
  return admin1sNamed(name, false).some((r) => r.cc === a.countries[0] && r.name === a.admin1);
}

/** The area's division has a town of that name, exactly or by a close variant ("Maarrat al-Numan" in Idlib). */
function holdsTown(a: Area, name: string): boolean {
  const k = foldKeyOnce(name);
  const inside = (p: Place) => a.countries.includes(p.cc) && p.admin1 === a.admin1;
  return placesByKey(k).some(inside) || placesBySkeleton(skeletonKey(name)).some((p) => inside(p) && near(p.key, k));
}

/** The last link as a country or a region that is no division ("Darfur", "Kashmir"). */
function widest(link: Link, text: string, ctx: PlaceContext): Area[] {
  if (isAdminHead(link.head) || isAdmin2Head(link.head)) return [];
  const c = countryNamed(link.name);
  // ("Goma, Congo" is in the DR Congo, "Brazzaville, Congo" in the Republic of the Congo)
  const codes = c ? sharedCountryCodes(link.name) ?? [c.code] : [];
  const areas = codes.map((code) => ({ countries: [code], admin1: null, admin2: null, loc: countryLocation(code, text) }));
  if (areas.length && areas.every((a) => a.loc)) return areas as Area[];
  const r = regionNamed(link.name);
  return r ? [{ countries: r.countries, admin1: r.admin1, admin2: null, loc: regionLocation(r, text, regionCountry(r, ctx)) }] : [];
}

/** First-level divisions of that name inside `within`; the last link also by a close variant when all its variants
 *  are in one country ("Lower Shabelle" = "Lower Shabeelle"). */
function divisions(link: Link, text: string, within: Area[] | null): Area[] {
  let rows = admin1sNamed(link.name, true);
  if (within) rows = rows.filter((a) => within.some((w) => w.countries.includes(a.cc) && !w.admin1));
  else if (!admin1sNamed(link.name, false).length && new Set(rows.map((a) => a.cc)).size > 1) rows = [];
  return rows.map((a) => ({ countries: [a.cc], admin1: a.name, admin2: null, loc: admin1Location(a, text) }));
}

/** Districts of that name inside `within`; as the last link only in one country ("Marawi, Lanao del Sur": the
 *  Philippines' provinces are districts). */
function districts(link: Link, text: string, within: Area[] | null): Area[] {
  let rows = admin2sNamed(link.name, !!within);
  if (within) rows = rows.filter((d) => within.some((w) => w.countries.includes(d.cc) && !w.admin2 && (!w.admin1 || w.admin1 === d.admin1)));
  else if (new Set(rows.map((d) => d.cc)).size > 1) rows = [];
  return rows.map((d) => ({ countries: [d.cc], admin1: d.admin1 || null, admin2: d.name, loc: admin2Location(d, text) }));
}

/** Of areas in several countries, those in the article's countries when some are ("Lahore, Punjab" in a Pakistani story). */
function preferContext(areas: Area[], ctx: PlaceContext): Area[] {
  const named = areas.filter((a) => a.countries.some((c) => ctx.countries.has(c) || ctx.dateline?.country === c));
  return named.length ? named : areas;
}
