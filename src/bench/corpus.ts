// Benchmark corpora, as JSONL (the batch input format):
// - dense: every document is about violence: the texts of ../shared/eval when present (PLOVER's one-sentence
//   records grouped into articles of eight), else the project's fixtures and seeds; repeated up to the size asked;
// - wire: ../shared/eval/agnews-dev.jsonl as it is (short everyday news items: read, never rewritten or resized);
//   when it is missing, a generated day of wire copy, where about one document in five is about violence (drawn
//   from the dense pool) and the rest are ordinary business, sport, weather and politics stories from templates,
//   repeated up to the size asked. Ids stay unique; a seeded generator makes every run the same corpus.
// The two-core ceiling runs two processes on the two halves of a corpus: `halves` splits its file by documents.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusDoc { id: string; text: string }

/** mulberry32: small, seeded, good enough to vary templates */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walkFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkFiles(p, out);
    else out.push(p);
  }
  return out;
}

function jsonlTexts(path: string): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { text?: unknown; gold?: { category?: unknown } };
      // AG News items (gold.category) are everyday news, not violent text: the wire mix has its own of those
      if (r.gold?.category !== undefined) continue;
      if (typeof r.text === 'string' && r.text.trim()) texts.push(r.text);
    } catch { /* not a record */ }
  }
  return texts;
}

/** The violent texts: shared eval data when present, else fixtures and seeds. Says where they came from. */
export function violentPool(root: string): { texts: string[]; from: string } {
  const shared = join(root, '..', 'shared', 'eval');
  const evalFiles = walkFiles(shared).filter((f) => f.endsWith('.jsonl'));
  if (evalFiles.length) {
    const texts: string[] = [];
    for (const f of evalFiles) {
      const t = jsonlTexts(f);
      // one-sentence records (PLOVER) become articles of eight sentences; articles stay as they are
      const short = t.filter((x) => x.length < 600);
      for (let i = 0; i < short.length; i += 8) texts.push(short.slice(i, i + 8).join(' '));
      texts.push(...t.filter((x) => x.length >= 600));
    }
    return { texts, from: `../shared/eval (${evalFiles.length} files)` };
  }
  const files = [...walkFiles(join(root, 'fixtures')), ...walkFiles(join(root, 'seeds'))];
  const texts = files.flatMap((f) => (f.endsWith('.txt') ? [readFileSync(f, 'utf8')] : f.endsWith('.jsonl') ? jsonlTexts(f) : []));
  return { texts, from: 'fixtures/ and seeds/' };
}

// ---- ordinary news from templates -------------------------------------------------------------------------------

