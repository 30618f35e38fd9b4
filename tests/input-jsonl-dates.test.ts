// The JSONL `date` field: any ISO 8601 date or date-time gives the date as written in its own offset (never turned to
// UTC), so does YYYY/MM/DD; a value that is no date is an error naming its line, and the other lines still run.
import { Readable } from 'node:stream';
import { readInputs, type InputItem } from '../src/input/read.js';
import { jsonlDay, parseJsonlLine } from '../src/input/jsonl-record.js';

describe('jsonlDay: dates and date-times that give a day', () => {
  test.each([
    ['2024-05-08', '2024-05-08'],
    ['2024-05-08T10:00:00Z', '2024-05-08'],
    ['2024-05-08t10:00:00z', '2024-05-08'],
    ['2024-05-08T23:30:00-05:00', '2024-05-08'],
    ['2024-05-08T00:15:00+09:00', '2024-05-08'],
    ['2024-05-08T23:59:59.999999+0530', '2024-05-08'],
    ['2024-05-08T07:45:12,5-03', '2024-05-08'],
    ['2024-05-08 10:00', '2024-05-08'],
    ['2024-05-08T10', '2024-05-08'],
    ['  2024-05-08  ', '2024-05-08'],
    ['20240508', '2024-05-08'],
    ['20240508T101500Z', '2024-05-08'],
    ['2024/05/08', '2024-05-08'],
    ['2024/05/08 18:20:00', '2024-05-08'],
    ['2024-02-29', '2024-02-29'],
    ['2024-129', '2024-05-08'],
    ['2024-W19-3', '2024-05-08'],
    ['2020-W53-7', '2021-01-03'],
    ['2025-W01-1', '2024-12-30'],
  ])('%s → %s', (raw, day) => {
    expect(jsonlDay(raw)).toBe(day);
  });
});

describe('jsonlDay: values that are not a date', () => {
  test.each([
    ['words', 'last Tuesday'],
    ['a spelled month', 'May 8, 2024'],
    ['day first with slashes', '08/05/2024'],
    ['month 13', '2024-13-01'],
    ['30 February', '2024-02-30'],
    ['29 February outside a leap year', '2023-02-29'],
    ['hour 25', '2024-05-08T25:00'],
    ['minute 61', '2024-05-08T10:61:00Z'],
    ['an offset of 30 hours', '2024-05-08T10:00:00+30:00'],
    ['day 367 of a year', '2024-367'],
    ['week 53 of a 52-week year', '2023-W53-1'],
    ['a time with no date', '10:00:00Z'],
    ['a bare number', '12345'],
    ['trailing words', '2024-05-08 or so'],
  ])('%s: %s', (_, raw) => {
    expect(jsonlDay(raw)).toBeUndefined();
  });
});

describe('parseJsonlLine: the date field', () => {
  const line = (date: unknown) => JSON.stringify({ id: 'r1', text: 'Troops crossed the river.', date });
  test.each([
    ['2024-05-08T23:30:00-05:00', '2024-05-08'],
    ['2024/11/02', '2024-11-02'],
  ])('%s: the document carries %s', (date, day) => {
    expect(parseJsonlLine(line(date), 4)).toEqual({ doc: { id: 'r1', text: 'Troops crossed the river.', date: day } });
  });
  test.each([['null', null], ['an empty string', ''], ['blanks', '  ']])('%s: no date, no error', (_, date) => {
    expect(parseJsonlLine(line(date), 4)).toEqual({ doc: { id: 'r1', text: 'Troops crossed the river.' } });
  });
  test.each([['soon'], ['2024-02-31'], ['31/12/2024']])('%s: an error naming the line, the field and the value', (date) => {
    const r = parseJsonlLine(line(date), 7);
    expect(r).toHaveProperty('error');
    const message = (r as { error: string }).error;
    expect(message).toMatch(/^line 7: date is not a date \(/);
    expect(message).toContain(JSON.stringify(date));
    expect(message).toContain('YYYY-MM-DD');
  });
  test('a date that is not a string is an error', () => {
    expect(parseJsonlLine(line(20240508), 2)).toHaveProperty('error');
  });
});

test('a bad date fails its own line only; the lines around it still run', async () => {
  const raw = [
    { id: 'a', text: 'Rebels shelled a depot.', date: '2024-05-08T10:00:00Z' },
    { id: 'b', text: 'Talks opened in the capital.', date: 'next spring' },
    { id: 'c', text: 'A convoy was ambushed.', date: '2024-05-08 22:10' },
  ].map((r) => JSON.stringify(r)).join('\n');
  const items: InputItem[] = [];
  for await (const i of readInputs(['-'], { inputFormat: 'jsonl', stdin: Readable.from([Buffer.from(raw)]) })) items.push(i);
  expect(items.map((i) => (i.kind === 'doc' ? `doc ${i.doc.id} ${i.doc.date}` : i.kind === 'error' ? `error ${i.source}` : 'note'))).toEqual([
    'doc a 2024-05-08', 'error stdin:2', 'doc c 2024-05-08',
  ]);
});
