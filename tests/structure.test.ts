// The shape of src/, read from the TypeScript sources with the compiler API (not from dist/, so a failure names the
// .ts file and line): (1) no stage imports a later one, (2) no function is longer than 80 lines, (3) every export is
// imported by some other module. Each checker is first tried on small sources of our own, with cases that must and
// must not be reported, so a pass on the real tree means the checker looked, not that it cannot see.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The project root (this file runs as dist/tests/structure.test.js). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_FUNCTION_LINES = 80;

// ---- the stages ---------------------------------------------------------------------------------------------------

/** The README's stages in the order a document goes through them. A file may import files of its own stage and of
 *  earlier ones, never of a later one: neither code nor types (a later stage's type is a later stage's concept).
 *  The one exception is TYPES_FOR_ALL. A path is a folder (ending in '/') or one file. */
const STAGES: { name: string; paths: string[] }[] = [
  // InputDoc and ExtractOptions: types only, the document that every stage passes on
  { name: 'shapes', paths: ['src/types.ts'] },
  // data only (word lists, taxonomy): every stage may read it, so it reads no stage (but the schema's types)
  { name: 'lexicon', paths: ['src/lexicon/'] },
  // files, stdin, JSONL, HTML -> documents
  { name: 'input', paths: ['src/input/'] },
  // sentences, prefilter, tags: knows words, not rules
  { name: 'document', paths: ['src/document/'] },
  // propose mentions from tagged sentences; filling them in is the resolvers' job
  { name: 'rules', paths: ['src/rules/'] },
  // the offline gazetteer, a library of the resolvers (the README lists it with them): ranked just below them so
  // that it never calls back into a resolver, and above the rules, which must not look places up themselves
  { name: 'places', paths: ['src/places/'] },
  // fill mentions in: date, place, actors, attribution, modality
  { name: 'resolvers', paths: ['src/resolvers/'] },
  // merge, link, keep or drop resolved mentions; codes and ids
  { name: 'refiners', paths: ['src/refiners/'] },
  // zod validation of finished events, the JSON Schema (its types are for all: TYPES_FOR_ALL)
  { name: 'schema', paths: ['src/schema/'] },
  // events -> json, jsonl, csv, tsv, table
  { name: 'format', paths: ['src/format/'] },
  // finished events of many documents -> one event per real event (extract dedupe, --dedupe)
  { name: 'dedupe', paths: ['src/dedupe/'] },
  // finished events -> one self-contained HTML page (map, charts, table)
  { name: 'report', paths: ['src/report/'] },
  // the top: programs that wire the stages, each above what it runs. The pipeline runs one document through every
  // stage (and the batch runner its workers); eval runs the pipeline on gold data; the CLI's commands run the
  // pipeline, the schema and eval; the benchmark runs the CLI.
  { name: 'pipeline', paths: ['src/pipeline/'] },
  // the same pipeline on BullMQ workers over Redis: documents in as jobs, their extraction out as job results
  { name: 'queue', paths: ['src/queue/'] },
  { name: 'eval', paths: ['src/eval/'] },
  { name: 'cli', paths: ['src/cli/'] },
  { name: 'bench', paths: ['src/bench/'] },
];

/** Stages whose types (`import type`, or names that are only types) any stage may import. The schema's Event,
 *  Actor, Count... are the output contract that every stage fills in part of; its code (validation) runs late. */
const TYPES_FOR_ALL = new Set(['schema']);

