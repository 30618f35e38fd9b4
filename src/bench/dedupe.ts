// `npm run bench:dedupe`: `extract dedupe` on synthetic wire copy, as a separate process under /usr/bin/time: wall
// and CPU seconds and peak RSS. The events (default 100,000; --events N) are generated from hand-built real events,
// each told by 1 to 6 reports of different documents (a report's date a day off now and then, its place a few km
// off or only its province, its toll different), in 40 countries, about 3,333 events a day (100,000 over 30 days;
// 400,000 over 120), in date order as a feed brings them (the reports of one real event together, a report's date the
// real event's or a day later): memory should not grow with N. Prints one line per run (--runs N,
// default 1; --keep keeps the input and output files), how many events came out against how many real events went in, and the pairwise precision and recall
// of the merge against the real events the reports were made from.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../schema/event.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const EVENTS = Number(arg('--events') ?? 100_000);
const RUNS = Number(arg('--runs') ?? 1);
const KEEP = args.includes('--keep');
if (!(EVENTS > 0 && RUNS > 0)) { process.stderr.write('bench:dedupe: --events and --runs must be positive numbers\n'); process.exit(2); }

/** A small deterministic generator (mulberry32), so that every run benches the same input. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = Array.from({ length: 40 }, (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
const SUBTYPES = ['airstrike', 'shelling', 'bombing', 'armed_clash', 'attack_on_civilians'] as const;
/** Events a day: the default input is 30 days of them. */
const PER_DAY = 100_000 / 30;
const DAY = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/** One report of a real event; `r` perturbs it as rewrites do. */
function report(real: { n: number; country: string; admin1: number; lat: number; lon: number; day: number; subtype: string; killed: number }, doc: string, r: () => number): Event {
  const provinceOnly = r() < 0.15;
  const location = {
    text: 'x', name: provinceOnly ? `Province ${real.admin1}` : `Town ${real.n}`, admin2: null, admin1: `Province ${real.admin1}`, country: real.country,
    lat: real.lat + (r() - 0.5) * 0.02, lon: real.lon + (r() - 0.5) * 0.02, precision: provinceOnly ? 'admin1' as const : 'town' as const,
  };
  const killed = real.killed + Math.floor(r() * 4);
  return {
    id: `${doc}:1`, doc, type: 'attack', subtype: r() < 0.2 ? 'unspecified' : real.subtype as Event['subtype'], status: 'occurred', aggregate: false,
    date: { text: 'x', value: DAY(real.day + (r() < 0.2 ? 1 : 0)), precision: 'day' }, location,
    actors: [{ text: 'x', name: 'villagers', country: null, kind: 'civilian', role: 'target' }],
    killed: { low: killed, high: killed, text: String(killed) }, wounded: null, attribution: null,
    codes: { acled: null, cameo: null, plover: 'ASSAULT' }, confidence: 0.8,
    evidence: [{ start: 0, end: 40, text: `Report ${doc} of real event ${real.n}, generated.` }], rule: 'bench:synthetic',
    meta: { url: `https://example.org/${doc}` },
  } as Event;
}

/** The synthetic input: at least `count` events, as JSONL, and the number of real events they tell. */
function synthetic(count: number): { text: string; real: number } {
  const r = random(14);
  const lines: string[] = [];
  let real = 0;
  while (lines.length < count) {
    const country = COUNTRIES[Math.floor(r() * COUNTRIES.length)];
    const e = { n: real, country, admin1: Math.floor(r() * 20), lat: -30 + r() * 60, lon: -60 + r() * 120, day: Math.floor(lines.length / PER_DAY),
      subtype: SUBTYPES[Math.floor(r() * SUBTYPES.length)], killed: Math.floor(r() * 20) };
    const reports = 1 + Math.floor(r() * 6);
    for (let k = 0; k < reports && lines.length < count; k++) lines.push(JSON.stringify(report(e, `d${real}-${k}`, r)));
    real++;
  }
  return { text: `${lines.join('\n')}\n`, real };
}

/** Pairwise precision and recall of output groups, each given as the real events of its reports. */
function pairwise(groups: string[][]): { precision: number; recall: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const perReal = new Map<string, number>();
  let said = 0;
  let right = 0;
  for (const g of groups) {
    said += pairs(g.length);
    const here = new Map<string, number>();
    for (const r of g) { here.set(r, (here.get(r) ?? 0) + 1); perReal.set(r, (perReal.get(r) ?? 0) + 1); }
    for (const n of here.values()) right += pairs(n);
  }
  const truth = [...perReal.values()].reduce((s, n) => s + pairs(n), 0);
  return { precision: right / said, recall: right / truth };
}

const dir = mkdtempSync(join(tmpdir(), 'extract-bench-dedupe-'));
try {
  const file = join(dir, 'events.jsonl');
  const { text, real } = synthetic(EVENTS);
  writeFileSync(file, text);
  process.stdout.write(`dedupe bench: ${EVENTS} synthetic events (${(text.length / 1e6).toFixed(1)} MB) telling ${real} real events\n`);
  for (let run = 1; run <= RUNS; run++) {
    const outFd = openSync(join(dir, 'merged.jsonl'), 'w');
    const p = spawnSync('/usr/bin/time', ['-f', '%e %U %M', process.execPath, BIN, 'dedupe', file], { encoding: 'utf8', stdio: ['ignore', outFd, 'pipe'] });
    closeSync(outFd);
    if (p.status !== 0) { process.stderr.write(p.stderr); process.exit(1); }
    const [wall, user, kb] = p.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    const out = readFileSync(join(dir, 'merged.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { reports: { doc: string }[] });
    const { precision, recall } = pairwise(out.map((e) => e.reports.map((r) => r.doc.replace(/-\d+$/, ''))));
    process.stdout.write(`run ${run}: ${wall.toFixed(2)} s wall, ${user.toFixed(2)} s user CPU, peak RSS ${(kb / 1024).toFixed(0)} MB; `
      + `${out.length} events out, pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n`);
  }
} finally {
  if (KEEP) process.stdout.write(`kept: ${dir}\n`); else rmSync(dir, { recursive: true, force: true });
}
