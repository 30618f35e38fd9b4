#!/usr/bin/env node
// Measures counts, detection, ACLED sub-event types and dates on the report sets of issue 11 (run after
// `npm run build`):
//   node scripts/reports-measure.mjs [--verbose]              every set of fixtures/reports/
//   node scripts/reports-measure.mjs --file SET.jsonl [--verbose]   another set in the same row format
// Each report goes through the pipeline in this process (extractEvents, as the CLI runs it, with the row's date as
// the reference date) and is scored by fixtures/reports/report-score.mjs: for a report set, the table of
// design-study score.py (each measure overall, then by family); for a negative set (rows whose expect has
// `attack`), the number of rows right. With --verbose, every miss by id: what the report got and what it expected.
// tests/reports-table.test.ts asserts today's figures as floors.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The command line, read by node's own parser (unknown options and arguments refused). */
function options() {
  try {
    return parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, file: { type: 'string' } } }).values;
  } catch (e) {
    console.error(`reports-measure: ${e.message}`);
    process.exit(2);
  }
}
const { verbose = false, file: fileOpt } = options();
const SETS = ['study.jsonl', 'heldout.jsonl', 'blind.jsonl', 'dates.jsonl', 'negatives.jsonl'].map((f) => join(root, 'fixtures', 'reports', f));
const files = fileOpt ? [fileOpt] : SETS;
for (const f of files) if (!existsSync(f)) { console.error(`no ${f}`); process.exit(2); }
const built = join(root, 'dist', 'src', 'pipeline', 'extract.js');
if (!existsSync(built)) { console.error(`no ${built}: run npm run build first`); process.exit(2); }

const readJsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const { extractEvents } = await import(pathToFileURL(built).href);
const S = await import(pathToFileURL(join(root, 'fixtures', 'reports', 'report-score.mjs')).href);
const eventsOf = (r) => extractEvents({ id: r.id, text: r.text, date: r.date }).events;

/** A negative set: rows right, and each wrong row with what it got. */
function measureNegatives(rows) {
  const verdicts = rows.map((r) => S.scoreNegative(r, eventsOf(r)));
  const wrong = verdicts.map((v, i) => [v, rows[i]]).filter(([v]) => !v.ok);
  for (const [v, r] of wrong) {
    if (verbose) console.log(`  FAIL ${r.id} killed ${v.killed} (want ${r.expect.killed}), attack ${v.attack} (want ${r.expect.attack})`);
  }
  console.log(`negatives right: ${rows.length - wrong.length}/${rows.length}`);
}

/** A report set: score.py's table, and with --verbose the misses. */
function measureReports(rows) {
  const marks = rows.map((r) => S.scoreReport(r, eventsOf(r)));
  console.log(S.formatTable(S.tally(rows, marks)));
  if (!verbose) return;
  console.log('\nmisses:');
  rows.forEach((r, i) => { for (const line of S.describeMisses(r, marks[i])) console.log(`  ${line}`); });
}

for (const f of files) {
  const rows = readJsonl(f);
  console.log(`\n== ${f.startsWith(root) ? f.slice(root.length + 1) : f}: ${rows.length} rows`);
  if (rows.length && rows.every((r) => r.expect && 'attack' in r.expect)) measureNegatives(rows);
  else measureReports(rows);
}
