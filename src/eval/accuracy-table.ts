// The README's accuracy table, written from one eval run (`npm run eval:readme`): one row per figure that has a
// product target, with the target and the measured value, between two markers that nothing else in the README uses.
import { basename } from 'node:path';
import { formatMeasured, formatTarget } from './format.js';
import type { EvalReport, FileReport } from './types.js';

export const TABLE_BEGIN = '<!-- eval:begin -->';
export const TABLE_END = '<!-- eval:end -->';

/** What a gold file is, for the table's first column: "PLOVER (322 sentences)". */
export function dataLabel(f: FileReport): string {
  if (f.format === 'plover') return `PLOVER (${f.records} sentences)`;
  if (f.format === 'wikievents') return `WikiEvents (${f.records} articles)`;
  if (f.format === 'agnews') return `AG News (${f.records.toLocaleString('en-US')} wire items)`;
  if (f.format === 'pooled') return 'all three, pooled';
  return `${basename(f.file)} (${f.records} records)`;
}

/** The generated block, markers included: the run's date and command, then the table. */
export function accuracyTable(report: EvalReport, date: string, command: string): string {
  const rows: string[] = [];
  let others = 0;
  for (const f of report.files) {
    let first = true;
    for (const m of f.measures) {
      if (!m.target) { if (m.better) others++; continue; }
      const met = m.met === undefined ? 'n/a' : m.met ? 'met' : '**not met**';
      rows.push(`| ${first ? dataLabel(f) : ''} | ${m.name} | ${formatTarget(m.target, m.numerator !== null)} | ${formatMeasured(m)} | ${met} |`);
      first = false;
    }
  }
  return [
    TABLE_BEGIN,
    `Measured on ${date} by \`${command}\` (written by it: do not edit by hand). ${others} more figures without a target`,
    'are printed by `npm run eval` and guarded by floors.',
    '',
    '| data | measure | target | measured | |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    TABLE_END,
  ].join('\n');
}

/** The README with the text between the markers (markers included) replaced; throws when the markers are not
 *  there exactly once each, in order, so a damaged README is never half rewritten. */
export function replaceAccuracyTable(readme: string, block: string): string {
  return replaceMarked(readme, block, TABLE_BEGIN, TABLE_END);
}

/** `readme` with the text from `begin` to `end` (both included) replaced by `block`, which starts and ends with
 *  them: the accuracy table here, the speed table of `npm run bench -- --readme`. */
export function replaceMarked(readme: string, block: string, begin: string, end: string): string {
  const count = (s: string) => readme.split(s).length - 1;
  if (count(begin) !== 1 || count(end) !== 1) {
    throw new Error(`the README must hold ${begin} and ${end} once each`);
  }
  const start = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  if (stop < start) throw new Error(`${end} comes before ${begin} in the README`);
  return readme.slice(0, start) + block + readme.slice(stop + end.length);
}
