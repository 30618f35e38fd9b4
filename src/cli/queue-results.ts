// `extract queue results`: the events of every queued document in input order, printed as a local run prints
// them (the same formats, -o, --type, --min-confidence, --dedupe, --format html for the report page), with the same
// messages on stderr and the same summary. Documents not finished yet are waited for unless --no-wait.
import { Command, Option } from 'commander';
import { FORMAT_NAMES, openFormat, outputRefusal, type FormatName } from '../format/index.js';
import type { Event } from '../schema/event.js';
import type { Outcome } from '../queue/results.js';
import { addWindowOptions, dedupingWriter, type DedupeFlags } from './dedupe.js';
import { interruptedMessage, SIGNAL_EXIT_CODES, type Interrupts } from './interrupt.js';
import type { Redis } from 'ioredis';
import { parseConfidence, parseTypes } from './option-values.js';
import { plural, whereOptions, withRedis, type QueueIO, type Where } from './queue-options.js';
import { openHtmlReport } from './report.js';

interface ResultsFlags extends Where, DedupeFlags { format: FormatName | 'html'; output?: string; type?: string[]; minConfidence?: number; wait: boolean; quiet?: boolean }

interface Tally { documents: number; events: number; failed: number; unfinished: number }

/** What a local run prints of one document (pipeline/run.ts's emitter), from its stored outcome. */
async function printOutcome(x: Outcome, flags: ResultsFlags, t: Tally, write: (events: Event[]) => Promise<void>, stderr: (s: string) => void): Promise<void> {
  t.documents++;
  if (x.kind === 'failed' || x.kind === 'missing') {
    t.failed++;
    stderr(`extract: ${x.source}: ${x.kind === 'failed' ? x.message : 'no longer in the queue'}\n`);
    return;
  }
  if (x.kind === 'unfinished') { t.unfinished++; stderr(`extract: ${x.source}: not finished yet\n`); return; }
  const r = x.result;
  for (const w of r.warnings) if (!flags.quiet) stderr(`extract: ${x.source}: ${w}\n`);
  for (const bad of r.invalid) stderr(`extract: ${x.source}: an event failed validation and was not printed (rule ${bad.rule}): ${bad.error}\n`);
  const wanted = r.events.filter((e) => (!flags.type || flags.type.includes(e.type)) && e.confidence >= (flags.minConfidence ?? 0));
  t.events += wanted.length;
  await write(wanted);
  if (x.cut) { t.failed++; stderr(`extract: ${x.source}: ${x.cut}\n`); }
}

/** Prints every outcome until the last, or until `stop` aborts (Ctrl-C, SIGTERM: even while waiting on a job). */
async function untilStopped(outcomes: AsyncGenerator<Outcome>, stop: AbortSignal | undefined, print: (x: Outcome) => Promise<void>): Promise<void> {
  const stopped = new Promise<'stopped'>((res) => {
    if (stop?.aborted) res('stopped'); else stop?.addEventListener('abort', () => res('stopped'), { once: true });
  });
  for (;;) {
    const next = outcomes.next();
    next.catch(() => undefined); // abandoned by a stop: the connection closes under it
    const r = await Promise.race([next, stopped]);
    if (r === 'stopped' || r.done) return;
    await print(r.value);
  }
}

/** The events of every outcome into the chosen output; the exit code. */
async function printResults(redis: Redis, flags: ResultsFlags, io: QueueIO, out: QueueIO['stdout'], toFile: boolean, interrupts: Interrupts | null): Promise<number> {
  const { queueResults } = await import('../queue/results.js');
  const color = !toFile && io.stdoutTTY && !io.env?.NO_COLOR;
  const writer = flags.format === 'html' ? openHtmlReport(out) : await openFormat(flags.format, { color, width: toFile ? undefined : io.columns }, out);
  const output = dedupingWriter(flags, writer, io.stderr);
  const t: Tally = { documents: 0, events: 0, failed: 0, unfinished: 0 };
  await output.start();
  const waiting = (n: number) => { if (!flags.quiet) io.stderr(`extract: waiting for ${plural(n, 'document')} not finished yet (is a worker running? extract queue status)\n`); };
  await untilStopped(queueResults({ redis, queue: flags.queue, wait: flags.wait, waiting }), interrupts?.abort, (x) => printOutcome(x, flags, t, (e) => output.events(e), io.stderr));
  await output.end();
  const tail = `${plural(t.events, 'event')}, ${t.failed} failed${t.unfinished ? `, ${t.unfinished} not finished` : ''}`;
  // said even with --quiet: the output is whole as far as it goes, but not every document is in it
  if (interrupts?.signal) { io.stderr(`extract: ${interruptedMessage(t.documents, null)}, ${tail}\n`); return SIGNAL_EXIT_CODES[interrupts.signal]; }
  if (!flags.quiet) io.stderr(`extract: ${plural(t.documents, 'document')}, ${tail}\n`);
  return t.failed + t.unfinished > 0 ? 1 : 0;
}

async function resultsAction(flags: ResultsFlags, io: QueueIO): Promise<number> {
  const refusal = flags.format === 'html' ? null : outputRefusal(flags.format, { file: flags.output !== undefined, stdoutTTY: io.stdoutTTY });
  if (refusal) { io.stderr(`extract: ${refusal}\n(run extract --help for usage)\n`); return 2; }
  let out = io.stdout;
  let file: import('./output-file.js').OutputFile | null = null;
  if (flags.output !== undefined) {
    const opened = (await import('./output-file.js')).openOutputFile(flags.output);
    if ('error' in opened) { io.stderr(`extract: cannot write ${flags.output}: ${opened.error}\n`); return 2; }
    file = opened;
    out = (s) => opened.write(s);
  }
  // watched from the start: a signal while connecting stops the run before its first document
  const interrupts = io.interrupts?.() ?? null;
  try {
    return await withRedis(flags, 'client', io, (redis) => printResults(redis, flags, io, out, file !== null, interrupts));
  } finally {
    interrupts?.dispose();
    await file?.close();
  }
}

export function registerResults(queue: Command, io: QueueIO, setCode: (code: number) => void): void {
  addWindowOptions(whereOptions(queue.command('results')
    .description('print the events of every queued document in input order, as `extract` prints them (waits for documents not finished)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMAT_NAMES, 'html']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE (created or emptied) instead of standard output')
    .option('-t, --type <types>', 'print only these event types, comma-separated: attack, casualties, meeting, agreement', parseTypes)
    .option('-m, --min-confidence <x>', 'print only events whose confidence is at least x (0 to 1)', parseConfidence)
    .option('--no-wait', 'print what is finished now; documents not finished are named on stderr (exit 1)')
    .option('--dedupe', 'merge events of different documents that tell the same real event (as `extract dedupe`)')
    .option('-q, --quiet', 'no notes, waiting messages or summary on stderr (errors are still printed)')))
    .action(async (flags: ResultsFlags) => { setCode(await resultsAction(flags, io)); });
}
