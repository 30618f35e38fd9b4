// The table a person reads at a terminal: one row per event, coloured by type (chalk: off when stdout is not a
// TTY or NO_COLOR is set), the evidence shortened to fit the terminal's width. The evidence keeps a readable share
// (40 characters from 100 columns up): at narrower widths the other columns shrink, the counts merge and "who"
// goes. Columns and widths are fixed from the width alone, so rows are drawn as their documents finish (a long
// batch is never held in memory).
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Event } from '../schema/event.js';
import { shorten } from './shorten.js';

export interface TableOptions { color?: boolean; width?: number }

/** A column: its head, and its width with one space of padding each side: the least, and what it wants. */
interface Column { name: TableColumn; head: string; least: number; wanted: number }
type TableColumn = 'type' | 'date' | 'place' | 'who' | 'killed' | 'wounded' | 'counts' | 'evidence';

const TYPE: Column = { name: 'type', head: 'type', least: 9, wanted: 25 };
const DATE: Column = { name: 'date', head: 'date', least: 12, wanted: 12 };
const PLACE: Column = { name: 'place', head: 'place', least: 9, wanted: 20 };
const WHO: Column = { name: 'who', head: 'who', least: 14, wanted: 34 };
const KILLED: Column = { name: 'killed', head: 'killed', least: 8, wanted: 9 };
const WOUNDED: Column = { name: 'wounded', head: 'wounded', least: 9, wanted: 9 };
/** killed and wounded in one column ("4/7", "51+ Σ/3-5") when the terminal is narrower */
const COUNTS: Column = { name: 'counts', head: 'dead/hurt', least: 11, wanted: 11 };

/** The layouts from the widest down, each with every column but the evidence. The first one that leaves the
 *  evidence EVIDENCE_SHARE is chosen: a narrower terminal merges the counts, then drops "who" (the evidence, which
 *  names the parties, is worth more than a few letters of each), so the sentence stays readable down to 80 columns. */
const LAYOUTS: Column[][] = [
  [TYPE, DATE, PLACE, WHO, KILLED, WOUNDED],
  [TYPE, DATE, PLACE, WHO, COUNTS],
  [TYPE, DATE, PLACE, COUNTS],
];
/** The evidence's width (40 characters and padding) that the other columns shrink for, from their wanted widths
 *  down to their least. */
const EVIDENCE_SHARE = 42;
/** The evidence's width below which the table overflows a terminal narrower than about 60 columns. */
const LEAST_EVIDENCE = 12;
/** Width when stdout is no terminal (a file, a pipe). */
const DEFAULT_WIDTH = 160;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The columns and their widths for a terminal `width` columns wide: the evidence takes what the others leave. */
export function tableLayout(width: number): { columns: TableColumn[]; widths: number[] } {
  const inner = (cols: Column[]) => width - (cols.length + 2); // the vertical borders, the evidence's included
  const layout = LAYOUTS.find((cols) => inner(cols) - sum(cols.map((c) => c.least)) >= EVIDENCE_SHARE) ?? LAYOUTS[LAYOUTS.length - 1];
  const room = inner(layout);
  const least = sum(layout.map((c) => c.least));
  const wanted = sum(layout.map((c) => c.wanted));
  // every column between its least and its wanted width, in proportion to what it can give
  const share = Math.min(1, Math.max(0, (room - EVIDENCE_SHARE - least) / (wanted - least)));
  const widths = layout.map((c) => c.least + Math.floor((c.wanted - c.least) * share));
  return { columns: [...layout.map((c) => c.name), 'evidence'], widths: [...widths, Math.max(LEAST_EVIDENCE, room - sum(widths))] };
}

/** The widths alone (tableLayout). */
export function columnWidths(width: number): number[] {
  return tableLayout(width).widths;
}

const HEADS: Record<TableColumn, string> = Object.fromEntries([TYPE, DATE, PLACE, WHO, KILLED, WOUNDED, COUNTS].map((c) => [c.name, c.head])) as Record<TableColumn, string>;
HEADS.evidence = 'evidence';

function formatCount(c: Event['killed']): string {
  if (!c) return '';
  if (c.high === null) return `${c.low}+`;
  return c.low === c.high ? String(c.low) : `${c.low}-${c.high}`;
}

function who(e: Event): string {
  const by = (role: string) => e.actors.filter((a) => a.role === role).map((a) => a.name).join(', ');
  if (e.type === 'meeting' || e.type === 'agreement') return [by('participant'), by('mediator') && `via ${by('mediator')}`].filter(Boolean).join(' ');
  const a = by('attacker');
  const t = by('target');
  return a && t ? `${a} → ${t}` : a || (t ? `→ ${t}` : '');
}

/** Every column's text for one event (the layout picks some), and the type without its subtype; unpainted. */
function cells(e: Event): Record<TableColumn | 'shortType', string> {
  const type = e.subtype !== 'report' && e.subtype !== 'unspecified' ? `${e.type}/${e.subtype}` : e.type;
  const killed = formatCount(e.killed) + (e.aggregate ? ' Σ' : '');
  const wounded = formatCount(e.wounded);
  return {
    type: type + (e.status !== 'occurred' ? ` (${e.status})` : ''),
    shortType: e.type + (e.status !== 'occurred' ? ` (${e.status})` : ''),
    date: e.date?.value ?? '',
    place: e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : '',
    who: who(e),
    killed,
    wounded,
    counts: killed.trim() || wounded ? `${killed.trim() || '–'}/${wounded || '–'}` : '',
    evidence: e.evidence.map((x) => x.text).join(' … '),
  };
}

/** A streaming table: `row(e)` gives the lines to print for one event (with the head before the first),
 *  `end()` the bottom border. */
export function tableWriter(o: TableOptions) {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const paint: Record<Event['type'], (s: string) => string> = {
    attack: chalk.red, casualties: chalk.magenta, meeting: chalk.cyan, agreement: chalk.green,
  };
  const { columns, widths } = tableLayout(Math.max(40, o.width ?? DEFAULT_WIDTH));
  const fit = (s: string, i: number) => shorten(s, widths[i] - 2);
  let bottom: string | null = null;
  return {
    row(e: Event): string {
      const table = new Table({
        head: columns.map((c, i) => chalk.bold(fit(HEADS[c], i))),
        colWidths: widths,
        wordWrap: false,
        style: { head: [], border: [] },
      });
      const text = cells(e);
      // a narrow type column shows the type without its subtype rather than a cut "attack/…"
      const type = (i: number) => paint[e.type](fit(text.type.length <= widths[i] - 2 ? text.type : text.shortType, i));
      table.push(columns.map((c, i) => (c === 'type' ? type(i) : fit(text[c], i))));
      // top border, head, separator, the row, bottom border
      const lines = table.toString().split('\n');
      const first = bottom === null;
      bottom = lines[lines.length - 1];
      return `${(first ? lines.slice(0, -1) : lines.slice(2, -1)).join('\n')}\n`;
    },
    end(): string {
      return bottom === null ? '' : `${bottom}\n`;
    },
  };
}