const CITIES = ['LONDON', 'NEW YORK', 'FRANKFURT', 'TOKYO', 'SYDNEY', 'TORONTO', 'MADRID', 'SEOUL', 'CHICAGO', 'PARIS', 'MUMBAI', 'SAO PAULO'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const COMPANIES = ['Northwind Holdings', 'Acme Logistics', 'Blue Harbor Bank', 'Vantage Motors', 'Helios Energy', 'Crestline Foods',
  'Orbital Telecom', 'Pinecrest Pharma', 'Summit Retail Group', 'Keystone Steel', 'Lumen Software', 'Riverside Airlines'];
const PEOPLE = ['Maria Jensen', 'David Okafor', 'Hiroshi Tanaka', 'Laura Becker', 'Ahmed Siddiqui', 'Claire Dubois', 'Tom Richards',
  'Ana Ribeiro', 'Peter Novak', 'Grace Lee', 'Samuel Adeyemi', 'Elena Petrova'];
const TEAMS = ['Rovers', 'City', 'United', 'Wanderers', 'Athletic', 'Rangers', 'Dynamo', 'Albion', 'Harriers', 'Olympic'];
const PARTIES = ['the Liberal Party', 'the Social Democrats', 'the Conservatives', 'the Greens', 'the Centre Alliance', 'the Labour Party'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Pick = <T>(xs: readonly T[]) => T;

const TOPICS: Record<string, ((p: Pick, n: (lo: number, hi: number) => number) => string)[]> = {
  business: [
    (p, n) => `${p(COMPANIES)} reported a ${n(2, 19)} percent rise in quarterly revenue on ${p(WEEKDAYS)}, beating analysts' forecasts.`,
    (_, n) => `Shares in the company rose ${n(1, 9)}.${n(0, 9)} percent in early trading after the results were published.`,
    (p) => `Chief executive ${p(PEOPLE)} said demand had held up better than expected despite higher borrowing costs.`,
    (_, n) => `The group raised its full-year profit outlook to between ${n(1, 4)}.${n(0, 9)} billion and ${n(5, 8)}.${n(0, 9)} billion dollars.`,
    (p) => `Analysts at ${p(COMPANIES)} said margins could come under pressure in the second half as input prices climb.`,
    (_, n) => `The central bank left its benchmark rate at ${n(1, 5)}.${n(0, 9)}${n(0, 9)} percent, in line with market expectations.`,
    (p) => `${p(PEOPLE)}, an economist, said consumer spending remained resilient but that hiring had slowed.`,
    (_, n) => `The company plans to open ${n(10, 90)} new stores next year and to hire about ${n(2, 9)},000 staff.`,
    () => 'Inflation eased for a third straight month, according to figures released by the statistics office.',
    (p) => `The merger with ${p(COMPANIES)} is expected to close by the end of the year, subject to regulatory approval.`,
    (_, n) => `Oil prices slipped ${n(1, 3)} percent as traders weighed rising inventories against steady demand.`,
    () => 'Bond yields edged higher as investors priced in fewer rate cuts than previously expected.',
  ],
  sport: [
    (p, n) => `${p(TEAMS)} beat ${p(TEAMS)} ${n(2, 5)}-${n(0, 1)} on ${p(WEEKDAYS)} to move top of the table.`,
    (p, n) => `${p(PEOPLE)} scored twice in the first half, the second a low shot from ${n(18, 30)} metres.`,
    (p) => `The visitors struck back after the break but could not find an equaliser, and ${p(PEOPLE)} was sent off late on.`,
    (p) => `Manager ${p(PEOPLE)} praised his side's attack and said the title race was far from over.`,
    (_, n) => `A crowd of ${n(20, 75)},${n(100, 999)} watched the match, the largest at the ground this season.`,
    (p, n) => `In tennis, ${p(PEOPLE)} won the final in straight sets, ${n(6, 7)}-${n(2, 4)}, ${n(6, 7)}-${n(3, 5)}.`,
    () => 'The defending champions have now won five of their last six games in all competitions.',
    (p, n) => `${p(PEOPLE)} finished the marathon in two hours ${n(3, 15)} minutes, a course record.`,
    (p) => `The club confirmed that ${p(PEOPLE)} will miss the next three weeks with a hamstring injury.`,
    (p) => `${p(TEAMS)} host ${p(TEAMS)} next weekend in a match that could decide the league.`,
  ],
  weather: [
    (p, n) => `Temperatures are expected to reach ${n(25, 38)} degrees Celsius on ${p(WEEKDAYS)}, the national weather service said.`,
    (_, n) => `Heavy rain is forecast for the north of the country, with up to ${n(30, 90)} millimetres in places.`,
    () => 'Forecasters said a band of high pressure would bring dry and settled conditions through the weekend.',
    (_, n) => `Winds could gust up to ${n(60, 110)} kilometres per hour along the coast, and ferry operators warned of delays.`,
    () => 'Farmers welcomed the rain after the driest spring in two decades left reservoirs well below normal levels.',
    (_, n) => `Snow is likely above ${n(8, 15)}00 metres, and drivers were advised to carry chains on mountain roads.`,
    () => 'The outlook for next week is changeable, with sunny spells and scattered showers.',
    (p) => `${p(PEOPLE)}, a meteorologist, said the warm spell was unusual for the time of year but not a record.`,
  ],
  politics: [
    (p, n) => `${p(PARTIES)} unveiled a budget plan on ${p(WEEKDAYS)} that would raise public spending by ${n(1, 6)} percent.`,
    (p) => `Opposition leader ${p(PEOPLE)} said the proposals did too little for households facing higher rents.`,
    (_, n) => `The bill passed its second reading by ${n(201, 330)} votes to ${n(120, 200)} and now goes to committee.`,
    (p, n) => `A poll published this week put ${p(PARTIES)} on ${n(24, 38)} percent, ${n(1, 6)} points ahead of its nearest rival.`,
    (p) => `${p(PEOPLE)}, the finance minister, defended the plan in parliament, saying it would reduce the deficit within four years.`,
    () => 'Voters go to the polls in the spring, and turnout is expected to be lower than at the last election.',
    (p) => `Local councils said they had not been consulted on the changes to school funding, ${p(PEOPLE)} told reporters.`,
    (_, n) => `The government announced ${n(2, 9)}00 million in new funding for rural broadband and regional rail lines.`,
    (p) => `${p(PEOPLE)} resigned from the cabinet after a dispute over pension reform, the prime minister's office said.`,
  ],
};

/** One ordinary news story of about `sentences` sentences, with a dateline. */
function ordinaryStory(topic: keyof typeof TOPICS, r: () => number, sentences: number): string {
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)];
  const num = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) lines.push(pick(TOPICS[topic])(pick, num));
  // paragraphs of two or three sentences, as wire copy has them
  const paras: string[] = [];
  for (let i = 0; i < lines.length;) { const k = num(2, 3); paras.push(lines.slice(i, i + k).join(' ')); i += k; }
  return `${pick(CITIES)}, ${pick(MONTHS)} ${num(1, 28)} (Wire) - ${paras.join('\n\n')}`;
}

