// When the default --jobs starts worker processes: read by the CLI (main.ts) and by bin/extract.js, which must know it
// before loading anything (a run that will start workers does not start from the snapshot). No imports: keep it so.
/** The default --jobs starts workers only for inputs of a known size (files, folders) of at least this many bytes.
 *  Measured with 2 cores, --jobs 2 against --jobs 1, two rounds on a busy day (issue 13): each worker process starts
 *  from the snapshot in ≈0.3 s, but the main process starts without it and two processes share the two cores with
 *  their collectors and compilers, so one worker's document takes ≈1.4× as long as alone. On AG News items two
 *  workers tied with one at 150 KB and 600 KB of file (3.15/2.58 s against 3.50/2.54; 6.37/5.11 against 7.44/5.10)
 *  and won at 1.1 MB (10.1/6.7 against 13.1/9.4); on dense articles they tied at 170 and 380 KB and won from 770 KB
 *  (10.6/10.1 against 12.0/12.1). Once one process ran short items together (their sentences tagged in one call),
 *  it needed more to lose: on a later busy day, three rounds interleaved, two workers lost at 1.1 MB of AG News items
 *  (6.11 s median against 5.99) and won at 2.2 MB (8.66 against 9.70), and the bench's default run of 1.1 MB was
 *  0.97× one process. 2 MB keeps the default never slower than one process (dense articles of 1–2 MB, where workers
 *  would win, run in one). Standard input and URLs, of unknown size, run in one: their run starts from the snapshot,
 *  whose node holds the extractor already. */
export const POOL_MIN_BYTES = 2 * 1024 * 1024;
