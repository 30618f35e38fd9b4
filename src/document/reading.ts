// The document as the extractor reads it: spun words (src/lexicon/spinner.ts) replaced by the plain words they stand
// for, once, before sentences are split, with a map from every offset of the reading back to the text as written.
// The stages after this one see only the reading; `asWritten` turns a finished event's evidence offsets and the
// `text` of its date, place, actors, counts and attribution back into the document's own offsets (counted in code
// points, as SPEC.md has them) and words, and `explanationAsWritten` does the same for each --explain candidate.
import type { Event } from '../schema/event.js';
import type { DocumentExplanation } from '../schema/explanation.js';
import { SPINNER_SUBSTITUTIONS, type SpinnerEntry } from '../lexicon/spinner.js';
import { codePointOffset } from './code-points.js';

/** One replacement: the reading's [start, end) stands for the original's [from, to). */
interface Edit { start: number; end: number; from: number; to: number }

export interface Reading {
  /** the document as written: what evidence offsets point into */
  original: string;
  /** the document with spun words replaced: what the tagger, the rules and the resolvers read */
  text: string;
  /** the replacements in document order; none for most documents */
  edits: Edit[];
}

/** Regular-expression source of a spun form: a space stands for spaces or tabs, a hyphen for any hyphen. */
function charSource(c: string): string {
  if (c === ' ') return '[ \\t]+';
  if (c === '-') return '[-‐]';
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms as one trie-shaped pattern ("troopers|trooper" → "trooper(?:s)?"): the scan tries one letter at a time. */
function trieSource(forms: string[]): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const f of forms) {
    let n = root;
    for (const c of f) {
      if (!n.get(c)) n.set(c, new Map());
      n = n.get(c)!;
    }
    n.set('', null);
  }
  const source = (n: Node): string => {
    const alts = [...n].filter(([c]) => c).map(([c, next]) => charSource(c) + source(next!));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.has('') ? `(?:${body})?` : body;
  };
  return source(root);
}

/** An entry's forms in each of its contexts: tried only where the scan found one of the table's forms. */
function entryPattern(e: SpinnerEntry): RegExp {
  const forms = `(?:${[...e.spun].sort((a, b) => b.length - a.length).map((f) => [...f].map(charSource).join('')).join('|')})`;
  const contexts = (e.when ?? [{}]).map((c) => [
    c.before ? `(?<=${c.before})` : '',
    c.notBefore ? `(?<!${c.notBefore})` : '',
    `(?<!\\w)${forms}(?!\\w)`,
    c.after ? `(?=${c.after})` : '',
    c.notAfter ? `(?!${c.notAfter})` : '',
  ].join(''));
  return new RegExp(contexts.join('|'), 'iy');
}

/** The one pass: every spun form of the table, whatever its context (most texts hold none). */
const SCAN = new RegExp(`\\b${trieSource([...new Set(SPINNER_SUBSTITUTIONS.flatMap((e) => e.spun))])}(?!\\w)`, 'gi');
/** The entries by the first letter of their forms, in table order: a found form is tried against these only (a
 *  pattern is compiled the first time it runs, ≈0.5 ms each, so a document pays only for the letters it holds). */
const ENTRIES_BY_LETTER = new Map<string, { entry: SpinnerEntry; pattern: RegExp }[]>();
for (const entry of SPINNER_SUBSTITUTIONS) {
  const pattern = entryPattern(entry);
  for (const c of new Set(entry.spun.map((f) => f[0]))) {
    if (!ENTRIES_BY_LETTER.has(c)) ENTRIES_BY_LETTER.set(c, []);
    ENTRIES_BY_LETTER.get(c)!.push({ entry, pattern });
  }
}

/** The plain word in the case the spun form was written in: "Hearth" → "Fire", "TROOPERS" → "SOLDIERS". */
function inCaseOf(written: string, plain: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return plain.toUpperCase();
  const first = written[0];
  return first !== first.toLowerCase() ? plain[0].toUpperCase() + plain.slice(1) : plain;
}

/** Each word of the form starts with a capital: "Key Minister", not "key minister". */
const isTitleCase = (s: string) => s.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w));

/** The first entry (in table order) whose form and context hold at `at`, with the words it replaces. */
function entryAt(text: string, at: number): { entry: SpinnerEntry; written: string } | null {
  if (isWordChar(text[at - 1])) return null;
  for (const { entry, pattern } of ENTRIES_BY_LETTER.get(text[at].toLowerCase()) ?? []) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m && !isWordChar(text[at + m[0].length]) && (!entry.titleCase || isTitleCase(m[0]))) return { entry, written: m[0] };
  }
  return null;
}

/** A letter or digit of any script. The patterns see ASCII word characters only (a Unicode class costs ≈5 ms to
 *  compile in each of them); the letters beyond ASCII are checked here, once per spun form found. */
const LETTER = /[\p{L}\p{N}]/u;
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c.charCodeAt(0) >= 128 && LETTER.test(c);
}

