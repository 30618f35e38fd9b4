// Documents extracted together (src/pipeline/extract.ts extractDocuments: what the in-process runner and each worker
// process run on the short items a read brings) give each document what extractEvents gives it alone, in order; a
// document that throws fails alone, the others of its chunk still get their events.
import { extractDocuments, extractEvents, type Extraction } from '../src/pipeline/extract.js';
import type { InputDoc } from '../src/types.js';

const DOCS: InputDoc[] = [
  { id: 'raid', text: 'On 4 June, rebels attacked an army post in Harran village, killing 3 soldiers.', date: '2021-06-05' },
  { id: 'market', text: 'Shares of the carmaker rose 4% on Tuesday after it beat forecasts. Analysts were upbeat.' },
  { id: 'talks', text: 'The foreign ministers of Chad and Niger met in Niamey on Monday to discuss border security.', date: '2022-03-08' },
  { id: 'none', text: 'The museum reopened.' },
  { id: 'ambush', text: 'Gunmen ambushed a police convoy near Kandahar on Friday. Two officers were wounded, officials said.', date: '2020-01-11' },
];

const resultOf = (x: Extraction) => ('result' in x ? x.result : null);

test('each document gets what it gets alone, with --explain too', () => {
  for (const options of [{}, { explain: true }]) {
    const together = extractDocuments(DOCS, options).map(resultOf);
    expect(together).toEqual(DOCS.map((d) => extractEvents(d, options)));
  }
  const events = extractDocuments(DOCS).map((x) => resultOf(x)?.events.map((e) => e.type) ?? []);
  expect(events[0]).toContain('attack');
  expect(events[1]).toEqual([]);
  expect(events[2]).toContain('meeting');
  expect(events[3]).toEqual([]);
});

test('a document that throws fails alone', () => {
  const broken = { id: 'broken', text: undefined } as unknown as InputDoc;
  const out = extractDocuments([DOCS[0], broken, DOCS[4]]);
  expect('error' in out[1]).toBe(true);
  expect(resultOf(out[0])).toEqual(extractEvents(DOCS[0]));
  expect(resultOf(out[2])).toEqual(extractEvents(DOCS[4]));
});
