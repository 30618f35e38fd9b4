// End-to-end fixtures: one folder per article in fixtures/articles/, with the events a careful analyst codes
// (expected.json, matched partially as ../shared/tools/check-seed.mjs does), the numbers that must not become
// counts, the event types that must not appear, and a ceiling on the number of events (no over-splitting).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../src/pipeline/extract.js';
import { matches, type Expected } from './helpers/gold.js';

const DIR = join('fixtures', 'articles');
const articles = existsSync(DIR) ? readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'expected.json'))).sort() : [];

describe.each(articles)('%s', (name) => {
  const text = readFileSync(join(DIR, name, 'article.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
  const { events, invalid } = extractEvents({ id: name, text, date: expected.reference_date });
  const show = () => events.map((e) => `${e.type}/${e.subtype} k=${e.killed?.low ?? '-'} ${e.location?.name ?? ''}`).join('; ');

  test('every event validates and its evidence is the text at its offsets', () => {
    expect(invalid).toEqual([]);
    for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
  for (const g of expected.must) {
    test(`finds: ${g.note ?? `${g.type} ${g.subtype ?? ''}`}`, () => {
      if (!events.some((e) => matches(e, g))) throw new Error(`missing ${JSON.stringify(g)}\nfound: ${show()}`);
    });
  }
  test('counts no number that is not a casualty count', () => {
    for (const m of expected.must_not ?? []) {
      const counted = events.some((e) => [e.killed, e.wounded].some((c) => c?.text && m.text.toLowerCase().includes(c.text.toLowerCase())
        && e.evidence.some((s) => s.text.includes(m.text))));
      expect({ text: m.text, counted }).toEqual({ text: m.text, counted: false });
    }
  });
  test('no event of a type the article does not report', () => {
    expect(events.filter((e) => (expected.must_not_types ?? []).includes(e.type)).map((e) => e.evidence[0].text)).toEqual([]);
  });
  test('no more events than an analyst would code', () => {
    if (expected.max_events !== undefined) expect(events.length).toBeLessThanOrEqual(expected.max_events);
  });
});

test('there are fixture articles', () => {
  expect(articles.length).toBeGreaterThanOrEqual(6);
});