const ARTICLE_BEFORE = /(?<![\w'’-])(an?)([ \t]+)$/i;

/**
 * "An auto bomb" is read "A car bomb": an article just before a replaced word is made to agree with the plain word
 * (a wrong "an" makes the tagger misread the phrase). Returns where the replacement starts and what it reads.
 */
function withArticle(text: string, at: number, last: number, plain: string): [number, string] {
  const m = ARTICLE_BEFORE.exec(text.slice(Math.max(last, at - 4), at));
  if (!m) return [at, plain];
  const wanted = /^[aeiou]/i.test(plain) ? 'an' : 'a';
  if (m[1].toLowerCase() === wanted) return [at, plain];
  return [at - m[0].length, inCaseOf(m[1], wanted) + m[2] + plain];
}

/** Reads a document once through the spinner table. A text without spun words comes back as it is, with no edits. */
export function readDocument(original: string): Reading {
  const edits: Edit[] = [];
  const parts: string[] = [];
  let last = 0;
  let length = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(original); m; m = SCAN.exec(original)) {
    const hit = entryAt(original, m.index);
    if (!hit) { SCAN.lastIndex = m.index + 1; continue; }
    const [from, plain] = withArticle(original, m.index, last, inCaseOf(hit.written, hit.entry.plain));
    parts.push(original.slice(last, from), plain);
    length += from - last;
    edits.push({ start: length, end: length + plain.length, from, to: m.index + hit.written.length });
    length += plain.length;
    last = m.index + hit.written.length;
    SCAN.lastIndex = last;
  }
  if (!edits.length) return { original, text: original, edits };
  parts.push(original.slice(last));
  return { original, text: parts.join(''), edits };
}

/**
 * The original offset of an offset of the reading. Inside a replaced word there is no exact one: a span's `start`
 * maps to the start of the words as written, its `end` to their end.
 */
export function originalOffset(r: Reading, at: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = r.edits.length - 1;
  let k = -1; // the last edit that starts at or before `at`
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r.edits[mid].start <= at) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (k < 0) return at;
  const e = r.edits[k];
  if (at >= e.end) return e.to + (at - e.end);
  if (at === e.start) return e.from;
  return side === 'start' ? e.from : e.to;
}

/** The original words of a span of the reading. */
export function writtenText(r: Reading, start: number, end: number): string {
  return r.original.slice(originalOffset(r, start, 'start'), originalOffset(r, end, 'end'));
}

/**
 * The words as written of a `text` the resolvers cut from the reading: found in the event's own sentences first
 * (where it was read), else anywhere in the document; its first place there is taken (the same words written once
 * plainly and once spun in one sentence would give the first). A text the reading does not hold (a name the
 * resolvers built, a country inferred) is left as it is.
 */
function restore(r: Reading, text: string, sentences: { start: number; end: number }[]): string {
  if (!text) return text;
  for (const s of sentences) {
    const at = r.text.slice(s.start, s.end).indexOf(text);
    if (at >= 0) return writtenText(r, s.start + at, s.start + at + text.length);
  }
  const at = r.text.indexOf(text);
  return at >= 0 ? writtenText(r, at, at + text.length) : text;
}

/**
 * A span of the reading as SPEC.md gives it: offsets into the document as written, counted in code points (as Python
 * and jq count; ./code-points.ts), and its words as written.
 */
function spanAsWritten(r: Reading, start: number, end: number): { start: number; end: number; text: string } {
  const from = originalOffset(r, start, 'start');
  const to = originalOffset(r, end, 'end');
  return { start: codePointOffset(r.original, from), end: codePointOffset(r.original, to), text: r.original.slice(from, to) };
}

/** A finished event of the reading, with its evidence as written (spanAsWritten) and its words as written. */
export function asWritten(e: Event, r: Reading): Event {
  const evidence = e.evidence.map((s) => spanAsWritten(r, s.start, s.end));
  if (!r.edits.length) return { ...e, evidence };
  const sentences = e.evidence;
  const back = (text: string) => restore(r, text, sentences);
  return {
    ...e,
    date: e.date && { ...e.date, text: back(e.date.text) },
    location: e.location && { ...e.location, text: back(e.location.text) },
    actors: e.actors.map((a) => ({ ...a, text: back(a.text) })),
    killed: e.killed && { ...e.killed, text: back(e.killed.text) },
    wounded: e.wounded && { ...e.wounded, text: back(e.wounded.text) },
    attribution: e.attribution && { ...e.attribution, text: back(e.attribution.text) },
    evidence,
  };
}

/** An --explain report of the reading, with each candidate's offsets and words as written (spanAsWritten). */
export function explanationAsWritten(x: DocumentExplanation, r: Reading): DocumentExplanation {
  return { ...x, candidates: x.candidates.map((c) => ({ ...c, ...spanAsWritten(r, c.start, c.end) })) };
}
