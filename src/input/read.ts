// Input: files, folders (walked recursively), standard input, JSONL batches (streamed line by line) and HTML pages,
// turned into documents. Anything unreadable becomes an error item naming the input and why; the rest goes on.
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { InputDoc } from '../types.js';
import { htmlToDocument } from './html.js';
import { fileIds, idRegister } from './ids.js';
import { headText, peek, SNIFF_BYTES, sniffFormat } from './sniff.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export type InputItem =
  /** `bytes`: how much of the input this document took (for progress) */
  | { kind: 'doc'; doc: InputDoc; source: string; bytes: number }
  | { kind: 'error'; source: string; message: string; bytes?: number }
  | { kind: 'note'; message: string };

export interface ReadOptions {
  inputFormat?: InputFormat;
  stdin: Readable;
  /** called once, before the first item, with the total size of the inputs (null when standard input is one) */
  onTotal?: (bytes: number | null) => void;
}

/** Extensions a folder walk takes; anything else is skipped with a note. */
const WALKED = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);
/** Largest single text or HTML document read (a JSONL line has the same limit). */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const DAY_MS = 86_400_000;
/** A real day of the proleptic Gregorian calendar as YYYY-MM-DD, or undefined. */
function calendarDay(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : undefined;
}
/** Day `n` (1-based) of year `y`, counted from 1 January; undefined past the year's end. */
function dayOfYear(y: number, n: number): string | undefined {
  const t = new Date(Date.UTC(y, 0, 1) + (n - 1) * DAY_MS);
  return n >= 1 && t.getUTCFullYear() === y ? t.toISOString().slice(0, 10) : undefined;
}
/** ISO week date: day `d` (1 = Monday) of week `w`; week 1 holds the year's first Thursday, and a year has 53
 *  weeks when it starts or ends on a Thursday. */
