// The command line. `main(argv, io)` returns the exit code (0 every document read, 1 some could not be, 2 usage)
// and never calls process.exit, so tests call it directly. Heavy modules (the extractor, the gazetteer, the
// worker pool, the eval harness) are imported only by the commands that need them: `--help` and `schema` stay fast.
import { Command, CommanderError, Option } from 'commander';
import { existsSync, fstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { Summary } from '../pipeline/run.js';
import { FORMAT_NAMES, openFormat, outputRefusal, type FormatName } from '../format/index.js';
import type { InputFormat, InputItem } from '../input/read.js';
import { packageVersion } from '../input/package-version.js';
import { addWindowOptions, dedupingWriter, registerDedupe, type DedupeFlags } from './dedupe.js';
import { interruptedMessage, SIGNAL_EXIT_CODES, watchInterrupts, type Interrupts } from './interrupt.js';
import { addReportCommand, openHtmlReport } from './report.js';
import { parseConfidence, parseDate, parseEncoding, parseJobs, parseTypes } from './option-values.js';
import { registerQueue } from './queue.js';
import { POOL_MIN_BYTES } from './pool-size.js';

interface IO {
  /** writes to standard output; may return a promise that settles when the output has drained (backpressure) */
  stdout: (s: string | Uint8Array) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin: Readable;
  /** stdin is a terminal: bare `extract` then prints a usage hint instead of waiting for typed input */
  stdinTTY?: boolean;
  /** stdout is a terminal (colour and table width) */
  stdoutTTY: boolean;
  /** stderr is a terminal (progress bar) */
  stderrTTY: boolean;
  /** the terminal's width, for the table */
  columns?: number;
  env?: Record<string, string | undefined>;
  /** where the progress bar draws (a terminal stream); none: no bar */
  progressStream?: NodeJS.WritableStream;
  /** starts watching SIGINT/SIGTERM for the length of a run (interrupt.ts); none: signals keep their default effect */
  interrupts?: () => Interrupts;
  /** files this run writes its output to, as "dev:ino" (stdout redirected to a file): never read as input */
  ownOutputs?: string[];
}

/** A file's identity, "dev:ino", when `stat` finds a regular file; else null. */
function regularFileId(stat: () => import('node:fs').BigIntStats): string | null {
  try { const s = stat(); return s.isFile() ? `${s.dev}:${s.ino}` : null; } catch { return null; }
}

function defaultIO(): IO {
  return {
    stdout: (s) => new Promise<void>((res) => { if (!s || process.stdout.write(s)) res(); else process.stdout.once('drain', () => res()); }),
    stderr: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
    stdinTTY: !!process.stdin.isTTY,
    stdoutTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    columns: process.stdout.columns,
    env: process.env,
    progressStream: process.stderr,
    interrupts: () => watchInterrupts(),
    ownOutputs: [regularFileId(() => fstatSync(1, { bigint: true }))].filter((x): x is string => x !== null),
  };
}

interface ExtractFlags extends DedupeFlags { output?: string; format: FormatName | 'html'; date?: string; type?: string[]; minConfidence?: number; inputFormat?: InputFormat; encoding?: string; jobs?: number; quiet?: boolean; emitText?: boolean; explain?: 'text' | 'json' }

/** The table's width when stdout is no terminal: $COLUMNS if it is a whole number (`COLUMNS=100 extract … | less`). */
function envColumns(env: IO['env']): number | undefined {
  return /^\d{1,4}$/.test(env?.COLUMNS ?? '') && Number(env!.COLUMNS) > 0 ? Number(env!.COLUMNS) : undefined;
}

/** Colour only for a person: stdout is a terminal and NO_COLOR (https://no-color.org) is not set. */
export function colorWanted(io: Pick<IO, 'stdoutTTY' | 'env'>): boolean {
  return io.stdoutTTY && !io.env?.NO_COLOR;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const USAGE_HINT = `extract: no input given and standard input is a terminal
usage: extract FILE... [options]   or   ... | extract [options]   (extract - reads typed input; extract --help)
`;

/** Reads inputs and names no file, only standard input. */
const stdinOnly = (files: string[]) => files.length === 0 || (files.length === 1 && files[0] === '-');

/** Around the extraction: bare `extract` at a terminal, `-o FILE`, and empty standard input (zero documents). */
async function extractAction(files: string[], flags: ExtractFlags, io: IO): Promise<number> {
  if (files.length === 0 && io.stdinTTY) { io.stderr(USAGE_HINT); return 2; }
  const refusal = flags.emitText || flags.format === 'html' ? null : outputRefusal(flags.format, { file: flags.output !== undefined, stdoutTTY: io.stdoutTTY });
  if (refusal) { io.stderr(`extract: ${refusal}\n(run extract --help for usage)\n`); return 2; }
  let run = io;
  let file: import('./output-file.js').OutputFile | null = null;
  if (flags.output !== undefined) {
    const { openOutputFile } = await import('./output-file.js');
    const opened = openOutputFile(flags.output);
    if ('error' in opened) { io.stderr(`extract: cannot write ${flags.output}: ${opened.error}\n`); return 2; }
    file = opened;
    const id = regularFileId(() => statSync(flags.output!, { bigint: true }));
    run = { ...io, stdout: (s) => opened.write(s), stdoutTTY: false, columns: undefined, ownOutputs: [...(io.ownOutputs ?? []), ...(id ? [id] : [])] };
  }
  let noInput = false;
  if (stdinOnly(files)) {
    const { peekStdin } = await import('./stdin.js');
    const stdin = await peekStdin(io.stdin);
    if (stdin) run = { ...run, stdin }; else noInput = true;
  }
  try {
    return await extractCommand(noInput ? null : files, flags, run);
  } finally {
    await file?.close();
    // a run stopped by a signal abandons a pending read of standard input (a live pipe may stay idle for good): its
    // handle would keep this process waiting for the pipe's end
    if (files.length === 0 || files.includes('-')) io.stdin.destroy();
  }
}

/** Workers beyond 4 per core only add memory (each holds its own heap: 64 worker threads took 5.8 GB). */
const JOBS_PER_CORE = 4;

/** --jobs as given (capped at JOBS_PER_CORE per core, with a warning), or the default: one per core, for a large
 *  enough input of known size (`total()`, known once reading has started), else one thread. */
function jobsOf(given: number | undefined, total: () => number | null | undefined, stderr: (s: string) => void): { jobs: number; poolWanted?: () => boolean } {
  const cores = availableParallelism();
  if (given === undefined) return { jobs: cores, poolWanted: () => (total() ?? 0) >= POOL_MIN_BYTES };
  const most = JOBS_PER_CORE * cores;
  if (given <= most) return { jobs: given };
  stderr(`extract: warning: --jobs ${given} is more than ${JOBS_PER_CORE} per core (${plural(cores, 'core')}): running ${most}\n`);
  return { jobs: most };
}

/** `files` null: there is no input at all (empty standard input), a batch of zero documents. */
async function extractCommand(files: string[] | null, flags: ExtractFlags, io: IO): Promise<number> {
  const [{ readInputs }, { runBatch }, { createProgress }] = await Promise.all([
    import('../input/read.js'), import('../pipeline/run.js'), import('./progress.js'),
  ]);
  const color = colorWanted(io);
  const progress = createProgress(!flags.quiet && io.stderrTTY && io.progressStream ? io.progressStream : null);
  const stderr = (s: string) => progress.interrupt(() => io.stderr(s));

  async function* counted(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if (item.kind !== 'note') progress.read();
      yield item;
    }
  }
  async function* nothing(): AsyncGenerator<InputItem> { /* no documents */ }
  let total: number | null | undefined; // bytes of the inputs, once reading has started (null: unknown, stdin or URLs)
  // an input this large holds many documents (the size from which the default --jobs starts workers): the workers
  // start as soon as the size is known, before the first document is read
  let startWorkers = () => {};
  const onTotal = (b: number | null) => { total = b; progress.total(b); if ((b ?? 0) >= POOL_MIN_BYTES) startWorkers(); };
  const items = counted(files === null ? nothing() : readInputs(files, { inputFormat: flags.inputFormat, encoding: flags.encoding, skip: io.ownOutputs, stdin: io.stdin, onTotal }));

  if (flags.emitText) return emitText(items, flags, io, stderr, progress);

  const writer = flags.format === 'html' ? openHtmlReport(io.stdout) : await openFormat(flags.format, { color, width: io.columns ?? envColumns(io.env) }, io.stdout);
  const output = dedupingWriter(flags, writer, stderr);
  const explain = flags.explain ? await import('../format/explain.js') : null;
  let summary: Summary;
  const interrupts = io.interrupts?.() ?? null;
  try {
    await output.start();
    const options = {
      ...(flags.date ? { referenceDate: flags.date } : {}), ...(explain ? { explain: true } : {}),
      ...(flags.type ? { types: flags.type } : {}), ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
    };
    const early = { startWorkers: (start: () => void) => { startWorkers = start; } };
    summary = await runBatch(items, { ...jobsOf(flags.jobs, () => total, stderr), extract: options, ...early, ...(interrupts ? { stop: interrupts.abort } : {}) }, {
      events: (_doc, events) => output.events(events),
      error: (source, message) => stderr(`extract: ${source}: ${message}\n`),
      note: (message) => { if (!flags.quiet) stderr(`extract: ${message}\n`); },
      explain: (x) => stderr(flags.explain === 'json' ? explain!.explanationJson(x) : explain!.explanationText(x)),
      done: (item) => progress.done(item.kind === 'note' ? 0 : item.bytes ?? 0),
    });
    await output.end();
  } finally {
    progress.stop();
    interrupts?.dispose();
  }
  if (summary.interrupted && interrupts?.signal) {
    // said even with --quiet: the output is complete as far as it goes, but the batch is not
    io.stderr(`extract: ${interruptedMessage(summary.documents, summary.interrupted.total)}, ${plural(summary.events, 'event')}, ${summary.failed} failed\n`);
    return SIGNAL_EXIT_CODES[interrupts.signal];
  }
  if (!flags.quiet) io.stderr(`extract: ${plural(summary.documents, 'document')}, ${plural(summary.events, 'event')}, ${summary.failed} failed\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** `--emit-text`: each document as read (a JSONL record: id, title, date, text, then the input record's other fields), no extraction. The evidence
 *  offsets of `extract` on the same input point into this text; the output is itself valid JSONL input. */
async function emitText(items: AsyncIterable<InputItem>, flags: ExtractFlags, io: IO, stderr: (s: string) => void,
  progress: { done(b: number): void; stop(): void }): Promise<number> {
  let documents = 0; // every input accounted for: read (whole or cut) or unreadable
  let failed = 0; // unreadable or cut
  try {
    for await (const item of items) {
      if (item.kind === 'note') { if (!flags.quiet) stderr(`extract: ${item.message}\n`); continue; }
      documents++;
      if (item.kind === 'error') { failed++; stderr(`extract: ${item.source}: ${item.message}\n`); progress.done(item.bytes ?? 0); continue; }
      const { id, title, date, text, meta } = item.doc;
      // the record's other fields (JSONL `meta`) go back beside them, so the output reads in as the same documents
      await io.stdout(`${JSON.stringify({ id, title, date: date ?? flags.date, text, ...meta })}\n`);
      if (item.cut) { failed++; stderr(`extract: ${item.source}: ${item.cut}\n`); }
      progress.done(item.bytes);
    }
  } finally {
    progress.stop();
  }
  if (!flags.quiet) io.stderr(`extract: ${plural(documents, 'document')}, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[], io: IO = defaultIO()): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('extract')
    .description('Turn news articles into structured conflict events: attacks, casualties, meetings, agreements.')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .argument('[files...]', 'text, HTML or JSONL files, or folders (walked for .txt, .html, .jsonl, .ndjson); none or "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMAT_NAMES, 'html']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE (created or emptied) instead of standard output')
    .option('-d, --date <YYYY-MM-DD>', 'reference (publication) date for "Wednesday", "last month"; a JSONL record\'s own date wins', parseDate)
    .addOption(new Option('-i, --input-format <format>', 'read every input as this format (default: by extension, else sniffed from the first bytes)').choices(['text', 'html', 'jsonl'] satisfies InputFormat[]))
    .option('-t, --type <types>', 'print only these event types, comma-separated: attack, casualties, meeting, agreement', parseTypes)
    .option('-m, --min-confidence <x>', 'print only events whose confidence is at least x (0 to 1; see the README for what it means)', parseConfidence)
    .option('-j, --jobs <n>', `worker processes, at most 4 per core (default: one per core for files of ${POOL_MIN_BYTES / 1024} KB or more, else one)`, parseJobs)
    .option('-q, --quiet', 'no progress, notes or end-of-batch summary on stderr (errors are still printed)')
    .addOption(new Option('--explain [format]', 'say on stderr, per document, what each rule proposed and why each candidate was kept, merged or dropped').choices(['text', 'json']).preset('text'))
    .option('--encoding <name>', 'decode inputs without a byte order mark with this encoding (default utf8; latin1 is read as Windows-1252, a superset; any name TextDecoder knows). UTF-8 and UTF-16 with a byte order mark are always recognised', parseEncoding)
    .option('--emit-text', 'print each document as read (JSONL: id, title, date, text: the text evidence offsets point into) instead of events')
    .option('--dedupe', 'merge events of different documents that tell the same real event, as `extract dedupe` does (README, "One event, many reports")')
    .addHelpText('after', `
Examples:
  extract article.txt --date 2020-03-04 --format table
  extract wire/ --format csv > events.csv          # a folder, walked for .txt, .html, .jsonl, .ndjson
  extract dump.jsonl --format jsonl | jq 'select(.type == "attack")'
  extract page.html --emit-text                    # the text the evidence offsets point into

Exit codes: 0 every document was read (zero events is success), 1 some could not be, 2 usage error.`)
    .enablePositionalOptions()
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => { void io.stdout(s); }, writeErr: (s) => io.stderr(s) })
    .action(async (files: string[], flags: ExtractFlags) => { code = await extractAction(files, flags, io); });

  addWindowOptions(program);
  registerDedupe(program, io, (c) => { code = c; });

  program.command('schema')
    .description('print the JSON Schema of one event (generated from the zod schema)')
    .action(async () => {
      const { eventJsonSchema } = await import('../schema/event.js');
      await io.stdout(`${JSON.stringify(eventJsonSchema(), null, 2)}\n`);
    });

  program.command('eval')
    .description('score the extractor against gold data (PLOVER, WikiEvents, AG News, or our own plain format)')
    .argument('<gold...>', 'gold JSONL files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-v, --verbose', 'list misses and false positives on stderr')
    .option('--list-world', 'list AG News World items that yielded events, with their evidence, on stderr')
    .option('--floors <file>', 'exit 1 naming each figure under its floor in FILE (eval-floors.json)')
    .action(async (gold: string[], flags: { format: 'table' | 'json'; verbose?: boolean; listWorld?: boolean; floors?: string }) => {
      const { runEval } = await import('../eval/index.js');
      code = await runEval(gold, { format: flags.format, verbose: flags.verbose, listWorld: flags.listWorld, floors: flags.floors, color: colorWanted(io) }, {
        stdout: (s) => { void io.stdout(s); },
        stderr: (s) => io.stderr(s),
      });
    });

  addReportCommand(program, io, (c) => { code = c; });
  registerQueue(program, io, (c) => { code = c; });

  // `extract help`, when no file is called help: the help, as --help
  if (argv.length === 1 && argv[0] === 'help' && !existsSync('help')) { program.outputHelp(); return 0; }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander has printed the message; help and version are no errors
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version' ? 0 : 2;
    }
    // not a usage error: something failed while running (an output stream that broke, a bug); no stack trace
    io.stderr(`extract: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
  return code;
}
