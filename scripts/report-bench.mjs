// `npm run bench:report`: how long the report takes for 10,000 events (issue 14: it loads in under a second).
// Builds the page in Node (dist/, after `npm run build`) from synthetic events spread over a region and three months,
// then opens it in the system Chromium (CHROMIUM_PATH or /usr/bin/chromium) with every non-file: request refused and
// reads the browser's own navigation timing (DOMContentLoaded and load: parse, layout of the SVG and table, script)
// and the CPU time its renderer spent (Chrome DevTools Performance metrics ThreadTime and ProcessTime).
// Prints the median of a few loads: the machine is shared, so one figure alone means little.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { reportPage } from '../dist/src/report/page.js';

const N = Number(process.argv[2] ?? 10_000);
const LOADS = 5;
const TYPES = [['attack', 'shelling'], ['attack', 'airstrike'], ['casualties', 'report'], ['meeting', 'talks'], ['agreement', 'ceasefire']];

/** A deterministic pseudo-random sequence (the same page every run). */
function random(seed) {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

function events(n) {
  const r = random(14);
  return Array.from({ length: n }, (_, i) => {
    const [type, subtype] = TYPES[Math.floor(r() * TYPES.length)];
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 90) * 86_400_000).toISOString().slice(0, 10);
    const k = type === 'attack' || type === 'casualties' ? Math.floor(r() * r() * 60) : null;
    const located = r() < 0.85;
    return {
      id: `bench-${i}:1`, doc: `bench-${i}`, type, subtype, status: 'occurred', aggregate: false,
      date: { text: day, value: day, precision: 'day' },
      location: { text: `Town ${i % 500}`, name: `Town ${i % 500}`, admin2: null, admin1: null, country: 'SY',
        lat: located ? 32 + r() * 5 : null, lon: located ? 35.5 + r() * 6 : null, precision: located ? 'town' : 'country' },
      actors: [], killed: k === null ? null : { low: k, high: k, text: String(k) }, wounded: null, attribution: null,
      codes: { acled: null, cameo: null, plover: null }, confidence: 0.7,
      evidence: [{ start: 0, end: 80, text: `Shelling near Town ${i % 500} killed ${k ?? 'no'} people <b>and</b> wounded others, a monitor said on ${day}.` }],
      rule: 'bench', meta: { url: `https://example.org/news/${i}` },
    };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const all = events(N);
  const t0 = process.cpuUsage();
  const html = reportPage(all);
  const cpu = process.cpuUsage(t0);
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const timings = [];
  let nodes = 0;
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    timings.push({
      ...(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      })),
      // CPU seconds of the page's main thread and of its renderer process: less shaken by other work on the machine
      thread: metrics.ThreadTime * 1000, process: metrics.ProcessTime * 1000,
    });
    nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await page.close();
  }
  console.log(`${N} events: page ${(statSync(file).size / 1e6).toFixed(1)} MB, ${nodes} elements, built in ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  console.log(`load in Chromium (median of ${LOADS}): DOMContentLoaded ${median(timings.map((t) => t.dcl)).toFixed(0)} ms, load ${median(timings.map((t) => t.load)).toFixed(0)} ms; CPU: main thread ${median(timings.map((t) => t.thread)).toFixed(0)} ms, renderer ${median(timings.map((t) => t.process)).toFixed(0)} ms`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
