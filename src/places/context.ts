// The place context of an article, built once per document: the countries it names (and how often), the
// first-level divisions it names, the words it uses as people's names, and where it was filed (its dateline).
// Which of several same-named places a name is (./rank.ts) is decided against it.
// A division named in one country only votes for that country (./admin-votes.ts) when the article names no
// country or names that one; its votes count in `countries` (so ./rank.ts takes its places) and are also kept apart
// in `adminVotes`, as demonyms are in `demonymVotes`, so that the country fallback (./fallback.ts) can weigh them.
import type { EventLocation } from '../schema/event.js';
import { admin1s, hasPlaceKey } from './gazetteer.js';
import { countries } from '../lexicon/countries.js';
import { countryOf, isDemonym } from '../lexicon/countries.js';
import { contextFinished, resolvePlaceName } from './resolve.js';
import { adminVotes } from './admin-votes.js';
import { ARTICLES, LOCATIVE_PREPOSITIONS, TOPIC_PREPOSITIONS } from '../lexicon/function-words.js';
import { THEATRE_NAMES } from '../lexicon/theatres.js';
import { alternation, compiledNow } from '../lexicon/words.js';
import { ABROAD_NOUNS } from '../lexicon/abroad.js';
import { WEAPON_HEADS_IMPLYING_MILITARY } from '../lexicon/actors.js';
import { NOT_PLACE_KEYS, WORD, TITLE_RE, SAID_RE, DIRECTION_RE, LAUNCH_BEFORE, ORG_BEFORE, droppable } from './patterns.js';
import { countryNamed, foldKeyOnce } from './remember.js';

export interface PlaceContext {
  /** countries named in the article (by name or demonym) or voted for by its division names, with how often */
  countries: Map<string, number>;
  /** where the story was filed, when it has a dateline ("KABUL, March 3 (Reuters) -") */
  dateline: EventLocation | null;
  /** first-level divisions the article names, as "CC|Name" */
  admin1s: Set<string>;
  /** fold keys of words the article uses as people's names ("President Erdogan", "Dmitry Peskov said") */
  persons: Set<string>;
  /** of `countries`, the votes of demonyms, of "Saudi-led" and of "U.S. troops": the nationality of someone in the
   *  story */
  demonymVotes: Map<string, number>;
  /** of `countries`, the votes of division names (./admin-votes.ts): how many, and whether one stands before a kind
   *  word or in a comma chain (strong) rather than only after a preposition */
  adminVotes: Map<string, { n: number; strong: boolean }>;
  /** of `demonymVotes`, those that never tell where an event was: people a story names because they are abroad
   *  ("American contractors", src/lexicon/abroad.ts), a state's aircraft and missiles ("Ukrainian drones") and
   *  where a missile was fired from ("launched from Yemen") */
  elsewhereVotes: Map<string, number>;
  /** the countries of the wars of the armed groups the article names (src/lexicon/theatres.ts): where a place name
   *  given with no country is looked for first; never a country of its own */
  theatres: Set<string>;
}

/** A place preposition (and "the") just before a word: "in the U.S.", "to the U.K.". */
const LOCATIVE_BEFORE = compiledNow(new RegExp(`\\b(?:${LOCATIVE_PREPOSITIONS.flatMap((g) => g.words).join('|')})\\s+(?:the\\s+)?$`, 'i'));

/** After a demonym, people named by their nationality because they are abroad ("American contractors", "two
 *  Chinese mining engineers") or a state's aircraft and heavy weapons, which strike abroad ("Ukrainian drones",
 *  "Israeli jets"), up to two words between but no function word ("American troops with drones" is about troops);
 *  or a sponsor ("Iranian-backed militias"). */
const NOT_BETWEEN = alternation([...LOCATIVE_PREPOSITIONS, ...TOPIC_PREPOSITIONS, ...ARTICLES, { reason: 'joins', words: ['with', 'and', 'by'] }]);
const ABROAD_AFTER = compiledNow(new RegExp(`^(?:-(?:backed|sponsored|funded|supplied|allied|aligned)\\b|(?:[\\s-]+(?!(?:${NOT_BETWEEN})\\b)[\\p{L}-]+){0,2}?\\s+(?:${alternation([...ABROAD_NOUNS, ...WEAPON_HEADS_IMPLYING_MILITARY], '\\s+')})\\b)`, 'iu'));

