// `extract eval GOLD.jsonl...`: runs the extractor over gold records and prints per-measure scores.
// Stages, each testable alone: load (gold.ts) → extract (here) → score (score-*.ts, pure) → format (format.ts)
// → floors (floors.ts: with --floors, exit 1 naming every figure that fell under its floor).
//
// Counting conventions (see ../shared/eval/README.md for the external files):
// - an attack counts as found only when its status is occurred or ongoing (a planned, threatened or denied
//   attack is not an attack that happened); meetings and agreements count unless denied;
// - "deaths" of a record are the sum of killed.low over its non-aggregate events, so a count reported twice
//   (attack + separate casualties report of the same deaths) is wrong, as the spec wants one event;
// - an invented death is a killed count above zero where the gold states none;
// - on AG News every event we print is counted, whatever its status (score-agnews.ts): a user reads them all.
import { pooledConfidence } from './confidence.js';
import type { ExtractResult } from '../pipeline/extract.js';
import type { ExtractOptions, InputDoc } from '../types.js';
import { loadGold, type LoadedGold } from './gold.js';
import { checkFloors, loadFloors } from './floors.js';
import { formatDiagnostics, formatListing, formatters, type EvalFormat } from './format.js';
import { loadGazetteer, type Gazetteer } from './places.js';
import { ploverConfusion, scorePlover } from './score-plover.js';
import { scoreAgNews } from './score-agnews.js';
import { scorePlain } from './score-plain.js';
import { scoreWikiEvents } from './score-wikievents.js';
import type {
  AgNewsRecord, EvalReport, FileReport, GoldFormat, GoldRecord, PlainRecord, PloverRecord, Prediction, Scored, WikiRecord,
} from './types.js';

interface EvalOptions {
  format: EvalFormat;
  /** list misses, false positives and wrong counts per record on stderr (also: EXTRACT_EVAL_VERBOSE=1) */
  verbose?: boolean;
  /** list AG News World items that yielded events, with the events' evidence, on stderr */
  listWorld?: boolean;
  /** a floors file (eval-floors.json): exit 1 naming every figure under its floor */
  floors?: string;
  /** colour the table; default: stdout is a TTY and NO_COLOR is not set */
  color?: boolean;
  /** the extractor to score (default: the real pipeline); tests pass their own */
  extract?: Extractor;
}

export interface EvalIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export type Extractor = (record: GoldRecord) => Prediction;

const FORMAT_ORDER: GoldFormat[] = ['plover', 'wikievents', 'agnews', 'plain'];

type ExtractFn = (doc: InputDoc, options?: ExtractOptions) => ExtractResult;

/** Runs an extractor on one gold record; a throw is kept as the record's error (no events). */
function extractRecord(extractEvents: ExtractFn, record: GoldRecord): Prediction {
  try {
    const doc = record.date ? { id: record.id, text: record.text, date: record.date } : { id: record.id, text: record.text };
    const res = extractEvents(doc, record.date ? { referenceDate: record.date } : {});
    const p: Prediction = { events: res.events };
    if (res.invalid.length) p.error = `${res.invalid.length} invalid events (${res.invalid.map((i) => i.rule).join(', ')})`;
    return p;
  } catch (e) {
    return { events: [], error: `extractor threw: ${(e as Error).message}` };
  }
}

/** The real pipeline as an extractor, loaded only when it is the one scored (so the harness works on its own);
 *  null, with the reason on stderr, when it cannot be loaded. */
export async function loadExtractor(io: EvalIO): Promise<Extractor | null> {
  try {
    const { extractEvents } = await import('../pipeline/extract.js');
    return (r) => extractRecord(extractEvents, r);
  } catch (e) {
    io.stderr(`extract eval: cannot load the extractor: ${(e as Error).message}\n`);
    return null;
  }
}

/** Scores the records of one format; pure given the predictions. */
function scoreRecords(format: GoldFormat, records: GoldRecord[], preds: Map<string, Prediction>, gaz: Gazetteer | null): Scored {
  if (format === 'plover') return scorePlover(records as PloverRecord[], preds, gaz ?? loadGazetteer());
  if (format === 'wikievents') return scoreWikiEvents(records as WikiRecord[], preds, gaz ?? loadGazetteer());
  if (format === 'agnews') return scoreAgNews(records as AgNewsRecord[], preds);
  return scorePlain(records as PlainRecord[], preds, gaz);
}

/** Runs the extractor on every record; a throw is kept as that record's error. */
function predictAll(records: GoldRecord[], extract: Extractor, file: string, io: EvalIO): Map<string, Prediction> {
  const preds = new Map<string, Prediction>();
  let extractorErrors = 0;
  for (const r of records) {
    let p: Prediction;
    try {
      p = extract(r);
    } catch (e) {
      p = { events: [], error: `extractor threw: ${(e as Error).message}` };
    }
    if (p.error) extractorErrors++;
    preds.set(r.id, p);
  }
  if (extractorErrors) io.stderr(`extract eval: ${file}: the extractor failed or produced invalid events on ${extractorErrors} records\n`);
  return preds;
}

