// Output formats, one map keyed by name (the --format choices are its keys). Each formatter streams: a header,
// one chunk per event as documents finish, a footer, so a batch is never held in memory. A formatter's factory
// loads what it needs (csv-stringify, cli-table3, chalk) when it is chosen: `extract --help` loads none of them.
import type { Event } from '../schema/event.js';
import type { TableOptions } from './table.js';
import { tsvLine } from './tsv.js';

interface Formatter {
  header(): string;
  /** `first`: no event was written before this one (json needs it for its commas) */
  event(e: Event, first: boolean): string;
  footer(anyEvents: boolean): string;
}

type FormatOptions = TableOptions;

/** SPEC.md "CSV / TSV columns", in order. */
export const CSV_COLUMNS = [
  'id', 'doc', 'type', 'subtype', 'status', 'aggregate', 'date', 'date_precision', 'location', 'admin2', 'admin1',
  'country', 'lat', 'lon', 'location_precision', 'attackers', 'targets', 'participants', 'killed_low', 'killed_high', 'wounded_low', 'wounded_high',
  'source', 'acled_event_type', 'acled_sub_event_type', 'cameo', 'plover', 'confidence', 'evidence',
] as const;

const names = (e: Event, ...roles: string[]) => e.actors.filter((a) => roles.includes(a.role)).map((a) => a.name).join('; ');
const cell = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** One event as the flat row of SPEC.md's CSV columns (nested fields flattened, several actors joined with "; "). */
export function flatten(e: Event): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    id: e.id, doc: e.doc, type: e.type, subtype: e.subtype, status: e.status, aggregate: String(e.aggregate),
    date: cell(e.date?.value), date_precision: cell(e.date?.precision),
    location: cell(e.location?.name), admin2: cell(e.location?.admin2), admin1: cell(e.location?.admin1), country: cell(e.location?.country),
    lat: cell(e.location?.lat), lon: cell(e.location?.lon), location_precision: cell(e.location?.precision),
    attackers: names(e, 'attacker'), targets: names(e, 'target'), participants: names(e, 'participant', 'mediator'),
    killed_low: cell(e.killed?.low), killed_high: cell(e.killed?.high),
    wounded_low: cell(e.wounded?.low), wounded_high: cell(e.wounded?.high),
    source: cell(e.attribution?.source),
    acled_event_type: cell(e.codes.acled?.event_type), acled_sub_event_type: cell(e.codes.acled?.sub_event_type),
    cameo: cell(e.codes.cameo), plover: cell(e.codes.plover), confidence: String(e.confidence),
    evidence: e.evidence.map((x) => x.text).join(' … '),
  };
}

/** RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line break. */
async function csv(): Promise<Formatter> {
  const { stringify } = await import('csv-stringify/sync');
  const options = { delimiter: ',', record_delimiter: 'windows' as const, quoted_match: /[\r\n]/ };
  return {
    header: () => stringify([[...CSV_COLUMNS]], options),
    event: (e) => stringify([flatten(e)], { ...options, columns: [...CSV_COLUMNS] }),
    footer: () => '',
  };
}

export const FORMATTERS = {
  /** one JSON array, pretty-printed, streamed: "[" first, each event as it comes, "]" last */
  json: async (): Promise<Formatter> => ({
    header: () => '[',
    event: (e, first) => `${first ? '\n' : ',\n'}${JSON.stringify(e, null, 2).replace(/^/gm, '  ')}`,
    footer: (any) => (any ? '\n]\n' : ']\n'),
  }),
  /** one compact event per line */
  jsonl: async (): Promise<Formatter> => ({ header: () => '', event: (e) => `${JSON.stringify(e)}\n`, footer: () => '' }),
  csv,
  /** PostgreSQL COPY text (tsv.ts): the CSV columns, LF line ends, no quotes, tab/newline/CR/backslash escaped */
  tsv: async (): Promise<Formatter> => ({
    header: () => tsvLine(CSV_COLUMNS),
    event: (e) => { const row = flatten(e); return tsvLine(CSV_COLUMNS.map((c) => row[c])); },
    footer: () => '',
  }),
  /** for a person at a terminal */
  table: async (o: FormatOptions = {}): Promise<Formatter> => {
    const t = (await import('./table.js')).tableWriter(o);
    return { header: () => '', event: (e) => t.row(e), footer: () => t.end() };
  },
} as const satisfies Record<string, (o?: FormatOptions) => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
