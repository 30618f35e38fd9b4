// Output formats, one map keyed by name (the --format choices are its keys). Each formatter streams as documents
// finish, so a batch is never held in memory. A text formatter gives chunks (a header, one per event, a footer);
// a binary one (xlsx) writes its bytes itself onto the output it is started with. `openFormat` drives either
// kind. A formatter's factory loads what it needs (csv-stringify, cli-table3, chalk, exceljs) when it is chosen:
// `extract --help` loads none of them.
import type { Event } from '../schema/event.js';
import type { TableOptions } from './table.js';
import { tsvLine } from './tsv.js';

/** Where output goes: text or bytes; a returned promise settles when it can take more (backpressure). */
export type Sink = (chunk: string | Uint8Array) => void | Promise<void>;

interface TextFormatter {
  binary?: false;
  header(): string;
  /** `first`: no event was written before this one (json needs it for its commas) */
  event(e: Event, first: boolean): string;
  footer(anyEvents: boolean): string;
}

/** A format whose output is bytes: it writes to the sink given to `start`; each call settles when the sink has taken
 *  (or is taking) its part. */
export interface BinaryFormatter {
  binary: true;
  start(out: Sink): Promise<void>;
  events(events: readonly Event[]): Promise<void>;
  /** closes the output's structure (the workbook); called after an interrupt too */
  end(): Promise<void>;
}

type Formatter = TextFormatter | BinaryFormatter;

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
async function csv(): Promise<TextFormatter> {
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
  json: async (): Promise<TextFormatter> => ({
    header: () => '[',
    event: (e, first) => `${first ? '\n' : ',\n'}${JSON.stringify(e, null, 2).replace(/^/gm, '  ')}`,
    footer: (any) => (any ? '\n]\n' : ']\n'),
  }),
  /** one compact event per line */
  jsonl: async (): Promise<TextFormatter> => ({ header: () => '', event: (e) => `${JSON.stringify(e)}\n`, footer: () => '' }),
  csv,
  /** PostgreSQL COPY text (tsv.ts): the CSV columns, LF line ends, no quotes, tab/newline/CR/backslash escaped */
  tsv: async (): Promise<TextFormatter> => ({
    header: () => tsvLine(CSV_COLUMNS),
    event: (e) => { const row = flatten(e); return tsvLine(CSV_COLUMNS.map((c) => row[c])); },
    footer: () => '',
  }),
  /** for a person at a terminal */
  table: async (o: FormatOptions = {}): Promise<TextFormatter> => {
    const t = (await import('./table.js')).tableWriter(o);
    return { header: () => '', event: (e) => t.row(e), footer: () => t.end() };
  },
  /** an Excel workbook (xlsx.ts): the CSV columns as typed cells; binary, so never to a terminal */
  xlsx: async (): Promise<BinaryFormatter> => (await import('./xlsx.js')).xlsxFormatter(),
} as const satisfies Record<string, (o?: FormatOptions) => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** Formats whose output is bytes: a terminal would show garbage. Kept here so the check needs no formatter loaded. */
const BINARY_FORMATS: readonly FormatName[] = ['xlsx'];

/** Why `format`'s output cannot go where it would, or null: bytes to a terminal are refused (a usage error). */
export function outputRefusal(format: FormatName, to: { file: boolean; stdoutTTY: boolean }): string | null {
  return BINARY_FORMATS.includes(format) && !to.file && to.stdoutTTY ? `${format} is binary: give -o FILE or redirect` : null;
}

/** A chosen format, started on `out`: the header at `start`, the events as they come, the footer at `end`. */
interface FormatWriter {
  start(): Promise<void>;
  events(events: readonly Event[]): Promise<void>;
  end(): Promise<void>;
}

/** Opens the format `name` onto `out`, text or binary alike. */
export async function openFormat(name: FormatName, o: FormatOptions, out: Sink): Promise<FormatWriter> {
  const f: Formatter = await FORMATTERS[name](o);
  if (f.binary) return { start: () => f.start(out), events: (events) => f.events(events), end: () => f.end() };
  let any = false;
  return {
    start: async () => { await out(f.header()); },
    events: async (events) => {
      let chunk = '';
      for (const e of events) { chunk += f.event(e, !any); any = true; }
      if (chunk) await out(chunk);
    },
    end: async () => { await out(f.footer(any)); },
  };
}
