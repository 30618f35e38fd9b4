// Event locations made from the gazetteer's rows: a country (its centroid), a first-level division, a district
// (second-level division), a region that is no division (./regions.ts), a town.
import type { EventLocation } from '../schema/event.js';
import type { Admin1Row, Admin2Row, Place } from './gazetteer.js';
import type { Region } from './regions.js';
import { countries } from '../lexicon/countries.js';

/** The country's centroid as a location of country precision; null for a code the gazetteer lacks. */
export function countryLocation(code: string, text: string): EventLocation | null {
  const r = countries().byCode.get(code);
  if (!r) return null;
  return { text, name: r.name, admin2: null, admin1: null, country: r.code, lat: r.lat, lon: r.lon, precision: 'country' };
}

/** A division's name as English text writes it: GeoNames' transliteration marks dropped ("Şa‘dah" → "Sa'dah",
 *  "Ḩalab" → "Halab"; town names are GeoNames' ASCII names already). */
function plainName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’ʻʼʿʾ`´]/g, "'");
}

export function admin1Location(a: Admin1Row, text: string): EventLocation {
  const name = plainName(a.name);
  return { text, name, admin2: null, admin1: name, country: a.cc, lat: a.lat, lon: a.lon, precision: 'admin1' };
}

export function admin2Location(a: Admin2Row, text: string): EventLocation {
  const name = plainName(a.name);
  return { text, name, admin2: name, admin1: a.admin1 ? plainName(a.admin1) : null, country: a.cc, lat: a.lat, lon: a.lon, precision: 'admin2' };
}

/** A region: `cc` the one of its countries the article is about, null when the article does not say which. */
export function regionLocation(r: Region, text: string, cc: string | null): EventLocation {
  return { text, name: r.name, admin2: null, admin1: r.admin1, country: cc, lat: r.lat, lon: r.lon, precision: 'region' };
}

/** A town; `admin2` its district when the gazetteer does not give it and the text does ("Sarmin (Idleb district)"). */
export function townLocation(p: Place, text: string, admin2: string | null = null): EventLocation {
  const district = p.admin2 || admin2;
  return { text, name: p.name, admin2: district ? plainName(district) : null, admin1: p.admin1 ? plainName(p.admin1) : null, country: p.cc, lat: p.lat, lon: p.lon, precision: 'town' };
}
