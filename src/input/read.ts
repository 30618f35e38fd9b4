// Input: files, folders (walked recursively), standard input, JSONL batches (streamed line by line) and HTML pages,
// turned into documents. Anything unreadable becomes an error item naming the input and why; the rest goes on.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { InputDoc } from '../types.js';
import { htmlToDocument } from './html.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export type InputItem =
  | { kind: 'doc'; doc: InputDoc; source: string }
  | { kind: 'error'; source: string; message: string }
  | { kind: 'note'; message: string };

export interface ReadOptions { inputFormat?: InputFormat; stdin: Readable }

const WALKED = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);

export const JsonlRecord = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'date is not a real day').optional(),
  title: z.string().optional(),
});

function formatOf(path: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** Bytes → text, or why they are not text. */
export function decodeText(buf: Buffer): { text: string } | { error: string } {
  if (buf.length === 0 || !/\S/.test(buf.toString('utf8'))) return { error: 'is empty' };
  if (buf.subarray(0, 8192).includes(0)) return { error: 'is binary, not text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'is not UTF-8 text' };
  }
}

function docId(path: string): string {
  return basename(path, extname(path)) || path;
}

async function* fromJsonl(lines: AsyncIterable<string>, source: string): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { kind: 'error', source: `${source}:${n}`, message: `line ${n} is not JSON (${(e as Error).message})` };
      continue;
    }
    const r = JsonlRecord.safeParse(value);
    if (!r.success) {
      yield { kind: 'error', source: `${source}:${n}`, message: `line ${n}: ${r.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')}` };
      continue;
    }
    if (!r.data.text.trim()) {
      yield { kind: 'error', source: `${source}:${n}`, message: `line ${n}: record ${r.data.id} has empty text` };
      continue;
    }
    yield { kind: 'doc', source: `${source}:${n}`, doc: { id: r.data.id, text: r.data.text, date: r.data.date, title: r.data.title } };
  }
}

async function* fromFile(path: string, o: ReadOptions): AsyncGenerator<InputItem> {
  const format = formatOf(path, o.inputFormat);
  if (format === 'jsonl') {
    const stream = createReadStream(path, { encoding: 'utf8' });
    const opened = await new Promise<Error | null>((res) => { stream.once('open', () => res(null)); stream.once('error', res); });
    if (opened) { yield { kind: 'error', source: path, message: (opened as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : opened.message }; return; }
    yield* fromJsonl(createInterface({ input: stream, crlfDelay: Infinity }), path);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { kind: 'error', source: path, message: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message };
    return;
  }
  const t = decodeText(buf);
  if ('error' in t) { yield { kind: 'error', source: path, message: t.error }; return; }
  if (format === 'html') {
    const doc = htmlToDocument(t.text, docId(path));
    if (!doc) { yield { kind: 'error', source: path, message: 'has no readable article text' }; return; }
    yield { kind: 'doc', source: path, doc };
    return;
  }
  yield { kind: 'doc', source: path, doc: { id: docId(path), text: t.text } };
}

async function* walk(dir: string): AsyncGenerator<string | { skipped: string }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (WALKED.has(extname(e.name).toLowerCase())) yield p;
    else yield { skipped: p };
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/** Every document of the inputs, in order. No path, or "-", is standard input. */
export async function* readInputs(paths: string[], o: ReadOptions): AsyncGenerator<InputItem> {
  const list = paths.length ? paths : ['-'];
  for (const p of list) {
    if (p === '-') {
      if (o.inputFormat === 'jsonl') { yield* fromJsonl(createInterface({ input: o.stdin, crlfDelay: Infinity }), 'stdin'); continue; }
      const t = decodeText(await readAll(o.stdin));
      if ('error' in t) { yield { kind: 'error', source: 'stdin', message: t.error }; continue; }
      if (o.inputFormat === 'html') {
        const doc = htmlToDocument(t.text, 'stdin');
        yield doc ? { kind: 'doc', source: 'stdin', doc } : { kind: 'error', source: 'stdin', message: 'has no readable article text' };
        continue;
      }
      yield { kind: 'doc', source: 'stdin', doc: { id: 'stdin', text: t.text } };
      continue;
    }
    let isDir = false;
    try { isDir = (await stat(p)).isDirectory(); } catch { /* fromFile reports it */ }
    if (!isDir) { yield* fromFile(p, o); continue; }
    for await (const f of walk(p)) {
      if (typeof f === 'string') yield* fromFile(f, o);
      else yield { kind: 'note', message: `skipped ${f.skipped} (not .txt, .html, .jsonl or .ndjson)` };
    }
  }
}