/** The stage's index of a path relative to the root ('src/rules/events.ts'), -1 for a file of no stage. */
function stageOf(path: string): number {
  return STAGES.findIndex((s) => s.paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
}

/** Whether importing `to` from `from` goes up the pipeline. */
function isUpward(from: string, to: string, typeOnly: boolean): boolean {
  const [a, b] = [stageOf(from), stageOf(to)];
  if (a < 0 || b < 0 || b <= a) return false;
  return !(typeOnly && TYPES_FOR_ALL.has(STAGES[b].name));
}

// ---- reading a program --------------------------------------------------------------------------------------------

const posix = (p: string) => p.split(sep).join('/');

/** A program over files held in memory (for the checkers' own cases), rooted at /v/. */
function programOf(files: Record<string, string>): { program: ts.Program; root: string } {
  const root = '/v/';
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [],
  };
  const text = (f: string) => (f.startsWith(root) ? files[posix(relative(root, f))] : undefined);
  // our files from memory; TypeScript's own lib files (Promise, for `await import()`) from the disk
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => (f.startsWith(root) ? text(f) !== undefined : fileExists(f));
  host.readFile = (f) => (f.startsWith(root) ? text(f) : readFile(f));
  host.directoryExists = (d) => (d.startsWith(root) ? Object.keys(files).some((f) => (root + f).startsWith(`${d}/`)) : ts.sys.directoryExists(d));
  host.getSourceFile = (f, v, ...rest) => (f.startsWith(root) ? (text(f) === undefined ? undefined : ts.createSourceFile(f, text(f)!, v, true)) : getSourceFile(f, v, ...rest));
  host.getCurrentDirectory = () => root;
  return { program: ts.createProgram(Object.keys(files).map((f) => root + f), options, host), root };
}

/** The project's program: src/ and tests/ as tsconfig.json lists them. */
function projectProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json could not be read');
  return ts.createProgram(config.fileNames, config.options);
}

/** Source files of the program under `dir` ('src/'), with their paths relative to the root. */
function filesUnder(program: ts.Program, root: string, dir: string): { sf: ts.SourceFile; path: string }[] {
  return program.getSourceFiles()
    .map((sf) => ({ sf, path: posix(relative(root, sf.fileName)) }))
    .filter((f) => f.path.startsWith(dir) && !f.sf.isDeclarationFile);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (c) => walk(c, visit));
}

const lineOf = (sf: ts.SourceFile, pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;

// ---- (1) imports --------------------------------------------------------------------------------------------------

interface ImportEdge { from: string; to: string; typeOnly: boolean; line: number }

/** A name stands for a value (code), not only for a type. An unresolved name counts as a value. */
function namesValue(checker: ts.TypeChecker, id: ts.Identifier): boolean {
  const s = checker.getSymbolAtLocation(id);
  const target = s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  return !target || (target.flags & ts.SymbolFlags.Value) !== 0;
}

/** `import` and `export ... from` that bring in types only: `import type`, `{ type X }`, or names of types. */
function typeOnly(checker: ts.TypeChecker, d: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(d)) {
    if (d.isTypeOnly) return true;
    const c = d.exportClause;
    return !!c && ts.isNamedExports(c) && c.elements.every((e) => e.isTypeOnly || (ts.isIdentifier(e.name) && !namesValue(checker, e.name)));
  }
  const c = d.importClause;
  if (!c) return false; // import './x.js' runs the module
  if (c.isTypeOnly) return true;
  if (c.name && namesValue(checker, c.name)) return false;
  const b = c.namedBindings;
  if (!b) return true;
  if (ts.isNamespaceImport(b)) return false;
  return b.elements.every((e) => e.isTypeOnly || !namesValue(checker, e.name));
}

/** Every import between the program's files under src/: static, `export from`, `import()` and `import('x').T`. */
function importEdges(program: ts.Program, root: string): ImportEdge[] {
  const checker = program.getTypeChecker();
  const edges: ImportEdge[] = [];
  for (const { sf, path } of filesUnder(program, root, 'src/')) {
    const add = (spec: ts.Node, isType: boolean) => {
      const target = checker.getSymbolAtLocation(spec)?.valueDeclaration?.getSourceFile();
      if (!target) return;
      const to = posix(relative(root, target.fileName));
      if (to.startsWith('src/') && !target.isDeclarationFile) edges.push({ from: path, to, typeOnly: isType, line: lineOf(sf, spec.getStart(sf)) });
    };
    walk(sf, (n) => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) add(n.moduleSpecifier, typeOnly(checker, n));
      else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0]) add(n.arguments[0], false);
      else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) add(n.argument.literal, true);
    });
  }
  return edges;
}

