// The dedupe on reports we wrote (fixtures/dedupe/): each set tells one attack in 5 to 7 differently worded reports
// (tolls rising, one a day late, one with only the province or the country); the distinct set holds attacks that
// must stay apart (the same day in neighbouring towns, the same town a week later, another kind of attack in the same
// town on the same day). The real extractor reads them, then `extract dedupe` merges; the pairwise precision and
// recall of the merge are printed (the README quotes them) and held to the targets. Each input record's
// `story` field (it comes out as the event's meta.story) names the real event a report tells.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonl, runCli, SLOW } from './helpers/cli.js';

const FIXTURES = join(process.cwd(), 'fixtures', 'dedupe');
const INPUTS = [join(FIXTURES, 'same-attack-sets.jsonl'), join(FIXTURES, 'distinct-attacks.jsonl')];

let dir: string;
let events: Record<string, any>[];
let eventsText: string;
let merged: Record<string, any>[];
let mergedText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'extract-dedupe-sets-'));
  const run = await runCli([...INPUTS, '--format', 'jsonl', '--quiet', '--jobs', '1']);
  expect(run.code).toBe(0);
  eventsText = run.stdout;
  events = jsonl(eventsText);
  writeFileSync(join(dir, 'events.jsonl'), eventsText);
  const dd = await runCli(['dedupe', join(dir, 'events.jsonl')]);
  expect(dd).toMatchObject({ code: 0, stderr: '' });
  mergedText = dd.stdout;
  merged = jsonl(mergedText);
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pairwise precision and recall over events of the sets (`only`: those of one type): a pair is two events of
 *  different documents; it is the same event in truth when both tell the same story, merged when dedupe wrote them as
 *  one event. Over all types, a report the extractor read as a casualty report (or as something else) of a story's
 *  attack counts as a miss: dedupe merges only events of one type. */
function pairwise(only?: string): { precision: number; recall: number; pairs: number } {
  const attacks = events.filter((e) => !only || e.type === only);
  const clusterOf = new Map<string, string>();
  for (const m of merged) for (const r of m.reports) clusterOf.set(r.id, m.id);
  let [tp, fp, fn] = [0, 0, 0];
  attacks.forEach((a, i) => attacks.slice(0, i).forEach((b) => {
    if (a.doc === b.doc) return;
    const truth = a.meta.story === b.meta.story;
    const said = clusterOf.get(a.id) === clusterOf.get(b.id);
    if (truth && said) tp++; else if (said) fp++; else if (truth) fn++;
  }));
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), pairs: tp + fn };
}

describe('the same attack told many ways', () => {
  test.each([['baqubah-market', 6], ['maiduguri-gunmen', 5], ['kandahar-airstrike', 7], ['saraqib-drone', 6]])(
    '%s: its %d reports become one attack with every report, the lowest and the highest toll', (story, reports) => {
      const attacks = merged.filter((m) => m.type === 'attack' && m.meta?.story === story);
      expect(attacks).toHaveLength(1);
      const [one] = attacks;
      expect(new Set(one.reports.map((r: any) => r.doc)).size).toBe(reports);
      const tolls = one.reports.map((r: any) => r.killed?.low).filter((n: unknown) => typeof n === 'number');
      expect(one.killed.low).toBe(Math.min(...tolls));
      expect(one.killed.high).toBe(Math.max(...tolls));
      expect(one.location.precision).toBe('town');
      expect(one.evidence.length).toBeGreaterThanOrEqual(reports);
    });

  test('a report with a url keeps it in its report, one without has null', () => {
    const baq = merged.find((m) => m.meta?.story === 'baqubah-market' && m.type === 'attack')!;
    const url = (doc: string) => baq.reports.find((r: any) => r.doc === doc).url;
    expect([url('baq-1'), url('baq-3')]).toEqual(['https://example.org/wire/baq-1', null]);
  });
});

describe('different attacks stay apart', () => {
  test.each([
    ['the same day in neighbouring towns', 'muqdadiyah-bomb', 'khalis-bomb'],
    ['the same town a week later', 'baqubah-market', 'baqubah-market-later'],
    ['the same town a week later', 'kandahar-airstrike', 'kandahar-airstrike-later'],
    ['the same town a week later', 'maiduguri-gunmen', 'maiduguri-gunmen-later'],
    ['another kind of attack in the same town the same day', 'kandahar-airstrike', 'kandahar-shelling'],
  ])('%s: %s and %s', (_what, a, b) => {
    const stories = (m: Record<string, any>) => new Set(m.reports.map((r: any) => events.find((e) => e.id === r.id)!.meta.story));
    expect(merged.filter((m) => stories(m).has(a) && stories(m).has(b))).toEqual([]);
    expect(merged.some((m) => stories(m).has(a))).toBe(true);
    expect(merged.some((m) => stories(m).has(b))).toBe(true);
  });
});

test.each([['attack'], [undefined]])('pairwise precision and recall of the merge (events of type %s) reach the targets (precision 0.95, recall 0.9)', (only) => {
  const { precision, recall, pairs } = pairwise(only);
  console.log(`dedupe on fixtures/dedupe (${only ?? 'all'} events): ${events.length} events in, ${merged.length} out; pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${pairs} same-event pairs)`);
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.9);
});

describe('the same output, however it is asked for', () => {
  test('from standard input', async () => {
    expect(await runCli(['dedupe'], eventsText)).toEqual({ code: 0, stdout: mergedText, stderr: '', progress: '' });
  });
  test('from the input in another order (same ids)', async () => {
    writeFileSync(join(dir, 'reversed.jsonl'), `${eventsText.trim().split('\n').reverse().join('\n')}\n`);
    const again = jsonl((await runCli(['dedupe', join(dir, 'reversed.jsonl')])).stdout);
    expect(again.map((m) => m.id).sort()).toEqual(merged.map((m) => m.id).sort());
  });
  test('--dedupe on the batch run gives what piping the run into extract dedupe gives', async () => {
    const run = await runCli([...INPUTS, '--format', 'jsonl', '--quiet', '--jobs', '1', '--dedupe']);
    expect(run).toMatchObject({ code: 0, stdout: mergedText });
  }, SLOW);
  test('dedupe of its own output changes nothing', async () => {
    writeFileSync(join(dir, 'merged.jsonl'), mergedText);
    expect((await runCli(['dedupe', join(dir, 'merged.jsonl')])).stdout).toBe(mergedText);
  });
});
