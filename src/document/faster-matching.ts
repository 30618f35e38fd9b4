// Faster versions of the two compromise methods tagging spends most of its time in (its post-tagger and our lexicon
// both run through them), giving the same matches in the same order:
// - `bulkMatch` (a sweep of many patterns over many sentences): compromise finds each sentence's candidate patterns
//   by testing every hook key of the net (hundreds) against the sentence; this looks up only the sentence's own words
//   and tags, then puts them back in the net's key order, so candidates come out in the same order as compromise's.
// - `match` (one pattern over sentences): compromise copies the rest of the sentence at every start position before
//   trying the pattern there; this first tests the pattern's first token on the term, when that token is a plain one
//   whose failure ends the attempt or a block of choices whose first tokens it can test, and copies only where it
//   holds.
// Both reuse compromise's own modules for the rest (compromise-internals.ts), and tests/tagging-speedups.test.ts
// compares the results with compromise's own.
import {
  failFast, fromHere, getGroup, notIf, termMatches, type CTerm, type MatchResult, type NetMatch, type Reg,
  type Todo,
} from './compromise-internals.js';

interface Net { hooks: Record<string, NetMatch[]>; always: NetMatch[] }
interface Methods { one: { cacheDoc: (doc: CTerm[][]) => Set<string>[] } }

/**
 * A net's patterns as the sweep lists them, indexed so that a sentence reaches only the patterns it may meet.
 * compromise hooks a pattern on each word and tag it needs or wants (hooks: key → patterns, each text once a key) and
 * reads, for a sentence, every list of a key the sentence has, in key order, each text once (getHooks), keeping those
 * the sentence meets (trimDown): a pattern needing "#Noun" and "killed" was read in every sentence with a noun. Here a
 * pattern with needs is reached only from one of them (all must be there for it to pass: the rarest, counted on the
 * sentences read so far) or, when fewer sentences have any of the words it wants, from each of those (reachKeys), one
 * with wants only from each want, and the patterns that pass are put back in compromise's order: where each is first
 * met in key order, a text once (of the patterns sharing a text, only the one met first is read, whether it passes or
 * not).
 */
interface NetIndex {
  patterns: NetMatch[];
  /** each pattern's keys with its place in the sweep's order (key rank × LIST_SPAN + place in the key's list),
   *  ascending */
  firstKeys: string[][];
  firstPlaces: number[][];
  /** the other patterns of the same text (null: none); compromise never drops '__proto__' as a repeat (`repeats`) */
  sameText: (number[] | null)[];
  repeats: boolean[];
  /** key → the patterns reached from it */
  reach: Map<string, number[]>;
  /** sentences read, and how many had each key (to choose the rarest need once, after REACH_SAMPLE sentences) */
  read: number;
  seenKeys: Map<string, number>;
  /** the sentence a pattern was last reached in */
  mark: Float64Array;
}
const netIndexes = new WeakMap<Net['hooks'], NetIndex>();
let generation = 0;

/** Sentences counted before the patterns are reached again from the keys counted rarest (reachKeys). */
const REACH_SAMPLE = 300;
/** Places in one key's list (a key's place in the order is its rank times this). */
const LIST_SPAN = 65536;

/** The keys a pattern is reached from: a pattern that passes has all its needs and, when it asks for minWant ≥ 1 of
 *  its wants, that many of them, so one need or every want will do. Before counting, its needs' likeliest rarest (a
 *  word rather than a tag, a longer word rather than a shorter one), or its wants when it needs nothing; once counted,
 *  whichever the sentences read had fewer of: the rarest need, or its wants together ("#Noun" and one of "coach",
 *  "chef", "king"...: reached from the words). */
function reachKeys(m: NetMatch, seen: Map<string, number> | null): string[] {
  if (!m.needs.length) return m.wants;
  const rarity = (k: string) => (seen ? seen.get(k) ?? 0 : (k.startsWith('#') ? 1e6 : 1e3 - k.length));
  const need = m.needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a));
  if (!seen || m.minWant < 1 || !m.wants.length) return [need];
  const wanted = m.wants.reduce((sum, w) => sum + rarity(w), 0);
  return wanted < rarity(need) ? m.wants : [need];
}

