// Division names as votes for a country: "in Helmand", "Sarmin, Idleb", "Borno State" tell the country even when
// the article never names it, because a first-level division's name (or a close spelling of it) that exists in one
// country only is the strongest country cue there is. A name votes only where it stands as a place, and as a name
// of its own (not part of a longer run of capitalised words: "Manchester United"):
//   'kind'   before a kind word ("Idleb province", "Borno State");
//   'chain'  after a comma or an opening parenthesis that follows a name, in a chain a place preposition opens
//            ("in Afgoye, Lower Shabelle", "near Gwoza town (Gwoza LGA, Borno") or as its last link ("Sarmin, Idleb.");
//   'cue'    after a place preposition ("in Helmand", "across northern Rakhine").
// A variant spelling ("Idleb" for Idlib) votes only as 'kind' or 'chain'. 'kind' and 'chain' are strong votes, 'cue'
// a weak one (./fallback.ts never makes a document's country from one weak vote alone).
// Guards: the divisions of small territories vote only when the article names the territory; the lexicon's
// kind-word-only names (src/lexicon/admin-votes.ts) only as 'kind'; people's names and the names of well-known
// towns of another country only as 'kind' (and not before a capitalised "State": "Savannah State"); a direction
// word never.
import nlp from 'compromise';
import { foldKey, skeletonKey } from '../lexicon/keys.js';
import { QUIET_ADMIN_COUNTRIES, KIND_WORD_ONLY_ADMINS, ADMIN_NAME_JOINERS } from '../lexicon/admin-votes.js';
import { NAME_PARTICLES, KEY_ARTICLES, PLACE_KINDS, DIRECTIONS } from '../lexicon/places.js';
import { LOCATIVE_PREPOSITIONS } from '../lexicon/function-words.js';
import { wordSet, wordsOf } from '../lexicon/words.js';
import { admin1s, placesByKey, type Admin1Row } from './gazetteer.js';
import { NOT_PLACE_KEYS, ADMIN_NAME_SUFFIX, droppable } from './patterns.js';
import { countryNamed, foldKeyOnce } from './remember.js';

type VotePosition = 'kind' | 'chain' | 'cue';

/** One division name standing as a place: the country it votes for and the division rows with its key. */
interface AdminVote { cc: string; rows: Admin1Row[]; text: string; start: number; position: VotePosition; variant: boolean }

/** What the article says besides: countries it names by name (not by demonym) and the words it uses as names of people. */
interface VoteContext { named: Set<string>; persons: Set<string> }

