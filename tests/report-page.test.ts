// The report page (src/report/) as text, without a browser: what reaches the page is escaped, one point per located
// event and one row per event, sizes and colours, the charts' bars, and `extract report` / `--format html` from the
// command line (the browser tests are in report-browser.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvents } from '../src/cli/report.js';
import { escapeHtml, safeHref } from '../src/report/escape.js';
import { radiusFor } from '../src/report/map.js';
import { reportFigures, reportPage } from '../src/report/page.js';
import { tableRow } from '../src/report/table.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent, sampleEvents } from './helpers/events.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const points = (html: string) => count(html, /<circle class="pt"/g);
const rows = (html: string) => count(html, /<tr><td/g);

const HOSTILE = '</title></circle><script>alert(1)</script><img src=x onerror="alert(2)">&amp; \'q\'';

describe('escaping', () => {
  test.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['say "no"', 'say &quot;no&quot;'],
    ["it's", 'it&#39;s'],
    ['plain text', 'plain text'],
  ])('%j is written as %j', (text, html) => expect(escapeHtml(text)).toBe(html));

  test.each([
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['not a url', null],
    [42, null],
    [undefined, null],
  ])('the article link of %j is %j', (url, href) => expect(safeHref(url)).toBe(href));

  test('hostile text in evidence, place names, the title and the URL opens no tag on the page', () => {
    const e = makeEvent({
      evidence: [{ start: 0, end: 10, text: HOSTILE }],
      location: { text: HOSTILE, name: HOSTILE, admin2: null, admin1: null, country: 'SY', lat: 35, lon: 36, precision: 'town' },
      meta: { url: `https://example.org/"><script>alert(3)</script>` },
    });
    const html = reportPage([e], HOSTILE);
    expect(count(html, /<script/g)).toBe(1); // the page's own sort script only
    expect(count(html, /<img/g)).toBe(0);
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&lt;/title&gt;&lt;/circle&gt;&lt;script&gt;');
    expect(points(html)).toBe(1);
  });

  test('a javascript: URL gives no link; an https URL gives one, escaped', () => {
    expect(tableRow(makeEvent({ meta: { url: 'javascript:alert(1)' } }))).not.toContain('<a ');
    expect(tableRow(makeEvent({ meta: { url: 'https://example.org/?a=1&b=2' } }))).toContain('<a href="https://example.org/?a=1&amp;b=2"');
    expect(tableRow(makeEvent({ meta: undefined }))).not.toContain('<a ');
  });
});

describe('what the page draws', () => {
  const located = (i: number, o: Partial<Event> = {}) => makeEvent({
    id: `d:${i}`, location: { text: 'x', name: `Town ${i}`, admin2: null, admin1: null, country: 'SY', lat: 30 + i / 10, lon: 36 + i / 10, precision: 'town' }, ...o,
  });
  const unlocated = (i: number) => makeEvent({ id: `u:${i}`, location: { text: 'x', name: 'Syria', admin2: null, admin1: null, country: 'SY', lat: null, lon: null, precision: 'country' } });

  test.each([
    ['no events', 0, 0, [] as Event[]],
    ['one located event', 1, 1, [located(1)]],
    ['located and unlocated', 2, 4, [located(1), located(2), unlocated(1), makeEvent({ id: 'n:1', location: null })]],
    ['the sample events (one without a place)', 3, 4, sampleEvents()],
    ['200 located, 50 not', 200, 250, [...Array.from({ length: 200 }, (_, i) => located(i)), ...Array.from({ length: 50 }, (_, i) => unlocated(i))]],
  ])('%s: %d points, %d rows', (_name, nPoints, nRows, events) => {
    const html = reportPage(events);
    expect(points(html)).toBe(nPoints);
    expect(rows(html)).toBe(nRows);
    expect(reportFigures(events)).toMatchObject({ events: nRows, located: nPoints });
    expect(html).toContain(`${nRows} events, ${nPoints} on the map`);
  });

  test.each([[0, 1], [1, 1], [200, 1], [201, 2], [450, 3]])('%d events: %d table bodies', (n, bodies) => {
    const html = reportPage(Array.from({ length: n }, (_, i) => located(i)));
    expect(count(html, /<tbody>/g)).toBe(bodies);
    expect(rows(html)).toBe(n);
  });

  test('a point grows with deaths, has a floor and a ceiling', () => {
    expect(radiusFor(0)).toBe(3);
    expect(radiusFor(9)).toBeGreaterThan(radiusFor(1));
    expect(radiusFor(100)).toBeGreaterThan(radiusFor(9));
    expect(radiusFor(1e6)).toBe(24);
  });

  test('a point is coloured by type and titled with place, date and deaths', () => {
    const html = reportPage([located(1, { killed: { low: 5, high: 7, text: 'five to seven' } })]);
    expect(html).toMatch(/<circle class="pt"[^>]*fill="#d62728"><title>attack \(drone_strike\), Town 1, SY, 2020-03-04, 7 killed<\/title>/);
    const meeting = reportPage([makeEvent({ type: 'meeting', subtype: 'visit', killed: null })]);
    expect(meeting).toMatch(/<circle class="pt"[^>]*fill="#1f77b4">/);
  });

  test('the timeline has a bar per day and type; deaths per week sum the week (Monday to Sunday)', () => {
    const day = (value: string, type: 'attack' | 'meeting', killed: number | null) => makeEvent({
      type, subtype: type === 'attack' ? 'shelling' : 'talks', date: { text: value, value, precision: 'day' },
      killed: killed === null ? null : { low: killed, high: killed, text: String(killed) },
    });
    // 2020-03-02 is a Monday, 2020-03-08 the Sunday of that week, 2020-03-09 the next Monday
    const html = reportPage([day('2020-03-02', 'attack', 4), day('2020-03-02', 'attack', 1), day('2020-03-02', 'meeting', null), day('2020-03-08', 'attack', 2), day('2020-03-09', 'attack', 10)]);
    expect(html).toContain('<title>2020-03-02: 2 attack</title>');
    expect(html).toContain('<title>2020-03-02: 1 meeting</title>');
    expect(html).toContain('<title>week of 2020-03-02: 7 killed</title>');
    expect(html).toContain('<title>week of 2020-03-09: 10 killed</title>');
  });

  test('events with no day-precise date leave the charts empty and say so', () => {
    const html = reportPage([makeEvent({ date: { text: '2018', value: '2018', precision: 'year' } })]);
    expect(html).toContain('<p class="empty" id="timeline">No event dated to the day.</p>');
    expect(html).not.toContain('<svg id="timeline"');
  });

  test('killed shows low–high, "n+" with no upper figure, nothing when no count', () => {
    expect(tableRow(makeEvent({ killed: { low: 3, high: 5, text: 'three to five' } }))).toContain('data-v="5">3–5</td>');
    expect(tableRow(makeEvent({ killed: { low: 51, high: null, text: 'more than 50' } }))).toContain('data-v="51">51+</td>');
    expect(tableRow(makeEvent({ killed: null }))).toContain('data-v="-1"></td>');
  });
});

