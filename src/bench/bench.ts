// `npm run bench`: throughput and memory of a batch, side by side on two corpora (see corpus.ts):
//   (a) compromise's own tagging of every document on one core: the floor any tool that tags all text pays;
//   (b) `extract` end to end with --jobs 1;   (c) with --jobs 2;   (d) with the default --jobs (what a user gets).
// Each measure is a whole process (start-up included) run on its own, so its peak RSS is its own. Prints MB/s,
// documents/s, sentences/s (sentences by the project's splitter), peak RSS, and the ratios b/a, c/b and d/b with the
// targets of issue 5, then the start-up figures (`extract --help`, the seed article).
// Options: --mb N (size of each corpus, default 3), --corpus dense|wire (one only), --keep (keep the corpus files),
// --readme (also rewrite README.md's speed table, between its bench markers, with this run's figures).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Table from 'cli-table3';
import { splitSentences } from '../document/sentences.js';
import { denseCorpus, violentPool, wireCorpus, writeJsonl, type CorpusDoc } from './corpus.js';
import { replaceMarked } from '../eval/accuracy-table.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const MB = Number(arg('--mb') ?? 3);
const only = arg('--corpus');
const keep = args.includes('--keep');
const readme = args.includes('--readme');
if (!(MB > 0)) { process.stderr.write('bench: --mb must be a positive number\n'); process.exit(2); }

interface Measure { label: string; seconds: number; maxRssMB: number; extra: Record<string, number> }

function runChild(label: string, childArgs: string[]): Measure {
  process.stderr.write(`bench: ${label} ...`);
  const t = performance.now();
  const out = execFileSync(process.execPath, [CHILD, ...childArgs], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const wall = (performance.now() - t) / 1000;
  const r = JSON.parse(out.trim().split('\n').pop()!) as { seconds: number; maxRssMB: number } & Record<string, number>;
  process.stderr.write(` ${wall.toFixed(1)} s\n`);
  const { seconds: _s, maxRssMB, ...extra } = r;
  return { label, seconds: wall, maxRssMB, extra };
}

function wallOf(argv: string[], runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [BIN, ...argv], { stdio: 'ignore' });
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/** README.md with this run's figures between the bench markers (stated as the bench's output, dated). */
function writeReadme(lines: string[]): void {
  const path = join(ROOT, 'README.md');
  const head = `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --readme\` (written by it: do not edit by hand); `
    + `${(MB).toString()} MB corpora, ${availableParallelism()} cores, node ${process.version}.`;
  try {
    writeFileSync(path, replaceMarked(readFileSync(path, 'utf8'), [BEGIN, head, '', ...lines, END].join('\n'), BEGIN, END));
    process.stderr.write(`bench: ${path}: speed table written\n`);
  } catch (e) {
    process.stderr.write(`bench: ${path}: ${(e as Error).message}; nothing written\n`);
    process.exitCode = 2;
  }
}

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');

const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const pool = violentPool(ROOT);
if (!pool.texts.length) { process.stderr.write('bench: no violent texts found (../shared/eval, fixtures/, seeds/)\n'); process.exit(1); }
const target = MB * 1024 * 1024;
const corpora: [string, CorpusDoc[]][] = [];
if (!only || only === 'dense') corpora.push(['dense', denseCorpus(pool.texts, target)]);
if (!only || only === 'wire') corpora.push(['wire', wireCorpus(pool.texts, target)]);

const table = new Table({ head: ['corpus', 'run', 'MB/s', 'docs/s', 'sentences/s', 'peak RSS MB', 'seconds', 'events'], style: { head: [], border: [] } });
const ratios: string[] = [];
/** the README's copy of the table (markdown) */
const rows: string[] = ['| corpus | run | MB/s | docs/s | sentences/s | peak RSS | seconds | events |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
process.stdout.write(`violent texts: ${pool.texts.length} from ${pool.from}; cores: ${availableParallelism()}; node ${process.version}\n`);
for (const [name, docs] of corpora) {
  const file = join(dir, `${name}.jsonl`);
  writeJsonl(file, docs);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  const sentences = docs.reduce((s, d) => s + splitSentences(d.text).length, 0);
  process.stdout.write(`${name}: ${docs.length} documents, ${fmt(bytes / 1024 / 1024)} MB of text, ${sentences} sentences${keep ? ` (${file})` : ''}\n`);
  const runs = [
    runChild(`${name} (a) compromise nlp(), 1 core`, ['tag', file]),
    runChild(`${name} (b) extract --jobs 1`, ['extract', file, '1']),
    runChild(`${name} (c) extract --jobs 2`, ['extract', file, '2']),
    runChild(`${name} (d) extract, default --jobs`, ['extract', file, 'default']),
  ];
  const rate = (m: Measure) => bytes / m.seconds;
  for (const m of runs) {
    const row = [name, m.label.replace(`${name} `, ''), fmt(bytes / 1024 / 1024 / m.seconds, 3), fmt(docs.length / m.seconds, 1),
      fmt(sentences / m.seconds, 0), fmt(m.maxRssMB, 0), fmt(m.seconds, 1), m.extra.events !== undefined ? String(m.extra.events) : ''];
    table.push(row);
    rows.push(`| ${row.join(' | ')} |`);
  }
  const [a, b, c, d] = runs;
  ratios.push(`${name}: b/a = ${fmt(rate(b) / rate(a))} (target ≥ ${name === 'dense' ? '1.5' : '3'}), c/b = ${fmt(rate(c) / rate(b))} (target ≥ 1.6), `
    + `d/b = ${fmt(rate(d) / rate(b))} (target ≥ 1), `
    + `peak RSS ${fmt(Math.max(...runs.slice(1).map((m) => m.maxRssMB)), 0)} MB (target ≤ 400)`);
}
process.stdout.write(`${table.toString()}\n${ratios.join('\n')}\n`);

const seed = join(ROOT, 'seeds', 'idlib-2020-03-04.txt');
const help = wallOf(['--help'], 3);
let startup = `start-up: extract --help ${fmt(help)} s (target ≤ 0.25)`;
if (existsSync(seed)) startup += `, seed article ${fmt(wallOf([seed, '--date', '2020-03-04', '--quiet'], 1))} s cold (target ≤ 0.8)`;
process.stdout.write(`${startup}\n`);
if (readme) writeReadme([...rows, '', ...ratios.map((r) => `${r}  `), startup]);
if (!keep) rmSync(dir, { recursive: true, force: true });
