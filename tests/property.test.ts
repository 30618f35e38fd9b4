// Any text in: no exception, and only events that validate, with evidence offsets inside the text that point at it.
import fc from 'fast-check';
import { jest } from '@jest/globals';
import { extractEvents } from '../src/pipeline/extract.js';
import { EventSchema } from '../src/schema/event.js';

const WORDS = ['killed', 'nine', 'soldiers', 'attack', 'in', 'Idlib', 'Syrian', 'drone', 'strike', 'more than', '50',
  'were', 'wounded', 'talks', 'cease-fire', 'agreed', 'Wednesday', 'the', 'at least', '15-20', 'people', '.', ',', '"', '\n',
  'Turkey', 'said', 'bomb', 'exploded', 'no one was hurt', 'dozens', 'met', 'Putin', 'province', '(Reuters) -'];

function check(text: string): void {
  const { events, invalid } = extractEvents({ id: 'p', text, date: '2024-05-08' });
  expect(invalid).toEqual([]);
  for (const e of events) {
    expect(EventSchema.safeParse(e).success).toBe(true);
    for (const ev of e.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  }
}

// the extractor's first call loads compromise and the gazetteer; runs of many documents: time on any machine
jest.setTimeout(180_000);

describe('any input', () => {
  test('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { check(s); }), { numRuns: 150 });
  });
  test('unicode and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { check(s); }), { numRuns: 100 });
  });
  test('news-like word salad', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), (ws) => { check(ws.join(' ')); }), { numRuns: 200 });
  });
  test('pathological documents finish', () => {
    check('killed '.repeat(20000));
    check('1 2 3 4 5 6 7 8 9 '.repeat(5000));
    check(`${'9'.repeat(30)} people were killed`);
    check(`${'"'.repeat(2000)}attack${'"'.repeat(2000)}`);
    check('a'.repeat(300000));
  });
});