const TOPIC_NAMES = Object.keys(TOPICS) as (keyof typeof TOPICS)[];

function fill(target: number, next: (i: number) => CorpusDoc): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const d = next(i);
    docs.push(d);
    bytes += Buffer.byteLength(d.text);
  }
  return docs;
}

export function denseCorpus(pool: string[], targetBytes: number): CorpusDoc[] {
  return fill(targetBytes, (i) => ({ id: `dense-${i}`, text: pool[i % pool.length] }));
}

export function wireCorpus(pool: string[], targetBytes: number, seed = 42): CorpusDoc[] {
  const r = rng(seed);
  let violent = 0;
  return fill(targetBytes, (i) => {
    if (i % 5 === 2) return { id: `wire-${i}`, text: pool[violent++ % pool.length] };
    const topic = TOPIC_NAMES[Math.floor(r() * TOPIC_NAMES.length)];
    return { id: `wire-${i}-${topic}`, text: ordinaryStory(topic, r, 8 + Math.floor(r() * 12)) };
  });
}

export function writeJsonl(path: string, docs: CorpusDoc[]): void {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

/** The shared everyday wire items (AG News), when ../shared/eval holds them. */
export function sharedWireFile(root: string): string | null {
  const path = join(root, '..', 'shared', 'eval', 'agnews-dev.jsonl');
  return existsSync(path) ? path : null;
}

/** The documents of a JSONL file (its records' id and text; other fields and unreadable lines are left out). */
export function readJsonl(path: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof r.text === 'string') docs.push({ id: String(r.id ?? docs.length), text: r.text });
    } catch { /* not a record: extract reports it, the bench does not count it */ }
  }
  return docs;
}

/** The file's lines, as they are, cut by documents into two files of about equal bytes: `<base>.1.jsonl`, `.2.jsonl`. */
export function halves(path: string, base: string): [string, string] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const sizes = lines.map((l) => Buffer.byteLength(l) + 1);
  const total = sizes.reduce((a, b) => a + b, 0);
  let cut = 0;
  // the cut nearest to half the bytes, and never an empty half when there are two documents
  for (let sum = 0; cut < lines.length && Math.abs(sum + sizes[cut] - total / 2) < Math.abs(sum - total / 2); cut++) sum += sizes[cut];
  cut = Math.min(Math.max(cut, 1), Math.max(lines.length - 1, 1));
  const files: [string, string] = [`${base}.1.jsonl`, `${base}.2.jsonl`];
  writeFileSync(files[0], lines.slice(0, cut).map((l) => `${l}\n`).join(''));
  writeFileSync(files[1], lines.slice(cut).map((l) => `${l}\n`).join(''));
  return files;
}
