// Input sniffing: when `-i` is not given and a file's extension does not say, the first bytes choose the format.
// JSONL when the first non-blank line is a JSON object with a string `text`; HTML when a tag, a comment or a
// doctype comes first; anything else is text.
import type { InputFormat } from './read.js';

/** How many bytes are looked at; a first JSONL line longer than this is not recognised (the input is read as text). */
const SNIFF_BYTES = 1024 * 1024;

const HTML_START = /^(?:<!doctype\s|<!--|<\?xml\s|<[a-z][a-z0-9-]*[\s/>])/i;

/** The first non-blank line of `head`, or null; `complete` is false when the line may go on past `head`. */
function firstLine(head: string, whole: boolean): { line: string; complete: boolean } | null {
  const text = head.replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start < 0) return null;
  const nl = text.indexOf('\n', start);
  return nl < 0 ? { line: text.slice(start), complete: whole } : { line: text.slice(start, nl), complete: true };
}

function isJsonlRecord(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/** The format the start of an input says. `whole` tells that `head` is the entire input (so its last line is
 *  complete). `jsonlOnly` (a `.txt` file) only allows JSONL to override text. */
export function sniffFormat(head: string, whole: boolean, jsonlOnly = false): InputFormat {
  const first = firstLine(head, whole);
  if (!first) return 'text';
  if (first.complete && isJsonlRecord(first.line.trimEnd())) return 'jsonl';
  if (!jsonlOnly && HTML_START.test(first.line)) return 'html';
  return 'text';
}

/** Space, tab, CR, LF and the bytes of a UTF-8 byte order mark. */
const BLANK_BYTES = new Set([0x20, 0x09, 0x0d, 0x0a, 0xef, 0xbb, 0xbf]);

/** Reads the start of a stream (until a line after some non-blank text ends, SNIFF_BYTES, or the end) and gives
 *  it back with a stream that replays it followed by the rest, so nothing is lost. */
export async function peek(stream: AsyncIterable<Buffer | string>): Promise<{ head: Buffer; whole: boolean; rest: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let whole = false;
  let seen = false;
  for (;;) {
    const r = await it.next();
    if (r.done) { whole = true; break; }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    chunks.push(b);
    size += b.length;
    if (size >= SNIFF_BYTES) break;
    if (!seen) { const at = b.findIndex((x) => !BLANK_BYTES.has(x)); if (at >= 0) { seen = true; if (b.indexOf(0x0a, at) >= 0) break; } }
    else if (b.includes(0x0a)) break;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (whole) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  }
  return { head, whole, rest: rest() };
}
