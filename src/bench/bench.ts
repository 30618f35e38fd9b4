// `npm run bench`: throughput and memory of a batch on two corpora (see corpus.ts): dense (every document violent)
// and wire (../shared/eval/agnews-dev.jsonl as it is, else a generated wire mix, said in the output). On each it
// runs rows (a) to (f) as separate processes (see rows.ts): compromise's tagging, extract --jobs 1 and 2, the
// ceilings for one core (reading, splitting, prefilter) and for two (two --jobs 1 on halves), and the default --jobs.
// Prints MB/s, documents/s, sentences/s (sentences by the project's splitter), peak RSS, the ratios with the targets
// of issue 13, whether the events differ from the previous build's on the same corpus and between the extract rows
// (previous-events.ts), then the start-up figures (`extract --help`, the seed article cold).
// Options: --mb N (size of the dense corpus, default 3; of the generated wire corpus too when it stands in),
// --corpus dense|wire (one only), --keep (keep the corpus and event files), --cache DIR (where the previous build's
// events are kept; default node_modules/.cache/extract-bench), --readme (also rewrite README.md's speed table,
// between its bench markers, with this run's figures), --runs N (each row the median of N runs, the rows run in
// rounds; the start-up figures the median of at least 5 runs; default 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Table from 'cli-table3';
import { splitSentences } from '../document/sentences.js';
import { denseCorpus, readJsonl, sharedWireFile, violentPool, wireCorpus, writeJsonl, type CorpusDoc } from './corpus.js';
import { measureRows, median, missingTime, type Measure } from './rows.js';
import { eventDigests, sameAsB, versusPrevious } from './previous-events.js';
import { replaceMarked } from '../eval/accuracy-table.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const MB = Number(arg('--mb') ?? 3);
const only = arg('--corpus');
const keep = args.includes('--keep');
const readme = args.includes('--readme');
const RUNS = Number(arg('--runs') ?? 1);
const cacheDir = arg('--cache') ?? join(ROOT, 'node_modules', '.cache', 'extract-bench');
if (!(MB > 0)) { process.stderr.write('bench: --mb must be a positive number\n'); process.exit(2); }
if (!(Number.isInteger(RUNS) && RUNS >= 1)) { process.stderr.write('bench: --runs must be a whole number, 1 or more\n'); process.exit(2); }
if (only !== undefined && only !== 'dense' && only !== 'wire') { process.stderr.write('bench: --corpus is dense or wire\n'); process.exit(2); }
const noTime = missingTime();
if (noTime) { process.stderr.write(`${noTime}\n`); process.exit(1); }

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
const judged = (v: number, target: number) => `${fmt(v)} (target ≥ ${target}: ${v >= target ? 'met' : 'MISSED'})`;

interface Corpus { name: 'dense' | 'wire'; file: string; docs: CorpusDoc[]; from: string }

/** The corpora asked for, each as a JSONL file: the dense one written to `dir`, the wire one shared when present. */
function corpora(dir: string): Corpus[] {
  const pool = violentPool(ROOT);
  if (!pool.texts.length) { process.stderr.write('bench: no violent texts found (../shared/eval, fixtures/, seeds/)\n'); process.exit(1); }
  const out: Corpus[] = [];
  const written = (name: 'dense' | 'wire', docs: CorpusDoc[], from: string): Corpus => {
    const file = join(dir, `${name}.jsonl`);
    writeJsonl(file, docs);
    return { name, file, docs, from };
  };
  if (only !== 'wire') out.push(written('dense', denseCorpus(pool.texts, MB * 1024 * 1024), `violent texts from ${pool.from}, repeated to ${MB} MB`));
  if (only !== 'dense') {
    const shared = sharedWireFile(ROOT);
    out.push(shared ? { name: 'wire', file: shared, docs: readJsonl(shared), from: '../shared/eval/agnews-dev.jsonl, as it is' }
      : written('wire', wireCorpus(pool.texts, MB * 1024 * 1024), `GENERATED: ../shared/eval/agnews-dev.jsonl is missing, so a generated wire mix of ${MB} MB stands in`));
  }
  return out;
}

/** f/b judged. When (f) had as many processes at once as (b) (the default ran this input in one extracting process,
 *  as --jobs 1 does), the two rows ran the same way, so the target is met as such and their ratio is the machine's
 *  noise between two runs of one command (10-15% on a shared machine), which the line says. */
function defaultVersusOne(fb: number, m: Record<string, Measure>): string {
  if (!m.f.processes || m.f.processes !== m.b.processes) return judged(fb, 1);
  return `${fmt(fb)} (target ≥ 1: met, the default ran as --jobs 1 does, in one extracting process: (b) and (f) are the same run and differ by the machine's noise)`;
}

/** The ratios of one corpus's rows, with the targets of issue 13. */
function ratioLines(name: string, bytes: number, m: Record<string, Measure>): string[] {
  const rate = (k: string) => bytes / m[k].seconds;
  const r = (x: string, y: string) => rate(x) / rate(y);
  const dense = name === 'dense';
  const rss = (k: string) => fmt(m[k].maxRssMB, 0);
  const worst = Math.max(m.b.maxRssMB, m.c.maxRssMB, m.f.maxRssMB, m.e.largestMB ?? 0);
  const all = (k: string) => (m[k].allMB ? fmt(m[k].allMB!, 0) : '?');
  return [
    `${name}: b/a = ${judged(r('b', 'a'), dense ? 1.5 : 3)}, c/b = ${fmt(r('c', 'b'))}, e/b = ${fmt(r('e', 'b'))}, `
      + `c/e = ${judged(r('c', 'e'), dense ? 0.95 : 0.9)}, f/b = ${defaultVersusOne(r('f', 'b'), m)}, d/a = ${fmt(r('d', 'a'), 1)} (reference: no tagging)`,
    `${name}: peak RSS b ${rss('b')} MB, c ${rss('c')} MB, e ${rss('e')} MB (the sum of two processes; the larger ${fmt(m.e.largestMB ?? NaN, 0)}), `
      + `f ${rss('f')} MB (target ≤ 400 per process: ${worst <= 400 ? 'met' : 'MISSED'}); all of a run's processes together, `
      + `sampled every 0.1 s: b ${all('b')}, c ${all('c')}, f ${all('f')} MB`,
  ];
}

