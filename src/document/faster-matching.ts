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

/** A net's hook keys in compromise's order (`Object.keys`), each key's place, and the patterns hooked on each key
 *  with each pattern's text as a number (-1: a text compromise never drops as a repeat). */
interface NetOrder { rank: Map<string, number>; lists: NetMatch[][]; textIds: Int32Array[]; seen: Float64Array }
const netOrders = new WeakMap<Net['hooks'], NetOrder>();
let generation = 0;

function netOrder(hooks: Net['hooks']): NetOrder {
  let order = netOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    const ids = new Map<string, number>();
    // compromise drops a repeated text through a plain object, where '__proto__' never sticks: it is never dropped
    const textIds = keys.map((k) => Int32Array.from(hooks[k], (m) => {
      if (m.match === '__proto__') return -1;
      if (!ids.has(m.match)) ids.set(m.match, ids.size);
      return ids.get(m.match)!;
    }));
    order = { rank: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => hooks[k]), textIds, seen: new Float64Array(ids.size) };
    netOrders.set(hooks, order);
  }
  return order;
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

/**
 * Each sentence's patterns to try, as compromise's sweep lists them, in one pass instead of four lists: those hooked
 * on its words and tags in key order, each pattern text once (getHooks), that the sentence meets (trimDown); then the
 * net's unhooked ones (`always`); all of them only when the sentence has as many words as they need (tooSmall).
 */
function sentencePatterns(caches: Set<string>[], net: Net, document: CTerm[][]): NetMatch[][] {
  const { rank, lists, textIds, seen } = netOrder(net.hooks);
  return caches.map((cache, n) => {
    const found: number[] = [];
    for (const item of cache) {
      const r = rank.get(item);
      if (r !== undefined) found.push(r);
    }
    found.sort((a, b) => a - b);
    generation += 1;
    const words = document[n].length;
    const out: NetMatch[] = [];
    for (const r of found) {
      const list = lists[r];
      const ids = textIds[r];
      for (let j = 0; j < list.length; j += 1) {
        const id = ids[j];
        if (id >= 0) {
          if (seen[id] === generation) continue; // a repeat is dropped before trimDown: seen whether it passes or not
          seen[id] = generation;
        }
        if (words >= list[j].minWords && meets(list[j], cache)) out.push(list[j]);
      }
    }
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
      if (planOf(m.regs).indexed) firstAt = startsOf(m.regs[0], (index ??= indexSentence(document[n])));
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
 *  out, and whether the sentence index answers that token. */
interface Plan { minLength: number; firstTest: FirstTest | null; indexed: boolean }
type FirstTest = (term: CTerm, i: number, length: number) => boolean;
const plans = new WeakMap<Reg[], Plan>();

function planOf(regs: Reg[]): Plan {
  let plan = plans.get(regs);
  if (!plan) {
    const first = regs[0];
    plan = {
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
      firstTest: first === undefined ? null : firstTestOf(first),
      indexed: first !== undefined && indexable(first),
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
  const choices = reg.choices;
  if (!choices || reg.optional === true || reg.negative === true || reg.anything === true) return null;
  const firsts: Reg[] = [];
  for (const c of choices) {
    if (!Array.isArray(c) || c.length === 0 || (c[0] as Reg).negative === true) return null;
    firsts.push(c[0] as Reg);
  }
  if (reg.operator === 'or') return (term, i, length) => firsts.some((f) => termMatches(term, f, i, length) === true);
  if (reg.operator === 'and') return (term, i, length) => firsts.every((f) => Boolean(termMatches(term, f, i, length)));
  return null;
}

/** Where each word form and each tag occurs in one sentence (term positions, ascending). */
interface SentenceIndex { words: Map<string, number[]>; tags: Map<string, number[]> }

function indexSentence(terms: CTerm[]): SentenceIndex {
  const words = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const at = map.get(key);
    if (!at) map.set(key, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  terms.forEach((t, i) => {
    // the forms compromise compares a word token with (term/doesMatch.js)
    add(words, t.text, i);
    add(words, t.normal, i);
    if (typeof t.machine === 'string') add(words, t.machine, i);
    if (t.alias) for (const a of t.alias) add(words, a, i);
    for (const tag of t.tags) add(tags, tag, i);
  });
  return { words, tags };
}

const NOWHERE: number[] = [];

/**
 * A first token the index answers exactly: a plain word (not case-sensitive, not fuzzy) or a plain tag, with no
 * anchor or term id, whose failure ends the attempt.
 */
export function indexable(reg: Reg): boolean {
  if (!firstTokenDecides(reg) || reg.id !== undefined || reg.start === true || reg.end === true) return false;
  if (reg.word !== undefined) return !reg.use && reg.fuzzy !== true;
  return reg.tag !== undefined;
}

/** The positions where an indexable token matches. */
function startsOf(reg: Reg, index: SentenceIndex): number[] {
  if (reg.word !== undefined) return index.words.get(reg.word) ?? NOWHERE;
  return index.tags.get(reg.tag!) ?? NOWHERE;
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
 * given, else every position that passes the first-token test (every position when there is none).
 */
function matchesIn(terms: CTerm[], regs: Reg[], n: number, justOne: boolean, firstAt?: number[]): MatchResult[] {
  const results: MatchResult[] = [];
  const plan = planOf(regs);
  const test = firstAt ? null : plan.firstTest;
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
