// `extract report [events]`: finished events (JSONL, or the JSON array of `--format json`) from a file or standard
// input, made into one self-contained HTML page (src/report/). Also `--format html` on a run: the same page, written
// when the batch ends (a page needs every event: the map's extent, the charts' scales), so it holds the run's events
// in memory. The page builder is loaded only when a page is made.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import type { Event } from '../schema/event.js';

interface ReportIO {
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin: Readable;
  stdinTTY?: boolean;
}

/** Events read from `text`, valid by the schema; `errors` names each line (or array item) that is not one. */
export async function parseEvents(text: string): Promise<{ events: Event[]; errors: string[] }> {
  const { validateEvent } = await import('../schema/event.js');
  const events: Event[] = [];
  const errors: string[] = [];
  const take = (value: unknown, where: string) => {
    const r = validateEvent(value);
    if (r.ok) events.push(r.event); else errors.push(`${where}: not an event: ${r.error.split('\n')[0]}`);
  };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    let items: unknown;
    try { items = JSON.parse(trimmed); } catch (e) { return { events, errors: [`not a JSON array: ${(e as Error).message}`] }; }
    (Array.isArray(items) ? items : [items]).forEach((x, i) => take(x, `item ${i + 1}`));
    return { events, errors };
  }
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try { value = JSON.parse(line); } catch { errors.push(`line ${i + 1}: not JSON`); return; }
    take(value, `line ${i + 1}`);
  });
  return { events, errors };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString('utf8');
}

interface ReportFlags { output?: string; title?: string }

/** Reads the events, writes the page to -o FILE or standard output. Exit 0, 1 when some input was no event, 2 usage. */
async function reportAction(file: string | undefined, flags: ReportFlags, io: ReportIO): Promise<number> {
  const fromStdin = file === undefined || file === '-';
  if (fromStdin && io.stdinTTY) { io.stderr('extract report: no events file given and standard input is a terminal\nusage: extract report events.jsonl -o report.html\n'); return 2; }
  let text: string;
  try { text = fromStdin ? await readAll(io.stdin) : await readFile(file, 'utf8'); } catch (e) {
    io.stderr(`extract report: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const source = fromStdin ? 'stdin' : file;
  const { events, errors } = await parseEvents(text);
  for (const err of errors) io.stderr(`extract report: ${source}: ${err}\n`);
  const { reportPage } = await import('../report/page.js');
  const page = flags.title === undefined ? reportPage(events) : reportPage(events, flags.title);
  if (flags.output === undefined) await io.stdout(page);
  else {
    const { openOutputFile } = await import('./output-file.js');
    const out = openOutputFile(flags.output);
    if ('error' in out) { io.stderr(`extract report: cannot write ${flags.output}: ${out.error}\n`); return 2; }
    await out.write(page);
    await out.close();
  }
  return errors.length ? 1 : 0;
}

/** Adds `extract report` to `program`; `done` receives its exit code. */
export function addReportCommand(program: Command, io: ReportIO, done: (code: number) => void): void {
  program.command('report')
    .description('make one self-contained HTML page (map, events per day, deaths per week, sortable table) from events')
    .argument('[events]', 'events as JSONL (--format jsonl) or a JSON array (--format json); none or "-" reads standard input')
    .option('-o, --output <file>', 'write the page to FILE instead of standard output')
    .option('--title <text>', 'the page\'s title')
    .action(async (file: string | undefined, flags: ReportFlags) => { done(await reportAction(file, flags, io)); });
}

/** `--format html`: collects the run's events and writes the page when the batch ends (same driver shape as openFormat). */
export function openHtmlReport(out: (s: string) => void | Promise<void>) {
  const events: Event[] = [];
  return {
    start: async () => {},
    events: async (batch: readonly Event[]) => { events.push(...batch); },
    end: async () => { const { reportPage } = await import('../report/page.js'); await out(reportPage(events)); },
  };
}
