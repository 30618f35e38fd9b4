// `npm run report:screenshot`: the seed article's report (extract the seed as JSONL, then `extract report`), opened
// in the system Chromium with every non-file: request refused, saved as docs/report-seed.png for the README.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'extract.js');
const seed = join(root, '..', 'shared', 'seeds', 'idlib-2020-03-04.txt');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`);

const dir = mkdtempSync(join(tmpdir(), 'report-shot-'));
try {
  const events = execFileSync(process.execPath, [bin, seed, '--date', '2020-03-04', '--format', 'jsonl', '--quiet']);
  const page = join(dir, 'seed-report.html');
  execFileSync(process.execPath, [bin, 'report', '-o', page], { input: events });
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const tab = await browser.newPage({ viewport: { width: 1040, height: 900 } });
    let refused = 0;
    await tab.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : (refused++, r.abort())));
    await tab.goto(pathToFileURL(page).href);
    // the table's rows off screen are not drawn (content-visibility: auto): make the viewport as tall as the page,
    // twice, since a row drawn for the first time takes its real height
    for (let i = 0; i < 2; i++) {
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewportSize({ width: 1040, height });
      await tab.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
    }
    const out = join(root, 'docs', 'report-seed.png');
    await tab.screenshot({ path: out, fullPage: true });
    console.log(`wrote ${out} (${refused} outside requests refused)`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
