// No text from the evaluation data in the project: a file under src/, tests/ or fixtures/ that shares eight words in
// a row with a record of ../shared/eval/*.jsonl makes the dev scores in-sample (../shared/eval/README.md forbids it).
// Words are compared as ../shared/hooks/before-stop compares them: lower case, every character but a-z, 0-9 and the
// space folded to a space. Without ../shared/eval the scan is skipped with a note; the detector is tested either way.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EVAL_DIR = join(ROOT, '..', 'shared', 'eval');
const SCANNED_DIRS = ['src', 'tests', 'fixtures'];
const SCANNED_FILES = /\.(?:ts|js|mjs|json|jsonl|txt|md)$/;
const RUN = 8;

interface Leak { file: string; words: string; record: string }

const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);

function runsOf(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

/** Every run of eight words in the records' texts, with the id of the first record that has it. */
function evalRuns(records: { id: string; text: string }[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const r of records) for (const run of runsOf(r.text)) if (!runs.has(run)) runs.set(run, r.id);
  return runs;
}

function readRecords(dir: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id?: string; text?: string };
      if (r.text) out.push({ id: r.id ?? `${f}:${out.length}`, text: r.text });
    }
  }
  return out;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : SCANNED_FILES.test(n) ? [p] : [];
  });
}

/** The first shared run of each file under `roots` (paths relative to `base`). */
function leaks(base: string, roots: string[], runs: Map<string, string>): Leak[] {
  const out: Leak[] = [];
  for (const file of roots.flatMap((r) => filesUnder(join(base, r)))) {
    const hit = runsOf(readFileSync(file, 'utf8')).find((run) => runs.has(run));
    if (hit) out.push({ file: relative(base, file), words: hit, record: runs.get(hit)! });
  }
  return out;
}

describe('the leak detector', () => {
  // A made-up record; the planted files below are written to a temporary folder, never into the project.
  const record = { id: 'made-up-1', text: 'Heavy rain flooded the old harbour road on Tuesday, and the ferry to Port Wendell stayed docked for nine hours.' };
  const runs = evalRuns([record]);
  const ourOwn = 'Snow closed the mountain pass on Friday; buses waited at the depot.';
  const first = (n: number) => record.text.split(' ').slice(0, n).join(' ');
  const CASES: [name: string, found: boolean, content: string][] = [
    ['a whole record', true, record.text],
    ['eight words of it inside a code string', true, `const s = '${first(8)}';`],
    ['eight words re-cased and re-punctuated', true, first(8).toUpperCase().replace(/ /g, ' -- ')],
    ['eight words across a line break', true, `// ${first(4)}\n// ${record.text.split(' ').slice(4, 8).join(' ')}`],
    ['seven words of it', false, `const s = '${first(7)}';`],
    ['a sentence of our own', false, ourOwn],
  ];
  test.each(CASES)('%s: found %s', (_name, found, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'no-eval-text-'));
    try {
      writeFileSync(join(dir, 'planted.ts'), content);
      writeFileSync(join(dir, 'clean.txt'), ourOwn);
      const got = leaks(dir, ['.'], runs);
      expect(got).toEqual(found ? [{ file: 'planted.ts', words: expect.any(String), record: 'made-up-1' }] : []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('files of other kinds are not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-eval-text-'));
    try {
      writeFileSync(join(dir, 'planted.png'), record.text);
      expect(leaks(dir, ['.'], runs)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const haveEval = existsSync(EVAL_DIR) && readdirSync(EVAL_DIR).some((n) => n.endsWith('.jsonl'));
if (!haveEval) console.log(`no-eval-text: ${EVAL_DIR} is missing or holds no *.jsonl, so the project is not scanned for eval text (skipped)`);

(haveEval ? describe : describe.skip)('no eval text in the project', () => {
  test(`no file under ${SCANNED_DIRS.join('/, ')}/ shares ${RUN} words in a row with a record of ../shared/eval`, () => {
    const runs = evalRuns(readRecords(EVAL_DIR));
    expect(runs.size).toBeGreaterThan(0);
    expect(leaks(ROOT, SCANNED_DIRS, runs)).toEqual([]);
  });
});
