// Output formats, one map keyed by name (the --format choices are its keys). Each formatter streams: a header,
// one chunk per event as documents finish, a footer — so a batch never has to be held in memory.
import { stringify } from 'csv-stringify/sync';
import type { Event } from '../schema/event.js';
import { renderTable, type TableOptions } from './table.js';

export interface Formatter {
  header(): string;
  /** `first`: no event was written before this one (json needs it for its commas) */
  event(e: Event, first: boolean): string;
  footer(anyEvents: boolean): string;
}

export const CSV_COLUMNS = [
  'id', 'doc', 'type', 'subtype', 'status', 'aggregate', 'date', 'date_precision', 'location', 'admin1', 'country',
  'lat', 'lon', 'attackers', 'targets', 'participants', 'killed_low', 'killed_high', 'wounded_low', 'wounded_high',
  'source', 'acled_event_type', 'acled_sub_event_type', 'cameo', 'confidence', 'evidence',
] as const;

const names = (e: Event, role: string) => e.actors.filter((a) => a.role === role).map((a) => a.name).join('; ');
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** One event as the flat row of SPEC.md's CSV columns. */
export function flatten(e: Event): string[] {
  return [
    e.id, e.doc, e.type, e.subtype, e.status, String(e.aggregate), cell(e.date?.value), cell(e.date?.precision),
    cell(e.location?.name), cell(e.location?.admin1), cell(e.location?.country), cell(e.location?.lat), cell(e.location?.lon),
    names(e, 'attacker'), names(e, 'target'), [names(e, 'participant'), names(e, 'mediator')].filter(Boolean).join('; '),
    cell(e.killed?.low), cell(e.killed?.high), cell(e.wounded?.low), cell(e.wounded?.high), cell(e.attribution?.source),
    cell(e.codes.acled?.event_type), cell(e.codes.acled?.sub_event_type), cell(e.codes.cameo), String(e.confidence),
    e.evidence.map((x) => x.text).join(' … '),
  ];
}

function delimited(delimiter: string): Formatter {
  return {
    header: () => stringify([CSV_COLUMNS as unknown as string[]], { delimiter, record_delimiter: 'windows' }),
    event: (e) => stringify([flatten(e)], { delimiter, record_delimiter: 'windows', quoted_match: delimiter === '\t' ? /[\t\r\n"]/ : undefined }),
    footer: () => '',
  };
}

export interface FormatOptions { table?: TableOptions }

export const FORMATTERS = {
  json: (): Formatter => ({
    header: () => '[',
    event: (e, first) => `${first ? '\n' : ',\n'}${JSON.stringify(e, null, 2).replace(/^/gm, '  ')}`,
    footer: (any) => (any ? '\n]\n' : ']\n'),
  }),
  jsonl: (): Formatter => ({ header: () => '', event: (e) => `${JSON.stringify(e)}\n`, footer: () => '' }),
  csv: (): Formatter => delimited(','),
  tsv: (): Formatter => delimited('\t'),
  table: (o: FormatOptions = {}): Formatter => {
    // a table needs every row to size its columns: it is for a person at a terminal, not for batches
    const rows: Event[] = [];
    return { header: () => '', event: (e) => { rows.push(e); return ''; }, footer: () => renderTable(rows, o.table ?? {}) };
  },
} as const;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
