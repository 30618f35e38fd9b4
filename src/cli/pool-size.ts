// When the default --jobs starts worker processes: read by the CLI (main.ts) and by bin/extract.js, which must know it
// before loading anything (a run that will start workers does not start from the snapshot). No imports: keep it so.
/** The default --jobs starts workers only for inputs of a known size (files, folders) of at least this many bytes.
 *  Measured with 2 cores, --jobs 2 against --jobs 1 (issue 13): each worker process starts from the snapshot in
 *  ≈0.3 s, but the main process starts without it and two processes share the two cores with their collectors and
 *  compilers. On busy days two workers tied with one process at 150 and 600 KB of AG News items and at 170 and 380 KB
 *  of dense articles, and once one process ran short items together they lost at 1.1 MB of AG News items (6.11 s
 *  median against 5.99) and won at 2.2 MB: hence 2 MB. Since each node waits longer before optimizing a function
 *  (src/cli/snapshot.ts LATER_OPTIMIZATION: 18-20% less CPU for V8's background compiles), two workers win much
 *  earlier: medians of 5 interleaved runs, one process against two workers, AG News items 100 KB 0.66/0.66 s, 170 KB
 *  0.81/0.80, 300 KB 1.00/0.95, 600 KB 1.46/1.27, 1.1 MB 2.28/1.89; dense articles 100 KB 0.97/0.90, 170 KB 1.30/1.08,
 *  300 KB 1.81/1.44, 600 KB 2.73/2.11. 512 KB is where two workers win on both by a margin (13% and more) that a busy
 *  spell does not take away. Standard input and URLs, of unknown size, run in one: their run starts from the
 *  snapshot, whose node holds the extractor already. */
export const POOL_MIN_BYTES = 512 * 1024;
