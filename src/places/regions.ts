// Regions news names as places that are no administrative unit (Darfur, Kashmir, Donbas, Sahel...): our own small
// table in ./regions.json (each row with its countries, centroid and reason), read on first use and looked up by
// fold key. Which of a region's countries an event is in is the article's to say (regionCountry).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceContext } from './context.js';
import { remembered } from '../document/remembered.js';
import { foldKeyOnce } from './remember.js';

export interface Region { name: string; names: string[]; countries: string[]; admin1: string | null; lat: number; lon: number; reason: string }

/** The table as written in src/ (the compiled module is in dist/src/places/). */
const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'places', 'regions.json');

let byKey: Map<string, Region> | null = null;

function regionsByKey(): Map<string, Region> {
  if (byKey) return byKey;
  const { regions } = JSON.parse(readFileSync(FILE, 'utf8')) as { regions: Region[] };
  byKey = new Map();
  for (const r of regions) for (const n of r.names) byKey.set(foldKeyOnce(n), r);
  return byKey;
}

/** The region a name is ("Darfur", "Donbass", "Gaza"), or null. */
export const regionNamed: (name: string) => Region | null = remembered((name) => regionsByKey().get(foldKeyOnce(name)) ?? null);

/** The one of a region's countries the article is about: its only country, else the one the article names (the most
 *  named of several, the dateline's), else null: "Kashmir" alone is in no one country. A division's name after a
 *  preposition only ("in the Sahel": Burkina Faso has a Sahel region) does not say which. */
export function regionCountry(r: Region, ctx: PlaceContext): string | null {
  if (r.countries.length === 1) return r.countries[0];
  const weak = (c: string) => (ctx.adminVotes?.get(c)?.strong === false ? ctx.adminVotes.get(c)!.n : 0);
  const weight = (c: string) => (ctx.countries.get(c) ?? 0) - weak(c) + (ctx.dateline?.country === c ? 0.5 : 0);
  const named = r.countries.filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a));
  return named.length === 1 || named.length > 1 && weight(named[0]) > weight(named[1]) ? named[0] : null;
}
