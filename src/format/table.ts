// The table a person reads at a terminal: one row per event, coloured by type (chalk: off when stdout is not a
// TTY or NO_COLOR is set), the evidence shortened to fit the terminal's width. Column widths are fixed from the
// width alone, so rows are drawn as their documents finish (a long batch is never held in memory).
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Event } from '../schema/event.js';
import { shorten } from './shorten.js';

export interface TableOptions { color?: boolean; width?: number }

const TABLE_COLUMNS = ['type', 'date', 'place', 'who', 'killed', 'wounded', 'evidence'] as const;

/** Widths (with one space of padding each side) of every column but the evidence: wanted, and the least. */
const WANTED = [26, 12, 22, 36, 9, 9];
const LEAST = [11, 12, 9, 11, 8, 9];
const LEAST_EVIDENCE = 12;
/** Width when stdout is no terminal (a file, a pipe). */
const DEFAULT_WIDTH = 160;

/** Column widths for a terminal `width` columns wide: the evidence takes what the others leave. */
export function columnWidths(width: number): number[] {
  const inner = width - (TABLE_COLUMNS.length + 1); // the vertical borders
  const wanted = WANTED.reduce((a, b) => a + b, 0);
  if (inner - wanted >= LEAST_EVIDENCE) return [...WANTED, inner - wanted];
  const least = LEAST.reduce((a, b) => a + b, 0);
  const room = Math.max(least, inner - LEAST_EVIDENCE);
  // shrink every column towards its least width, in proportion to what it can give
  const share = (room - least) / (wanted - least);
  const widths = WANTED.map((w, i) => LEAST[i] + Math.floor((w - LEAST[i]) * share));
  return [...widths, Math.max(LEAST_EVIDENCE, inner - widths.reduce((a, b) => a + b, 0))];
}

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

/** A streaming table: `row(e)` gives the lines to print for one event (with the head before the first),
 *  `end()` the bottom border. */
export function tableWriter(o: TableOptions) {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const paint: Record<Event['type'], (s: string) => string> = {
    attack: chalk.red, casualties: chalk.magenta, meeting: chalk.cyan, agreement: chalk.green,
  };
  const widths = columnWidths(Math.max(40, o.width ?? DEFAULT_WIDTH));
  const fit = (s: string, i: number) => shorten(s, widths[i] - 2);
  let bottom: string | null = null;
  return {
    row(e: Event): string {
      const table = new Table({
        head: TABLE_COLUMNS.map((c, i) => chalk.bold(fit(c, i))),
        colWidths: widths,
        wordWrap: false,
        style: { head: [], border: [] },
      });
      const type = e.subtype !== 'report' && e.subtype !== 'unspecified' ? `${e.type}/${e.subtype}` : e.type;
      const place = e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : '';
      table.push([
        paint[e.type](fit(type + (e.status !== 'occurred' ? ` (${e.status})` : ''), 0)),
        fit(e.date?.value ?? '', 1),
        fit(place, 2),
        fit(who(e), 3),
        fit(formatCount(e.killed) + (e.aggregate ? ' Σ' : ''), 4),
        fit(formatCount(e.wounded), 5),
        fit(e.evidence.map((x) => x.text).join(' … '), 6),
      ]);
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
