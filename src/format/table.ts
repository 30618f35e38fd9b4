// The table a person reads at a terminal: one row per event, coloured by type (chalk: off when stdout is not a
// TTY or NO_COLOR is set), the evidence shortened to fit the terminal's width.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Event } from '../schema/event.js';

export interface TableOptions { color?: boolean; width?: number }

const COLUMNS = ['type', 'date', 'place', 'who', 'killed', 'wounded', 'evidence'];

function count(c: Event['killed']): string {
  if (!c) return '';
  if (c.high === null) return `${c.low}+`;
  return c.low === c.high ? String(c.low) : `${c.low}-${c.high}`;
}

function who(e: Event): string {
  const by = (role: string) => e.actors.filter((a) => a.role === role).map((a) => a.name).join(', ');
  if (e.type === 'meeting' || e.type === 'agreement') return by('participant');
  const a = by('attacker');
  const t = by('target');
  return a && t ? `${a} → ${t}` : a || (t ? `→ ${t}` : '');
}

function shorten(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, Math.max(1, n - 1))}…`;
}

export function renderTable(events: Event[], o: TableOptions): string {
  if (!events.length) return '';
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const paint: Record<Event['type'], (s: string) => string> = {
    attack: chalk.red, casualties: chalk.magenta, meeting: chalk.cyan, agreement: chalk.green,
  };
  const width = Math.max(100, o.width ?? 160);
  const fixed = [24, 12, 18, 34, 9, 9];
  const evidenceWidth = Math.max(24, width - fixed.reduce((a, b) => a + b, 0) - COLUMNS.length - 3);
  const table = new Table({
    head: COLUMNS.map((c) => chalk.bold(c)),
    colWidths: [...fixed, evidenceWidth + 2],
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const e of events) {
    const type = e.subtype && e.subtype !== 'report' && e.subtype !== 'unspecified' ? `${e.type}/${e.subtype}` : e.type;
    table.push([
      paint[e.type](shorten(type + (e.status !== 'occurred' ? ` (${e.status})` : ''), fixed[0] - 2)),
      shorten(e.date?.value ?? '', fixed[1] - 2),
      shorten(e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : '', fixed[2] - 2),
      shorten(who(e), fixed[3] - 2),
      count(e.killed) + (e.aggregate ? ' Σ' : ''),
      count(e.wounded),
      shorten(e.evidence.map((x) => x.text).join(' … '), evidenceWidth),
    ]);
  }
  return `${table.toString()}\n`;
}