/** The verbose table of PLOVER types against the event types they produced. */
function formatConfusion(records: PloverRecord[], preds: Map<string, Prediction>): string {
  const rows = [...ploverConfusion(records, preds)].sort((a, b) => a[0].localeCompare(b[0]));
  const lines = rows.map(([t, row]) =>
    `${t.padEnd(12)} ${String(row.records).padStart(7)}  ${String(row.attack).padStart(6)}  ${String(row.casualties).padStart(10)}  ${String(row.meeting).padStart(7)}  ${String(row.agreement).padStart(9)}  ${String(row.none).padStart(4)}\n`);
  return '--- records per PLOVER type that produced each of our event types\n'
    + `${'type'.padEnd(12)} records  attack  casualties  meeting  agreement  none\n${lines.join('')}`;
}

interface RunOptions { verbose: boolean; listWorld: boolean }

/** Scores one gold file per format it holds; no entries when it gave nothing to score (the reason is on stderr). */
async function evaluateFile(file: string, extract: Extractor, opts: RunOptions, io: EvalIO, gazetteer: () => Gazetteer):
  Promise<{ entries: FileReport[]; failed: boolean }> {
  let loaded: LoadedGold;
  try {
    loaded = await loadGold(file);
  } catch (e) {
    io.stderr(`extract eval: cannot read ${file}: ${(e as Error).message}\n`);
    return { entries: [], failed: true };
  }
  for (const err of loaded.errors) io.stderr(`${file}:${err.line}: ${err.error}\n`);
  if (!loaded.records.length) {
    io.stderr(`extract eval: ${file}: no usable gold record\n`);
    return { entries: [], failed: true };
  }
  const preds = predictAll(loaded.records, extract, file, io);
  const entries: FileReport[] = [];
  for (const fmt of FORMAT_ORDER) {
    const records = loaded.records.filter((r) => r.format === fmt);
    if (!records.length) continue;
    const needsPlaces = fmt === 'plover' || fmt === 'wikievents' || (fmt === 'plain' && records.some((r) => (r as PlainRecord).events.some((e) => e.location)));
    const scored = scoreRecords(fmt, records, preds, needsPlaces ? gazetteer() : null);
    entries.push({ file, format: fmt, records: records.length, measures: scored.measures });
    if (opts.verbose) {
      io.stderr(formatDiagnostics(`${file} (${fmt})`, scored.diagnostics));
      if (fmt === 'plover') io.stderr(formatConfusion(records as PloverRecord[], preds));
    }
    if (opts.listWorld && scored.listing) io.stderr(formatListing(`${file} (${fmt}) World`, scored.listing));
  }
  return { entries, failed: loaded.errors.length > 0 };
}

export interface EvalRun {
  report: EvalReport;
  /** some file or line could not be read */
  failed: boolean;
}

/** Scores every file with one extractor; diagnostics and listings go to stderr as asked. */
export async function evaluate(files: string[], extract: Extractor, opts: Partial<RunOptions>, io: EvalIO): Promise<EvalRun> {
  const run: EvalRun = { report: { files: [] }, failed: false };
  let gaz: Gazetteer | null = null;
  const gazetteer = () => (gaz ??= loadGazetteer());
  for (const file of files) {
    const { entries, failed } = await evaluateFile(file, extract, { verbose: !!opts.verbose, listWorld: !!opts.listWorld }, io, gazetteer);
    run.report.files.push(...entries);
    if (failed) run.failed = true;
  }
  const pooled = pooledConfidence(run.report.files);
  if (pooled) run.report.files.push(pooled);
  return run;
}

/** Checks a run against a floors file: 0 all hold, 1 some figure fell (each named on stderr), 2 unreadable file. */
async function checkAgainstFloors(path: string, report: EvalReport, io: EvalIO): Promise<number> {
  let result;
  try {
    result = checkFloors(report, await loadFloors(path));
  } catch (e) {
    io.stderr(`extract eval: cannot use the floors in ${path}: ${(e as Error).message}\n`);
    return 2;
  }
  const unfloored = result.unfloored.length ? `; ${result.unfloored.length} figures have no floor yet (npm run eval:floors adds them)` : '';
  if (!result.failures.length) {
    io.stderr(`extract eval: floors (${path}): all ${result.checked} figures hold${unfloored}\n`);
    return 0;
  }
  io.stderr(`extract eval: floors (${path}): ${result.failures.length} of ${result.checked} figures fell${unfloored}\n`);
  for (const f of result.failures) io.stderr(`  ${f}\n`);
  return 1;
}

export async function runEval(files: string[], opts: EvalOptions, io: EvalIO): Promise<number> {
  const format = opts.format ?? 'table';
  if (!(format in formatters)) {
    io.stderr(`extract eval: unknown format "${String(format)}" (table, json)\n`);
    return 2;
  }
  if (!files.length) {
    io.stderr('extract eval: no gold file given (usage: extract eval GOLD.jsonl... [--format table|json] [--floors FILE])\n');
    return 2;
  }
  const verbose = opts.verbose ?? /^(1|true|yes)$/i.test(process.env.EXTRACT_EVAL_VERBOSE ?? '');
  const extract = opts.extract ?? await loadExtractor(io);
  if (!extract) return 2;
  const run = await evaluate(files, extract, { verbose, listWorld: !!opts.listWorld }, io);
  if (!run.report.files.length) return 2;
  const color = opts.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
  io.stdout(formatters[format](run.report, { color }));
  let code = run.failed ? 1 : 0;
  if (opts.floors) code = Math.max(code, await checkAgainstFloors(opts.floors, run.report, io));
  return code;
}
