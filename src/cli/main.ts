// The command line. `main(argv, io)` returns the exit code (0 every document read, 1 some could not be, 2 usage)
// and never calls process.exit, so tests call it directly. Heavy modules (the extractor, the gazetteer, the
// worker pool, the eval harness) are imported only by the commands that need them: `--help` and `schema` stay fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../format/index.js';

export interface IO {
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin: Readable;
  /** stdout is a terminal (colour and table width) */
  stdoutTTY: boolean;
  /** stderr is a terminal (progress bar) */
  stderrTTY: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

function defaultIO(): IO {
  return {
    stdout: (s) => new Promise<void>((res) => { if (!s || process.stdout.write(s)) res(); else process.stdout.once('drain', () => res()); }),
    stderr: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
    stdoutTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    columns: process.stdout.columns,
    env: process.env,
  };
}

function parseDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return v;
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return n;
}

interface ExtractFlags { format: FormatName; date?: string; inputFormat?: 'text' | 'html' | 'jsonl'; jobs: number; quiet?: boolean; emitText?: boolean }

async function extractCommand(files: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const [{ readInputs }, { runBatch }] = await Promise.all([import('../input/read.js'), import('../pipeline/run.js')]);
  const color = io.stdoutTTY && !io.env?.NO_COLOR;
  const formatter = FORMATTERS[flags.format]({ table: { color, width: io.columns } });
  const { createProgress } = await import('./progress.js');
  const progress = createProgress(!flags.quiet && io.stderrTTY, files);
  let any = false;
  await io.stdout(formatter.header());
  const items = readInputs(files, { inputFormat: flags.inputFormat, stdin: io.stdin });
  const summary = await runBatch(items, { jobs: flags.jobs, extract: { referenceDate: flags.date } }, {
    events: async (doc, events) => {
      if (flags.emitText) io.stderr(`--- text of ${doc.id}${doc.title ? ` (${doc.title})` : ''}${doc.date ? ` [${doc.date}]` : ''}\n${doc.text}\n---\n`);
      let out = '';
      for (const e of events) { out += formatter.event(e, !any); any = true; }
      if (out) await io.stdout(out);
    },
    error: (source, message) => { progress.interrupt(() => io.stderr(`extract: ${source}: ${message}\n`)); },
    note: (message) => { if (!flags.quiet) progress.interrupt(() => io.stderr(`extract: ${message}\n`)); },
    done: () => progress.tick(),
  });
  progress.stop();
  await io.stdout(formatter.footer(any));
  if (!flags.quiet) io.stderr(`extract: ${summary.documents} document${summary.documents === 1 ? '' : 's'} read, ${summary.events} event${summary.events === 1 ? '' : 's'}, ${summary.failed} failed\n`);
  return summary.failed > 0 ? 1 : 0;
}

export async function main(argv: string[], io: IO = defaultIO()): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('extract')
    .description('Turn news articles into structured conflict events: attacks, casualties, meetings, agreements.')
    .argument('[files...]', 'text, HTML or JSONL files, or folders; none or "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('json'))
    .option('-d, --date <YYYY-MM-DD>', 'reference (publication) date for "Wednesday", "last month"', parseDate)
    .addOption(new Option('--input-format <format>', 'read inputs as this format (default: by extension)').choices(['text', 'html', 'jsonl']))
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', parseJobs, availableParallelism())
    .option('-q, --quiet', 'no progress or end-of-batch summary on stderr (errors are still printed)')
    .option('--emit-text', 'print each document\'s text (as extracted from HTML) on stderr')
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => { void io.stdout(s); }, writeErr: (s) => io.stderr(s) })
    .action(async (files: string[], flags: ExtractFlags) => { code = await extractCommand(files, flags, io); });

  program.command('schema')
    .description('print the JSON Schema of one event')
    .action(async () => {
      const { eventJsonSchema } = await import('../schema/event.js');
      await io.stdout(`${JSON.stringify(eventJsonSchema(), null, 2)}\n`);
    });

  program.command('eval')
    .description('score the extractor against gold data (PLOVER, WikiEvents, or our own plain format)')
    .argument('<gold...>', 'gold JSONL files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-v, --verbose', 'list misses and false positives on stderr')
    .action(async (gold: string[], flags: { format: 'table' | 'json'; verbose?: boolean }) => {
      const { runEval } = await import('../eval/index.js');
      code = await runEval(gold, { format: flags.format, verbose: flags.verbose, color: io.stdoutTTY && !io.env?.NO_COLOR }, {
        stdout: (s) => { void io.stdout(s); },
        stderr: (s) => io.stderr(s),
      });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    io.stderr(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  return code;
}
