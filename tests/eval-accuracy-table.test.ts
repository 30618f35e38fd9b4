// The README's accuracy table from a report of our own: rows for figures with a target only, the data label once
// per file, targets and values as people write them; the block replaces exactly what is between the markers.
import { accuracyTable, dataLabel, replaceAccuracyTable, TABLE_BEGIN, TABLE_END } from '../src/eval/accuracy-table.js';
import { formatMeasured, formatTarget } from '../src/eval/format.js';
import { f1, rate } from '../src/eval/match.js';
import type { EvalReport, FileReport, Target } from '../src/eval/types.js';

describe('targets and values as written in the table', () => {
  test.each([
    [{ op: '>=', value: 0.9 }, true, '≥ 90%'],
    [{ op: '>=', value: 14 / 15 }, true, '≥ 93.3%'],
    [{ op: '<=', value: 0.015 }, true, '≤ 1.5%'],
    [{ op: '<=', value: 0.003 }, true, '≤ 0.3%'],
    [{ op: '<', value: 0.05 }, true, '< 5%'],
    [{ op: '<=', value: 0 }, true, '0'],
    [{ op: '>=', value: 0.75 }, false, '≥ 0.75'],
  ] as [Target, boolean, string][])('%j', (t, asRate, want) => expect(formatTarget(t, asRate)).toBe(want));
  test.each([
    [rate('r', 27, 32, 32), '84.4% (27/32)'],
    [rate('r', 0, 2851, 2851), '0.0% (0/2851)'],
    [rate('r', 0, 0, 0), 'n/a (0/0)'],
    [f1('f', rate('p', 52, 59, 1), rate('r', 78, 102, 1), 1), '0.819'],
  ])('%#', (m, want) => expect(formatMeasured(m)).toBe(want));
});

const file = (format: FileReport['format'], path: string, records: number, measures: FileReport['measures']): FileReport =>
  ({ file: path, format, records, measures });
const report: EvalReport = {
  files: [
    file('plover', '/d/plover-gsr.jsonl', 322, [
      rate('found as attack', 27, 32, 32, { op: '>=', value: 0.9 }),
      rate('attack precision', 28, 42, 322, undefined, 'higher'),
      rate('CONSULT found', 10, 11, 11, { op: '>=', value: 0.9 }),
    ]),
    file('wikievents', '/d/wikievents-dev.jsonl', 20, [f1('attack F1', rate('p', 9, 10, 1), rate('r', 8, 10, 1), 20, { op: '>=', value: 0.75 })]),
    file('agnews', '/d/agnews-dev.jsonl', 3800, [
      rate('quiet items with any event', 171, 2851, 2851, { op: '<=', value: 0.015 }),
      rate('World items with any event (read, not scored)', 325, 949, 949),
    ]),
    file('plain', '/d/ours.jsonl', 14, [rate('killed exact', 3, 4, 14, undefined, 'higher')]),
  ],
};

test('data labels name the set and its size', () => {
  expect(report.files.map(dataLabel)).toEqual([
    'PLOVER (322 sentences)', 'WikiEvents (20 articles)', 'AG News (3,800 wire items)', 'ours.jsonl (14 records)',
  ]);
});

test('the block: markers, date and command, one row per figure with a target, label on the first row of a file', () => {
  const block = accuracyTable(report, '2026-11-29', 'npm run eval:readme');
  const lines = block.split('\n');
  expect(lines[0]).toBe(TABLE_BEGIN);
  expect(lines.at(-1)).toBe(TABLE_END);
  // two figures without a target but with a direction (attack precision, killed exact); World is read only
  expect(lines[1]).toBe('Measured on 2026-11-29 by `npm run eval:readme` (written by it: do not edit by hand). 2 more figures without a target');
  expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| data') && !l.startsWith('| ---'))).toEqual([
    '| PLOVER (322 sentences) | found as attack | ≥ 90% | 84.4% (27/32) | **not met** |',
    '|  | CONSULT found | ≥ 90% | 90.9% (10/11) | met |',
    '| WikiEvents (20 articles) | attack F1 | ≥ 0.75 | 0.847 | met |',
    '| AG News (3,800 wire items) | quiet items with any event | ≤ 1.5% | 6.0% (171/2851) | **not met** |',
  ]);
  expect(block).not.toMatch(/attack precision|World items|killed exact/);
});

describe('replaceAccuracyTable', () => {
  const block = `${TABLE_BEGIN}\nnew table\n${TABLE_END}`;
  test('replaces the old block, markers included, and nothing else', () => {
    const readme = `# x\n\n## Accuracy\nMade by a command.\n\n${TABLE_BEGIN}\nold | table\n${TABLE_END}\n\nAfter.\n`;
    expect(replaceAccuracyTable(readme, block)).toBe(`# x\n\n## Accuracy\nMade by a command.\n\n${block}\n\nAfter.\n`);
    // running it twice gives the same README
    expect(replaceAccuracyTable(replaceAccuracyTable(readme, block), block)).toBe(replaceAccuracyTable(readme, block));
  });
  test.each([
    ['no markers', '# x\n| a | b |\n', /once each/],
    ['only the begin marker', `${TABLE_BEGIN}\n| a |\n`, /once each/],
    ['two tables', `${TABLE_BEGIN}\n${TABLE_END}\n${TABLE_BEGIN}\n${TABLE_END}\n`, /once each/],
    ['markers reversed', `${TABLE_END}\n| a |\n${TABLE_BEGIN}\n`, /comes before/],
  ])('refuses a README with %s', (_what, readme, msg) => expect(() => replaceAccuracyTable(readme, block)).toThrow(msg));
});