function weekDay(y: number, w: number, d: number): string | undefined {
  const jan4 = Date.UTC(y, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const t = new Date(monday1 + ((w - 1) * 7 + (d - 1)) * DAY_MS);
  const weeks = new Date(Date.UTC(y, 11, 31)).getUTCDay() === 4 || new Date(Date.UTC(y, 0, 1)).getUTCDay() === 4 ? 53 : 52;
  return w >= 1 && w <= weeks && d >= 1 && d <= 7 ? t.toISOString().slice(0, 10) : undefined;
}

// the time of day after a date, and its offset: checked for range, never used to shift the day
const TIME = String.raw`(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?`;
const DATE_SHAPES: [RegExp, (g: number[]) => string | undefined][] = [
  [new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})/(\\d{2})/(\\d{2})${TIME}$`, 'i'), ([y, m, d]) => calendarDay(y, m, d)],
  [new RegExp(`^(\\d{4})-?(\\d{3})${TIME}$`, 'i'), ([y, n]) => dayOfYear(y, n)],
  [new RegExp(`^(\\d{4})-?W(\\d{2})-?([1-7])${TIME}$`, 'i'), ([y, w, d]) => weekDay(y, w, d)],
];
const TIME_LIMITS = [24, 59, 60, 23, 59];

/** A JSONL `date` → its day as YYYY-MM-DD, or undefined when it is not a date. Any ISO 8601 date or date-time
 *  (calendar, ordinal or week date; a time with or without seconds, fraction, `Z` or an offset; `T` or a space)
 *  gives the date as written, in the timestamp's own offset (`2024-05-08T23:30:00-05:00` is 2024-05-08, never
 *  turned to UTC); `YYYY/MM/DD` (with or without a time) is read as year, month, day. */
export function jsonlDay(value: string): string | undefined {
  const s = value.trim();
  for (const [re, day] of DATE_SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const nums = m.slice(1).map((x) => (x === undefined ? NaN : Number(x)));
    const date = nums.slice(0, -TIME_LIMITS.length);
    const time = nums.slice(-TIME_LIMITS.length);
    if (time.some((t, i) => t > TIME_LIMITS[i])) return undefined;
    return day(date);
  }
  return undefined;
}

const DATE_HINT = 'give YYYY-MM-DD, an ISO 8601 date-time such as 2024-05-08T10:00:00Z, or YYYY/MM/DD';

const JsonlRecord = z.object({
  id: z.union([z.string().min(1, 'must be a non-empty string'), z.number().transform(String)]),
  text: z.string(),
  // an empty date is no date; anything else must be a day (read by jsonlDay)
  date: z.string().transform((d, ctx) => {
    if (!d.trim()) return undefined;
    const day = jsonlDay(d);
    if (!day) ctx.addIssue({ code: 'custom', message: `is not a date (${JSON.stringify(d.length > 40 ? `${d.slice(0, 40)}…` : d)}): ${DATE_HINT}` });
    return day;
  }).nullish(),
  title: z.string().nullish(),
});

/** The format an extension says, `txt` (text unless the content is JSONL), or null when it says nothing. */
function formatOfExtension(path: string): InputFormat | 'txt' | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt' || ext === '.text') return 'txt';
  return null;
}

const sniffedNote = (source: string, format: InputFormat): InputItem => ({ kind: 'note', message: `${source}: read as ${format} (sniffed; -i to choose)` });

/** A file's format: `-i`, else its extension, else its first bytes (with a note when JSONL or HTML was chosen). */
async function fileFormat(path: string, forced?: InputFormat): Promise<{ format: InputFormat; note?: InputItem }> {
  if (forced) return { format: forced };
  const byExt = formatOfExtension(path);
  if (byExt === 'jsonl' || byExt === 'html') return { format: byExt };
  const fh = await open(path, 'r');
  let head: Buffer;
  let whole: boolean;
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    head = buf.subarray(0, bytesRead);
    whole = bytesRead < SNIFF_BYTES;
  } finally { await fh.close(); }
  const format = sniffFormat(headText(head), whole, byExt === 'txt');
  // text, the format of old, goes without a note: only a departure from it is worth a line on stderr
  return format === 'text' ? { format } : { format, note: sniffedNote(path, format) };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (bytes: number) => `is too large for one document (${mb(bytes)}, at most ${mb(MAX_DOCUMENT_BYTES)}): split it, or give it as JSONL`;

/** Bytes → text, or why they are not text. */
export function decodeText(buf: Buffer): { text: string } | { error: string } {
  if (buf.length > MAX_DOCUMENT_BYTES) return { error: tooLarge(buf.length) };
  if (looksBinary(buf)) return { error: 'is binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return { error: 'is not UTF-8 text' };
  }
  if (!/\S/.test(text)) return { error: 'is empty' };
  return { text };
}

function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8192).includes(0);
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}

/** Lines of a byte stream with their 1-based numbers and sizes in bytes. A line longer than the document limit is
 *  reported (`problem`), never held in memory; so is a line that is not UTF-8. */
export async function* lines(stream: AsyncIterable<Buffer | string>, max = MAX_DOCUMENT_BYTES): AsyncGenerator<{ n: number; line: string; bytes: number; problem?: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const finish = (newline: number) => {
    n++;
    const r: { n: number; line: string; bytes: number; problem?: string } = { n, line: '', bytes: size + newline };
    if (size > max) r.problem = `is longer than ${mb(max)}`;
    else {
      let buf = Buffer.concat(parts);
      if (buf.at(-1) === 0x0d) buf = buf.subarray(0, -1);
      try { r.line = decoder.decode(buf); } catch { r.problem = 'is not UTF-8 text'; }
    }
    parts = [];
    size = 0;
    return r;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a)) {
      size += nl;
      if (size <= max) parts.push(buf.subarray(0, nl));
      yield finish(1);
      buf = buf.subarray(nl + 1);
    }
    size += buf.length;
    if (size > max) parts = [];
    else if (buf.length) parts.push(buf);
  }
  if (size > 0) yield finish(0);
}

/** One JSONL line → a document, or why it is not one (the message names the line). */
export function parseJsonlLine(line: string, n: number): { doc: InputDoc } | { error: string } | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `line ${n} is not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: `line ${n} is not a JSON object` };
  const r = JsonlRecord.safeParse(value);
  if (!r.success) {
    return { error: `line ${n}: ${r.error.issues.map((i) => `${i.path.join('.') || 'record'} ${i.message}`).join('; ')}` };
  }
  if (!r.data.text.trim()) return { error: `line ${n}: record "${r.data.id}" has an empty text` };
  const doc: InputDoc = { id: r.data.id, text: r.data.text };
  if (r.data.date) doc.date = r.data.date;
  if (r.data.title) doc.title = r.data.title;
  return { doc };
}

async function* fromJsonl(stream: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<InputItem> {
  let first = true;
  let any = false;
  for await (const { n, line, bytes, problem } of lines(stream)) {
    const src = `${source}:${n}`;
    // a first line that is not text at all: the whole input is binary, not a run of bad lines
    if (first && (problem === 'is not UTF-8 text' || line.includes('\u0000'))) { yield { kind: 'error', source, message: 'is binary, not JSONL', bytes }; return; }
    first = false;
    if (problem) { yield { kind: 'error', source: src, message: `line ${n} ${problem}`, bytes }; continue; }
    const r = parseJsonlLine(n === 1 ? line.replace(/^\uFEFF/, '') : line, n);
    if (!r) continue;
    any = true;
    if ('error' in r) yield { kind: 'error', source: src, message: r.error, bytes };
    else yield { kind: 'doc', source: src, doc: r.doc, bytes };
  }
  if (!any) yield { kind: 'error', source, message: 'is empty (no JSONL records)' };
}

function textItem(text: string, format: InputFormat, id: string, source: string, bytes: number): InputItem {
  if (format === 'html') {
    const doc = htmlToDocument(text, id);
    return doc ? { kind: 'doc', source, doc, bytes } : { kind: 'error', source, message: 'has no readable article text', bytes };
  }
  return { kind: 'doc', source, doc: { id, text }, bytes };
}

async function* fromFile(path: string, size: number, id: string, o: ReadOptions): AsyncGenerator<InputItem> {
  let format: InputFormat;
  try {
    const chosen = await fileFormat(path, o.inputFormat);
    format = chosen.format;
    if (chosen.note) yield chosen.note;
  } catch (e) {
    yield { kind: 'error', source: path, message: errorText(e), bytes: size };
    return;
  }
  if (format === 'jsonl') {
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    try {
      yield* fromJsonl(stream, path);
    } catch (e) {
      yield { kind: 'error', source: path, message: errorText(e) };
    } finally {
      stream.destroy();
    }
    return;
  }
  if (size > MAX_DOCUMENT_BYTES) {
    yield { kind: 'error', source: path, message: tooLarge(size), bytes: size };
    return;
  }
  let buf: Buffer;
  try {
    const fh = await open(path, 'r');
    try { buf = await fh.readFile(); } finally { await fh.close(); }
  } catch (e) {
    yield { kind: 'error', source: path, message: errorText(e), bytes: size };
    return;
  }
  const t = decodeText(buf);
  if ('error' in t) { yield { kind: 'error', source: path, message: t.error, bytes: size }; return; }
  yield textItem(t.text, format, id, path, size);
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size <= MAX_DOCUMENT_BYTES + 1) chunks.push(b);
  }
  return Buffer.concat(chunks);
}