const upwardImports = (program: ts.Program, root: string) =>
  importEdges(program, root).filter((e) => isUpward(e.from, e.to, e.typeOnly))
    .map((e) => `${e.from}:${e.line} (${STAGES[stageOf(e.from)].name}) imports ${e.typeOnly ? 'types of ' : ''}${e.to} (${STAGES[stageOf(e.to)].name})`);

// ---- (2) function length ------------------------------------------------------------------------------------------

function functionName(n: ts.FunctionLikeDeclaration): string {
  if (ts.isConstructorDeclaration(n)) return 'constructor';
  if (n.name) return n.name.getText();
  const p = n.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name) return p.name.getText();
  if (ts.isCallExpression(p)) return `(callback of ${p.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** Functions (declarations, methods, arrows, function expressions) longer than `max` lines, from their first line
 *  (after any comment) to their last, nested functions included. */
function longFunctions(sf: ts.SourceFile, max = MAX_FUNCTION_LINES): { line: number; name: string; lines: number }[] {
  const out: { line: number; name: string; lines: number }[] = [];
  walk(sf, (n) => {
    if (!ts.isFunctionLike(n) || !('body' in n) || !n.body) return;
    const f = n as ts.FunctionLikeDeclaration;
    const line = lineOf(sf, f.getStart(sf));
    const lines = lineOf(sf, f.getEnd()) - line + 1;
    if (lines > max) out.push({ line, name: functionName(f), lines });
  });
  return out;
}

// ---- (3) exports nobody imports -----------------------------------------------------------------------------------

/** A declaration or assignment whose value comes from `import()` (awaited, perhaps through Promise.all). */
const holdsImport = (n: ts.Node): boolean =>
  (ts.isVariableDeclaration(n) || ts.isBinaryExpression(n)) && /\bimport\(/.test((ts.isVariableDeclaration(n) ? n.initializer : n.right)?.getText() ?? '');

/** An identifier that may name another module's export: in an import or export clause, `ns.a` or `ns.T` of a
 *  namespace import, `(await import('./x.js')).a`, `m.a` of `const m = await import('./x.js')`, `import('./x.js').T`.
 *  Only these are resolved: asking the checker about every identifier of the program would cost it a full check. */
function namesImport(checker: ts.TypeChecker, id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isExportSpecifier(p) || ts.isImportTypeNode(p)) return true;
  let base: ts.Node;
  if (ts.isPropertyAccessExpression(p) && p.name === id) base = p.expression;
  else if (ts.isQualifiedName(p) && p.right === id) base = p.left;
  else return false;
  while (ts.isParenthesizedExpression(base) || ts.isAwaitExpression(base) || ts.isNonNullExpression(base)) base = base.expression;
  if (ts.isCallExpression(base)) return base.expression.kind === ts.SyntaxKind.ImportKeyword;
  if (!ts.isIdentifier(base)) return false;
  const d = checker.getSymbolAtLocation(base)?.declarations?.[0];
  return !!d && (ts.isNamespaceImport(d) || holdsImport(d));
}

/** The left side of a destructuring assignment: `({ a } = value)`. */
const isAssignedTo = (o: ts.ObjectLiteralExpression): o is ts.ObjectLiteralExpression & { parent: ts.BinaryExpression } =>
  ts.isBinaryExpression(o.parent) && o.parent.left === o && o.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;

/** For each export of the program's src/ files ('src/x.ts#name'), the files that use it (the file itself aside).
 *  A use is any reference: an import, `export from`, a property of `import()` or of a namespace, a name taken
 *  apart from `await import()`. `extraUses` adds uses the program cannot see (JavaScript in bin/ and scripts/). */
function exportUses(program: ts.Program, root: string, extraUses: Map<string, Set<string>> = new Map()): Map<string, Set<string>> {
  const checker = program.getTypeChecker();
  const keyOf = new Map<ts.Symbol, string>();
  const uses = new Map<string, Set<string>>();
  for (const { sf, path } of filesUnder(program, root, 'src/')) {
    const module = checker.getSymbolAtLocation(sf);
    if (!module) continue;
    for (const e of checker.getExportsOfModule(module)) {
      const key = `${path}#${e.name}`;
      keyOf.set(e, key);
      uses.set(key, new Set(extraUses.get(key)));
    }
  }
  // an alias the checker cannot follow (a CommonJS package's default taken by destructuring an import()) is no
  // export of ours: TypeScript asserts there instead of answering
  const aliasOf = (s: ts.Symbol) => { try { return checker.getImmediateAliasedSymbol(s); } catch { return undefined; } };
  const mark = (s: ts.Symbol | undefined, path: string) => {
    if (!s) return;
    for (const c of [s, checker.getExportSymbolOfSymbol(s), s.flags & ts.SymbolFlags.Alias ? aliasOf(s) : undefined]) {
      const key = c && keyOf.get(c);
      if (key && !key.startsWith(`${path}#`)) uses.get(key)!.add(path);
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const path = posix(relative(root, sf.fileName));
    walk(sf, (n) => {
      if (ts.isIdentifier(n) && namesImport(checker, n)) mark(checker.getSymbolAtLocation(n), path);
      // const { a } = await import('./x.js'), ({ a } = await import('./x.js')): the name is a local; the property
      // it is taken from is the export
      if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent) && holdsImport(ts.walkUpBindingElementsAndPatterns(n))) {
        const name = n.propertyName ?? n.name;
        if (ts.isIdentifier(name)) mark(checker.getTypeAtLocation(n.parent).getProperty(name.text), path);
      }
      if (ts.isShorthandPropertyAssignment(n) && ts.isObjectLiteralExpression(n.parent) && isAssignedTo(n.parent) && holdsImport(n.parent.parent)) {
        mark(checker.getTypeAtLocation(n.parent.parent.right).getProperty(n.name.text), path);
      }
      // new URL('./worker.js', import.meta.url): a module loaded by file name (a worker); its default export is used
      if (ts.isNewExpression(n) && n.expression.getText(sf) === 'URL' && n.arguments?.[1]?.getText(sf) === 'import.meta.url' && ts.isStringLiteral(n.arguments[0])) {
        const target = posix(relative(root, resolve(sf.fileName, '..', n.arguments[0].text))).replace(/\.js$/, '.ts');
        uses.get(`${target}#default`)?.add(path);
      }
    });
  }
  return uses;
}

