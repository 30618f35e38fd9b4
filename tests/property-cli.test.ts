// Properties of the command line's own parts (fast-check): whatever the bytes and however they are chunked, every
// JSONL line is accounted for by its number; whatever the text in an event, csv/tsv/json give it back exactly and
// the table fits the terminal.
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { readInputs, type InputItem } from '../src/input/read.js';
import { FORMATTERS, CSV_COLUMNS } from '../src/format/index.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent } from './helpers/events.js';
import { parseDelimited } from './helpers/csv.js';

/** Text with the characters that break naive writers: quotes, separators, line breaks, multi-byte characters. */
const awkward = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', ',', '\t', '\n', '\r\n', '; ', '€', 'é', '…', '“', ' ')), { maxLength: 12 })
  .map((xs) => xs.join(''));

type Line = { kind: 'record'; id: string; text: string } | { kind: 'garbage'; raw: string } | { kind: 'blank' };
const line: fc.Arbitrary<Line> = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), id: fc.string({ minLength: 1, maxLength: 6 }), text: awkward.filter((t) => t.trim().length > 0) }),
  fc.record({ kind: fc.constant('garbage' as const), raw: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/[\r\n]/.test(s) && s.trim().length > 0 && !isRecord(s)) }),
  fc.constant({ kind: 'blank' as const }),
);

function isRecord(s: string): boolean {
  try { const v = JSON.parse(s); return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.text === 'string'; } catch { return false; }
}

function chunk(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) { out.push(buf.subarray(at, p)); at = p; }
  out.push(buf.subarray(at));
  return out.filter((b) => b.length);
}

test('JSONL: every line is a document or an error naming its number, however the bytes arrive', async () => {
  await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 15 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (ls, crlf, cuts) => {
    const raw = ls.map((l) => (l.kind === 'record' ? JSON.stringify({ id: l.id, text: l.text }) : l.kind === 'garbage' ? l.raw : '')).join(crlf ? '\r\n' : '\n');
    const items: InputItem[] = [];
    for await (const i of readInputs(['-'], { inputFormat: 'jsonl', stdin: Readable.from(chunk(Buffer.from(raw), cuts)) })) items.push(i);
    const expected = ls.flatMap((l, i) => (l.kind === 'record' ? [`doc ${l.id} ${l.text}`] : l.kind === 'garbage' ? [`error stdin:${i + 1}`] : []));
    // notes (a repeated id is warned about) say nothing about which lines were read
    const got = items.flatMap((i) => (i.kind === 'doc' ? [`doc ${i.doc.id} ${i.doc.text}`] : i.kind === 'error' ? [`error ${i.source}`] : []));
    if (!expected.length) expect(got).toEqual(['error stdin']); // nothing but blank lines: the input is empty
    else expect(got).toEqual(expected);
    for (const i of items) if (i.kind === 'error' && i.source !== 'stdin') expect(i.message).toMatch(new RegExp(`^line ${i.source.split(':')[1]} `));
  }), { numRuns: 200 });
});

const eventWith = (evidence: string, actor: string, source: string): Event => makeEvent({
  evidence: [{ start: 0, end: evidence.length, text: evidence }],
  actors: [{ text: actor, name: actor, country: null, kind: 'rebel', role: 'attacker' }, { text: 'x', name: `${actor}2`, country: null, kind: 'civilian', role: 'attacker' }],
  attribution: { source, text: 'said' },
});

test.each([['csv', ','], ['tsv', '\t']] as const)('%s: any text comes back cell for cell', async (name, sep) => {
  const f = await FORMATTERS[name]();
  fc.assert(fc.property(fc.array(fc.tuple(awkward, awkward, awkward), { maxLength: 5 }), (rows) => {
    const out = f.header() + rows.map(([e, a, s], i) => f.event(eventWith(e, a, s), i === 0)).join('');
    const parsed = parseDelimited(out, sep);
    expect(parsed).toHaveLength(rows.length + 1);
    rows.forEach(([e, a, s], i) => {
      const row = parsed[i + 1];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[CSV_COLUMNS.indexOf('evidence')]).toBe(e);
      expect(row[CSV_COLUMNS.indexOf('attackers')]).toBe(`${a}; ${a}2`);
      expect(row[CSV_COLUMNS.indexOf('source')]).toBe(s);
    });
  }), { numRuns: 150 });
});

test('json: any events parse back to themselves', async () => {
  const f = await FORMATTERS.json();
  fc.assert(fc.property(fc.array(fc.tuple(awkward, awkward, awkward), { maxLength: 5 }), (rows) => {
    const events = rows.map(([e, a, s]) => eventWith(e, a, s));
    const out = f.header() + events.map((e, i) => f.event(e, i === 0)).join('') + f.footer(events.length > 0);
    expect(JSON.parse(out)).toEqual(events);
  }), { numRuns: 100 });
});

test('table: any text, any terminal from 80 columns: every line fits', async () => {
  await fc.assert(fc.asyncProperty(fc.integer({ min: 80, max: 300 }), awkward, awkward, async (width, e, a) => {
    const f = await FORMATTERS.table({ width, color: false });
    const out = f.event(eventWith(`${e} ${'long evidence '.repeat(30)}`, a, 'x'), true) + f.footer(true);
    for (const l of out.trimEnd().split('\n')) expect([...l].length).toBeLessThanOrEqual(width);
  }), { numRuns: 100 });
});
