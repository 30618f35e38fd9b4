// --format tsv as PostgreSQL COPY text: the CSV header and columns, LF line ends, no quotes, and a tab, line feed,
// carriage return or backslash inside a field escaped, so that splitting each line on tabs (cut -f, awk -F'\t')
// gives every column of every record.
import { FORMATTERS, CSV_COLUMNS, flatten } from '../src/format/index.js';
import { escapeTsvField, tsvLine } from '../src/format/tsv.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent } from './helpers/events.js';
import { parseCopyText } from './helpers/csv.js';

async function render(events: Event[]): Promise<string> {
  const f = await FORMATTERS.tsv();
  return f.header() + events.map((e, i) => f.event(e, i === 0)).join('') + f.footer(events.length > 0);
}

const withEvidence = (text: string, source = 'a monitor'): Event => makeEvent({
  evidence: [{ start: 0, end: text.length, text }],
  attribution: { source, text: 'said' },
});

const col = (row: string[], c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];

describe('escapeTsvField', () => {
  test.each([
    ['tab', 'a\tb', 'a\\tb'],
    ['line feed', 'a\nb', 'a\\nb'],
    ['carriage return and line feed', 'a\r\nb', 'a\\r\\nb'],
    ['backslash', 'C:\\dir', 'C:\\\\dir'],
    ['backslash before a t', '\\t', '\\\\t'],
  ])('escapes a %s', (_, raw, written) => {
    expect(escapeTsvField(raw)).toBe(written);
  });
  test.each([
    ['double quotes', 'he said "nine"'],
    ['commas and semicolons', 'a, b; c'],
    ['non-ASCII', 'Türkiye — Şanlıurfa, 東京 €5 “quoted”'],
    ['the empty field', ''],
  ])('leaves %s as they are', (_, raw) => {
    expect(escapeTsvField(raw)).toBe(raw);
  });
  test('a line: fields joined by tabs, one LF at the end', () => {
    expect(tsvLine(['a\tb', '', 'c'])).toBe('a\\tb\t\tc\n');
  });
});

describe('--format tsv', () => {
  const awkward = [
    'Shelling\thit the\tmarket.',
    'Two lines\nof evidence\r\nhere.',
    'He said "eleven" died, then left.',
    'A path C:\\reports\\n and a \\t literal.',
    'Güneydoğu’da çatışma: 3 ölü — « attaque » à Alep.',
  ];
  test('header: the CSV columns, tab-separated, LF-terminated, unquoted', async () => {
    const out = await render([]);
    expect(out).toBe(`${CSV_COLUMNS.join('\t')}\n`);
  });
  test('every line split on tabs has the column count (cut -f style); no CR, no quotes added', async () => {
    const out = await render(awkward.map((t) => withEvidence(t)));
    expect(out).not.toContain('\r');
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(awkward.length + 1);
    for (const l of lines) expect(l.split('\t')).toHaveLength(CSV_COLUMNS.length);
    const ev = lines.slice(1).map((l) => l.split('\t')[CSV_COLUMNS.indexOf('evidence')]);
    expect(ev[2]).toBe('He said "eleven" died, then left.');
    expect(ev[4]).toBe(awkward[4]);
  });
  test('escaped fields read back as written (COPY text unescaping)', async () => {
    const rows = parseCopyText(await render(awkward.map((t, i) => withEvidence(t, `source\t${i}`))));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    awkward.forEach((t, i) => {
      expect(col(rows[i + 1], 'evidence')).toBe(t);
      expect(col(rows[i + 1], 'source')).toBe(`source\t${i}`);
    });
  });
  test('the same cells as csv, column for column', async () => {
    const e = withEvidence('A plain line.');
    const rows = parseCopyText(await render([e]));
    expect(rows[1]).toEqual(CSV_COLUMNS.map((c) => flatten(e)[c]));
  });
  test('csv is unchanged: RFC 4180 with CRLF and quotes around a line break', async () => {
    const f = await FORMATTERS.csv();
    const out = f.header() + f.event(withEvidence('one\ntwo "x"'), true);
    expect(out).toContain('\r\n');
    expect(out).toContain('"one\ntwo ""x"""');
  });
});