/** How much of a long document is read for its context. */
const HEAD_CHARS = 200000;

/** The dateline as the pipeline parsed it (src/resolvers/dateline.ts): its place as written with its region, and the
 *  name and region apart ("BEIRUT, Lebanon": "BEIRUT", "Lebanon"). */
interface DatelinePlace { place: string | null; name: string | null; region: string | null }

/** The article's countries, divisions, people and dateline. */
export function buildPlaceContext(docText: string, dateline: DatelinePlace | null = null): PlaceContext {
  const head = docText.length > HEAD_CHARS ? docText.slice(0, HEAD_CHARS) : docText;
  const ctx: PlaceContext = {
    countries: new Map(), dateline: null, admin1s: new Set(), persons: new Set(), demonymVotes: new Map(), adminVotes: new Map(), elsewhereVotes: new Map(),
    theatres: theatresOf(head),
  };
  addPersons(head, ctx.persons);
  const named = new Set<string>();
  const adminWords = countCountries(head, ctx, named);
  // divisions named in one of the article's countries ("Idlib" in a Syrian story)
  const { byKey } = admin1s();
  for (const w of adminWords) for (const a of byKey.get(foldKeyOnce(w)) ?? []) if (ctx.countries.has(a.cc)) ctx.admin1s.add(`${a.cc}|${a.name}`);
  addAdminVotes(head, ctx, named);
  if (dateline) addDateline(dateline, ctx);
  contextFinished(ctx);
  return ctx;
}

let theatreRe: RegExp | null = null;

