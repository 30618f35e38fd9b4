// Input: files, folders (walked recursively), standard input, JSONL batches (streamed line by line) and HTML pages,
// turned into documents. Anything unreadable becomes an error item naming the input and why; the rest goes on.
import { createReadStream, type BigIntStats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { InputDoc } from '../types.js';
import { bomEncoding, MAX_DOCUMENT_BYTES, mb, readCapped } from './bytes.js';
import { htmlToDocument, loadHtmlParser } from './html.js';
import { fileIds, idRegister } from './ids.js';
import { peek, sniffFormat } from './sniff.js';
import { fromUrl, isUrl } from './url.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export type InputItem =
  /** `bytes`: how much of the input this document took (for progress) */
  /** `cut`: why only the first part of the input was read (the document is extracted, and counted as failed) */
  | { kind: 'doc'; doc: InputDoc; source: string; bytes: number; cut?: string }
  | { kind: 'error'; source: string; message: string; bytes?: number }
  | { kind: 'note'; message: string };

export interface ReadOptions {
  inputFormat?: InputFormat;
  /** `--encoding`: a TextDecoder label ("latin1", "utf-16le", ...) for inputs without a byte order mark (a BOM wins) */
  encoding?: string;
  /** files never read, as "dev:ino" (this run's output: the -o file, stdout redirected to a file) */
  skip?: string[];
  stdin: Readable;
  /** called once, before the first item, with the total size of the inputs (null when standard input is one) */
  onTotal?: (bytes: number | null) => void;
}

/** Extensions a folder walk takes; anything else is skipped with a note. */
const WALKED = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);

/** The format an extension says, `txt` (text unless the content is JSONL), or null when it says nothing. */
function formatOfExtension(path: string): InputFormat | 'txt' | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt' || ext === '.text') return 'txt';
  return null;
}

const sniffedNote = (source: string, format: InputFormat): InputItem => ({ kind: 'note', message: `${source}: read as ${format} (sniffed; -i to choose)` });

const tooLarge = (bytes: number) => `is too large for one document (${mb(bytes)}, at most ${mb(MAX_DOCUMENT_BYTES)}): split it, or give it as JSONL`;

/** The encoding of bytes that start with `head`: the one their byte order mark names (UTF-8, UTF-16 LE or BE),
 *  else `forced` (--encoding), else UTF-8. The mark wins over --encoding, as in WHATWG's decode. */
export function encodingOf(head: Buffer, forced?: string): string {
  return bomEncoding(head) ?? forced ?? 'utf-8';
}

/** Why bytes could not be decoded: for UTF-8, with the hint for the usual other encoding. */
const notText = (encoding: string) => (encoding === 'utf-8'
  ? 'is not UTF-8 text (if it is Latin-1 or Windows-1252, give --encoding latin1)'
  : `is not ${encoding} text`);

/** A NUL character in the first 8 KiB, once decoded: binary (UTF-16's zero bytes are no NUL once decoded). */
function looksBinary(buf: Buffer, encoding: string): boolean {
  return new TextDecoder(encoding).decode(buf.subarray(0, 8192)).includes('\u0000');
}

/** Bytes → text, or why they are not text. The encoding is told by a byte order mark, else `forced`, else UTF-8.
 *  `cut`: the bytes stop where reading stopped, maybe inside a character, which is then left out. */
export function decodeText(buf: Buffer, forced?: string, cut = false): { text: string } | { error: string } {
  if (buf.length > MAX_DOCUMENT_BYTES) return { error: tooLarge(buf.length) };
  const encoding = encodingOf(buf, forced);
  if (looksBinary(buf, encoding)) return { error: 'is binary, not text' };
  let text: string;
  try {
    // the decoder drops a byte order mark of its own encoding
    text = new TextDecoder(encoding, { fatal: true }).decode(buf, { stream: cut });
  } catch {
    return { error: notText(encoding) };
  }
  if (!/\S/.test(text)) return { error: 'is empty' };
  return { text };
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}

/** A line of a byte stream: its 1-based number, its size in bytes, and what is wrong with it. `cut`: the line went on
 *  past the limit in a stream read no further. */
export interface Line { n: number; line: string; bytes: number; problem?: string; cut?: true }

/** Lines of a byte stream with their 1-based numbers and sizes in bytes. A line longer than the document limit is
 *  reported (`problem`), never held in memory; so is a line that is not UTF-8. `endless`: the stream may never end
 *  (standard input, a device, a pipe): a line that passes the limit ends the reading, where a file's next line is
 *  read. */
