// A batch of short wire items written for the tests (never the eval data): conflict reports, meetings, business,
// sport and court items in a fixed pseudo-random mix, as JSONL lines {id, date, text}. The same `n` and `seed`
// always give the same batch.
const TOWNS = ['Baidoa', 'Mosul', 'Kandahar', 'Aleppo', 'Maiduguri', 'Goma', 'Kidal', 'Sirte', 'Taiz', 'Kirkuk'];
const ACTORS = ['Militants', 'Gunmen', 'Rebels', 'Insurgents', 'Suspected jihadists'];
const TARGETS = ['an army checkpoint', 'a police station', 'a market', 'a military convoy', 'a village'];
const COUNTRIES = [['Kenya', 'Somalia'], ['Iraq', 'Turkey'], ['Egypt', 'Sudan'], ['India', 'Nepal'], ['Chile', 'Peru']];
const FIRMS = ['Norland Steel', 'Bluewave Foods', 'Carrow Motors', 'Helix Retail', 'Ostrava Power'];
const TEAMS = ['Riverside', 'Northgate', 'Elm Park', 'Harbour City', 'Westfield'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Pick = <T>(xs: readonly T[]) => T;

const TEMPLATES: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `${p(ACTORS)} attacked ${p(TARGETS)} near ${p(TOWNS)} on ${p(WEEKDAYS)}, killing ${n()} people, officials said.`,
  (p, n) => `A roadside bomb struck a bus outside ${p(TOWNS)} on ${p(WEEKDAYS)}. At least ${n()} passengers were killed and ${n()} wounded, police said.`,
  (p) => { const [a, b] = p(COUNTRIES); return `The foreign ministers of ${a} and ${b} met in Geneva on ${p(WEEKDAYS)} to discuss border trade.`; },
  (p, n) => `Shares of ${p(FIRMS)} rose ${n()} percent on ${p(WEEKDAYS)} after the company raised its yearly forecast.`,
  (p, n) => `${p(TEAMS)} beat ${p(TEAMS)} ${n() % 5}-${n() % 3} on ${p(WEEKDAYS)} to stay top of the league.`,
  (p, n) => `A court in ${p(['Nairobi', 'Lima', 'Cairo'])} sentenced a former mayor to ${n()} years in prison for fraud on ${p(WEEKDAYS)}.`,
  (p, n) => `Soldiers clashed with ${p(ACTORS).toLowerCase()} in ${p(TOWNS)} on ${p(WEEKDAYS)}. ${n()} fighters died in the fighting, the army said.`,
  (p, n) => `${p(FIRMS)} said on ${p(WEEKDAYS)} it would cut ${n() * 10} jobs as demand slowed.`,
];

/** `n` JSONL lines. */
export function wireBatch(n: number, seed = 7): string[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const count = () => 2 + Math.floor(rand() * 30);
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(TEMPLATES)(pick, count));
    return JSON.stringify({ id: `item-${i}`, date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, text: sentences.join(' ') });
  });
}
