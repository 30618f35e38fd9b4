// The place context of an article, built once per document: the countries it names (and how often), the
// first-level divisions it names, the words it uses as people's names, and where it was filed (its dateline).
// Which of several same-named places a name is (./rank.ts) is decided against it.
import type { EventLocation } from '../schema/event.js';
import { foldKey } from '../lexicon/keys.js';
import { admin1s, hasPlaceKey } from './gazetteer.js';
import { countries } from '../lexicon/countries.js';
import { countryOf } from '../lexicon/countries.js';
import { resolvePlaceName } from './resolve.js';
import { NOT_PLACE_KEYS, WORD, TITLE_RE, SAID_RE } from './patterns.js';

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

/** How much of a long document is read for its context. */
const HEAD_CHARS = 200000;

/** The dateline as the pipeline parsed it (src/resolvers/dateline.ts): its place as written with its region, and the
 *  name and region apart ("BEIRUT, Lebanon": "BEIRUT", "Lebanon"). */
interface DatelinePlace { place: string | null; name: string | null; region: string | null }

/** The article's countries, divisions, people and dateline. */
export function buildPlaceContext(docText: string, dateline: DatelinePlace | null = null): PlaceContext {
  const head = docText.length > HEAD_CHARS ? docText.slice(0, HEAD_CHARS) : docText;
  const ctx: PlaceContext = { countries: new Map(), dateline: null, admin1s: new Set(), persons: new Set() };
  addPersons(head, ctx.persons);
  const adminWords = countCountries(head, ctx);
  // divisions named in one of the article's countries ("Idlib" in a Syrian story)
  const { byKey } = admin1s();
  for (const w of adminWords) for (const a of byKey.get(foldKey(w)) ?? []) if (ctx.countries.has(a.cc)) ctx.admin1s.add(`${a.cc}|${a.name}`);
  if (dateline) addDateline(dateline, ctx);
  return ctx;
}

/** People: a title before a name, or a first and last name before "said" (never a country or a place). */
function addPersons(head: string, persons: Set<string>): void {
  for (const m of head.matchAll(TITLE_RE)) for (const w of m[1].replace(/['’]s$/, '').split(/\s+/)) if (!countries().byName.has(foldKey(w))) persons.add(foldKey(w));
  for (const m of head.matchAll(SAID_RE)) {
    const pair = `${m[1]} ${m[2]}`;
    if (countryOf(pair) || countryOf(m[1]) || countryOf(m[2]) || hasPlaceKey(foldKey(pair))) continue;
    persons.add(foldKey(m[2]));
  }
}

/**
 * Counts the countries named by every capitalised word and pair of words ("Turkish", "Saudi Arabia",
 * "Saudi-led") and by abbreviations ("U.S."); returns the other words and pairs, which may name divisions.
 * A capital counts for an actor ("Moscow said") but not here: "Georgetown" must not vote for Guyana.
 */
function countCountries(head: string, ctx: PlaceContext): string[] {
  const counts = ctx.countries;
  const count = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  const words = [...head.matchAll(WORD)];
  const adminWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const pair = next && next.index === w.index! + w[0].length + 1 ? `${w[0]} ${next[0]}` : null;
    if (pair && NOT_PLACE_KEYS.has(foldKey(pair))) { i++; continue; } // "Latin America" votes for no country
    const pc = pair ? countryOf(pair, { capitals: false }) : null;
    const c = pc ?? countryOf(w[0], { capitals: false });
    if (c) { count(c.code); if (pc) i++; continue; }
    if (ctx.persons.has(foldKey(w[0]))) continue;
    adminWords.push(w[0].replace(/['’]s$/, ''));
    if (pair) adminWords.push(pair);
  }
  // "U.S.", "U.K.": abbreviations the word pattern skips
  for (const m of head.matchAll(/(?<![\p{L}.])(?:[A-Z]\.){2,3}/gu)) {
    const c = countryOf(m[0], { capitals: false });
    if (c) count(c.code);
  }
  return adminWords;
}

/** The dateline's place, resolved with the name as a title ("KABUL" → "Kabul"), also counts for its country. */
function addDateline(d: DatelinePlace, ctx: PlaceContext): void {
  if (!d.name || !d.place) return;
  const name = d.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
  const dateline = (d.region ? resolvePlaceName(`${name}, ${d.region}`, ctx, true) : null) ?? resolvePlaceName(name, ctx, true);
  if (!dateline?.country) return;
  dateline.text = d.place;
  ctx.countries.set(dateline.country, (ctx.countries.get(dateline.country) ?? 0) + 1);
  if (dateline.admin1) ctx.admin1s.add(`${dateline.country}|${dateline.admin1}`);
  ctx.dateline = dateline;
}