export async function* lines(stream: AsyncIterable<Buffer | string>, max = MAX_DOCUMENT_BYTES, endless = false): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const finish = (newline: number) => {
    n++;
    const r: Line = { n, line: '', bytes: size + newline };
    if (size > max) r.problem = `is longer than ${mb(max)}`;
    else {
      let buf = Buffer.concat(parts);
      if (buf.at(-1) === 0x0d) buf = buf.subarray(0, -1);
      try { r.line = decoder.decode(buf); } catch { r.problem = notText('utf-8'); }
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
    if (size > max && endless) { yield { ...finish(0), cut: true }; return; }
    if (size > max) parts = [];
    else if (buf.length) parts.push(buf);
  }
  if (size > 0) yield finish(0);
}

/** A JSONL stream's lines → documents, or errors naming their line. `endless`: standard input, a device or a pipe,
 *  read no further than a line that passes the limit. `scale`: input bytes per byte of the stream (progress counts
 *  the input's bytes when it was decoded to UTF-8 first). */
async function* fromJsonl(stream: AsyncIterable<Buffer | string>, source: string, endless = false, scale = () => 1): AsyncGenerator<InputItem> {
  // loaded with the first JSONL input, not with this module: its validator (zod) takes ≈50 ms to load, and a run with
  // workers starts them (once the inputs' size is known) while this process loads it
  const { parseJsonlLine } = await import('./jsonl-record.js');
  let first = true;
  let any = false;
  for await (const l of lines(stream, MAX_DOCUMENT_BYTES, endless)) {
    const { n, line, problem } = l;
    const bytes = Math.round(l.bytes * scale());
    const src = `${source}:${n}`;
    if (l.cut) { yield { kind: 'error', source, message: `was cut at ${mb(MAX_DOCUMENT_BYTES)}: line ${n} goes on past that with no line break, so reading stopped there (the records before it are output)`, bytes }; return; }
    // a first line that is not text at all: the whole input is binary (or in another encoding), not a run of bad lines
    if (first && line.includes('\u0000')) { yield { kind: 'error', source, message: 'is binary, not JSONL', bytes }; return; }
    if (first && problem === notText('utf-8')) { yield { kind: 'error', source, message: problem, bytes }; return; }
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

/** A stream in another encoding as UTF-8 bytes (for the line reader); `ratio` counts the bytes in and out. */
async function* asUtf8(stream: AsyncIterable<Buffer>, encoding: string, ratio: { in: number; out: number }): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of stream) {
    ratio.in += chunk.length;
    const b = Buffer.from(decoder.decode(chunk, { stream: true }));
    ratio.out += b.length;
    if (b.length) yield b;
  }
  const tail = Buffer.from(decoder.decode());
  if (tail.length) yield tail;
}

function textItem(text: string, format: InputFormat, id: string, source: string, bytes: number): InputItem {
  if (format === 'html') {
    const doc = htmlToDocument(text, id);
    return doc ? { kind: 'doc', source, doc, bytes } : { kind: 'error', source, message: 'has no readable article text', bytes };
  }
  return { kind: 'doc', source, doc: { id, text }, bytes };
}


/** One input as a byte stream: a file, standard input, a device or a pipe. */
interface StreamInput {
  source: string;
  id: string;
  stream: AsyncIterable<Buffer>;
  /** a regular file: its size is known (and was checked). Otherwise the input may never end: it is read up to the cap. */
  regular: boolean;
  size: number;
  /** -i, or the extension's format; `txt`: text unless the content is JSONL; null: sniffed */
  format: InputFormat | 'txt' | null;
}

/** An input's documents: its encoding from its first bytes (a byte order mark, else --encoding, else UTF-8), then
 *  binary or not from them alone, then its format (sniffed with a note when the extension does not say), then the
 *  rest, never more than the cap for one document (a JSONL line on a stream likewise). */
async function* fromStream(s: StreamInput, o: ReadOptions): AsyncGenerator<InputItem> {
  const p = await peek(s.stream);
  const encoding = encodingOf(p.head, o.encoding);
  const head = new TextDecoder(encoding).decode(p.head);
  const format = s.format === null || s.format === 'txt' ? sniffFormat(head, p.whole, s.format === 'txt') : s.format;
  if (head.slice(0, 8192).includes('\u0000')) {
    yield { kind: 'error', source: s.source, message: `is binary, not ${format === 'jsonl' ? 'JSONL' : 'text'}`, bytes: s.size };
    return;
  }
  if (format !== 'text' && s.format !== format) yield sniffedNote(s.source, format);
  if (format === 'jsonl') {
    const ratio = { in: 0, out: 0 };
    const utf8 = encoding === 'utf-8' ? p.rest : asUtf8(p.rest, encoding, ratio);
    yield* fromJsonl(utf8, s.source, !s.regular, () => (ratio.out ? ratio.in / ratio.out : 1));
    return;
  }
  const { buf, cut } = await readCapped(p.rest, MAX_DOCUMENT_BYTES);
  const t = decodeText(buf, o.encoding, cut);
  const bytes = s.regular ? s.size : buf.length;
  if ('error' in t) { yield { kind: 'error', source: s.source, message: t.error, bytes }; return; }
  if (format === 'html') await loadHtmlParser();
  const item = textItem(t.text, format, s.id, s.source, bytes);
  if (cut && item.kind === 'doc') {
    item.cut = `was cut at ${mb(MAX_DOCUMENT_BYTES)}, the most one document may hold: the events of that first part are output, the rest was not read (split the input, or give it as JSONL)`;
  }
  yield item;
}