/** Uses by the JavaScript entry points (bin/, scripts/), which load the compiled modules from dist/src/ by path: a
 *  name of a module's export written in a file that names the module's path is a use. */
function scriptUses(dirs: string[]): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => /\.(m?js)$/.test(f))) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const names = new Set<string>();
      walk(sf, (n) => { if (ts.isIdentifier(n)) names.add(n.text); });
      for (const m of text.matchAll(/dist\/src\/([\w/.-]+?)\.js/g)) {
        for (const name of names) {
          const key = `src/${m[1]}.ts#${name}`;
          if (!uses.has(key)) uses.set(key, new Set());
          uses.get(key)!.add(`${dir}/${file}`);
        }
      }
    }
  }
  return uses;
}

/** An export is used when a module other than its own uses it. A test counts as a user: a rule or a parser tested on
 *  its own is exported for that test (the rule families' tests need it). An export no other file uses fails. */
const unusedExports = (uses: Map<string, Set<string>>) => [...uses].filter(([, by]) => by.size === 0).map(([key]) => key).sort();

// ---- the checkers on sources of our own ---------------------------------------------------------------------------

describe('the import checker, on sources of our own', () => {
  test.each([
    // [from, to, type only, upward]
    ['src/rules/events.ts', 'src/resolvers/actors.ts', false, true],
    ['src/rules/events.ts', 'src/resolvers/actors.ts', true, true],
    ['src/document/prefilter.ts', 'src/rules/commitments.ts', false, true],
    ['src/rules/events.ts', 'src/places/index.ts', false, true],
    ['src/places/index.ts', 'src/resolvers/date.ts', false, true],
    ['src/lexicon/actors.ts', 'src/schema/event.ts', false, true],
    ['src/input/read.ts', 'src/pipeline/run.ts', true, true],
    ['src/pipeline/run.ts', 'src/cli/main.ts', false, true],
    ['src/resolvers/actors.ts', 'src/places/index.ts', false, false],
    ['src/resolvers/actors.ts', 'src/resolvers/count.ts', false, false],
    ['src/refiners/merge.ts', 'src/rules/mention.ts', true, false],
    ['src/lexicon/actors.ts', 'src/schema/event.ts', true, false],
    ['src/document/plugin.ts', 'src/lexicon/actors.ts', false, false],
    ['src/input/read.ts', 'src/types.ts', true, false],
    ['src/cli/main.ts', 'src/eval/index.ts', false, false],
    ['src/bench/child.ts', 'src/cli/main.ts', false, false],
  ])('%s -> %s (type only: %s) goes up the pipeline: %s', (from, to, isType, up) => {
    expect(isUpward(from, to, isType)).toBe(up);
  });

  test('imports are read from import, export-from, import() and import types, and types are told from code', () => {
    const { program, root } = programOf({
      'src/schema/event.ts': 'export type Event = { id: string };\nexport const TYPES = ["attack"];\n',
      'src/resolvers/actors.ts': 'export function actorOf(s: string) { return s; }\nexport interface ActorSpan { start: number }\n',
      'src/lexicon/actors.ts': 'import { Event } from "../schema/event";\nexport const HEADS: Event[] = [];\n',
      'src/lexicon/kinds.ts': 'import { TYPES } from "../schema/event";\nexport const KINDS = TYPES;\n',
      'src/rules/events.ts': [
        'import { actorOf } from "../resolvers/actors";',
        'import type { ActorSpan } from "../resolvers/actors";',
        'import { HEADS } from "../lexicon/actors";',
        'export { KINDS } from "../lexicon/kinds";',
        'export const later = () => import("../refiners/merge");',
        'export type Span = import("../resolvers/actors").ActorSpan;',
        'export const all = [actorOf("x"), HEADS];',
        'export let s: ActorSpan | undefined;',
      ].join('\n'),
      'src/refiners/merge.ts': 'import { ActorSpan } from "../resolvers/actors";\nexport const merged: ActorSpan[] = [];\n',
    });
    expect(upwardImports(program, root).sort()).toEqual([
      'src/lexicon/kinds.ts:1 (lexicon) imports src/schema/event.ts (schema)',
      'src/rules/events.ts:1 (rules) imports src/resolvers/actors.ts (resolvers)',
      'src/rules/events.ts:2 (rules) imports types of src/resolvers/actors.ts (resolvers)',
      'src/rules/events.ts:5 (rules) imports src/refiners/merge.ts (refiners)',
      'src/rules/events.ts:6 (rules) imports types of src/resolvers/actors.ts (resolvers)',
    ]);
  });
});