type Planned = { kind: 'file'; path: string; size: number; root?: string } | { kind: 'stdin' } | Extract<InputItem, { kind: 'error' | 'note' }>;

/** Folders are walked (sorted by name, so a run is reproducible); what is not an input file is noted. */
async function plan(paths: string[]): Promise<Planned[]> {
  const out: Planned[] = [];
  const walk = async (dir: string, root: string) => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      out.push({ kind: 'error', source: dir, message: errorText(e) });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (!WALKED.has(extname(e.name).toLowerCase())) out.push({ kind: 'note', message: `skipped ${p} (not .txt, .html, .jsonl or .ndjson)` });
      else {
        try { out.push({ kind: 'file', path: p, size: (await stat(p)).size, root }); } catch (err) { out.push({ kind: 'error', source: p, message: errorText(err) }); }
      }
    }
  };
  for (const p of paths.length ? paths : ['-']) {
    if (p === '-') { out.push({ kind: 'stdin' }); continue; }
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, p);
      else out.push({ kind: 'file', path: p, size: s.size });
    } catch (e) {
      out.push({ kind: 'error', source: p, message: errorText(e) });
    }
  }
  return out;
}

/** Standard input: `-i`, else sniffed from its first line (with a note when JSONL or HTML was chosen). */
async function* fromStdin(o: ReadOptions): AsyncGenerator<InputItem> {
  let stream: AsyncIterable<Buffer> = o.stdin as AsyncIterable<Buffer>;
  let format = o.inputFormat;
  if (!format) {
    const p = await peek(stream);
    stream = p.rest;
    format = sniffFormat(headText(p.head), p.whole);
    if (format !== 'text') yield sniffedNote('stdin', format);
  }
  if (format === 'jsonl') { yield* fromJsonl(stream, 'stdin'); return; }
  const buf = await readAll(stream);
  const t = decodeText(buf);
  if ('error' in t) { yield { kind: 'error', source: 'stdin', message: t.error, bytes: buf.length }; return; }
  yield textItem(t.text, format, 'stdin', 'stdin', buf.length);
}

/** Passes the items on, with a warning before a JSONL record whose id an earlier document already has. */
async function* warnRepeatedIds(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
  const ids = idRegister();
  for await (const item of items) {
    if (item.kind === 'doc') {
      const first = ids.repeat(item.doc.id, item.source);
      // only JSONL records (their source ends in :LINE) are warned about: a file's id is made unique by fileIds
      if (first !== undefined && /:\d+$/.test(item.source)) {
        yield { kind: 'note', message: `warning: ${item.source}: id "${item.doc.id}" repeats ${first}'s; their event ids will repeat too` };
      }
    }
    yield item;
  }
}

/** Every document of the inputs, in order. No path, or "-", is standard input. */
export async function* readInputs(paths: string[], o: ReadOptions): AsyncGenerator<InputItem> {
  yield* warnRepeatedIds(readPlanned(paths, o));
}

async function* readPlanned(paths: string[], o: ReadOptions): AsyncGenerator<InputItem> {
  const planned = await plan(paths);
  o.onTotal?.(planned.some((p) => p.kind === 'stdin') ? null : planned.reduce((s, p) => s + (p.kind === 'file' ? p.size : 0), 0));
  // with -i given, only -i says which files hold JSONL records (which carry their own ids)
  const byRecords = o.inputFormat ? () => o.inputFormat === 'jsonl' : (path: string) => formatOfExtension(path) === 'jsonl';
  const ids = fileIds(planned.flatMap((p) => (p.kind === 'file' && !byRecords(p.path) ? [p] : [])));
  for (const p of planned) {
    if (p.kind === 'file') yield* fromFile(p.path, p.size, ids.get(p.path) ?? p.path, o);
    else if (p.kind === 'stdin') yield* fromStdin(o);
    else yield p;
  }
}
