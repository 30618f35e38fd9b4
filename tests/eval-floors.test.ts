// The eval gate of `npm test`: one run of the real extractor (in this process) on the gold files eval-floors.json
// names (../shared/eval), every figure compared with its floor; the test fails naming each figure that fell.
// When ../shared/eval is absent the test is skipped and says so: jest lists it as skipped, never as passed.
// After a deliberate improvement, `npm run eval:floors` raises the floors; lowering one is a hand edit with a "why".
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFloors, parseFloors } from '../src/eval/floors.js';
import { evaluate, loadExtractor } from '../src/eval/index.js';
import { goldFiles } from '../src/eval/update.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const floorsPath = join(root, 'eval-floors.json');
const floors = parseFloors(readFileSync(floorsPath, 'utf8'));
const goldDir = resolve(root, floors.dir);
const present = existsSync(goldDir);

if (!present) {
  // loud on purpose: a skipped gate must be seen
  console.warn(`eval floors NOT checked: ${goldDir} is absent (the gold files of eval-floors.json live there)`);
}

(present ? test : test.skip)(`every figure of the eval on ${floors.dir} is at or better than its floor (eval-floors.json)`, async () => {
  const err: string[] = [];
  const io = { stdout: () => {}, stderr: (s: string) => { err.push(s); } };
  const extract = await loadExtractor(io);
  expect(err).toEqual([]);
  const files = goldFiles(floors, floorsPath);
  const run = await evaluate(files, extract!, {}, io);
  // every gold file read in full: a missing file or a bad line would otherwise drop its floors from the check
  expect(err.filter((l) => /cannot read|no usable|:\d+: /.test(l))).toEqual([]);
  // (and the confidence bands pooled over them)
  expect(run.report.files.map((f) => f.file)).toEqual([...files, 'all files']);
  const result = checkFloors(run.report, floors);
  expect(result.failures).toEqual([]);
  // the gate looked: every floor of the file was compared
  const floored = Object.values(floors.files).reduce((n, figures) => n + Object.keys(figures).length, 0);
  expect(result.checked).toBe(floored);
  expect(floored).toBeGreaterThan(0);
}, 600_000);