describe('the function-length checker, on sources of our own', () => {
  const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  x += ${i};`).join('\n');
  test.each([
    // [kind, source of a function of n lines, its name, its first line]
    ['function declaration', (n: number) => `function f(x: number) {\n${body(n)}\n}`, 'f', 2],
    ['arrow function', (n: number) => `const g = (x: number) => {\n${body(n)}\n};`, 'g', 2],
    ['function expression', (n: number) => `const h = function (x: number) {\n${body(n)}\n};`, 'h', 2],
    ['method', (n: number) => `class C {\n  m(x: number) {\n${body(n)}\n  }\n}`, 'm', 3],
    ['object method', (n: number) => `const o = {\n  k(x: number) {\n${body(n)}\n  },\n};`, 'k', 3],
    ['callback', (n: number) => `[1].forEach((x) => {\n${body(n)}\n});`, '(callback of [1].forEach)', 2],
  ])('a %s of 81 lines is reported, one of 80 is not', (_kind, source, name, line) => {
    // the comment above the function is not counted
    const sf = (n: number) => ts.createSourceFile('f.ts', `/** f */\n${source(n)}\n`, ts.ScriptTarget.ES2022, true);
    expect(longFunctions(sf(81))).toEqual([{ line, name, lines: 81 }]);
    expect(longFunctions(sf(80))).toEqual([]);
  });
});

describe('the export checker, on sources of our own', () => {
  test('an export is used when another file imports it, names it through import(), or loads it as a worker', () => {
    const { program, root } = programOf({
      'src/rules/a.ts': [
        'export function imported() { return 1; }',
        'export function dynamicProperty() { return 2; }',
        'export function destructured() { return 3; }',
        'export function inArray() { return 3; }',
        'export function assigned() { return 3; }',
        'export function namespaceProperty() { return 3; }',
        'export function viaVariable() { return 3; }',
        'export type NamespaceType = number;',
        'export function reexported() { return 4; }',
        'export function ownUseOnly() { return 5; }',
        'export const never = ownUseOnly();',
        'export interface TypeUsed { n: number }',
        'export type TypeUnused = string;',
      ].join('\n'),
      'src/rules/b.ts': 'export { reexported } from "./a";\nexport const unusedReexport = 1;\n',
      'src/cli/main.ts': [
        'import { imported, type TypeUsed } from "../rules/a";',
        'import * as ns from "../rules/a";',
        'export async function run(t: TypeUsed) {',
        '  const { destructured } = await import("../rules/a");',
        '  const [{ inArray }] = await Promise.all([import("../rules/a")]);',
        '  let assigned: () => number;',
        '  ({ assigned } = await import("../rules/a"));',
        '  const m = await import("../rules/a");',
        '  const typed: ns.NamespaceType = 1;',
        '  return imported() + (await import("../rules/a")).dynamicProperty() + destructured() + inArray() + assigned() + t.n',
        '    + ns.namespaceProperty() + m.viaVariable() + typed;',
        '}',
        'export const worker = new URL("../pipeline/worker.js", import.meta.url);',
      ].join('\n'),
      'src/pipeline/worker.ts': 'export default function work() { return 0; }\n',
      'tests/b.test.ts': 'import { reexported } from "../src/rules/b";\nimport { run } from "../src/cli/main";\nvoid reexported, run;\n',
    });
    const unused = unusedExports(exportUses(program, root));
    expect(unused).toEqual(['src/cli/main.ts#worker', 'src/rules/a.ts#TypeUnused', 'src/rules/a.ts#never', 'src/rules/a.ts#ownUseOnly', 'src/rules/b.ts#unusedReexport']);
  });
});

// ---- the project --------------------------------------------------------------------------------------------------

describe('src/', () => {
  const program = projectProgram();
  const src = filesUnder(program, ROOT, 'src/');

  test('every file of src/ belongs to a stage of the table', () => {
    expect(src.filter((f) => stageOf(f.path) < 0).map((f) => f.path)).toEqual([]);
  });

  test('no stage imports a later one', () => {
    expect(upwardImports(program, ROOT)).toEqual([]);
  });

  test(`no function is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = src.flatMap(({ sf, path }) => longFunctions(sf).map((f) => `${path}:${f.line} ${f.name} (${f.lines} lines)`));
    expect(long).toEqual([]);
  });

  test('every export is used by another module (a test counts)', () => {
    expect(unusedExports(exportUses(program, ROOT, scriptUses(['bin', 'scripts'])))).toEqual([]);
  });
});
