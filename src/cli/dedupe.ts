// The `extract dedupe` command and the `--dedupe` flags of a batch run. Both read JSONL events from files (a run's
// events and standard input are first written to a temporary file, which the dedupe reads as it reads any file) and
// write the merged events with the run's formatters.
import { Command, InvalidArgumentError, Option } from 'commander';
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_WINDOWS, type DedupeWindows } from '../dedupe/compatible.js';
import { FORMAT_NAMES, openFormat, outputRefusal, type FormatName, type Sink } from '../format/index.js';
import type { Event } from '../schema/event.js';

/** What the command needs of main.ts's IO. */
interface DedupeIO {
  stdout: Sink;
  stderr: (s: string) => void;
  stdin: Readable;
  stdinTTY?: boolean;
  stdoutTTY: boolean;
  columns?: number;
}

/** A started output (format/index.ts's openFormat). */
interface EventWriter {
  start(): Promise<void>;
  events(events: readonly Event[]): Promise<void>;
  end(): Promise<void>;
}

export interface DedupeFlags { dedupe?: boolean; dedupeDays?: number; dedupeKm?: number }

function parseDays(v: string): number {
  const n = /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 0 && n <= 365)) throw new InvalidArgumentError('expected a whole number of days from 0 to 365');
  return n;
}

function parseKm(v: string): number {
  const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 0 && n <= 20000)) throw new InvalidArgumentError('expected a distance in kilometres from 0 to 20000, e.g. 5 or 2.5');
  return n;
}

const windowsOf = (flags: DedupeFlags): DedupeWindows => ({ days: flags.dedupeDays ?? DEFAULT_WINDOWS.days, km: flags.dedupeKm ?? DEFAULT_WINDOWS.km });

/** The window options, on the batch run and on `extract dedupe` alike. */
export function addWindowOptions(c: Command): Command {
  return c
    .option('--dedupe-days <n>', `dedupe: dates at most n days apart are the same event's (default ${DEFAULT_WINDOWS.days}; one more when either date is only a month or a year)`, parseDays)
    .option('--dedupe-km <k>', `dedupe: towns at most k km apart are the same place (default ${DEFAULT_WINDOWS.km})`, parseKm);
}

/** A temporary folder for the dedupe's input, removed by `done`. */
function scratch(): { file: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'extract-dedupe-'));
  return { file: join(dir, 'events.jsonl'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the dedupe over `paths` into `out`; the number of lines that were no event. */
async function dedupeInto(paths: string[], w: DedupeWindows, out: EventWriter, stderr: (s: string) => void): Promise<number> {
  const { dedupeFiles } = await import('../dedupe/index.js');
  await out.start();
  const summary = await dedupeFiles(paths, w, (e) => out.events([e]), (where, message) => stderr(`extract: ${where}: ${message}\n`));
  await out.end();
  return summary.bad;
}

/** `--dedupe` on a batch run: the run's events are written to a temporary file as they come, and deduped into the
 *  chosen format at the end (the same output as `extract … --format jsonl | extract dedupe --format F`). Without
 *  `--dedupe` the writer is returned as it is. */
export function dedupingWriter(flags: DedupeFlags, out: EventWriter, stderr: (s: string) => void): EventWriter {
  if (!flags.dedupe) {
    if (flags.dedupeDays !== undefined || flags.dedupeKm !== undefined) stderr('extract: warning: --dedupe-days and --dedupe-km tune --dedupe, which was not given: no dedupe\n');
    return out;
  }
  const tmp = scratch();
  const fd = openSync(tmp.file, 'w');
  return {
    start: async () => {},
    events: async (events) => { if (events.length) writeSync(fd, events.map((e) => `${JSON.stringify(e)}\n`).join('')); },
    end: async () => {
      closeSync(fd);
      try { await dedupeInto([tmp.file], windowsOf(flags), out, stderr); } finally { tmp.done(); }
    },
  };
}

interface DedupeCommandFlags extends DedupeFlags { format: FormatName; output?: string }

/** `extract dedupe [events.jsonl…]`: standard input when no file (or "-") is named. */
async function dedupeCommand(files: string[], flags: DedupeCommandFlags, io: DedupeIO): Promise<number> {
  const missing = files.filter((f) => f !== '-' && !(existsSync(f) && statSync(f).isFile()));
  if (missing.length) { io.stderr(`extract: dedupe: no such file: ${missing.join(', ')}\n`); return 2; }
  const refusal = outputRefusal(flags.format, { file: flags.output !== undefined, stdoutTTY: io.stdoutTTY });
  if (refusal) { io.stderr(`extract: ${refusal}\n`); return 2; }
  if (!files.length && io.stdinTTY) { io.stderr('extract: dedupe: no input given and standard input is a terminal\nusage: extract dedupe events.jsonl...   or   extract FILES --format jsonl | extract dedupe\n'); return 2; }
  let file: import('./output-file.js').OutputFile | null = null;
  if (flags.output !== undefined) {
    const opened = (await import('./output-file.js')).openOutputFile(flags.output);
    if ('error' in opened) { io.stderr(`extract: dedupe: cannot write ${flags.output}: ${opened.error}\n`); return 2; }
    file = opened;
  }
  const tmp = files.length === 0 || files.includes('-') ? scratch() : null;
  try {
    if (tmp) await pipeline(io.stdin, createWriteStream(tmp.file));
    const paths = (files.length ? files : ['-']).map((f) => (f === '-' ? tmp!.file : f));
    const out = await openFormat(flags.format, { color: false, width: file ? undefined : io.columns }, file ? (s) => file.write(s) : io.stdout);
    // standard input was copied to a scratch file: messages name it "stdin"
    const stderr = tmp ? (m: string) => io.stderr(m.split(tmp.file).join('stdin')) : io.stderr;
    const bad = await dedupeInto(paths, windowsOf(flags), out, stderr);
    return bad > 0 ? 1 : 0;
  } finally {
    tmp?.done();
    await file?.close();
  }
}

/** Adds `extract dedupe` to the program; `setCode` receives its exit code. */
export function registerDedupe(program: Command, io: DedupeIO, setCode: (code: number) => void): void {
  addWindowOptions(program.command('dedupe')
    .description('merge events of different documents that tell the same real event (JSONL events in, one event per real event out, every report kept)')
    .argument('[events...]', 'JSONL files of events (extract --format jsonl); none or "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('jsonl'))
    .option('-o, --output <file>', 'write the output to FILE (created or emptied) instead of standard output'))
    .action(async (files: string[], flags: DedupeCommandFlags) => { setCode(await dedupeCommand(files, flags, io)); });
}