/** Events vs the previous build's on this corpus, and the loud lines when (c), (e) or (f) differ from (b). */
function eventLines(c: Corpus, m: Record<string, Measure>): string[] {
  const b = eventDigests(m.b.eventFiles);
  const lines = [`${c.name}: ${versusPrevious(c.name, c.file, b, cacheDir, ROOT)}`];
  for (const k of ['c', 'e', 'f']) {
    const loud = sameAsB(`${c.name} ${m[k].label}`, eventDigests(m[k].eventFiles), b);
    if (loud) lines.push(loud);
  }
  if (lines.length === 1) lines.push(`${c.name}: (c), (e) and (f) gave the same ${b.length} event lines as (b)`);
  return lines;
}

/** The median wall time of `runs` runs of extract; a run that fails is said on stderr (its time still counts). */
function wallOf(argv: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...argv], { stdio: 'ignore' });
    times.push((performance.now() - t) / 1000);
    if (r.status !== 0) process.stderr.write(`bench: extract ${argv.join(' ')} exited ${r.status ?? r.signal}\n`);
  }
  return median(times);
}

/** Each start-up figure is the median of this many runs at least (a run takes well under a second). */
const STARTUP_RUNS = 5;

function startupLine(): string {
  const seed = join(ROOT, 'seeds', 'idlib-2020-03-04.txt');
  const runs = Math.max(STARTUP_RUNS, RUNS);
  let startup = `start-up (median of ${runs} runs): extract --help ${fmt(wallOf(['--help'], runs))} s (target ≤ 0.25)`;
  if (existsSync(seed)) startup += `, seed article ${fmt(wallOf([seed, '--date', '2020-03-04', '--quiet'], runs))} s cold (target ≤ 0.8)`;
  return startup;
}

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/** README.md with this run's figures between the bench markers (stated as the bench's output, dated). */
function writeReadme(head: string, lines: string[]): void {
  const path = join(ROOT, 'README.md');
  const dated = `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --readme\` (written by it: do not edit by hand); ${head}`;
  try {
    writeFileSync(path, replaceMarked(readFileSync(path, 'utf8'), [BEGIN, dated, '', ...lines, END].join('\n'), BEGIN, END));
    process.stderr.write(`bench: ${path}: speed table written\n`);
  } catch (e) {
    process.stderr.write(`bench: ${path}: ${(e as Error).message}; nothing written\n`);
    process.exitCode = 2;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  const table = new Table({ head: ['corpus', 'run', 'MB/s', 'docs/s', 'sentences/s', 'peak RSS MB', 'seconds', 'events'], style: { head: [], border: [] } });
  const rows = ['| corpus | run | MB/s | docs/s | sentences/s | peak RSS MB | seconds | events |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  const notes: string[] = [];
  const said: string[] = [];
  const head = `${availableParallelism()} cores, node ${process.version}${RUNS > 1 ? `, each row the median of ${RUNS} runs (seconds: the median, and the fastest–slowest run)` : ', each row one run'}.`;
  process.stdout.write(`cores: ${availableParallelism()}; node ${process.version}\n`);
  for (const c of corpora(dir)) {
    const bytes = c.docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
    const sentences = c.docs.reduce((s, d) => s + splitSentences(d.text).length, 0);
    const about = `${c.name}: ${c.docs.length} documents, ${fmt(bytes / 1024 / 1024)} MB of text, ${sentences} sentences (${c.from})`;
    process.stdout.write(`${about}${keep && c.file.startsWith(dir) ? ` [${c.file}]` : ''}\n`);
    notes.push(about);
    const measures = await measureRows(c.name, c.file, dir, RUNS);
    const m = Object.fromEntries(measures.map((x) => [x.key, x]));
    for (const x of measures) {
      const row = [c.name, x.label, fmt(bytes / 1024 / 1024 / x.seconds, 3), fmt(c.docs.length / x.seconds, 1), fmt(sentences / x.seconds, 0),
        fmt(x.maxRssMB, 0) + (x.key === 'e' ? ' (sum)' : ''), fmt(x.seconds, 1) + (x.spread ? ` (${fmt(x.spread[0], 1)}–${fmt(x.spread[1], 1)})` : ''), x.extra.events !== undefined ? String(x.extra.events) : ''];
      table.push(row);
      rows.push(`| ${row.join(' | ')} |`);
    }
    said.push(...ratioLines(c.name, bytes, m), ...eventLines(c, m));
  }
  const startup = startupLine();
  process.stdout.write(`${table.toString()}\n${said.join('\n')}\n${startup}\n`);
  if (readme) writeReadme(head, [...notes.map((n) => `${n}  `), '', ...rows, '', ...said.map((r) => `${r}  `), startup]);
  if (keep) process.stderr.write(`bench: files kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

await main();
