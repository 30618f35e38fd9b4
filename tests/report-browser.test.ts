// The report page in a real browser: the system Chromium (Debian's `chromium`; CHROMIUM_PATH overrides) driven by
// playwright-core, with every request that is not file: refused and counted. The page renders, draws one point per
// located event, sorts its table on a header click, logs no error and asks nothing of the network. The two watchers
// (refused requests, console errors) are first shown to see what they must see, on small pages of our own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { reportPage } from '../src/report/page.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent, sampleEvents } from './helpers/events.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BIN = join(process.cwd(), 'bin', 'extract.js');
const SEED = join(process.cwd(), '..', 'shared', 'seeds', 'idlib-2020-03-04.txt');

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: the report's browser tests need it (apt-get install chromium, as .ci/run does, or set CHROMIUM_PATH)`);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM });
  dir = mkdtempSync(join(tmpdir(), 'report-browser-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened { page: Page; refused: string[]; errors: string[] }

/** Opens `html` from a file: with every non-file: request refused (and listed) and console errors collected. */
async function open(html: string, name: string): Promise<Opened> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser.newPage();
  const refused: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, refused, errors };
}

const column = (page: Page, i: number) => page.$$eval('#events tbody tr', (trs, n) => trs.map((tr) => (tr as HTMLTableRowElement).cells[n].textContent ?? ''), i);

describe('the watchers see what they must', () => {
  test.each([
    ['an outside image', '<img src="https://example.org/x.png">', 1, 0],
    ['an outside script and a console error', '<script src="http://example.org/x.js"></script><script>console.error("boom")</script>', 1, 1],
    ['a page asking nothing and logging nothing', '<p>quiet</p>', 0, 0],
  ])('%s: %d refused, %d errors', async (_name, body, nRefused, nErrors) => {
    const { page, refused, errors } = await open(`<!DOCTYPE html><html><body>${body}</body></html>`, 'control.html');
    await page.close();
    expect(refused).toHaveLength(nRefused);
    expect(errors.filter((e) => e === 'boom')).toHaveLength(nErrors);
  });
});

/** `n` located events (deaths 0..n-1, places "Town 000".."Town n-1" in shuffled order: n must not be a multiple
 *  of 7), then the sample events and one with hostile evidence. */
function events(n = 30): Event[] {
  const located = Array.from({ length: n }, (_, i) => {
    const k = (i * 7) % n;
    return makeEvent({
      id: `d:${i}`, killed: { low: k, high: k, text: String(k) },
      date: { text: 'x', value: `2020-03-${String(1 + (i % 20)).padStart(2, '0')}`, precision: 'day' },
      location: { text: 'x', name: `Town ${String(k).padStart(3, '0')}`, admin2: null, admin1: null, country: 'SY', lat: 33 + k / 10, lon: 36 + k / 10, precision: 'town' },
      meta: { url: `https://example.org/${i}` },
    });
  });
  const hostile = makeEvent({ id: 'h:1', evidence: [{ start: 0, end: 9, text: '<script>console.error("injected")</script><img src="https://example.org/i.png">' }], location: null });
  return [...located, ...sampleEvents(), hostile];
}

describe('a report', () => {
  test('renders offline: points = located events, one row per event, no error, no request out', async () => {
    const all = events();
    const located = all.filter((e) => e.location?.lat != null && e.location?.lon != null).length;
    const { page, refused, errors } = await open(reportPage(all), 'report.html');
    expect(await page.locator('#map circle.pt').count()).toBe(located);
    expect(await page.locator('#events tbody tr').count()).toBe(all.length);
    expect(await page.locator('#timeline rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#deaths rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#events a[href^="https://example.org/"]').count()).toBe(30);
    // the injected tag is text in a cell, not an element
    expect(await page.locator('#events tbody img').count()).toBe(0);
    expect(await page.locator('#map').boundingBox()).toMatchObject({ width: expect.any(Number) });
    await page.close();
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
  });

  test('a header click sorts the table (rows spread over three bodies of 200), a second click reverses it', async () => {
    const all = events(430);
    const { page, errors } = await open(reportPage(all), 'sort.html');
    expect(await page.locator('#events tbody').count()).toBe(3);
    const killedCol = 5; // date, type, subtype, place, country, killed
    const placeCol = 3;
    const numbers = async () => (await column(page, killedCol)).map((t) => (t === '' ? -1 : parseInt(t, 10)));
    await page.click('#events th:nth-child(6)');
    const up = await numbers();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBe(-1);
    expect(up[up.length - 1]).toBe(429);
    await page.click('#events th:nth-child(6)');
    const down = await numbers();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.click('#events th:nth-child(4)');
    const places = (await column(page, placeCol)).filter((t) => t.startsWith('Town '));
    expect(places).toEqual(Array.from({ length: 430 }, (_, k) => `Town ${String(k).padStart(3, '0')}`));
    expect(await page.getAttribute('#events th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.close();
    expect(errors).toEqual([]);
  });

  test('the seed article\'s report, made by the command line, draws a point for each located event', async () => {
    const jsonl = spawnSync(process.execPath, [BIN, SEED, '--date', '2020-03-04', '--format', 'jsonl', '--quiet'], { encoding: 'utf8' }).stdout;
    const seedEvents = jsonl.trim().split('\n').map((l) => JSON.parse(l) as Event);
    expect(seedEvents.length).toBeGreaterThan(0);
    const html = spawnSync(process.execPath, [BIN, 'report'], { input: jsonl, encoding: 'utf8' }).stdout;
    const { page, refused, errors } = await open(html, 'seed.html');
    const located = seedEvents.filter((e) => e.location?.lat != null && e.location?.lon != null).length;
    expect(await page.locator('#map circle.pt').count()).toBe(located);
    expect(await page.locator('#events tbody tr').count()).toBe(seedEvents.length);
    await page.close();
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
  });
});
