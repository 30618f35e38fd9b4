// Event locations made from the gazetteer's rows: a country (its centroid), a first-level division, a town.
import type { EventLocation } from '../schema/event.js';
import type { Admin1Row, Place } from './gazetteer.js';
import { countries } from '../lexicon/countries.js';

/** The country's centroid as a location of country precision; null for a code the gazetteer lacks. */
export function countryLocation(code: string, text: string): EventLocation | null {
  const r = countries().byCode.get(code);
  if (!r) return null;
  return { text, name: r.name, admin1: null, country: r.code, lat: r.lat, lon: r.lon, precision: 'country' };
}

export function admin1Location(a: Admin1Row, text: string): EventLocation {
  return { text, name: a.name, admin1: a.name, country: a.cc, lat: a.lat, lon: a.lon, precision: 'admin1' };
}

export function townLocation(p: Place, text: string): EventLocation {
  return { text, name: p.name, admin1: p.admin1 || null, country: p.cc, lat: p.lat, lon: p.lon, precision: 'town' };
}
