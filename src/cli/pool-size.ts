// When the default --jobs starts worker threads: read by the CLI (main.ts) and by bin/extract.js, which must know it
// before loading anything (a run that will start workers does not start from the snapshot). No imports: keep it so.
/** The default --jobs starts workers only for inputs of a known size (files, folders) of at least this many bytes.
 *  Measured with 2 cores (README, "Speed"): a worker costs 1–2 s of CPU to load and warm up, and each short document
 *  one message each way; on short wire items (AG News, quiet machine, issue 13) two workers lost at 1.1 MB (9.3 s
 *  against 8.7 s), matched one thread at 2.3 MB (15.3 s both) and won at 4.5 MB (24.2 s against 27.3 s); on long
 *  articles they pay sooner (1 MB dense: 12.6 s against 14.3 s). 3 MB keeps the default never slower than one thread.
 *  Standard input and URLs, of unknown size, run in one thread: starting workers late, after the main thread has
 *  loaded the extractor too, peaked over 440 MB. */
export const POOL_MIN_BYTES = 3 * 1024 * 1024;
