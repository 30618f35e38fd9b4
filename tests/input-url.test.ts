// URL input (issue 12, "URLs"): `extract https://…` fetches the page and reads it. A local HTTP server on 127.0.0.1
// (port 0, started here) serves pages, redirects, errors, a route that never answers, an oversized body and types that
// are not text; the CLI runs as a user runs it (bin/extract.js in a child process, spawned without blocking so this
// process's server can answer), with the time and size limits shortened through their environment variables.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHtmlParser } from '../src/input/html.js';
import { canonicalUrl, decodePage, isUrl, LIMIT_ENV, pageType } from '../src/input/url.js';
import { jsonl, runCli, SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const TIMEOUT_MS = 3000;
const MAX_BYTES = 100_000;
const ENV = { [LIMIT_ENV.timeoutMs]: String(TIMEOUT_MS), [LIMIT_ENV.maxBytes]: String(MAX_BYTES) };

// our own sentences: an attack with a toll in a real town, one in plain text, two with letters outside ASCII
const ARTICLE = 'Gunmen attacked a police checkpoint in Kidal on Tuesday, killing seven officers, the regional governor said.';
const PLAIN = 'Militiamen raided a village near Beni on Sunday, killing twelve civilians, a local official said.';
const LATIN = 'Insurgents ambushed an army convoy near Ségou on Monday, killing four soldiers, the army said.';
const WINDOWS = 'Residents of Ménaka said a market reopened on Thursday after a week of curfew.';
const LOCAL = 'A roadside bomb struck a bus near Kandahar on Friday, killing five passengers, police said.';

const page = (body: string, head = '') => `<!doctype html><html><head><title>Wire</title>${head}</head><body><article><p>${body}</p></article></body></html>`;

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const send = (status: number, headers: Record<string, string | number>, body: string | Buffer = ''): Route => (_q, res) => { res.writeHead(status, headers); res.end(body); };

const ROUTES: Record<string, Route> = {
  '/news/kidal': send(200, { 'content-type': 'text/html; charset=utf-8' }, page(ARTICLE, '<link rel="canonical" href="/stories/kidal-checkpoint?ref=feed">')),
  '/old/kidal': send(301, { location: '/news/kidal' }),
  '/beni.txt': send(200, { 'content-type': 'text/plain; charset=utf-8' }, PLAIN),
  '/moved/beni': send(302, { location: '/beni.txt' }),
  '/segou': send(200, { 'content-type': 'text/html; charset=ISO-8859-1' }, Buffer.from(page(LATIN), 'latin1')),
  '/menaka': send(200, { 'content-type': 'text/html' }, Buffer.from(page(WINDOWS, '<meta charset="windows-1252">'), 'latin1')),
  '/missing': send(404, { 'content-type': 'text/html' }, '<h1>Not here</h1>'),
  '/broken': send(503, { 'content-type': 'text/html' }, '<h1>Down</h1>'),
  '/loop': send(302, { location: '/loop' }),
  '/report.pdf': send(200, { 'content-type': 'application/pdf' }, '%PDF-1.7 not really'),
  '/photo': send(200, { 'content-type': 'image/jpeg' }, Buffer.from([0xff, 0xd8, 0xff, 0xe0])),
  '/empty': send(200, { 'content-type': 'text/plain' }, '  \n'),
  '/declared-huge': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': MAX_BYTES * 3 }); res.write('<p>'); },
  // no Content-Length: the cap must stop the reading itself
  '/endless': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'filler words '.repeat(800)}</p>`;
    for (let sent = 0; sent <= MAX_BYTES * 3; sent += chunk.length) res.write(chunk);
    res.end();
  },
  '/slow': () => { /* never answers: the timeout must end the wait */ },
};

let server: Server;
let base: string;
let refused: string;
let dir: string;
let local: string;
let other: string;

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    res.on('error', () => { /* the client hung up: expected on the refused and oversized routes */ });
    (ROUTES[req.url ?? ''] ?? send(404, {}))(req, res);
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  // a port that was just free: nothing listens there, so the connection is refused
  const closed = createServer();
  refused = `http://127.0.0.1:${await listen(closed)}/`;
  await new Promise((r) => closed.close(r));
  dir = mkdtempSync(join(tmpdir(), 'extract-url-'));
  local = join(dir, 'kandahar.txt');
  writeFileSync(local, LOCAL);
  other = join(dir, 'calm.txt');
  writeFileSync(other, WINDOWS);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

interface Spawned { code: number | null; stdout: string; stderr: string }

/** bin/extract.js with these arguments and the shortened limits, in a child process that does not block this one. */
function extract(argv: string[]): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv, '--jobs', '1'], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('Content-Type, charset and canonical link, one function each', () => {
  beforeAll(loadHtmlParser);
  test.each([
    ['text/html; charset=utf-8', { type: 'html', charset: 'utf-8' }],
    ['text/plain', { type: 'text', charset: undefined }],
    ['TEXT/PLAIN; Charset="ISO-8859-1"', { type: 'text', charset: 'ISO-8859-1' }],
    ['application/xhtml+xml', { type: 'html', charset: undefined }],
    [null, { type: 'html', charset: undefined }],
  ])('%s is read as %o', (header, expected) => {
    expect(pageType(header)).toEqual(expected);
  });

  test.each([['application/pdf'], ['image/png'], ['application/octet-stream'], ['application/json; charset=utf-8']])('%s is refused, naming the type', (header) => {
    expect(pageType(header)).toEqual({ error: `is ${header.split(';')[0]}, not a web page (only HTML and text are read)` });
  });

  test.each([
    ['the header charset', Buffer.from('café', 'latin1'), { type: 'text', charset: 'iso-8859-1' } as const, 'café'],
    ['a <meta charset> when the header has none', Buffer.from('<meta charset="windows-1252"><p>Düsseldorf', 'latin1'), { type: 'html' } as const, '<meta charset="windows-1252"><p>Düsseldorf'],
    ['UTF-8 by default', Buffer.from('Türkiye'), { type: 'text' } as const, 'Türkiye'],
    ['a UTF-16 byte-order mark over the header', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Gaza', 'utf16le')]), { type: 'text', charset: 'utf-8' } as const, 'Gaza'],
  ])('decoded by %s', (_why, body, type, text) => {
    expect(decodePage(body, type)).toEqual({ text });
  });

  test.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), { error: 'is binary, not text' }],
    ['only blanks', Buffer.from(' \n\t'), { error: 'is empty' }],
  ])('%s are no page', (_why, body, expected) => {
    expect(decodePage(body, { type: 'text' })).toEqual(expected);
  });

  test('an unknown charset is read as UTF-8, with a note', () => {
    expect(decodePage(Buffer.from('Kyiv'), { type: 'text', charset: 'x-nonsense' })).toEqual({ text: 'Kyiv', note: 'unknown charset "x-nonsense": read as UTF-8' });
  });

  test.each([
    ['a relative canonical link', '<link rel="canonical" href="/a/story">', 'https://news.example/a/story'],
    ['an absolute one', '<link href="https://other.example/s" rel="Canonical">', 'https://other.example/s'],
    ['one of several rel words, against <base href>', '<base href="/section/"><link rel="alternate canonical" href="item-4">', 'https://news.example/section/item-4'],
    ['no canonical link: the address', '<link rel="stylesheet" href="/s.css">', 'https://news.example/final?id=3'],
    ['a canonical link to another scheme: the address', '<link rel="canonical" href="javascript:void(0)">', 'https://news.example/final?id=3'],
  ])('%s', (_why, head, expected) => {
    expect(canonicalUrl(page('Text.', head), 'https://news.example/final?id=3')).toBe(expected);
  });
});

