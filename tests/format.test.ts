// Formatters on hand-built events (SPEC.md "Formats" and "CSV / TSV columns"): each one streams header, events, footer.
import { CSV_COLUMNS, FORMATTERS, FORMAT_NAMES, flatten, type FormatName } from '../src/format/index.js';
import { columnWidths, tableLayout } from '../src/format/table.js';
import type { Event } from '../src/schema/event.js';
import { makeEvent, sampleEvents } from './helpers/events.js';
import { parseDelimited } from './helpers/csv.js';

async function render(name: Exclude<FormatName, 'xlsx'>, events: Event[], o: { color?: boolean; width?: number } = {}): Promise<string> {
  const f = await FORMATTERS[name](o);
  let out = f.header();
  events.forEach((e, i) => { out += f.event(e, i === 0); });
  return out + f.footer(events.length > 0);
}

test('the --format choices are the map of formatters', () => {
  expect(FORMAT_NAMES).toEqual(['json', 'jsonl', 'csv', 'tsv', 'table', 'xlsx']);
});

describe('json', () => {
  test('one pretty-printed array that parses back to the events', async () => {
    const events = sampleEvents();
    const out = await render('json', events);
    expect(JSON.parse(out)).toEqual(events);
    expect(out).toMatch(/^\[\n {2}\{\n {4}"id": "doc-1:1"/);
    expect(out.endsWith('\n]\n')).toBe(true);
  });
  test('no events: an empty array', async () => {
    expect(JSON.parse(await render('json', []))).toEqual([]);
  });
  test('streams: the header and each event are written before the next event is known', async () => {
    const f = await FORMATTERS.json();
    expect(f.header()).toBe('[');
    const one = f.event(makeEvent(), true);
    expect(JSON.parse(`[${one}]`)).toHaveLength(1);
  });
});

describe('jsonl', () => {
  test('one compact event per line', async () => {
    const events = sampleEvents();
    const out = await render('jsonl', events);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(events);
    for (const l of lines) expect(l).not.toMatch(/\n|": /);
  });
  test('no events: no output', async () => {
    expect(await render('jsonl', [])).toBe('');
  });
});

// tsv (PostgreSQL COPY text) has its own file: format-tsv.test.ts
describe.each([['csv', ',']] as const)('%s', (name, sep) => {
  test('the SPEC columns in order, then one row per event', async () => {
    const events = sampleEvents();
    const rows = parseDelimited(await render(name, events), sep);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });
  test('nested fields flattened; several actors joined with "; "; null is empty', async () => {
    const rows = parseDelimited(await render(name, sampleEvents()), sep);
    const col = (r: string[], c: string) => r[CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
    const [, attack, casualties, meeting] = rows;
    expect(col(attack, 'location')).toBe('Saraqib');
    expect(col(attack, 'admin2')).toBe('Idlib');
    expect(CSV_COLUMNS.slice(CSV_COLUMNS.indexOf('location'), CSV_COLUMNS.indexOf('country') + 1)).toEqual(['location', 'admin2', 'admin1', 'country']);
    expect(col(attack, 'lat')).toBe('35.86');
    expect(col(attack, 'location_precision')).toBe('town');
    expect(CSV_COLUMNS.slice(CSV_COLUMNS.indexOf('lat'), CSV_COLUMNS.indexOf('attackers') + 1)).toEqual(['lat', 'lon', 'location_precision', 'attackers']);
    expect(col(attack, 'attackers')).toBe('Turkish military');
    expect(col(attack, 'targets')).toBe('Syrian military');
    expect(col(attack, 'killed_low')).toBe('9');
    expect(col(attack, 'source')).toBe('Syrian Observatory for Human Rights');
    expect(col(attack, 'acled_sub_event_type')).toBe('Air/drone strike');
    expect(col(attack, 'cameo')).toBe('195');
    expect(col(attack, 'aggregate')).toBe('false');
    expect(col(casualties, 'aggregate')).toBe('true');
    expect(col(casualties, 'killed_low')).toBe('51');
    expect(col(casualties, 'killed_high')).toBe('');
    expect(col(casualties, 'date')).toBe('');
    expect(col(casualties, 'location')).toBe('');
    expect(col(casualties, 'cameo')).toBe('');
    expect(col(meeting, 'participants')).toBe('Recep Tayyip Erdogan; Vladimir Putin; United Nations');
    expect(col(meeting, 'status')).toBe('planned');
  });
  test('RFC 4180 quoting: delimiters, quotes and line breaks inside a field survive', async () => {
    const rows = parseDelimited(await render(name, sampleEvents()), sep);
    const ev = CSV_COLUMNS.indexOf('evidence');
    expect(rows[2][ev]).toBe('He said, "more than 50\ntroops" died, in the past month.');
    expect(rows[3][ev]).toBe('Erdogan\tleaves for Moscow. … Talks with Putin.');
  });
  test('records end with CRLF', async () => {
    const out = await render(name, [makeEvent()]);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(3);
  });
  test('no events: the header alone', async () => {
    expect(parseDelimited(await render(name, []), sep)).toEqual([[...CSV_COLUMNS]]);
  });
});

test('flatten gives every column', () => {
  expect(Object.keys(flatten(makeEvent()))).toEqual([...CSV_COLUMNS]);
});

describe('table', () => {
  // eslint-disable-next-line no-control-regex
  const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  test('the SPEC columns, a row per event, shortened to the width', async () => {
    for (const width of [80, 120, 200]) {
      const out = await render('table', sampleEvents(), { width });
      const lines = out.trimEnd().split('\n');
      // narrower than 100 columns the counts share a column and "who" goes (format-table-width.test.ts)
      expect(lines[1]).toMatch(width >= 120 ? /type.*date.*place.*who.*killed.*wounded.*evidence/ : /type.*date.*place.*dead\/hurt.*evidence/);
      for (const l of lines) expect([...strip(l)].length).toBeLessThanOrEqual(width);
      expect(lines.filter((l) => l.startsWith('│')).length).toBe(1 + sampleEvents().length);
      expect(out).toMatch(/51\+ Σ/);
      expect(out).toContain('3-5');
      if (width < 140) continue; // narrower: the columns are cut (tested below)
      expect(out).toContain('attack/drone_strike');
      expect(out).toContain('Saraqib, SY');
      expect(out).toContain('meeting/visit (planned)');
      expect(out).toContain('Recep Tayyip Erdogan, Vladimir');
    }
  });
  test('long evidence is cut with an ellipsis; the whole row still fits', async () => {
    const long = 'word '.repeat(200).trim();
    const out = await render('table', [makeEvent({ evidence: [{ start: 0, end: long.length, text: long }] })], { width: 100 });
    expect(out).toContain('…');
    for (const l of out.trimEnd().split('\n')) expect([...l].length).toBeLessThanOrEqual(100);
  });
  test('coloured by type only when asked', async () => {
    expect(await render('table', sampleEvents(), { color: false })).not.toMatch(/\x1b\[/);
    const coloured = await render('table', sampleEvents(), { color: true });
    expect(coloured).toMatch(/\x1b\[31mattack/); // red
    expect(coloured).toMatch(/\x1b\[36mmeeting/); // cyan
    expect(strip(coloured)).toBe(await render('table', sampleEvents(), { color: false }));
  });
  test('streams: the head comes with the first row, the bottom border at the end', async () => {
    const f = await FORMATTERS.table({ width: 120 });
    const first = f.event(makeEvent(), true);
    expect(first).toMatch(/^┌/);
    const second = f.event(makeEvent({ id: 'doc-1:2' }), false);
    expect(second).toMatch(/^├/);
    expect(second).not.toContain('type');
    expect(f.footer(true)).toMatch(/^└/);
  });
  test('no events: nothing', async () => {
    expect(await render('table', [])).toBe('');
  });
  test('column widths fill the terminal and never go below their least', () => {
    for (const w of [60, 80, 100, 160, 300]) {
      const cols = columnWidths(w);
      expect(cols).toHaveLength(tableLayout(w).columns.length);
      for (const c of cols) expect(c).toBeGreaterThanOrEqual(7);
      if (w >= 80) expect(cols.reduce((a, b) => a + b, 0) + cols.length + 1).toBeLessThanOrEqual(w);
    }
  });
});
