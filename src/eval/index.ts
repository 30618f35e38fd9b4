// `extract eval GOLD.jsonl...`: runs the extractor over gold records and prints per-measure scores.
// Stages, each testable alone: load (gold.ts) → extract (here) → score (score-*.ts, pure) → format (format.ts).
//
// Counting conventions (see ../shared/eval/README.md for the external files):
// - an attack counts as found only when its status is occurred or ongoing (a planned, threatened or denied
//   attack is not an attack that happened); meetings and agreements count unless denied;
// - "deaths" of a record are the sum of killed.low over its non-aggregate events, so a count reported twice
//   (attack + separate casualties report of the same deaths) is wrong, as the spec wants one event;
// - an invented death is a killed count above zero where the gold states none.
import type { ExtractResult } from '../pipeline/extract.js';
import type { ExtractOptions, InputDoc } from '../types.js';
import { loadGold, type LoadedGold } from './gold.js';
import { formatDiagnostics, formatters, type EvalFormat } from './format.js';
import { loadGazetteer, type Gazetteer } from './places.js';
import { ploverConfusion, scorePlover } from './score-plover.js';
import { scorePlain } from './score-plain.js';
import { scoreWikiEvents } from './score-wikievents.js';
import type {
  EvalReport, FileReport, GoldFormat, GoldRecord, PlainRecord, PloverRecord, Prediction, Scored, WikiRecord,
} from './types.js';

export type { EvalReport, FileReport, Measure } from './types.js';

export interface EvalOptions {
  format: EvalFormat;
  /** list misses, false positives and wrong counts per record on stderr (also: EXTRACT_EVAL_VERBOSE=1) */
  verbose?: boolean;
  /** colour the table; default: stdout is a TTY and NO_COLOR is not set */
  color?: boolean;
  /** the extractor to score (default: the real pipeline); tests pass their own */
  extract?: (record: GoldRecord) => Prediction;
}

export interface EvalIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const FORMAT_ORDER: GoldFormat[] = ['plover', 'wikievents', 'plain'];

type ExtractFn = (doc: InputDoc, options?: ExtractOptions) => ExtractResult;

/** Runs an extractor on one gold record; a throw is kept as the record's error (no events). */
export function extractRecord(extractEvents: ExtractFn, record: GoldRecord): Prediction {
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

/** Scores the records of one format; pure given the predictions. */
export function scoreRecords(format: GoldFormat, records: GoldRecord[], preds: Map<string, Prediction>, gaz: Gazetteer | null): Scored {
  if (format === 'plover') return scorePlover(records as PloverRecord[], preds, gaz ?? loadGazetteer());
  if (format === 'wikievents') return scoreWikiEvents(records as WikiRecord[], preds, gaz ?? loadGazetteer());
  return scorePlain(records as PlainRecord[], preds, gaz);
}

export async function runEval(files: string[], opts: EvalOptions, io: EvalIO): Promise<number> {
  const format = opts.format ?? 'table';
  if (!(format in formatters)) {
    io.stderr(`extract eval: unknown format "${String(format)}" (table, json)\n`);
    return 2;
  }
  if (!files.length) {
    io.stderr('extract eval: no gold file given (usage: extract eval GOLD.jsonl... [--format table|json])\n');
    return 2;
  }
  const verbose = opts.verbose ?? /^(1|true|yes)$/i.test(process.env.EXTRACT_EVAL_VERBOSE ?? '');
  // the pipeline is loaded only when it is the one scored, so the harness works (and is tested) on its own
  let extract = opts.extract;
  if (!extract) {
    let extractEvents: ExtractFn;
    try {
      ({ extractEvents } = await import('../pipeline/extract.js'));
    } catch (e) {
      io.stderr(`extract eval: cannot load the extractor: ${(e as Error).message}\n`);
      return 2;
    }
    extract = (r) => extractRecord(extractEvents, r);
  }
  const report: EvalReport = { files: [] };
  let failed = false;
  let gaz: Gazetteer | null = null;

  for (const file of files) {
    let loaded: LoadedGold;
    try {
      loaded = await loadGold(file);
    } catch (e) {
      io.stderr(`extract eval: cannot read ${file}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    for (const err of loaded.errors) io.stderr(`${file}:${err.line}: ${err.error}\n`);
    if (loaded.errors.length) failed = true;
    if (!loaded.records.length) {
      io.stderr(`extract eval: ${file}: no usable gold record\n`);
      failed = true;
      continue;
    }
    const preds = new Map<string, Prediction>();
    let extractorErrors = 0;
    for (const r of loaded.records) {
      let p: Prediction;
      try {
        p = extract!(r);
      } catch (e) {
        p = { events: [], error: `extractor threw: ${(e as Error).message}` };
      }
      if (p.error) extractorErrors++;
      preds.set(r.id, p);
    }
    if (extractorErrors) io.stderr(`extract eval: ${file}: the extractor failed or produced invalid events on ${extractorErrors} records\n`);
    for (const fmt of FORMAT_ORDER) {
      const records = loaded.records.filter((r) => r.format === fmt);
      if (!records.length) continue;
      if (fmt !== 'plain' || records.some((r) => (r as PlainRecord).events.some((e) => e.location))) gaz ??= loadGazetteer();
      const scored = scoreRecords(fmt, records, preds, gaz);
      const entry: FileReport = { file, format: fmt, records: records.length, measures: scored.measures };
      report.files.push(entry);
      if (verbose) {
        io.stderr(formatDiagnostics(`${file} (${fmt})`, scored.diagnostics));
        if (fmt === 'plover') {
          const rows = [...ploverConfusion(records as PloverRecord[], preds)].sort((a, b) => a[0].localeCompare(b[0]));
          io.stderr('--- records per PLOVER type that produced each of our event types\n');
          io.stderr(`${'type'.padEnd(12)} records  attack  casualties  meeting  agreement  none\n`);
          for (const [t, row] of rows) {
            io.stderr(`${t.padEnd(12)} ${String(row.records).padStart(7)}  ${String(row.attack).padStart(6)}  ${String(row.casualties).padStart(10)}  ${String(row.meeting).padStart(7)}  ${String(row.agreement).padStart(9)}  ${String(row.none).padStart(4)}\n`);
          }
        }
      }
    }
  }

  if (!report.files.length) return 2;
  const color = opts.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
  io.stdout(formatters[format](report, { color }));
  return failed ? 1 : 0;
}
