#!/usr/bin/env node
// Builds the start-up snapshot that makes an extraction start fast (issue 13), after tsc, as part of `npm run build`:
//   dist/snapshot/extract.cjs      — dist/src/cli/snapshot.js and everything it loads, bundled by esbuild into one
//                                    CommonJS file (a snapshot's entry can require only node's own modules, and can
//                                    hold no top-level await: compromise-internals.js is replaced by plain imports)
//   dist/snapshot/extract.blob     — `node --snapshot-blob … --build-snapshot extract.cjs`: the heap after loading it
//   dist/snapshot/extract.json     — the node that built the blob (version, executable, arch), the project root and
//                                    the node flags it was built with: bin/extract.js uses the blob only when the
//                                    first four are the running ones, and starts its node with those flags
//   dist/snapshot/help.mjs         — dist/src/cli/main.js and the modules it imports statically (commander, the
//                                    commands' options), bundled into one ES module: `--help` and `--version` load it
//                                    instead of ≈20 modules (bin/extract.js)
//   dist/snapshot/help.json        — the files it was made from, with their modification times
// A snapshot that cannot be built is no failure: the script warns, removes any old blob, and exits 0, and
// bin/extract.js runs as without one. Building takes a few seconds.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'snapshot');
const bundle = join(out, 'extract.cjs');
const blob = join(out, 'extract.blob');
const meta = join(out, 'extract.json');
const help = join(out, 'help.mjs');
const helpMeta = join(out, 'help.json');

/** compromise-internals.js as plain imports of the same files (its top-level await cannot go in a CJS bundle). */
async function internalsModule() {
  const { INTERNAL_FILES } = await import(pathToFileURL(join(root, 'dist/src/document/compromise-internals.js')).href);
  const src = join(dirname(createRequire(import.meta.url).resolve('compromise')), '..', '..', 'src');
  const names = Object.keys(INTERNAL_FILES);
  return names.map((n) => `import ${n} from ${JSON.stringify(join(src, INTERNAL_FILES[n]))};`).join('\n')
    + `\nexport const INTERNAL_FILES = ${JSON.stringify(INTERNAL_FILES)};\nexport { ${names.join(', ')} };\n`;
}

// While the bundle loads and tags its made-up article, regular expressions stay in V8's interpreter: the serializer
// cannot write compiled ones (node aborts), it can write their bytecode. The flags are put back before it writes. A
// pattern run so keeps its interpreter state in the blob for good; the run recompiles them
// (src/cli/snapshot-regexps.ts).
const INTERPRET_REGEXPS = '"use strict"; require("node:v8").setFlagsFromString("--regexp-interpret-all");';
const COMPILE_REGEXPS = 'require("node:v8").setFlagsFromString("--no-regexp-interpret-all --regexp-tier-up");';
// node:worker_threads loaded while the snapshot is built leaves its thread workers broken (node 20: a worker started
// from the snapshot fails at once, "undefined is not an integer typed array"; loaded after, they work). No worker
// thread starts from the snapshot (the pool's workers are processes; src/cli/snapshot-regexps.ts's inspector loads
// the module while building), but a package that loads it for its own questions (workerpool: is this the main
// thread?) gets a stand-in that loads it at first use, and answers those questions without it while building.
async function workerThreadsStandIn() {
  const names = Object.keys(await import('node:worker_threads')).filter((k) => k !== 'default');
  return `const v8 = require('node:v8');
const MAIN_THREAD = { isMainThread: true, workerData: null, parentPort: null, threadId: 0 };
let real = null;
for (const name of ${JSON.stringify(names)}) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    get: () => (!real && name in MAIN_THREAD && v8.startupSnapshot.isBuildingSnapshot() ? MAIN_THREAD[name] : (real ??= require('node:worker_threads'))[name]),
  });
}
`;
}

/** What both bundles share: one file for node 20, with the list of inputs (the freshness check's files). */
const BUNDLE_OPTIONS = { metafile: true, bundle: true, platform: 'node', target: 'node20', logLevel: 'error' };

async function buildBundle() {
  const esbuild = await import('esbuild');
  const contents = await internalsModule();
  const workerThreads = await workerThreadsStandIn();
  const built = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(root, 'dist/src/cli/snapshot.js')],
    outfile: bundle,
    format: 'cjs',
    // the queue's packages: `extract queue` and `extract worker` never run from the snapshot (bin/extract.js LIGHT)
    external: ['bullmq', 'ioredis'],
    // the modules' files lie in dist/src/<stage>/: an import.meta.url there (the worker, package.json, data/) finds
    // the same files from the bundle
    define: { 'import.meta.url': '__extractModuleUrl' },
    banner: { js: `${INTERPRET_REGEXPS}\nconst __extractModuleUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", "src", "pipeline", "bundle.js")).href;` },
    footer: { js: COMPILE_REGEXPS },
    plugins: [{
      name: 'compromise-internals',
      setup(b) {
        b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]document[\\/]compromise-internals\.js$/ }, () => ({ contents, loader: 'js', resolveDir: root }));
        // a package's __dirname is its own folder, as when node loads it (a package may read its own files there)
        b.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, (a) => {
          const text = readFileSync(a.path, 'utf8');
          return text.includes('__dirname') ? { contents: text.replaceAll('__dirname', JSON.stringify(dirname(a.path))), loader: 'js' } : undefined;
        });
        // the stand-in's own require is node's module
        b.onResolve({ filter: /^(node:)?worker_threads$/ }, (a) => (a.namespace === 'lazy-builtin'
          ? { path: 'node:worker_threads', external: true } : { path: 'worker_threads', namespace: 'lazy-builtin' }));
        b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({ contents: workerThreads, loader: 'js' }));
      },
    }],
  });
  writeFileSync(bundle, latin1Only(readFileSync(bundle, 'utf8')));
  return Object.keys(built.metafile.inputs).filter((f) => !f.startsWith('<'));
}

