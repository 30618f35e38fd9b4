// Countries by the words news names them with: a name, a spelling, an abbreviation, a demonym or a capital. The
// word list is built from world-countries (and src/places/aliases.json) by scripts/build-gazetteer.mjs into
// data/countries.json, keyed by foldKey (./keys.ts); it is read on first use (importing this module reads nothing).
// Every stage may ask whether a word names a country: the rules (a plural demonym is people: "7 Yemenis"), the
// actors resolver, the places.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldKey } from './keys.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'countries.json');

interface CountryRow { code: string; cca3: string; name: string; names: string[]; demonyms: string[]; lat: number; lon: number; capital: string | null }

let countryData: {
  byAbbreviation: Map<string, CountryRow>;
  rows: CountryRow[]; byName: Map<string, CountryRow>; byDemonym: Map<string, CountryRow>; byCapital: Map<string, CountryRow>; byCode: Map<string, CountryRow>;
} | null = null;

/** Short names news gives two states. `codes[0]` is what the bare name means in wire copy; after a town ("Goma,
 *  Congo", "Brazzaville, Congo") the name may be either, and the town decides. */
const SHARED_NAMES: { word: string; codes: string[]; reason: string }[] = [
  { word: 'congo', codes: ['CD', 'CG'], reason: 'Reuters and AP write "Congo" for the Democratic Republic and "Republic of Congo" or "Congo Republic" for its neighbour' },
];

/** The states a name may be ("Congo": the DR Congo or the Republic of the Congo); null for a name of one state. */
export function sharedCountryCodes(name: string): string[] | null {
  return SHARED_NAMES.find((s) => s.word === foldKey(name))?.codes ?? null;
}

/** Countries by fold key of a name, a demonym or a capital (keys made at build time), by abbreviation as written, and by code. */
export function countries() {
  if (countryData) return countryData;
  const data = JSON.parse(readCountries()) as {
    rows: CountryRow[]; byName: Record<string, string>; byDemonym: Record<string, string>; byCapital: Record<string, string>;
    byAbbreviation: Record<string, string>;
  };
  const byCode = new Map(data.rows.map((r) => [r.code, r]));
  const map = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, c]) => [k, byCode.get(c)!]));
  countryData = {
    rows: data.rows, byName: map(data.byName), byDemonym: map(data.byDemonym), byCapital: map(data.byCapital), byCode,
    byAbbreviation: map(data.byAbbreviation), // as written, case and dots kept: "US", "U.K.", "UAE"
  };
  for (const s of SHARED_NAMES) countryData.byName.set(s.word, byCode.get(s.codes[0])!);
  return countryData;
}


function readCountries(): string {
  try {
    return readFileSync(DATA, 'utf8');
  } catch (e) {
    throw new Error(`countries: ${DATA} is missing; run \`npm run build\` (scripts/build-gazetteer.mjs) — ${(e as Error).message}`);
  }
}

/** Country by name, spelling or demonym ("Turkish" → TR, "U.S." → US, "Russia's" → RU); a capital stands for its state
 *  unless `capitals: false`. */
export function countryOf(word: string, opts: { capitals?: boolean } = {}): { code: string; name: string } | null {
  const w = word.replace(/['’]s$/, '').trim();
  if (!w || !/^[A-Z]/.test(w)) return null;
  const c = countries();
  const abbreviation = c.byAbbreviation.get(w);
  if (abbreviation) return { code: abbreviation.code, name: abbreviation.name };
  const k = foldKey(w);
  const r = c.byName.get(k) ?? c.byDemonym.get(k) ?? (opts.capitals === false ? undefined : c.byCapital.get(k));
  return r ? { code: r.code, name: r.name } : null;
}

/** A demonym that is not also a country's name ("Turkish", "Syrians"): a people, no place. */
export function isDemonym(word: string): boolean {
  const k = foldKey(word);
  return countries().byDemonym.has(k) && !countries().byName.has(k);
}
