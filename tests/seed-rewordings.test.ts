// The seed article and two rewordings of it of our own (fixtures/seed-rewordings/: the same facts, spun with other
// synonyms than the seed's: "had been likewise killed", "unmanned aircraft strikes in close proximity to", "wound up
// also killed", "cease-blaze", "in the prior month, such as 33") must each yield the seed's 'must' events
// (seeds/idlib-2020-03-04.expected.json) and count none of its non-casualty numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../src/pipeline/extract.js';
import { readDocument } from '../src/document/reading.js';
import { matches, countedNonCasualties, type Expected } from './helpers/gold.js';

const gold = JSON.parse(readFileSync(join('seeds', 'idlib-2020-03-04.expected.json'), 'utf8')) as Expected;
const seed = readFileSync(join('seeds', 'idlib-2020-03-04.txt'), 'utf8');
const TEXTS: [name: string, text: string][] = [
  ['the seed', seed],
  ['rewording a', readFileSync(join('fixtures', 'seed-rewordings', 'idlib-reworded-a.txt'), 'utf8')],
  ['rewording b', readFileSync(join('fixtures', 'seed-rewordings', 'idlib-reworded-b.txt'), 'utf8')],
];

/** The seed's spun words that are not English: a rewording that reused them would show nothing new. */
const SEED_SPINS = ['troopers', 'cease-hearth', 'stop-fireplace', 'ended up', 'governing administration', 'legal rights', 'based mostly', 'forward of', 'assertion', 'keep track of', 'extra than', 'solitary'];

describe.each(TEXTS)('%s', (name, text) => {
  const { events, invalid } = extractEvents({ id: 'idlib', text, date: gold.reference_date });
  const show = () => events.map((e) => `${e.type}/${e.subtype} k=${e.killed?.low ?? '-'} w=${e.wounded?.low ?? '-'} ${e.location?.name ?? ''}`).join('; ');

  test.each(gold.must.map((g) => [g.note?.slice(0, 60) ?? g.type, g] as const))('finds: %s', (_note, g) => {
    if (!events.some((e) => matches(e, g))) throw new Error(`missing ${JSON.stringify(g)}\nfound: ${show()}`);
  });
  test('counts none of the non-casualty numbers', () => {
    expect(countedNonCasualties(events, gold.must_not ?? [])).toEqual([]);
  });
  test('every event validates and its evidence is the text at its offsets', () => {
    expect(invalid).toEqual([]);
    for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
  if (name !== 'the seed') {
    test('is spun with other words than the seed: none of its non-English spins, no sentence of it', () => {
      expect(SEED_SPINS.filter((w) => text.toLowerCase().includes(w))).toEqual([]);
      const sentences = (t: string) => t.split(/(?<=[.!?”])\s+(?=[A-Z“])/).filter((s) => s.length > 20);
      const own = new Set(sentences(seed));
      expect(sentences(text).filter((s) => own.has(s))).toEqual([]);
      expect(readDocument(text).edits.length).toBeGreaterThanOrEqual(8);
    });
  }
});
