// The entry of the start-up snapshot (scripts/build-snapshot.mjs bundles it into one CommonJS file and runs
// `node --build-snapshot` on it; bin/extract.js starts an extraction from the snapshot when it matches this node).
// Building it loads what an extraction needs (compromise with our plugin, the rules, the output formats) and tags a
// made-up article once, so a run starts with all of it and what a first document builds (compromise's nets, the
// remembered lookups) in the heap; the gazetteer's place files are read at run time (a few ms). At run time it does
// what bin/extract.js does in-process (the same EPIPE handling and exit code), or, started by the worker pool
// (src/pipeline/pool.ts, with EXTRACT_POOL_WORKER set), serves the pool's documents.
import v8 from 'node:v8';
import { main } from './main.js';
import './progress.js';
import '../format/index.js';
import { extractDocuments, extractEvents } from '../pipeline/extract.js';
import { unloadPlaceFiles } from '../places/gazetteer.js';
import { compileAgain } from '../lexicon/words.js';
import { POOL_WORKER_ENV, serve } from '../pipeline/serve.js';
import { recompile, regExpsInHeap } from './snapshot-regexps.js';

/** Invented, so that every stage runs once: a dateline, attacks with counts and places, casualties, a meeting, an
 *  agreement, absolute and relative dates. */
const WARM_UP = [
  'NORTHTOWN, March 3 (Wire) - Gunmen killed 12 villagers and wounded at least 20 in an attack on a market near the town of Mopti on Tuesday, officials said.',
  'Two days later, an air strike on a convoy in Kandahar province killed three fighters, the ministry of defence said in a statement.',
  'The death toll from last week\'s bombing in Baghdad rose to 41 on Sunday, police and hospital sources said.',
  'Foreign ministers of France and Germany met in Geneva on 5 March 2020 and agreed on a ceasefire, which rebels rejected.',
  'Protesters clashed with police in Santiago, Chile, on Friday; dozens were arrested and one officer was injured.',
].join(' ');

extractEvents({ id: 'warm-up', text: WARM_UP }, { referenceDate: '2020-03-04' });
unloadPlaceFiles();
/** The patterns in the heap once everything has loaded and run: the snapshot keeps them on bytecode for good unless
 *  they are recompiled at run time (./snapshot-regexps.ts). */
const BUILT_REGEXPS = regExpsInHeap();

/** How long a run goes on the snapshot's bytecode before its patterns are recompiled. The bytecode is what makes a
 *  short run fast (recompiling all 700 patterns at start, each then compiled again on first use, made the seed article
 *  cold ≈15% slower, 1.03 → 1.19 s median of 8), machine code what makes a long one fast (−6.5% of all instructions on
 *  1,000 wire items, callgrind; agnews-dev 7.06 → 6.84 s median of 5 with 1 s here rather than 0.2 s). The timer fires
 *  only between documents, when the run waits for input (an extraction does not yield inside one): a run of one
 *  document (the seed article, with 0.1 s here too) or of one read's worth of short ones keeps its bytecode. */
const RECOMPILE_AFTER_MS = 200;

/** V8 runs a pattern first on bytecode it compiles for that run (then on machine code), once per pattern and per kind
 *  of text (Latin-1 or not: an article with curly quotes needs both); its peephole pass over that bytecode was ≈12%
 *  of the whole seed run from the snapshot, for bytecode run once. Set after the snapshot loads (it loads only with
 *  the flags it was built with); what a pattern matches does not change. */
const CHEAP_REGEXP_BYTECODE = '--no-regexp-peephole-optimization';

/** How long a function runs before V8 thinks of optimizing it (its interrupt budget, a count it lowers as the
 *  function's bytecode runs): 8 times V8's default of 67,584. Optimized code is compiled on background threads, and a
 *  run of this tool is short enough that those compiles are a large part of its CPU (agnews-dev with one job: 320
 *  functions, 3.9 s of CPU for 2.6 s of wall time). Fewer compiles of lukewarm functions leave one process as fast
 *  with 18-20% less CPU (medians of 7 interleaved runs against the build before: agnews-dev 2.65 → 2.61 s, CPU 3.86 →
 *  3.10 s; 1 MB of dense text 4.56 → 4.44 s, CPU 6.29 → 5.18 s), and so two worker processes, which share the two
 *  cores with those threads, faster: agnews-dev --jobs 2 2.54 → 1.92 s, 1 MB dense 3.87 → 3.05 s. (4 times: less
 *  gain; 15 times: one process on wire items 3% slower.) */
const LATER_OPTIMIZATION = '--interrupt-budget=540672';

/** How often this node looks whether bin/extract.js, which started it and passes signals on to it, is still there. */
const PARENT_CHECK_MS = 500;

/** bin/extract.js killed outright (SIGKILL, the OOM killer) passes nothing on, and this node, in a session of its own,
 *  would run on alone: when its parent is gone it stops as if sent SIGTERM (the output closed, exit 143). The parent
 *  is the process bin/extract.js says it is (EXTRACT_WRAPPER_PID: it may be gone before this code runs). The check
 *  runs between documents (an extraction does not yield inside one). */
function stopWithParent(): void {
  const parent = Number(process.env.EXTRACT_WRAPPER_PID) || process.ppid;
  delete process.env.EXTRACT_WRAPPER_PID;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, PARENT_CHECK_MS);
  timer.unref();
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  v8.setFlagsFromString(CHEAP_REGEXP_BYTECODE);
  v8.setFlagsFromString(LATER_OPTIMIZATION);
  const compiled = new Set(compileAgain());
  setTimeout(() => recompile(BUILT_REGEXPS.filter((re) => !compiled.has(re))), RECOMPILE_AFTER_MS).unref();
  if (process.env[POOL_WORKER_ENV]) {
    delete process.env[POOL_WORKER_ENV];
    // workerpool's worker (loaded by serve() now, not while the snapshot is built: it sets itself up for the process
    // it finds) ends this node when the pool's goes away (its IPC channel closes)
    serve(extractEvents, extractDocuments);
    return;
  }
  stopWithParent();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // argv: [node, bin/extract.js, ...the user's arguments] (see bin/extract.js)
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
});
