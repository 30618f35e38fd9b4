// URLs: an http:// or https:// argument is fetched with Node's fetch and read as a web page. Redirects are followed
// (fetch's own cap, 20); the whole fetch has a time limit and the body a size limit; only text is read: HTML through
// html.ts, whatever the Content-Type says, except `text/plain`, read as text. A failed URL is one error item naming
// what went wrong ("HTTP 404 Not Found", "timed out after 30 s"); the other inputs go on.
// The document's id is the URL as given (so events can be joined back to the argument); its `meta.url` is the page's
// canonical URL (`<link rel="canonical">`, resolved against the address the page came from), else the address the
// page came from after redirects.
import { STATUS_CODES } from 'node:http';
import type { InputDoc } from '../types.js';
import { bomEncoding, MAX_DOCUMENT_BYTES, mb, readCapped } from './bytes.js';
import { htmlToDocument, loadHtmlParser, parseHTML } from './html.js';
import type { InputItem } from './read.js';
import { packageVersion } from './package-version.js';

/** Whether a command-line argument is a URL to fetch rather than a path. */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/** Time for one URL, from connecting through redirects to the body's last byte: 30 s, long enough for a slow news
 *  site, short enough that one dead host does not stall a batch for minutes. */
const TIMEOUT_MS = 30_000;
/** Bytes of one page's body read at most: one document's. */
const MAX_BYTES = MAX_DOCUMENT_BYTES;
/** Environment variables that change the two limits above (the tests shorten them): a whole number of
 *  milliseconds, and of bytes (never above MAX_BYTES). Anything else leaves the default. */
export const LIMIT_ENV = { timeoutMs: 'EXTRACT_URL_TIMEOUT_MS', maxBytes: 'EXTRACT_URL_MAX_BYTES' } as const;

interface UrlLimits { timeoutMs: number; maxBytes: number }

function urlLimits(env: NodeJS.ProcessEnv): UrlLimits {
  const positive = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : undefined);
  return {
    timeoutMs: positive(env[LIMIT_ENV.timeoutMs]) ?? TIMEOUT_MS,
    maxBytes: Math.min(positive(env[LIMIT_ENV.maxBytes]) ?? MAX_BYTES, MAX_BYTES),
  };
}

/** "extract/VERSION (...)": what a fetch says it is. */
function agent(): string {
  return `extract/${packageVersion()} (conflict event extractor; Node.js fetch)`;
}

type PageType = { type: 'html' | 'text'; charset?: string };

/** How a Content-Type is read: `text/plain` as text; any other text type, XHTML or XML, or none, as HTML; anything
 *  else (PDF, images, archives, JSON) is refused. `charset` is the header's, when it gives one. */
export function pageType(header: string | null): PageType | { error: string } {
  const [mime = '', ...params] = (header ?? '').split(';');
  const m = mime.trim().toLowerCase();
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined);
  if (m === 'text/plain') return { type: 'text', charset };
  if (m === '' || m.startsWith('text/') || m === 'application/xhtml+xml' || m === 'application/xml' || m.endsWith('+xml')) return { type: 'html', charset };
  return { error: `is ${m}, not a web page (only HTML and text are read)` };
}


/** A `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 1024 bytes (where
 *  browsers look); a page that says UTF-16 there is not (its bytes would have said so first): UTF-8. */
function metaCharset(b: Buffer): string | undefined {
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(b.subarray(0, 1024).toString('latin1'));
  return m ? m[1].replace(/^utf-16.*/i, 'utf-8') : undefined;
}

/** The body as text: by its byte-order mark, else the header's charset, else (HTML) a `<meta>` charset, else UTF-8;
 *  bytes invalid in it become U+FFFD, as in a browser. An unknown charset is read as UTF-8, with a note. */
export function decodePage(body: Buffer, page: PageType): { text: string; note?: string } | { error: string } {
  const label = bomEncoding(body) ?? page.charset ?? (page.type === 'html' ? metaCharset(body) : undefined) ?? 'utf-8';
  if (!label.startsWith('utf-16') && body.subarray(0, 8192).includes(0)) return { error: 'is binary, not text' };
  let decoder: TextDecoder;
  let note: string | undefined;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
    note = `unknown charset "${label}": read as UTF-8`;
  }
  const text = decoder.decode(body);
  if (!/\S/.test(text)) return { error: 'is empty' };
  return note ? { text, note } : { text };
}

/** The page's canonical URL: the first `<link rel="canonical" href>` that resolves (against `<base href>`, itself
 *  against `address`) to an http(s) URL; else `address`, where the page came from. After `loadHtmlParser()`. */