/** The theatre countries of the armed groups named in `head` ("Hezbollah", "New People's Army rebels"). */
function theatresOf(head: string): Set<string> {
  theatreRe ??= new RegExp(`(?<![\\p{L}-])(?:${alternation([{ words: THEATRE_NAMES.map((t) => t.name), reason: 'theatre' }], '\\s+').replace(/'/g, "['’]")})(?![\\p{L}-])`, 'giu');
  const out = new Set<string>();
  for (const m of head.matchAll(theatreRe)) {
    const name = m[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    for (const cc of THEATRE_NAMES.find((t) => t.name === name)?.countries ?? []) out.add(cc);
  }
  return out;
}

/** Division names vote for their country, unless the article names another country and not theirs: a vote fills
 *  in a country the article does not name, or adds weight to one it names; it never outvotes a named one. */
function addAdminVotes(head: string, ctx: PlaceContext, named: Set<string>): void {
  for (const v of adminVotes(head, { named, persons: ctx.persons })) {
    if (named.size && !named.has(v.cc)) continue;
    ctx.countries.set(v.cc, (ctx.countries.get(v.cc) ?? 0) + 1);
    const tally = ctx.adminVotes.get(v.cc) ?? { n: 0, strong: false };
    ctx.adminVotes.set(v.cc, { n: tally.n + 1, strong: tally.strong || v.position !== 'cue' });
    for (const a of v.rows) ctx.admin1s.add(`${a.cc}|${a.name}`);
  }
}

/** People: a title before a name, or a first and last name before "said" (never a country or a place). */
function addPersons(head: string, persons: Set<string>): void {
  for (const m of head.matchAll(TITLE_RE)) for (const w of m[1].replace(/['’]s$/, '').split(/\s+/)) if (!countries().byName.has(foldKeyOnce(w))) persons.add(foldKeyOnce(w));
  for (const m of head.matchAll(SAID_RE)) {
    const pair = `${m[1]} ${m[2]}`;
    if (countryOf(pair) || countryOf(m[1]) || countryOf(m[2]) || hasPlaceKey(foldKeyOnce(pair))) continue;
    persons.add(foldKeyOnce(m[2]));
  }
}

/**
 * Counts the countries named by every capitalised word and pair of words ("Turkish", "Saudi Arabia",
 * "Saudi-led") and by abbreviations ("U.S."); returns the other words and pairs, which may name divisions.
 * A capital counts for an actor ("Moscow said") but not here: "Georgetown" must not vote for Guyana.
 * Demonyms, "Saudi-led" and "U.S. troops" are also counted in `ctx.demonymVotes`; countries written by their
 * name (or "in the U.S.") go to `named`.
 */
function countCountries(head: string, ctx: PlaceContext, named: Set<string>): string[] {
  const counts = ctx.countries;
  const count = (code: string, demonym: boolean) => {
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (demonym) ctx.demonymVotes.set(code, (ctx.demonymVotes.get(code) ?? 0) + 1);
  };
  const words = [...head.matchAll(WORD)];
  const adminWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const pair = next && next.index === w.index! + w[0].length + 1 ? `${w[0]} ${next[0]}` : null;
    if (pair && NOT_PLACE_KEYS.has(foldKeyOnce(pair))) { i++; continue; } // "Latin America" votes for no country
    const pc = pair ? countryNamed(pair) : null;
    const c = pc ?? countryNamed(w[0]);
    if (c && !pc && pair && namesABearer(head, w, next)) continue; // "Chad Johnson was", "Qatar Airways said"
    if (c && ORG_BEFORE.test(head.slice(Math.max(0, w.index! - 25), w.index!))) continue; // "Air India", "Bank of Cyprus"
    if (c) {
      // ("Saudi-led", "Kenya-based": a side's nationality, as a demonym; so is "US aircraft", as "U.S. aircraft" is)
      const demonym = isDemonym(pc ? pair! : w[0].replace(/['’]s$/, '')) || head[w.index! + w[0].length] === '-'
        || !pc && isNationalityAbbreviation(head, w);
      const end = (pc ? next! : w).index! + (pc ? next![0] : w[0]).length;
      // "launched from Yemen": a launch point is no place the story is set in, as a nationality is not
      const launch = !demonym && LAUNCH_BEFORE.test(head.slice(Math.max(0, w.index! - 25), w.index!));
      count(c.code, demonym || launch);
      if (!demonym && !launch) named.add(c.code);
      if (launch || demonym && ABROAD_AFTER.test(head.slice(end, end + 60))) ctx.elsewhereVotes.set(c.code, (ctx.elsewhereVotes.get(c.code) ?? 0) + 1);
      if (pc) i++;
      continue;
    }
    if (ctx.persons.has(foldKeyOnce(w[0]))) continue;
    adminWords.push(w[0].replace(/['’]s$/, ''));
    if (pair) adminWords.push(pair);
  }
  // "U.S.", "U.K.": abbreviations the word pattern skips. Unless a place preposition is before it ("in the U.S."),
  // one tells a side's nationality, as a demonym does: "U.S.-led", "U.S. troops", "U.S. Africa Command", "the U.S. said"
  for (const m of head.matchAll(/(?<![\p{L}.])(?:[A-Z]\.){2,3}/gu)) {
    const c = countryNamed(m[0]);
    if (!c) continue;
    const place = LOCATIVE_BEFORE.test(head.slice(Math.max(0, m.index! - 20), m.index!));
    count(c.code, !place);
    if (place) named.add(c.code);
  }
  return adminWords;
}

/** An abbreviation written without dots ("US", "UK", "UAE") that tells a side's nationality: no place preposition
 *  before it ("US aircraft", "the UK said"; "in the US" is a place). */
export function isNationalityAbbreviation(head: string, w: RegExpMatchArray): boolean {
  return /^\p{Lu}{2,3}$/u.test(w[0]) && countries().byAbbreviation.has(w[0])
    && !LOCATIVE_BEFORE.test(head.slice(Math.max(0, w.index! - 20), w.index!));
}

/** A country's name (the word `w` of `head`) with a capitalised word after it that makes it a person's or a
 *  company's name ("Chad Johnson was", "Israel Kamau.", "Qatar Airways said"): two capitalised words alone (not a
 *  run of them, as in a headline: "Iraq Blames US-Led Forces"), and the second not a country, a place word, a day,
 *  a month or a kind word ("Jordan Valley"), nor the word of a national body ("Pakistan Army"). */
export function namesABearer(head: string, w: RegExpMatchArray, nextWord: RegExpMatchArray): boolean {
  const [word, next] = [w[0], nextWord[0]];
  const end = nextWord.index! + next.length;
  const before = head.slice(Math.max(0, w.index! - 30), w.index!);
  if (/\p{Lu}[\p{L}'’.-]*\s$/u.test(before) || !/^(?:\s+\p{Ll}|[,.]|$)/u.test(head.slice(end, end + 3))) return false;
  if (/['’]s$/.test(word) || isDemonym(word) || countryNamed(next)) return false;
  return !droppable(next) && !NOT_PLACE_KEYS.has(foldKeyOnce(next)) && !DIRECTION_RE.test(`${next} `);
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
