// compromise's own modules that faster-matching.ts and faster-tokenizing.ts reuse. The package does not export them,
// so they are loaded by file from its source tree (package.json pins the exact version they were read from). This
// module is the program's one top-level await: the single-file CommonJS bundle that the start-up snapshot is built from cannot
// hold one, so scripts/build-snapshot.mjs puts a module of plain imports of the same files in its place.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A compromise term, as far as matching reads it. */
export interface CTerm {
  id?: string; text: string; normal: string; machine?: string | null; alias?: string[]; tags: Set<string>;
  root?: string; implicit?: string; switch?: string;
}
/** One parsed token of a match pattern. */
export interface Reg {
  optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; start?: boolean; end?: boolean;
  choices?: unknown[]; operator?: string; word?: string; tag?: string; use?: string; fuzzy?: boolean; id?: string;
  /** a list of plain words, "(a|an|the)", as compromise packs it; `pos`: the tag its word must also carry */
  fastOr?: Set<string>; pos?: string;
  /** "%Noun|Verb%": the term's switch */
  switch?: string;
}
export interface MatchResult { pointer: (number | string | null | undefined)[]; groups: Record<string, (number | null)[]> }
export interface Todo { regs?: Reg[]; group?: string | number; justOne?: boolean; notIf?: Reg[] }
/** A pattern of a compiled net, as compromise's `buildNet` leaves it. */
export interface NetMatch extends Todo {
  match: string; minWords: number; regs: Reg[];
  /** what buildNet found in the pattern: words and #Tags a sentence must all have, may not have, and wants minWant of */
  needs: string[]; ifNo?: string[]; wants: string[]; minWant: number;
}

type FromHere = (terms: CTerm[], regs: Reg[], start: number, length: number) => MatchResult | null;
type TermMatch = (term: CTerm, reg: Reg, index: number, length: number) => boolean | null;

/** Each function's file under compromise's src/ (the bundle build reads this table). */
export const INTERNAL_FILES = {
  fromHere: '1-one/match/methods/match/02-from-here.js',
  failFast: '1-one/match/methods/match/01-failFast.js',
  getGroup: '1-one/match/methods/match/03-getGroup.js',
  notIf: '1-one/match/methods/match/03-notIf.js',
  termMatches: '1-one/match/methods/match/term/doesMatch.js',
  normalizeTerm: '1-one/tokenize/compute/normal/index.js',
} as const;

const compromiseRoot = path.resolve(path.dirname(createRequire(import.meta.url).resolve('compromise')), '../..');
async function internal<T>(name: keyof typeof INTERNAL_FILES): Promise<T> {
  const mod = await import(pathToFileURL(path.join(compromiseRoot, 'src', INTERNAL_FILES[name])).href) as { default: T };
  return mod.default;
}
export const fromHere = await internal<FromHere>('fromHere');
export const failFast = await internal<(regs: Reg[], cache: Set<string>) => boolean>('failFast');
export const getGroup = await internal<(res: MatchResult[], group?: string | number) => { ptrs: MatchResult['pointer'][] }>(
  'getGroup');
export const notIf = await internal<(res: MatchResult[], not: Reg[], docs: CTerm[][]) => MatchResult[]>('notIf');
export const termMatches = await internal<TermMatch>('termMatches');
/** Sets a parsed term's `normal` (tokenize/compute/normal: cleanup, killUnicode, acronyms), as compromise's parse
 *  does. */
export const normalizeTerm = await internal<(term: { text: string; normal?: string }, world: unknown) => void>(
  'normalizeTerm');