describe('reading events for `extract report`', () => {
  const good = JSON.stringify(makeEvent());
  test.each([
    ['JSONL', 2, 0, `${good}\n${good}\n`],
    ['JSONL with blank lines and CRLF', 2, 0, `${good}\r\n\r\n${good}\r\n`],
    ['a JSON array (--format json)', 2, 0, `[${good},${good}]`],
    ['nothing', 0, 0, ''],
    ['a line that is not JSON', 1, 1, `${good}\n{oops\n`],
    ['a line that is JSON but no event', 1, 1, `${good}\n{"id":"x"}\n`],
    ['a broken array', 0, 1, '[{'],
  ])('%s: %d events, %d errors', async (_name, nEvents, nErrors, text) => {
    const r = await parseEvents(text);
    expect(r.events).toHaveLength(nEvents);
    expect(r.errors).toHaveLength(nErrors);
  });
});

describe('the command line', () => {
  const jsonl = sampleEvents().map((e) => JSON.stringify(e)).join('\n');
  const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

  test('`extract report` from standard input writes the page; a bad line is named and exits 1, the page still written', () => {
    const ok = run(['report'], jsonl);
    expect(ok.status).toBe(0);
    expect(ok.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(rows(ok.stdout)).toBe(4);
    const bad = run(['report', '-'], `${jsonl}\nnot json\n`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('extract report: stdin: line 5: not JSON');
    expect(rows(bad.stdout)).toBe(4);
  });

  test('`extract report FILE -o PAGE` reads the file (a JSON array too) and writes the page to PAGE, nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
    try {
      writeFileSync(join(dir, 'events.json'), JSON.stringify(sampleEvents(), null, 2));
      const r = run(['report', join(dir, 'events.json'), '-o', join(dir, 'page.html')], '');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      const page = readFileSync(join(dir, 'page.html'), 'utf8');
      expect(rows(page)).toBe(4);
      expect(points(page)).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing events file is a usage error', () => {
    const r = run(['report', '/nonexistent/events.jsonl'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read /nonexistent/events.jsonl: ENOENT');
  });

  test('`--format html` on a run writes the same page as `extract report` on its JSONL', () => {
    const text = 'Turkish drone attacks near Saraqeb killed nine Syrian soldiers on Wednesday, a monitor said.';
    const events = run(['--format', 'jsonl', '--date', '2020-03-04', '--quiet'], text);
    expect(events.stdout.trim()).not.toBe('');
    const viaReport = run(['report'], events.stdout);
    const viaFormat = run(['--format', 'html', '--date', '2020-03-04', '--quiet'], text);
    expect(viaFormat.status).toBe(0);
    expect(viaFormat.stdout).toBe(viaReport.stdout);
  });
});