async function* fromFile(path: string, size: number, regular: boolean, id: string, o: ReadOptions): AsyncGenerator<InputItem> {
  const byExt = formatOfExtension(path);
  const format = o.inputFormat ?? byExt;
  // a regular file too large for one document is refused unread (a stream is read up to the cap instead)
  if (regular && format !== 'jsonl' && size > MAX_DOCUMENT_BYTES) {
    yield { kind: 'error', source: path, message: tooLarge(size), bytes: size };
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    // the stream opens on first read; a missing or unreadable file fails there
    yield* fromStream({ source: path, id, stream, regular, size, format }, o);
  } catch (e) {
    yield { kind: 'error', source: path, message: errorText(e), bytes: size };
  } finally {
    stream.destroy();
  }
}

/** `regular`: a regular file (not a device or a pipe, whose size says nothing) */
type Planned = { kind: 'file'; path: string; size: number; regular: boolean; root?: string } | { kind: 'stdin' } | { kind: 'url'; url: string } | Extract<InputItem, { kind: 'error' | 'note' }>;

/** A file found or named: to be read, or skipped when it is this run's output (by identity, whatever its name). */
function fileItem(path: string, s: BigIntStats, skip: ReadonlySet<string>, root?: string): Planned {
  if (skip.has(`${s.dev}:${s.ino}`)) return { kind: 'note', message: `skipped ${path} (it is this run's output)` };
  return { kind: 'file', path, size: Number(s.size), regular: s.isFile(), root };
}

/** Folders are walked (sorted by name, so a run is reproducible); what is not an input file is noted. `skip`: the
 *  files ("dev:ino") never read. */
async function plan(paths: string[], skip: ReadonlySet<string> = new Set()): Promise<Planned[]> {
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
        try { out.push(fileItem(p, await stat(p, { bigint: true }), skip, root)); } catch (err) { out.push({ kind: 'error', source: p, message: errorText(err) }); }
      }
    }
  };
  for (const p of paths.length ? paths : ['-']) {
    if (p === '-') { out.push({ kind: 'stdin' }); continue; }
    if (isUrl(p)) { out.push({ kind: 'url', url: p }); continue; }
    try {
      const s = await stat(p, { bigint: true });
      if (s.isDirectory()) await walk(p, p);
      else out.push(fileItem(p, s, skip));
    } catch (e) {
      out.push({ kind: 'error', source: p, message: errorText(e) });
    }
  }
  return out;
}

/** Standard input: `-i`, else sniffed from its first line (with a note when JSONL or HTML was chosen). Read up to
 *  the cap; when reading stopped before its end (binary, cut), it is closed, so that a producer that never ends
 *  (`extract < /dev/zero`, `yes | extract`) does not keep the run alive. */
async function* fromStdin(o: ReadOptions): AsyncGenerator<InputItem> {
  let ended = false;
  o.stdin.once('end', () => { ended = true; });
  try {
    yield* fromStream({ source: 'stdin', id: 'stdin', stream: o.stdin, regular: false, size: 0, format: o.inputFormat ?? null }, o);
  } finally {
    if (!ended) o.stdin.destroy();
  }
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
  const planned = await plan(paths, new Set(o.skip));
  // the size of standard input and of a URL's page is unknown until read: then so is the total
  // ... and so is a device's or a pipe's
  o.onTotal?.(planned.some((p) => p.kind === 'stdin' || p.kind === 'url' || (p.kind === 'file' && !p.regular)) ? null : planned.reduce((s, p) => s + (p.kind === 'file' ? p.size : 0), 0));
  // with -i given, only -i says which files hold JSONL records (which carry their own ids)
  const byRecords = o.inputFormat ? () => o.inputFormat === 'jsonl' : (path: string) => formatOfExtension(path) === 'jsonl';
  const ids = fileIds(planned.flatMap((p) => (p.kind === 'file' && !byRecords(p.path) ? [p] : [])));
  for (const p of planned) {
    if (p.kind === 'file') yield* fromFile(p.path, p.size, p.regular, ids.get(p.path) ?? p.path, o);
    else if (p.kind === 'stdin') yield* fromStdin(o);
    else if (p.kind === 'url') yield* fromUrl(p.url);
    else yield p;
  }
}
