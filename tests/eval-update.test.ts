// `npm run eval:floors` and `npm run eval:readme` (src/eval/update.ts) on a folder of our own: a copy of the AG
// News fixture, a floors file naming it and a README with markers, scored with hand-built events.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFloors, serializeFloors } from '../src/eval/floors.js';
import { goldFiles, writeRaisedFloors, writeReadmeTable } from '../src/eval/update.js';
import type { GoldRecord, Prediction } from '../src/eval/types.js';
import { capture, ev } from './eval-helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const QUIET = 'Sports+Business+Sci/Tech items with any event';

/** An extractor that prints one meeting for the named items. */
const meetingsFor = (...ids: string[]) => (r: GoldRecord): Prediction => ({ events: ids.includes(r.id) ? [ev({ type: 'meeting' })] : [] });

async function workspace(): Promise<{ dir: string; floors: string; readme: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-update-'));
  await copyFile(join(root, 'fixtures', 'eval', 'agnews-small.jsonl'), join(dir, 'agnews-small.jsonl'));
  const floors = join(dir, 'eval-floors.json');
  await writeFile(floors, serializeFloors({ dir: '.', files: { 'agnews-small.jsonl': {} } }));
  const readme = join(dir, 'README.md');
  await writeFile(readme, '# t\n\n## Accuracy\nWritten by `npm run eval:readme`:\n\n<!-- eval:begin -->\nstale\n<!-- eval:end -->\n\n## Next\n');
  return { dir, floors, readme };
}

test('the gold files are the floors file\'s names, in its folder', async () => {
  const { dir, floors } = await workspace();
  expect(goldFiles(parseFloors(await readFile(floors, 'utf8')), floors)).toEqual([join(dir, 'agnews-small.jsonl')]);
});

test('eval:floors sets bounds from a run, raises them after an improvement, never lowers them', async () => {
  const { floors } = await workspace();
  let c = capture();
  expect(await writeRaisedFloors(floors, c.io, { extract: meetingsFor('as-sport-derby', 'as-biz-merger'), date: '2026-11-29' })).toBe(0);
  expect(c.out.join('')).toContain(QUIET);
  let f = parseFloors(await readFile(floors, 'utf8'));
  expect(f.measured).toBe('2026-11-29');
  expect(f.files['agnews-small.jsonl']![QUIET]).toEqual({ max: 0.2, at: '20.0% (2/10)' });
  // World figures are read, not scored: no bound
  expect(Object.keys(f.files['agnews-small.jsonl']!).some((k) => k.startsWith('World'))).toBe(false);

  // better: one false alarm fewer
  c = capture();
  expect(await writeRaisedFloors(floors, c.io, { extract: meetingsFor('as-biz-merger'), date: '2026-11-30' })).toBe(0);
  f = parseFloors(await readFile(floors, 'utf8'));
  expect(f.files['agnews-small.jsonl']![QUIET]).toEqual({ max: 0.1, at: '10.0% (1/10)' });
  expect(c.err.join('')).toMatch(/ceiling 0\.2 → ceiling 0\.1/);

  // worse: the ceiling is kept and the figure named; exit 1
  const before = await readFile(floors, 'utf8');
  c = capture();
  expect(await writeRaisedFloors(floors, c.io, { extract: meetingsFor('as-biz-merger', 'as-sci-chip', 'as-sport-coach'), date: '2026-12-01' })).toBe(1);
  expect(c.err.join('')).toContain(`agnews-small.jsonl: ${QUIET} 30.0% (3/10) is over its ceiling 0.1, kept`);
  expect(await readFile(floors, 'utf8')).toBe(before);
});

test('eval:readme rewrites the block between the markers from a run, and only that', async () => {
  const { readme, floors } = await workspace();
  const c = capture();
  expect(await writeReadmeTable(floors, readme, c.io, { extract: meetingsFor('as-sport-derby'), date: '2026-11-29' })).toBe(0);
  const text = await readFile(readme, 'utf8');
  expect(text.startsWith('# t\n\n## Accuracy\nWritten by `npm run eval:readme`:\n\n<!-- eval:begin -->\nMeasured on 2026-11-29 by `npm run eval:readme`')).toBe(true);
  expect(text).toContain(`| AG News (13 wire items) | ${QUIET} | ≤ 1.5% | 10.0% (1/10) | **not met** |`);
  expect(text).not.toContain('stale');
  expect(text.endsWith('<!-- eval:end -->\n\n## Next\n')).toBe(true);
});

test('nothing is written when a gold file is missing or the README has no markers', async () => {
  const { dir, floors, readme } = await workspace();
  await writeFile(join(dir, 'README.md'), '# no markers\n');
  let c = capture();
  expect(await writeReadmeTable(floors, readme, c.io, { extract: meetingsFor() })).toBe(2);
  expect(await readFile(readme, 'utf8')).toBe('# no markers\n');
  expect(c.err.join('')).toMatch(/once each; nothing written/);

  const missing = serializeFloors({ dir: '.', files: { 'agnews-small.jsonl': {}, 'gone.jsonl': {} } });
  await writeFile(floors, missing);
  c = capture();
  expect(await writeRaisedFloors(floors, c.io, { extract: meetingsFor() })).toBe(2);
  expect(await readFile(floors, 'utf8')).toBe(missing);
  expect(c.err.join('')).toMatch(/cannot read .*gone\.jsonl[\s\S]*nothing written/);
});
