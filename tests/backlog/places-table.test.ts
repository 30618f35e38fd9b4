// Issue 10's bar on the place table not yet reached, kept as failing tests so they run and stay visible (the figures
// reached are floors in tests/places-table.test.ts). When a change makes one pass, jest reports it: move it there.
// Left: places named as the object of words the cues do not know yet, towns the context still rejects, villages no
// offline data has, and a victim's nationality read as the place. `node scripts/places-measure.mjs --table --verbose`
// lists every miss.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEvents } from '../../src/pipeline/extract.js';
import type { Event } from '../../src/schema/event.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
type Marks = { id: string; negative: boolean; country: boolean; wrongCountry: boolean };
interface Scorer { placeOf(events: Event[]): unknown; scoreRow(row: unknown, loc: unknown, n: number): Marks }

let marks: Marks[] = [];
beforeAll(async () => {
  const S = (await import(pathToFileURL(join(ROOT, 'fixtures', 'places', 'table-score.mjs')).href)) as Scorer;
  const rows = readFileSync(join(ROOT, 'fixtures', 'places', 'table.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  marks = rows.map((r: { id: string; text: string; date: string }) => {
    const { events } = extractEvents({ id: r.id, text: r.text, date: r.date });
    return S.scoreRow(r, S.placeOf(events), events.length);
  });
});

describe('backlog: issue 10 on the place table', () => {
  test.failing('the country is right on >= 98% of the positive rows', () => {
    const positives = marks.filter((m) => !m.negative);
    expect(positives.filter((m) => m.country).length / positives.length).toBeGreaterThanOrEqual(0.98);
  });
  test.failing('no negative row is given a wrong country', () => {
    expect(marks.filter((m) => m.negative && m.wrongCountry).map((m) => m.id)).toEqual([]);
  });
});