function reachOf(patterns: NetMatch[], seen: Map<string, number> | null): Map<string, number[]> {
  const reach = new Map<string, number[]>();
  patterns.forEach((m, i) => {
    for (const k of new Set(reachKeys(m, seen))) {
      const list = reach.get(k);
      if (list) list.push(i); else reach.set(k, [i]);
    }
  });
  return reach;
}

function netIndex(hooks: Net['hooks']): NetIndex {
  let ix = netIndexes.get(hooks);
  if (ix) return ix;
  const number = new Map<NetMatch, number>();
  const patterns: NetMatch[] = [];
  const firstKeys: string[][] = [];
  const firstPlaces: number[][] = [];
  Object.keys(hooks).forEach((k, r) => hooks[k].forEach((m, j) => {
    let i = number.get(m);
    if (i === undefined) { i = patterns.length; number.set(m, i); patterns.push(m); firstKeys.push([]); firstPlaces.push([]); }
    firstKeys[i].push(k);
    firstPlaces[i].push(r * LIST_SPAN + j);
  }));
  const byText = new Map<string, number[]>();
  patterns.forEach((m, i) => { const l = byText.get(m.match); if (l) l.push(i); else byText.set(m.match, [i]); });
  const sameText = patterns.map((m, i) => { const l = byText.get(m.match)!; return l.length > 1 ? l.filter((o) => o !== i) : null; });
  const repeats = patterns.map((m) => m.match === '__proto__');
  ix = { patterns, firstKeys, firstPlaces, sameText, repeats, reach: reachOf(patterns, null), read: 0, seenKeys: new Map(), mark: new Float64Array(patterns.length) };
  netIndexes.set(hooks, ix);
  return ix;
}

/** Where the sentence first meets pattern i in the sweep's order (Infinity: under none of its keys). */
function firstPlace(ix: NetIndex, i: number, cache: Set<string>): number {
  const ks = ix.firstKeys[i];
  for (let e = 0; e < ks.length; e += 1) if (cache.has(ks[e])) return ix.firstPlaces[i][e];
  return Infinity;
}

/** Whether a sentence's words and tags meet a pattern's needs (all), its ifNo (none) and its wants (minWant of them),
 *  as compromise's trimDown (sweep/02-trim-down.js) asks. */
function meets(m: NetMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let hits = 0;
  for (const want of m.wants) if (haves.has(want) && ++hits >= m.minWant) return true;
  return hits >= m.minWant;
}

/** Counts the sentence's keys while sampling; at REACH_SAMPLE sentences, reaches each pattern from its rarest keys. */
function sample(ix: NetIndex, cache: Set<string>): void {
  if (ix.read >= REACH_SAMPLE) return;
  ix.read += 1;
  for (const k of cache) ix.seenKeys.set(k, (ix.seenKeys.get(k) ?? 0) + 1);
  if (ix.read === REACH_SAMPLE) ix.reach = reachOf(ix.patterns, ix.seenKeys);
}

/** The sentence's hooked patterns that it meets, in the sweep's order (see NetIndex). */
function hookedPatterns(ix: NetIndex, cache: Set<string>, words: number): NetMatch[] {
  generation += 1;
  const places: number[] = [];
  const found: NetMatch[] = [];
  for (const key of cache) {
    const reached = ix.reach.get(key);
    if (reached === undefined) continue;
    for (const i of reached) {
      if (ix.mark[i] === generation) continue;
      ix.mark[i] = generation;
      const m = ix.patterns[i];
      if (words < m.minWords || !meets(m, cache)) continue;
      if (ix.repeats[i]) {
        ix.firstKeys[i].forEach((k, e) => { if (cache.has(k)) { places.push(ix.firstPlaces[i][e]); found.push(m); } });
        continue;
      }
      const at = firstPlace(ix, i, cache);
      if (ix.sameText[i]?.some((o) => firstPlace(ix, o, cache) < at)) continue;
      places.push(at);
      found.push(m);
    }
  }
  const order = found.map((_, n) => n).sort((a, b) => places[a] - places[b]);
  return order.map((n) => found[n]);
}

