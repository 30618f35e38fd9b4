// `extract queue add|results|status|clear` and `extract worker`: the same extraction spread over any number of
// worker processes on any machines that reach one Redis server (BullMQ). The local CLI needs no server; these
// commands are the only ones that open a connection. Exit codes as a local run: 0 all well, 1 some document failed
// or Redis could not be reached, 2 usage error.
import { Command, Option } from 'commander';
import type { Readable } from 'node:stream';
import type { InputFormat } from '../input/read.js';
import { parseDate, parseEncoding } from './option-values.js';
import { plural, whereOptions, withRedis, type QueueIO, type Where } from './queue-options.js';
import { registerResults } from './queue-results.js';
import { registerStatus } from './queue-status.js';
import { registerWorker } from './worker.js';

interface AddFlags extends Where { date?: string; inputFormat?: InputFormat; encoding?: string; quiet?: boolean }

async function addAction(files: string[], flags: AddFlags, io: QueueIO): Promise<number> {
  if (files.length === 0 && io.stdinTTY) { io.stderr('extract: queue add: no input given and standard input is a terminal\nusage: extract queue add FILE|URL...   or   ... | extract queue add\n'); return 2; }
  let stdin: Readable | null = io.stdin;
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) stdin = await (await import('./stdin.js')).peekStdin(io.stdin);
  const [{ readInputs }, { addDocuments }] = await Promise.all([import('../input/read.js'), import('../queue/add.js')]);
  return withRedis(flags, 'client', io, async (redis) => {
    async function* none() { /* empty standard input: no documents */ }
    const items = stdin ? readInputs(files, { inputFormat: flags.inputFormat, encoding: flags.encoding, stdin }) : none();
    const s = await addDocuments(items, {
      redis, queue: flags.queue, ...(flags.date ? { referenceDate: flags.date } : {}),
      error: (source, message) => io.stderr(`extract: ${source}: ${message}\n`),
      note: (message) => { if (!flags.quiet) io.stderr(`extract: ${message}\n`); },
    });
    if (!flags.quiet) io.stderr(`extract: queue ${flags.queue}: ${plural(s.documents, 'document')} read, ${s.added} new, ${s.documents - s.added} already queued, ${s.failed} failed\n`);
    return s.failed > 0 ? 1 : 0;
  });
}

export function registerQueue(program: Command, io: QueueIO, setCode: (code: number) => void): void {
  const queue = program.command('queue')
    .description('run the extraction on workers over Redis (BullMQ): add documents, see progress, print results in input order');
  whereOptions(queue.command('add')
    .description('queue one job per document (files, folders, JSONL lines, URLs, standard input); a document already queued is not queued again')
    .argument('[files...]', 'text, HTML or JSONL files, folders or URLs; none or "-" reads standard input')
    .option('-d, --date <YYYY-MM-DD>', 'reference (publication) date for documents without their own', parseDate)
    .addOption(new Option('-i, --input-format <format>', 'read every input as this format').choices(['text', 'html', 'jsonl'] satisfies InputFormat[]))
    .option('--encoding <name>', 'decode inputs without a byte order mark with this encoding', parseEncoding)
    .option('-q, --quiet', 'no notes or summary on stderr'))
    .action(async (files: string[], flags: AddFlags) => { setCode(await addAction(files, flags, io)); });
  registerResults(queue, io, setCode);
  registerStatus(queue, io, setCode);
  registerWorker(program, io, setCode);
}
