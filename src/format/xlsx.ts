// `--format xlsx`: one worksheet "events" with the CSV columns (index.ts CSV_COLUMNS) as typed cells, written by
// exceljs's streaming WorkbookWriter onto the output as rows come: counts, coordinates and confidence are numbers, a
// day-precise date is an Excel date, `aggregate` is a boolean, the rest is text. A text cell is a string cell, so
// Excel never evaluates one as a formula, whatever it starts with (= + - @). The header row is bold, frozen and has
// an autofilter. Rows are held only until the zip stream takes them (see `zipDrained`), so a big batch is not kept in
// memory; on an interrupt the caller still calls `end()`, which closes a valid workbook with the rows so far.
import { Writable } from 'node:stream';
import type { Worksheet } from 'exceljs';
import type { Event } from '../schema/event.js';
import { CSV_COLUMNS, flatten, type BinaryFormatter, type Sink } from './index.js';

type Column = (typeof CSV_COLUMNS)[number];
type XlsxCell = string | number | boolean | Date | null;

/** Columns that hold numbers. `cameo` is not one: its codes ("036", "190") are names of categories, not
 *  quantities, and a leading zero would be lost as a number. */
const NUMBER_COLUMNS = new Set<Column>(['lat', 'lon', 'killed_low', 'killed_high', 'wounded_low', 'wounded_high', 'confidence']);

/** Widths in characters (Excel's unit), for the columns that want more than the default. */
const WIDTHS: Partial<Record<Column, number>> = {
  id: 18, doc: 18, date: 11, location: 18, attackers: 24, targets: 24, participants: 30, source: 24,
  acled_event_type: 26, acled_sub_event_type: 26, evidence: 100,
};
const DEFAULT_WIDTH = 12;

/** The most characters an Excel cell holds. */
const EXCEL_CELL_MAX = 32767;
/** Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates): a file with one
 *  would not open. They are dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text cell: XML-safe, at most Excel's cell size (cut with an ellipsis), empty text as an empty cell. */
export function textCell(s: string): string | null {
  const clean = s.replace(NOT_XML, '');
  if (!clean) return null;
  if (clean.length <= EXCEL_CELL_MAX) return clean;
  const cut = clean.slice(0, EXCEL_CELL_MAX - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`; // never half an emoji
}

/** A day as an Excel date (midnight UTC, which exceljs writes as that day's serial number); null if not a real day. */
export function excelDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/** One event as its row of typed cells, in CSV_COLUMNS order. */
export function xlsxRow(e: Event): XlsxCell[] {
  const flat = flatten(e);
  const numbers: Partial<Record<Column, number | null | undefined>> = {
    lat: e.location?.lat, lon: e.location?.lon, killed_low: e.killed?.low, killed_high: e.killed?.high,
    wounded_low: e.wounded?.low, wounded_high: e.wounded?.high, confidence: e.confidence,
  };
  return CSV_COLUMNS.map((c): XlsxCell => {
    if (NUMBER_COLUMNS.has(c)) return numbers[c] ?? null;
    if (c === 'aggregate') return e.aggregate;
    // a day is a date; a month ("2024-05") or a year stays text as written: Excel has no date of that precision
    if (c === 'date' && e.date?.value && e.date.precision === 'day') return excelDay(e.date.value) ?? textCell(e.date.value);
    return textCell(flat[c]);
  });
}

/** A Writable that hands each chunk to `out` and takes the next only when `out` has taken this one. */
function sinkStream(out: Sink): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      Promise.resolve(out(chunk)).then(() => done(), done);
    },
  });
}

interface PipeState { _writableState?: { needDrain?: boolean }; once(event: 'drain', f: () => void): unknown }

/** exceljs's sheet stream hands rows on to the zip without waiting for it (its "batch" mode). When the zip's input is
 *  full, wait until it drains, so that rows wait in the extraction and not in memory (measured: 300,000 rows held
 *  255 MB without this, 125 MB with it). This reads exceljs internals (the sheet's `stream.pipes`, the
 *  readable-stream state); if they change, it no longer waits and the output is still right. */
function zipDrained(sheet: Worksheet): Promise<void> | null {
  const pipe = (sheet as unknown as { stream?: { pipes?: PipeState[] } }).stream?.pipes?.[0];
  return pipe?._writableState?.needDrain ? new Promise<void>((res) => { pipe.once('drain', res); }) : null;
}

/** The xlsx formatter: `start(out)` opens the workbook on `out`, `events` adds rows, `end` closes the workbook. A
 *  failed write to `out` (a closed pipe, a full disk) rejects the next call. */
export async function xlsxFormatter(): Promise<BinaryFormatter> {
  const { default: ExcelJS } = await import('exceljs');
  let workbook: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
  let sheet: Worksheet;
  let failed: Promise<never>;
  return {
    binary: true,
    async start(out) {
      const stream = sinkStream(out);
      failed = new Promise<never>((_, reject) => { stream.on('error', reject); });
      failed.catch(() => { /* rejected again by the call that waits on it */ });
      // inline strings (no shared-string table kept until the end); styles for the bold header and the date format
      workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
      sheet = workbook.addWorksheet('events', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = CSV_COLUMNS.map((c) => ({
        header: c, key: c, width: WIDTHS[c] ?? DEFAULT_WIDTH, ...(c === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
      }));
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_COLUMNS.length } };
      const head = sheet.getRow(1);
      head.font = { bold: true };
      head.commit();
    },
    async events(events) {
      for (const e of events) sheet.addRow(xlsxRow(e)).commit();
      const drained = zipDrained(sheet);
      await Promise.race(drained ? [drained, failed] : [failed, Promise.resolve()]);
    },
    async end() {
      sheet.commit();
      await Promise.race([workbook.commit(), failed]);
    },
  };
}