describe('a batch of URLs and a local file', () => {
  let events: Record<string, any>[];
  let docs: Record<string, any>[];
  let run: Spawned;
  const url = (path: string) => `${base}${path}`;
  const GOOD = ['/news/kidal', '/old/kidal', '/moved/beni', '/beni.txt', '/segou', '/menaka'];
  const BAD = ['/missing', '/broken', '/loop', '/report.pdf', '/photo', '/empty', '/declared-huge', '/endless', '/slow'];
  const args = () => [...GOOD.map(url), ...BAD.map(url), refused, 'http://nonexistent.invalid/story', 'https://exa mple.org/', local];

  beforeAll(async () => {
    const [json, text] = await Promise.all([extract([...args(), '--format', 'json']), extract([...args(), '--emit-text'])]);
    run = json;
    events = JSON.parse(json.stdout);
    docs = jsonl(text.stdout);
  }, SLOW);

  test('exit 1 (some input could not be read); no stack trace', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    ['a page with a canonical link', '/news/kidal', ARTICLE],
    ['a 301 to that page, under the URL given', '/old/kidal', ARTICLE],
    ['text/plain, read as text (no HTML parsing)', '/beni.txt', PLAIN],
    ['a 302 to the text page, under the URL given', '/moved/beni', PLAIN],
    ['charset=ISO-8859-1 in the header', '/segou', LATIN],
    ['windows-1252 in a <meta charset>', '/menaka', WINDOWS],
  ])('read: %s', (_why, path, text) => {
    expect(docs.find((d) => d.id === url(path))?.text).toBe(text);
  });

  test.each([
    ['/news/kidal', '/stories/kidal-checkpoint?ref=feed', 'Kidal', 7],
    ['/old/kidal', '/stories/kidal-checkpoint?ref=feed', 'Kidal', 7],
    ['/beni.txt', '/beni.txt', 'Beni', 12],
    ['/moved/beni', '/beni.txt', 'Beni', 12],
    ['/segou', '/segou', 'Ségou', 4],
  ])('events of %s: doc is the URL given, meta.url %s, the place and toll read', (path, canonical, place, killed) => {
    const mine = events.filter((e) => e.doc === url(path));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((e) => e.location?.text.includes(place) && e.killed?.low === killed)).toBe(true);
    for (const e of mine) expect(e.meta).toEqual({ url: url(canonical) });
  });

  test('the local file after the failed URLs is still read, and events keep the order of the inputs', () => {
    expect(events.some((e) => e.doc === 'kandahar' && e.killed?.low === 5)).toBe(true);
    const order = [...new Set(events.map((e) => e.doc))];
    expect(order).toEqual([...GOOD.map(url).filter((u) => order.includes(u)), 'kandahar']);
    expect(docs.map((d) => d.id)).toEqual([...GOOD.map(url), 'kandahar']);
  });

  test.each([
    ['/missing', /^HTTP 404 Not Found$/],
    ['/broken', /^HTTP 503 Service Unavailable$/],
    ['/loop', /^redirect count exceeded$/],
    ['/report.pdf', /^is application\/pdf, not a web page \(only HTML and text are read\)$/],
    ['/photo', /^is image\/jpeg, not a web page/],
    ['/empty', /^is empty$/],
    ['/declared-huge', /^is too large for one document \(0\.3 MB, at most 0\.1 MB\)$/],
    ['/endless', /^is too large for one document \(more than 0\.1 MB, at most 0\.1 MB\)$/],
    ['/slow', new RegExp(`^timed out after ${TIMEOUT_MS / 1000} s$`)],
  ])('refused: %s says %s', (path, message) => {
    const line = run.stderr.split('\n').find((l) => l.startsWith(`extract: ${url(path)}: `));
    expect(line?.slice(`extract: ${url(path)}: `.length)).toMatch(message);
    expect(events.some((e) => e.doc === url(path))).toBe(false);
  });

  test.each([
    ['a port nobody listens on', () => refused, /^connection refused$/],
    // without a resolver at all the lookup may outlast the time limit instead
    ['a host that cannot exist (.invalid)', () => 'http://nonexistent.invalid/story', /^(cannot find the host nonexistent\.invalid \(DNS lookup failed\)|timed out after 3 s)$/],
    ['a URL with a space in its host', () => 'https://exa mple.org/', /^is not a valid URL$/],
  ])('refused: %s', (_why, target, message) => {
    const line = run.stderr.split('\n').find((l) => l.startsWith(`extract: ${target()}: `));
    expect(line?.slice(`extract: ${target()}: `.length)).toMatch(message);
  });
});

