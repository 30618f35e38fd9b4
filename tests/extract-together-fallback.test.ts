// Documents extracted together whose shared tagging throws (src/pipeline/extract.ts extractDocuments): each document of
// the group is then tagged on its own, so the one that makes the tagger throw fails alone and the others of the group
// still get what extractEvents gives them. The tagger is made to throw on one made-up word, through a module mock of
// src/document/terms.ts that otherwise runs the real one.
import { jest } from '@jest/globals';
import type { SentenceSpan } from '../src/document/sentences.js';
import type { InputDoc } from '../src/types.js';

const real = await import('../src/document/terms.js');
/** The word the mocked tagger throws on. */
const POISON = 'Qwyxtown';
jest.unstable_mockModule('../src/document/terms.js', () => ({
  ...real,
  tagSentences: (sentences: SentenceSpan[]) => {
    if (sentences.some((s) => s.text.includes(POISON))) throw new Error('the tagger broke');
    return real.tagSentences(sentences);
  },
}));
const { extractDocuments, extractEvents } = await import('../src/pipeline/extract.js');

const DOCS: InputDoc[] = [
  { id: 'raid', text: 'On 4 June, rebels attacked an army post in Harran village, killing 3 soldiers.', date: '2021-06-05' },
  { id: 'poisoned', text: `Gunmen killed two guards at a checkpoint in ${POISON} on Monday.`, date: '2021-06-08' },
  { id: 'ambush', text: 'Gunmen ambushed a police convoy near Kandahar on Friday. Two officers were wounded, officials said.', date: '2020-01-11' },
];

test('the mocked tagger throws on the poisoned document alone', () => {
  expect(() => extractEvents(DOCS[1])).toThrow('the tagger broke');
  expect(extractEvents(DOCS[0]).events.length).toBeGreaterThan(0);
});

test('a shared tagging that throws fails only the document that made it throw', () => {
  const out = extractDocuments(DOCS);
  expect(out).toHaveLength(3);
  expect(out[1]).toEqual({ error: new Error('the tagger broke') });
  expect(out[0]).toEqual({ result: extractEvents(DOCS[0]) });
  expect(out[2]).toEqual({ result: extractEvents(DOCS[2]) });
  expect('result' in out[2] && out[2].result.events.map((e) => e.type)).toContain('attack');
});