/** At most this many capitalised words in one division name ("Jammu and Kashmir", "Kohgiluyeh and Boyer-Ahmad"). */
const MAX_NAME_WORDS = 4;
/** Small words a division's name may hold between its capitalised words ("Jammu and Kashmir", "Deir ez-Zor"). */
const JOINERS = wordSet(NAME_PARTICLES, KEY_ARTICLES, ADMIN_NAME_JOINERS);
/** Kind words of a division or a district, after a name ("Idleb province", "Kech district", "Gwoza LGA"). */
const KINDS = new Set(PLACE_KINDS.filter((k) => (k.reason === 'admin1' || k.reason === 'admin2') && k.at.includes('head')).map((k) => k.word));
const DIRECTION_WORDS = wordSet(DIRECTIONS);
/** Prepositions of being at a place ("in", "near", "across"); not of motion ("signed for Ocean Spray, Northland"). */
const CUE_WORDS = wordsOf(LOCATIVE_PREPOSITIONS.filter((g) => g.reason === 'at-a-place')).join('|');
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${CUE_WORDS})\\s+(?:the\\s+)?(?:(?:${[...DIRECTION_WORDS].join('|')})\\s+)?$`, 'iu');
/** A name of up to four capitalised words, and a kind word after it ("Gwoza LGA", "Harran village"). */
const LINK = `\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:${[...JOINERS].join('|')})\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}(?:\\s+\\p{L}+)?`;
/** A chain that a place cue opens: "in Sarmin, ", "near Gwoza town (Gwoza LGA, ", "in the village of Kuriga, ". */
const CUED_CHAIN = new RegExp(`(?:^|[^\\p{L}])(?:${CUE_WORDS})\\s+(?:\\p{Ll}+\\s+){0,3}${LINK}(?:\\s*[,(]\\s*${LINK})*\\s*[,(]\\s*$`, 'u');
/** Any chain: a name, then a comma or an opening parenthesis. */
const CHAIN = /[\p{L}.]\s*(?:,|\()\s*$/u;
/** What closes the last link of a chain: punctuation or the end of the text ("shelled Kafr Zita, Hama, killing"). */
const CLAUSE_END = /^\s*(?:[,.;:)]|$)/;
/** A direction word ("Southern", "Southeast"): it may stand before a division's name in one run of capitalised
 *  words ("Southern Helmand"), and never votes on its own. */
const isDirection = (w: string) => DIRECTION_WORDS.has(w.toLowerCase());

const QUIET = new Set(QUIET_ADMIN_COUNTRIES.flatMap((g) => g.codes));
const KIND_ONLY = new Set(KIND_WORD_ONLY_ADMINS.flatMap((g) => g.names).map(foldKey));

let personNames: ((k: string) => boolean) | null = null;
/** Whether compromise's lexicon holds the word as a first name or a person ("michael", "carolina", "bono"); not
 *  as a last name only ("Gao" is a region of Mali). */
function isPersonName(k: string): boolean {
  if (!personNames) {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const tags = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
    personNames = (w) => ([] as string[]).concat(lexicon[w] ?? []).some((t) => tags.has(t));
  }
  return personNames(k);
}

/** The division names of `text` that vote, in text order. */
export function adminVotes(text: string, vc: VoteContext): AdminVote[] {
  const out: AdminVote[] = [];
  for (const m of nameMentions(text)) {
    const position = positionOf(text, m.start, m.end);
    if (!position || position === 'cue' && m.variant) continue;
    const ccs = new Set(m.rows.map((r) => r.cc));
    if (ccs.size !== 1) continue;
    const cc = [...ccs][0];
    // "Savannah State", "Ohio State": a capitalised "State" also ends the names of universities and their teams
    const state = position === 'kind' && /^\s+State\b/.test(text.slice(m.end, m.end + 8));
    if (!allowed(m.key, cc, m.text, position, vc, state)) continue;
    out.push({ cc, rows: m.rows, text: m.text, start: m.start, position, variant: m.variant });
  }
  return out;
}

/** The guards: a small territory's division only when the article names it; a direction word never alone; a
 *  kind-word-only name only before a kind word; a person's name or a well-known town of another country only
 *  before a kind word other than a capitalised "State" (`state`). */
function allowed(k: string, cc: string, name: string, position: VotePosition, vc: VoteContext, state: boolean): boolean {
  if (QUIET.has(cc) && !vc.named.has(cc)) return false;
  if (isDirection(name)) return false;
  if (position === 'kind' && !state) return true;
  if (position !== 'kind' && KIND_ONLY.has(k)) return false;
  if (vc.persons.has(k) || !name.includes(' ') && isPersonName(name.toLowerCase())) return false;
  // (a town by its own name: an alternate spelling of another's, "Hama" for Hamar, is no rival)
  return !placesByKey(k).some((p) => p.key === k && p.cc !== cc && (p.kind === 'C' || p.kind === 'A' || p.pop >= 100000));
}

interface NameMention { text: string; key: string; start: number; end: number; rows: Admin1Row[]; variant: boolean }

/** Division names in the text: runs of capitalised words (with the small words of names between them), each read
 *  longest name first, so "Jammu and Kashmir" is one name and "North Kivu" is not "Kivu". */
function* nameMentions(text: string): Generator<NameMention> {
  for (const run of capitalisedRuns(text)) {
    let i = 0;
    while (i < run.length) {
      const found = longestAt(text, run, i);
      if (found?.mention) yield found.mention;
      i = found ? found.next : i + 1;
    }
  }
}

interface Tok { start: number; end: number; cap: boolean }

/** Runs of words joined by spaces or hyphens on one line, each run starting and ending with a capitalised word. */
function capitalisedRuns(text: string): Tok[][] {
  const runs: Tok[][] = [];
  let run: Tok[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1].cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const m of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const t: Tok = { start: m.index!, end: m.index! + m[0].length, cap: /^\p{Lu}/u.test(m[0]) };
    const prev = run[run.length - 1];
    const joined = prev && /^(?:[ \t]+|-|[ \t]*-[ \t]*)$/.test(text.slice(prev.end, t.start));
    if (!joined) close();
    if (t.cap || run.length && JOINERS.has(m[0])) run.push(t); else close();
  }
  close();
  return runs;
}

/** The longest division name starting at run[i] (a capitalised word), exact first, then a close variant (never of
 *  an all-capitals word: "BRDA" is an acronym); a country's name or a word that is never a place there ("Southeast
 *  Asia") is read whole and names no division. `mention` null: no vote from the words up to `next`. */
function longestAt(text: string, run: Tok[], i: number): { mention: NameMention | null; next: number } | null {
  if (!run[i].cap) return null;
  const { byKey } = admin1s();
  const ends: number[] = [];
  for (let j = i, caps = 0; j < run.length && caps < MAX_NAME_WORDS; j++) if (run[j].cap) { caps++; ends.unshift(j); }
  // (a variant votes only before a kind word or in a chain: look one up only there)
  const chained = /[,(]\s*$/.test(text.slice(Math.max(0, run[i].start - 4), run[i].start));
  for (const variant of [false, true]) {
    for (const j of ends) {
      if (variant && (j - i > 1 || !chained && !kindAfter(text, run[j].end))) continue; // one- or two-word names only
      const name = text.slice(run[i].start, run[j].end);
      const key = foldKeyOnce(name);
      if (NOT_PLACE_KEYS.has(key) || countryNamed(name)) return { mention: null, next: j + 1 };
      if (key.length < 4 || variant && !/\p{Ll}/u.test(name)) continue;
      const rows = variant ? variantRows(name, key) : byKey.get(key) ?? [];
      if (!rows.length) continue;
      const mention = standsAlone(text, run, i, j) ? { text: name, key, start: run[i].start, end: run[j].end, rows, variant } : null;
      return { mention, next: j + 1 };
    }
  }
  return null;
}

/** Divisions a spelling is a close variant of ("Idleb" = Idlib, "Hiraan" = Hiiraan): same skeleton, edit distance 1
 *  (2 from 8 letters). */
function variantRows(name: string, key: string): Admin1Row[] {
  const s = skeletonKey(name);
  if (s.length < 3) return [];
  const limit = key.length >= 8 ? 2 : 1;
  return (admin1s().bySkel.get(s) ?? []).filter((a) => a.keys.some((x) => x !== key && editDistance(x.replace(ADMIN_NAME_SUFFIX, ''), key) <= limit));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const isKind = (w: string) => KINDS.has(w.toLowerCase());

/** Whether a kind word follows the name that ends at `end` ("Idleb province", "Idlib's countryside"). */
function kindAfter(text: string, end: number): boolean {
  const after = /^(?:['’]s)?\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return !!after && isKind(after[1]);
}

/** Where the name [start, end) stands: before a kind word, in a chain (one a place cue opens, or one whose last link
 *  it is), after a place preposition, or none of these. */
function positionOf(text: string, start: number, end: number): VotePosition | null {
  if (kindAfter(text, end)) return 'kind';
  const before = text.slice(Math.max(0, start - 120), start);
  if (CHAIN.test(before) && (CLAUSE_END.test(text.slice(end, end + 3)) || CUED_CHAIN.test(before))) return 'chain';
  return CUE.test(before) ? 'cue' : null;
}

/** Whether the words run[i..j] stand as a name of their own in their run of capitalised words: not the end of a
 *  longer name ("Bomb Blast In Baghdad" in a headline) unless a direction or a joiner is before them ("Southern
 *  Helmand", "Ocean Spray and Northland"), and not the start of one ("Manchester United", "Orin Smith", "Ohio State
 *  Buckeyes") unless a day, a month or a kind word ends the run after them. */
function standsAlone(text: string, run: Tok[], i: number, j: number): boolean {
  const word = (t: Tok) => text.slice(t.start, t.end);
  if (i > 0 && run[i - 1].cap && !isDirection(word(run[i - 1]))) return false;
  if (j + 1 >= run.length) return true;
  const next = word(run[j + 1]);
  if (!droppable(next)) return false;
  return !isKind(next) || j + 2 >= run.length;
}
