#!/usr/bin/env node
// Measures the places module on its own (run after `npm run build`):
//   node scripts/places-measure.mjs [GOLD.jsonl] [--verbose]
// 1. PLOVER records with a gold `location` (default ../shared/eval/plover-gsr.jsonl):
//    - found: the place locateEvent finds in the sentence (anchored at the gold event words) matches the gold
//      name, and its country the gold country;
//    - resolved: resolvePlaceName of the gold string itself, in the sentence's context, gives the gold country.
//    The gold country comes from the eval harness (src/eval/places.ts: world-countries + the actors' codes), not
//    from this module. Prints figures only; with --verbose, the ids of the misses (never the sentences).
// 2. Cost: cold import, first-use load time and heap, and the time per buildPlaceContext + locateEvent call.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? join(root, '..', 'shared', 'eval', 'plover-gsr.jsonl');
if (!existsSync(file)) { console.error(`no ${file}`); process.exit(2); }

const heap0 = process.memoryUsage();
let t = performance.now();
const places = await import(join(root, 'dist/src/places/index.js'));
const importMs = performance.now() - t;
const heap1 = process.memoryUsage();
t = performance.now();
places.resolvePlaceName('Saraqeb', places.buildPlaceContext('Syria.'));
const loadMs = performance.now() - t;
const heap2 = process.memoryUsage();

const evalPlaces = await import(join(root, 'dist/src/eval/places.js'));
const gaz = evalPlaces.loadGazetteer();

const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.gold?.location);
const MEETING = new Set(['CONSULT', 'AGREE']);
let n = 0, nameOk = 0, ctryN = 0, ctryOk = 0, resN = 0, resOk = 0;
const misses = [];
for (const r of records) {
  const gold = r.gold.location;
  const actors = new Set();
  for (const a of [...(r.gold.source_actors ?? []), ...(r.gold.target_actors ?? [])]) {
    const cc = evalPlaces.codeToAlpha2(gaz, a.code);
    if (cc) actors.add(cc);
  }
  for (const cc of evalPlaces.countriesNamedIn(gaz, r.text)) actors.add(cc);
  const goldCc = evalPlaces.resolvePlaceCountry(gaz, gold, actors);
  // the anchor: the first gold event word found in the sentence
  const word = String(r.gold.event_text ?? '').split(/\s+/).find((w) => w && r.text.toLowerCase().includes(w.toLowerCase()));
  const anchor = word ? r.text.toLowerCase().indexOf(word.toLowerCase()) : 0;
  const ctx = places.buildPlaceContext(r.text);
  const L = r.text.length;
  const loc = (MEETING.has(r.gold.event_type) ? places.locateEvent(r.text, 0, L, anchor, ctx, { after: 80 }) : null)
    ?? places.locateEvent(r.text, 0, L, anchor, ctx);
  n++;
  const ok = !!loc && evalPlaces.placeNamesMatch(gaz, gold, [loc.name, loc.text, loc.admin1]);
  if (ok) nameOk++; else misses.push(`${r.id} name: gold ${gold} / ours ${loc ? `${loc.text} → ${loc.name}, ${loc.country}` : 'none'}`);
  if (goldCc) {
    ctryN++;
    if (loc?.country === goldCc) ctryOk++; else misses.push(`${r.id} country: gold ${goldCc} / ours ${loc?.country ?? 'none'}`);
    resN++;
    const res = places.resolvePlaceName(gold, ctx);
    if (res?.country === goldCc) resOk++; else misses.push(`${r.id} resolve: ${gold} → ${res ? `${res.name}, ${res.country}` : 'none'} (gold ${goldCc})`);
  }
}

// time per article: context + one locateEvent per sentence, on the PLOVER sentences (≈ one short article each)
const all = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
t = performance.now();
let calls = 0;
for (let rep = 0; rep < 5; rep++) for (const s of all) { const c = places.buildPlaceContext(s); places.locateEvent(s, 0, s.length, 0, c); calls++; }
const perCall = (performance.now() - t) / calls;

// per article: the whole extraction against the places work in it (a context and one locateEvent per sentence,
// more than the pipeline asks, which locates only sentences with an event), on the WikiEvents articles
const wiki = join(root, '..', 'shared', 'eval', 'wikievents-dev.jsonl');
let article = null;
if (existsSync(wiki)) {
  const { extractEvents } = await import(join(root, 'dist/src/pipeline/extract.js'));
  const { splitSentences } = await import(join(root, 'dist/src/document/sentences.js'));
  const docs = readFileSync(wiki, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const d of docs) extractEvents({ id: d.id, text: d.text }); // warm
  let tAll = 0, tPlaces = 0;
  for (let rep = 0; rep < 3; rep++) {
    for (const d of docs) {
      let t0 = performance.now();
      extractEvents({ id: d.id, text: d.text });
      tAll += performance.now() - t0;
      const spans = splitSentences(d.text);
      t0 = performance.now();
      const c = places.buildPlaceContext(d.text);
      for (const sp of spans) places.locateEvent(d.text, sp.start, sp.end, sp.start, c);
      tPlaces += performance.now() - t0;
    }
  }
  article = { n: docs.length, all: tAll / (3 * docs.length), places: tPlaces / (3 * docs.length) };
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
console.log(`PLOVER records with a gold location: ${n}`);
console.log(`  place name found in the sentence matches gold:   ${pct(nameOk, n)}`);
console.log(`  country of the place found matches gold country: ${pct(ctryOk, ctryN)}`);
console.log(`  gold string resolved to the gold country:        ${pct(resOk, resN)}`);
console.log(`cost`);
console.log(`  import of src/places/index.js: ${importMs.toFixed(1)} ms, heap +${mb(heap1.heapUsed - heap0.heapUsed)}`);
console.log(`  first use (loads the gazetteer): ${loadMs.toFixed(1)} ms, heap +${mb(heap2.heapUsed - heap1.heapUsed)}, rss +${mb(heap2.rss - heap1.rss)}`);
console.log(`  buildPlaceContext + locateEvent per sentence: ${perCall.toFixed(3)} ms`);
if (article) console.log(`  WikiEvents articles (${article.n}): extraction ${article.all.toFixed(1)} ms per article, places work in it ≤ ${article.places.toFixed(2)} ms (${((100 * article.places) / article.all).toFixed(1)}%)`);
if (verbose) for (const m of misses) console.log(`  miss ${m}`);