/** The bundle's source with every character past U+00FF written as an escape (\uXXXX). V8 keeps a script's source
 *  (to compile its functions when first called), as one byte a character when all of them fit: ≈190 curly quotes and
 *  dashes in regular expressions, strings and comments made the 6.2 MB source take 12.5 MB, a third of the
 *  snapshot's heap. An escape means what its character means in all three (a character escaped by a backslash
 *  loses it: `\’` and `’` are the same character). */
function latin1Only(source) {
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return source.replace(/(\\*)([^\u0000-\u00ff])/g, (_, slashes, c) => slashes.slice(0, slashes.length - (slashes.length % 2)) + escape(c));
}

/** The help bundle. Its modules' dynamic imports (what a command loads when it runs) stay imports of the files in
 *  dist/ (relative ones rewritten to be relative to it); import.meta.url (main.js finds package.json by it) is
 *  main.js's; commander's require()s of node's modules go to node's own require. */
async function buildHelp() {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(root, 'dist/src/cli/main.js')],
    outfile: help,
    format: 'esm',
    define: { 'import.meta.url': '__mainModuleUrl' },
    banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);\nconst __mainModuleUrl = new URL("../src/cli/main.js", import.meta.url).href;' },
    plugins: [{
      name: 'dynamic-imports-from-dist',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (a) => {
          if (a.kind !== 'dynamic-import') return undefined;
          if (!a.path.startsWith('.')) return { path: a.path, external: true };
          return { path: `./${relative(out, resolve(a.resolveDir, a.path)).split(sep).join('/')}`, external: true };
        });
      },
    }],
  });
  const inputs = Object.keys(built.metafile.inputs).map((f) => relative(root, resolve(root, f))).filter((f) => f.startsWith(`dist${sep}`));
  return Object.fromEntries(inputs.map((f) => [f, statSync(join(root, f)).mtimeMs]));
}

/** The files of ours the snapshot holds as they were when it was built: the bundle's modules from dist/ (rewritten
 *  by every tsc) and the data its loading and its made-up article read, with their modification times, which
 *  bin/extract.js compares before it uses the blob. The packages in node_modules change only by an install, which
 *  runs this build again (`prepare`). */
function sources(inputs) {
  const ours = inputs.map((f) => relative(root, resolve(root, f))).filter((f) => f.startsWith(`dist${sep}`));
  const read = ['package.json', join('src', 'places', 'regions.json'), ...readdirSync(join(root, 'data')).map((f) => join('data', f))];
  return Object.fromEntries([...ours, ...read].map((f) => [f, statSync(join(root, f)).mtimeMs]));
}

/** Node flags of the snapshot's node, at build and at run (a blob loads only with the V8 flags it was built with:
 *  extract.json lists them for bin/extract.js). A young generation of 16 MB from the start: with the default's 1 MB
 *  the seed article's run scavenged 8 times, then marked the whole 39 MB heap once (--trace-gc: ≈60 ms of its
 *  0.6 s); with 16 MB, no collection at all. Peak memory: +10 MB on the seed, +25 MB on 1 MB of dense text (249 MB).
 *  No rehashing of the blob's strings and tables as it loads (V8 does it by default so that a process does not use the
 *  hash seed baked into a snapshot; ≈25 ms of every start here, 0.155 → 0.13 s for a one-line input): this blob is
 *  built on the machine that runs it, by `npm run build`, with a seed drawn at random then, so no two installs share
 *  one, and JavaScript's maps and sets keep their insertion order whatever the seed (the same output). */
const FLAGS = ['--min-semi-space-size=16', '--no-rehash-snapshot'];

function buildBlob() {
  // without NODE_OPTIONS: a V8 flag there would go into the blob, and node loads it only with the same flags
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node --build-snapshot exited ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  writeFileSync(helpMeta, `${JSON.stringify({ files: await buildHelp() })}\n`);
} catch (e) {
  rmSync(help, { force: true });
  rmSync(helpMeta, { force: true });
  process.stderr.write(`build-snapshot: warning: no help bundle (--help starts the slow way): ${e.message}\n`);
}
try {
  const files = sources(await buildBundle());
  buildBlob();
  writeFileSync(meta, `${JSON.stringify({ version: process.version, execPath: process.execPath, arch: process.arch, root, flags: FLAGS, files })}\n`);
} catch (e) {
  rmSync(blob, { force: true });
  rmSync(meta, { force: true });
  process.stderr.write(`build-snapshot: warning: no start-up snapshot (extractions start the slow way): ${e.message}\n`);
}