export function canonicalUrl(html: string, address: string): string {
  const { document } = parseHTML(html);
  const resolve = (href: string | null | undefined, base: string) => {
    try { return href == null ? undefined : new URL(href.trim(), base); } catch { return undefined; }
  };
  const base = resolve(document.querySelector('base[href]')?.getAttribute('href'), address)?.href ?? address;
  for (const link of document.querySelectorAll('link[rel][href]')) {
    if (!/(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const u = resolve(link.getAttribute('href'), base);
    if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return u.href;
  }
  return address;
}

const tooLarge = (max: number, bytes?: number) => `is too large for one document (${bytes === undefined ? 'more than ' : ''}${mb(bytes ?? max)}, at most ${mb(max)})`;

/** The body, or null as soon as it grows past `max` bytes (the rest is not read). */
async function readBody(res: Response, max: number): Promise<Buffer | null> {
  if (!res.body) return Buffer.alloc(0);
  const { buf, cut } = await readCapped(res.body as unknown as AsyncIterable<Uint8Array>, max);
  return cut ? null : buf;
}

type FetchFailure = Error & { cause?: Error & { code?: string; hostname?: string; errors?: { code?: string }[] } };

/** The system or undici code behind a failed fetch (the first one, when several addresses were tried). */
const causeCode = (e: unknown) => (e as FetchFailure).cause?.code ?? (e as FetchFailure).cause?.errors?.[0]?.code;

const BROKEN = new Set(['ECONNRESET', 'UND_ERR_SOCKET']);

/** Why a fetch failed, in a user's words: DNS, refused, reset, timeout, TLS, a blocked port; else fetch's own words
 *  ("redirect count exceeded"). */
function fetchError(e: unknown, limits: UrlLimits): string {
  const err = e as FetchFailure;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${limits.timeoutMs / 1000} s`;
  const cause = err.cause;
  const code = causeCode(e);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `cannot find the host${cause?.hostname ? ` ${cause.hostname}` : ''} (DNS lookup failed)`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code && BROKEN.has(code)) return 'the server closed the connection';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'the connection timed out';
  if (code && /CERT|TLS|SSL/.test(code)) return `TLS certificate problem (${code})`;
  if (cause?.message === 'bad port') return 'fetch refuses this port (it is reserved for another protocol)';
  return cause?.message ?? err.message;
}

/** fetch, tried once more when the connection broke before any answer came (reset, or closed by the server, as a
 *  kept-alive connection can be when the server drops it just as it is reused). A GET may be repeated; both tries
 *  share the time limit. */
async function fetchRetryingBroken(target: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(target, init);
  } catch (e) {
    const code = causeCode(e);
    if (!code || !BROKEN.has(code) || init.signal?.aborted) throw e;
    return fetch(target, init);
  }
}

type Fetched = { body: Buffer; address: string; page: PageType } | { error: string };

/** GET the URL: redirects followed, every limit applied; a body only for a 2xx answer of a readable type. */
async function fetchPage(url: string, limits: UrlLimits): Promise<Fetched> {
  let target: URL;
  try { target = new URL(url); } catch { return { error: 'is not a valid URL' }; }
  try {
    const res = await fetchRetryingBroken(target, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { 'user-agent': agent(), accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    });
    const refuse = async (error: string): Promise<Fetched> => { await res.body?.cancel(); return { error }; };
    if (!res.ok) return refuse(`HTTP ${res.status} ${res.statusText || STATUS_CODES[res.status] || ''}`.trimEnd());
    const page = pageType(res.headers.get('content-type'));
    if ('error' in page) return refuse(page.error);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) return refuse(tooLarge(limits.maxBytes, declared));
    const body = await readBody(res, limits.maxBytes);
    if (!body) return { error: tooLarge(limits.maxBytes) };
    return { body, address: res.url || target.href, page };
  } catch (e) {
    return { error: fetchError(e, limits) };
  }
}

/** One URL → one document (with a note first when its charset was unknown), or one error item. */
export async function* fromUrl(url: string, env: NodeJS.ProcessEnv = process.env): AsyncGenerator<InputItem> {
  const got = await fetchPage(url, urlLimits(env));
  if ('error' in got) { yield { kind: 'error', source: url, message: got.error }; return; }
  const bytes = got.body.length;
  const t = decodePage(got.body, got.page);
  if ('error' in t) { yield { kind: 'error', source: url, message: t.error, bytes }; return; }
  if (t.note) yield { kind: 'note', message: `${url}: ${t.note}` };
  let doc: InputDoc | null;
  if (got.page.type === 'text') doc = { id: url, text: t.text, meta: { url: got.address } };
  else {
    await loadHtmlParser();
    doc = htmlToDocument(t.text, url);
    if (doc) doc.meta = { ...doc.meta, url: canonicalUrl(t.text, got.address) };
  }
  yield doc ? { kind: 'doc', source: url, doc, bytes } : { kind: 'error', source: url, message: 'has no readable article text', bytes };
}
