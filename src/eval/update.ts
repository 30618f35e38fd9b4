// The two maintainers' commands that rewrite a file from one run of the eval on the gold files the floors file names
// (scripts/eval-update.mjs): `npm run eval:floors` raises the floors after a deliberate improvement (never lowers
// one), `npm run eval:readme` rewrites the README's accuracy table. Both print the run's table on stdout first.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { accuracyTable, replaceAccuracyTable } from './accuracy-table.js';
import { loadFloors, raiseFloors, serializeFloors, type Floors } from './floors.js';
import { formatters } from './format.js';
import { evaluate, loadExtractor, type EvalIO, type EvalRun, type Extractor } from './index.js';

/** The gold files a floors file names, as paths: its `dir` is relative to the floors file's folder. */
export function goldFiles(floors: Floors, floorsPath: string): string[] {
  const dir = resolve(dirname(floorsPath), floors.dir);
  return Object.keys(floors.files).map((name) => resolve(dir, name));
}

interface UpdateOptions {
  /** the extractor to run (default: the real pipeline) */
  extract?: Extractor;
  /** the run's date (default: today, UTC) */
  date?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** One run on the files of the floors file; null (reason on stderr) when it cannot be trusted for writing. */
async function runDevSet(floorsPath: string, io: EvalIO, extract?: Extractor): Promise<{ floors: Floors; run: EvalRun } | null> {
  let floors: Floors;
  try {
    floors = await loadFloors(floorsPath);
  } catch (e) {
    io.stderr(`cannot use the floors in ${floorsPath}: ${(e as Error).message}\n`);
    return null;
  }
  const ex = extract ?? await loadExtractor(io);
  if (!ex) return null;
  const run = await evaluate(goldFiles(floors, floorsPath), ex, {}, io);
  if (run.failed || run.report.files.filter((f) => f.format !== 'pooled').length !== Object.keys(floors.files).length) {
    io.stderr('some gold file or line could not be read: nothing written\n');
    return null;
  }
  io.stdout(formatters.table(run.report, { color: false }));
  return { floors, run };
}

/** Raises the floors from a run: 0 written (or nothing to raise), 1 some figure is under its floor (kept, named), 2 no run. */
export async function writeRaisedFloors(floorsPath: string, io: EvalIO, opts: UpdateOptions = {}): Promise<number> {
  const got = await runDevSet(floorsPath, io, opts.extract);
  if (!got) return 2;
  const { floors, changed, refused } = raiseFloors(got.floors, got.run.report, opts.date ?? today());
  if (changed.length) {
    await writeFile(floorsPath, serializeFloors(floors));
    io.stderr(`${floorsPath}: ${changed.length} bounds raised or added\n${changed.map((c) => `  ${c}\n`).join('')}`);
  } else io.stderr(`${floorsPath}: no figure improved, nothing written\n`);
  if (!refused.length) return 0;
  io.stderr(`not lowered (a floor is lowered only by hand, with a "why"):\n${refused.map((r) => `  ${r}\n`).join('')}`);
  return 1;
}

/** Rewrites the README's accuracy table from a run: 0 written, 2 no run or no markers in the README. */
export async function writeReadmeTable(floorsPath: string, readmePath: string, io: EvalIO, opts: UpdateOptions = {}): Promise<number> {
  const got = await runDevSet(floorsPath, io, opts.extract);
  if (!got) return 2;
  const block = accuracyTable(got.run.report, opts.date ?? today(), 'npm run eval:readme');
  let next: string;
  try {
    next = replaceAccuracyTable(await readFile(readmePath, 'utf8'), block);
  } catch (e) {
    io.stderr(`${readmePath}: ${(e as Error).message}; nothing written\n`);
    return 2;
  }
  await writeFile(readmePath, next);
  io.stderr(`${readmePath}: accuracy table written\n`);
  return 0;
}
