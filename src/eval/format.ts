// Formatters of the eval report, one map as for the event formatters: `table` for a person, `json` for scripts.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { describeWithEvidence } from './match.js';
import type { Diagnostic, EvalReport, ListedItem, Measure, Target } from './types.js';

interface FormatOptions {
  /** colour the table (off when stdout is not a TTY or NO_COLOR is set) */
  color: boolean;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const isRateName = (m: Measure) => m.numerator !== null;
function formatValue(m: Measure): string {
  if (m.value === null) return 'n/a';
  return isRateName(m) ? pct(m.value) : m.value.toFixed(3);
}
/** A target as people write it: "≥ 90%", "≤ 1.5%", "≥ 93.3%", "≥ 0.75"; a ceiling of zero is "0". */
export function formatTarget(t: Target | undefined, asRate: boolean): string {
  if (!t) return '';
  if (t.op === '<=' && t.value === 0) return '0';
  const op = t.op === '>=' ? '≥' : t.op === '<=' ? '≤' : '<';
  return `${op} ${asRate ? `${(t.value * 100).toFixed(1).replace(/\.0$/, '')}%` : t.value.toFixed(2)}`;
}
/** A measured value with what it counts: "84.4% (27/32)", or "0.819" for a derived measure such as F1. */
export function formatMeasured(m: Measure): string {
  return m.numerator !== null && m.denominator !== null ? `${formatValue(m)} (${m.numerator}/${m.denominator})` : formatValue(m);
}

function table(report: EvalReport, opts: FormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const f of report.files) {
    out.push(c.bold(`${f.file}  (${f.format}, ${f.records} records)`));
    const t = new Table({
      head: ['measure', 'value', 'on', 'target', ''],
      style: opts.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const m of f.measures) {
      const on = m.numerator !== null && m.denominator !== null ? `${m.numerator}/${m.denominator}` : `${m.records} records`;
      const mark = m.met === undefined ? '' : m.met ? c.green('ok') : c.red('below');
      const value = m.met === undefined ? formatValue(m) : m.met ? c.green(formatValue(m)) : c.red(formatValue(m));
      t.push([m.name, value, on, formatTarget(m.target, m.numerator !== null), mark]);
    }
    out.push(t.toString());
    const withTarget = f.measures.filter((m) => m.met !== undefined);
    if (withTarget.length) {
      const met = withTarget.filter((m) => m.met).length;
      const line = `targets met: ${met} of ${withTarget.length}`;
      out.push(met === withTarget.length ? c.green(line) : c.yellow(line));
    }
  }
  return out.join('\n') + '\n';
}

function json(report: EvalReport): string {
  // fixed key order: {files:[{file, format, records, measures:[{name, value, numerator, denominator, records, target?, met?, better?}]}]}
  const files = report.files.map((f) => ({
    file: f.file,
    format: f.format,
    records: f.records,
    measures: f.measures.map((m) => ({
      name: m.name,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      records: m.records,
      ...(m.target ? { target: { op: m.target.op, value: m.target.value } } : {}),
      ...(m.met !== undefined ? { met: m.met } : {}),
      ...(m.better ? { better: m.better } : {}),
    })),
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}

export const formatters = {
  table,
  json: (report: EvalReport, _opts: FormatOptions) => json(report),
} as const;
export type EvalFormat = keyof typeof formatters;

/** One line per diagnostic, for stderr: `kind  record  gold: ...  ours: ...`. */
export function formatDiagnostics(file: string, diags: Diagnostic[]): string {
  if (!diags.length) return '';
  const lines = diags.map((d) =>
    `${d.kind.padEnd(15)} ${d.record}${d.text ? `\n    text: ${d.text}` : ''}\n    gold: ${d.gold}\n    ours: ${d.ours}`);
  return `--- ${file}: ${diags.length} diagnostics\n${lines.join('\n')}\n`;
}

/** Records listed for reading (AG News World items), each with its events and their evidence, for stderr. */
export function formatListing(title: string, items: ListedItem[]): string {
  const lines = items.map((it) => `${it.record}  ${it.text}\n${it.events.map((e) => `    ${describeWithEvidence(e)}`).join('\n')}`);
  return `--- ${title}: ${items.length} items with events, for reading\n${lines.join('\n')}\n`;
}
