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
  const count = (s: string) => readme.split(s).length - 1;
  if (count(TABLE_BEGIN) !== 1 || count(TABLE_END) !== 1) {
    throw new Error(`the README must hold ${TABLE_BEGIN} and ${TABLE_END} once each`);
  }
  const start = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (end < start) throw new Error(`${TABLE_END} comes before ${TABLE_BEGIN} in the README`);
  return readme.slice(0, start) + block + readme.slice(end + TABLE_END.length);
}