/**
 * Each sentence's patterns to try, as compromise's sweep lists them (getHooks, trimDown: see NetIndex); then the
 * net's unhooked ones (`always`); all of them only when the sentence has as many words as they need (tooSmall).
 */
function sentencePatterns(caches: Set<string>[], net: Net, document: CTerm[][]): NetMatch[][] {
  const ix = netIndex(net.hooks);
  return caches.map((cache, n) => {
    sample(ix, cache);
    const words = document[n].length;
    const out = hookedPatterns(ix, cache, words);
    for (const m of net.always) if (words >= m.minWords) out.push(m);
    return out;
  });
}

/** compromise's `bulkMatch` (sweep/index.js) with `sentencePatterns` in place of its four list steps. */
function bulkMatch(document: CTerm[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  return runPatterns(sentencePatterns(methods.one.cacheDoc(document), net, document), document, opts);
}

/** compromise's sweep/04-runMatch.js: every candidate pattern on its sentence, trying it only where it can start. */
function runPatterns(maybeList: NetMatch[][], document: CTerm[][], opts: { matchOne?: boolean }): unknown[] {
  const results: unknown[] = [];
  for (let n = 0; n < maybeList.length; n += 1) {
    let index: SentenceIndex | null = null;
    for (const m of maybeList[n]) {
      let firstAt: number[] | undefined;
      const keys = planOf(m.regs).firstKeys;
      if (keys) firstAt = startsOf(keys, (index ??= indexSentence(document[n])));
      const res = matchWith([document[n]], m, null, firstAt);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push(Object.assign({}, m, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** What the matcher reads of a pattern at every attempt, worked out once per pattern (a net's patterns are tried
 *  thousands of times): how many terms it needs at least, whether its first token alone can rule a start position
 *  out, and which tokens the sentence index answers for it (firstKeysOf). */
interface Plan { minLength: number; firstTest: FirstTest | null; firstKeys: Reg[] | null; exact: boolean }
type FirstTest = (term: CTerm, i: number, length: number) => boolean;
const plans = new WeakMap<Reg[], Plan>();

function planOf(regs: Reg[]): Plan {
  let plan = plans.get(regs);
  if (!plan) {
    const first = regs[0];
    plan = {
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
      firstTest: first === undefined ? null : firstTestOf(first),
      ...firstKeysOf(first),
    };
    plans.set(regs, plan);
  }
  return plan;
}

/** A test a term must pass for the pattern to start on it, when its first token has one: the token itself when it
 *  decides alone, else what a block of choices needs of its first term (choiceBlockStart). */
function firstTestOf(first: Reg): FirstTest | null {
  if (firstTokenDecides(first)) return (term, i, length) => termMatches(term, first, i, length) === true;
  return choiceBlockStart(first);
}

/**
 * What a first token that is a block of choices ('(had|#PastTense)', '(foo bar|baz)+', '(#Singular && @hasHyphen)')
 * needs of the term it starts on, as compromise tries it (match/steps/logic/and-or.js): an 'or' block, that the first
 * token of one of its choices match it; an 'and' block, that the first token of every choice do. Null when the block
 * can pass without matching its first term (optional, negated) or a choice is not a plain list of tokens whose first
 * is not negated.
 */
export function choiceBlockStart(reg: Reg): FirstTest | null {
  const firsts = choiceFirsts(reg);
  if (!firsts) return null;
  if (reg.operator === 'or') return (term, i, length) => firsts.some((f) => termMatches(term, f, i, length) === true);
  return (term, i, length) => firsts.every((f) => Boolean(termMatches(term, f, i, length)));
}

/** The first tokens of a block's choices, when one of them must match the term the block starts on (an 'or'
 *  block) or all of them must (an 'and' block); null otherwise (see choiceBlockStart). */
function choiceFirsts(reg: Reg): Reg[] | null {
  const choices = reg.choices;
  if (!choices || reg.optional === true || reg.negative === true || reg.anything === true) return null;
  if (reg.operator !== 'or' && reg.operator !== 'and') return null;
  const firsts: Reg[] = [];
  for (const c of choices) {
    if (!Array.isArray(c) || c.length === 0 || (c[0] as Reg).negative === true) return null;
    firsts.push(c[0] as Reg);
  }
  return firsts;
}

/**
 * The tokens whose places in the sentence index hold every term a pattern can start on, when the index answers
 * them: its first token (exact), the first tokens of an 'or' block's choices, all answered (exact: "(the|a|an) ...",
 * "(had|#PastTense) ..."), or one of an 'and' block's (the first-token test then decides among its places).
 */
function firstKeysOf(first: Reg | undefined): { firstKeys: Reg[] | null; exact: boolean } {
  if (first === undefined) return { firstKeys: null, exact: false };
  if (indexable(first)) return { firstKeys: [first], exact: true };
  const firsts = choiceFirsts(first);
  if (firsts && first.operator === 'or' && firsts.every(indexable)) return { firstKeys: firsts, exact: true };
  const one = first.operator === 'and' ? firsts?.find(indexable) : undefined;
  return one ? { firstKeys: [one], exact: false } : { firstKeys: null, exact: false };
}

/** Where each word form, each tag, each form a list of words is compared with and each switch occurs in one
 *  sentence (term positions, ascending). */
interface SentenceIndex {
  words: Map<string, number[]>; tags: Map<string, number[]>; listed: Map<string, number[]>; switches: Map<string, number[]>;
}

function indexSentence(terms: CTerm[]): SentenceIndex {
  const index: SentenceIndex = { words: new Map(), tags: new Map(), listed: new Map(), switches: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const at = map.get(key);
    if (!at) map.set(key, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  terms.forEach((t, i) => {
    // the forms compromise compares a word token with (term/doesMatch.js)
    add(index.words, t.text, i);
    add(index.words, t.normal, i);
    if (typeof t.machine === 'string') add(index.words, t.machine, i);
    if (t.alias) for (const a of t.alias) add(index.words, a, i);
    for (const tag of t.tags) add(index.tags, tag, i);
    // and a list of words "(a|an|the)": one form of the term, or its text
    add(index.listed, t.root || t.implicit || t.machine || t.normal, i);
    add(index.listed, t.text, i);
    if (t.switch !== undefined) add(index.switches, t.switch, i);
  });
  return index;
}

const NOWHERE: number[] = [];

/**
 * A first token the index answers exactly: a plain word (not case-sensitive, not fuzzy), a plain tag, a list of plain
 * words with no part of speech asked ("(a|an|the)") or a switch ("%Noun|Verb%"), with no anchor or term id, whose
 * failure ends the attempt.
 */
export function indexable(reg: Reg): boolean {
  if (!firstTokenDecides(reg) || reg.id !== undefined || reg.start === true || reg.end === true) return false;
  if (reg.word !== undefined) return !reg.use && reg.fuzzy !== true;
  // doesMatch reads the first of these a token has: word, tag, then (no method, punctuation, regex, chunk) switch,
  // then (no machine or sense form) the list
  if (reg.tag !== undefined) return true;
  const other = reg as Record<string, unknown>;
  if (['method', 'pre', 'post', 'regex', 'chunk'].some((k) => other[k] !== undefined)) return false;
  if (reg.switch !== undefined) return true;
  return reg.fastOr !== undefined && !reg.pos && other.machine === undefined && other.sense === undefined;
}

/** The positions where any of the indexable tokens matches, ascending, each once. */
function startsOf(regs: Reg[], index: SentenceIndex): number[] {
  if (regs.length === 1 && regs[0].fastOr === undefined) return positionsOf(regs[0], index);
  const all = regs.flatMap((r) => positionsOf(r, index)).sort((a, b) => a - b);
  return all.filter((i, k) => k === 0 || all[k - 1] !== i);
}

/** Where one indexable token matches (a list's words, each word's places: not sorted). */
function positionsOf(reg: Reg, index: SentenceIndex): number[] {
  if (reg.word !== undefined) return index.words.get(reg.word) ?? NOWHERE;
  if (reg.tag !== undefined) return index.tags.get(reg.tag) ?? NOWHERE;
  if (reg.switch !== undefined) return index.switches.get(reg.switch) ?? NOWHERE;
  const out: number[] = [];
  for (const w of reg.fastOr!) { const at = index.listed.get(w); if (at) out.push(...at); }
  return out;
}

/**
 * Whether a pattern's first token, failing on a term, makes compromise's `fromHere` give up there: a token that is
 * required, not negated, not a wildcard, not a group of choices and not a greedy end ('foo+$').
 */
export function firstTokenDecides(reg: Reg): boolean {
  return reg.optional !== true && reg.negative !== true && reg.anything !== true && reg.choices === undefined
    && !(reg.end === true && reg.greedy === true);
}

/**
 * Matches of one pattern in one sentence, tried from the positions where its first token matches: `firstAt` when
 * given (the index's places of its first keys, tested again when they are not exact), else every position that
 * passes the first-token test (every position when there is none).
 */
function matchesIn(terms: CTerm[], regs: Reg[], n: number, justOne: boolean, firstAt?: number[]): MatchResult[] {
  const results: MatchResult[] = [];
  const plan = planOf(regs);
  const test = firstAt && plan.exact ? null : plan.firstTest;
  const count = firstAt ? firstAt.length : terms.length;
  let next = 0; // compromise skips the start positions inside a match
  for (let k = 0; k < count; k += 1) {
    const i = firstAt ? firstAt[k] : k;
    if (i < next) continue;
    if (terms.length - i < plan.minLength) break;
    if (test && !test(terms[i], i, terms.length)) continue;
    const res = fromHere(terms.slice(i), regs, i, terms.length);
    if (!res) continue;
    results.push(withSentence(res, n));
    if (justOne) break;
    next = Math.max(i, Math.abs((res.pointer[2] as number) - 1)) + 1;
  }
  return results;
}

function withSentence(res: MatchResult, n: number): MatchResult {
  res.pointer[0] = n;
  for (const k of Object.keys(res.groups)) res.groups[k][0] = n;
  return res;
}

/** compromise's `match` (match/methods/match/index.js), trying the pattern only where its first token matches. */
function match(docs: CTerm[][], todo: Todo, cache?: Set<string>[] | null) {
  return matchWith(docs, todo, cache);
}

/** `match`, with the first token's positions already known when `docs` is one sentence. */
function matchWith(docs: CTerm[][], todo: Todo, given?: Set<string>[] | null, firstAt?: number[]) {
  const cache = given || [];
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  let results: MatchResult[] = [];
  for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n];
    if (cache[n] && failFast(regs, cache[n])) continue;
    if (regs[0].start === true) {
      // ^start patterns run once, from the first term
      const res = fromHere(terms, regs, 0, terms.length);
      if (res) results.push(withSentence(res, n));
      continue;
    }
    const found = matchesIn(terms, regs, n, justOne === true, firstAt);
    results.push(...found);
    if (justOne === true && found.length) break;
  }
  // end-anchored ($) matches must reach the last term
  if (regs[regs.length - 1].end === true) {
    results = results.filter((res) => docs[res.pointer[0] as number].length === res.pointer[2]);
  }
  if (todo.notIf) results = notIf(results, todo.notIf, docs);
  const out = getGroup(results, group);
  for (const ptr of out.ptrs) {
    const [n, start, end] = ptr as number[];
    ptr[3] = docs[n][start].id;
    ptr[4] = docs[n][end - 1].id;
  }
  return out;
}

/** The plugin that puts both in compromise's place: `nlp.plugin(fasterMatching)`. */
export const fasterMatching = { methods: { one: { bulkMatch, match } } };