describe('one URL alone', () => {
  test('a good page: exit 0, events, nothing on stderr but the summary', async () => {
    const r = await extract([`${base}/news/kidal`, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/^extract: http/m);
    expect(jsonl(r.stdout).every((e) => e.doc === `${base}/news/kidal`)).toBe(true);
    expect(jsonl(r.stdout).length).toBeGreaterThan(0);
  }, SLOW);

  test('a missing page: exit 1, one line naming the URL and the status', async () => {
    const r = await extract([`${base}/missing`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^extract: ${base.replace(/\./g, '\\.')}/missing: HTTP 404 Not Found\n`));
  }, SLOW);
});

describe('which arguments are URLs', () => {
  test.each([['http://a.example/x'], ['HTTPS://A.EXAMPLE'], ['https://127.0.0.1:8080/news?id=4']])('%s is fetched', (arg) => {
    expect(isUrl(arg)).toBe(true);
  });
  test.each([['http:/a.example'], ['ftp://a.example/x'], ['news/http://a.example'], ['https:'], ['www.a.example/story']])('%s is a path', (arg) => {
    expect(isUrl(arg)).toBe(false);
  });
});

describe('progress', () => {
  // a URL's size is unknown until it is read: the bar counts documents, with no share done or ETA (as for stdin)
  test.each([
    ['a URL and a file: documents only', true, /documents/, /%/],
    ['two files: a share of the bytes', false, /%/, null],
  ])('%s', async (_why, withUrl, shown, absent) => {
    const inputs = withUrl ? [`${base}/beni.txt`, local] : [local, other];
    const r = await runCli([...inputs, '--emit-text'], '', { stderrTTY: true });
    expect(r.progress).toMatch(shown);
    if (absent) expect(r.progress).not.toMatch(absent);
  });
});
