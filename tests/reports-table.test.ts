// Issue 11's measurement on terse conflict reports of our own (fixtures/reports/: the design study's 60 reports, the
// 20 written after its rules were built, 60 written blind by a tester who had not read the rules, 8 date cases and
// 18 negatives; see its README.md). Every report goes
// through the pipeline (extractEvents, as the CLI runs it, with the row's date as the reference date) and is scored
// by fixtures/reports/report-score.mjs, the scorer `node scripts/reports-measure.mjs --verbose` prints with every
// miss. The floors are the figures measured when the sets joined the repo: the killed sum exact on every report that
// states a figure, no over-count, an attack in every report, the ACLED sub-event type and the date of the main
// event, and every negative row right.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEvents } from '../src/pipeline/extract.js';
import type { Event } from '../src/schema/event.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'fixtures', 'reports');

interface Expect { type?: string; subtype?: string; killed_low?: number | null; killed_high?: number | null; wounded_low?: number | null; date: string | null; undated?: boolean }
interface Row { id: string; family: string; text: string; date: string; expect: Expect }
interface NegRow { id: string; text: string; date: string; expect: { killed: number; attack: boolean | null } }
interface Mark { name: string; ok: boolean; got: unknown; want: unknown }
interface Rate { ok: number; n: number }
interface Scorer {
  ACLED_SUB_EVENT: Record<string, string>;
  mainAttack(events: Event[]): Event | null;
  scoreReport(row: Row, events: Event[]): Mark[];
  scoreNegative(row: NegRow, events: Event[]): { ok: boolean; killed: number; attack: boolean };
  tally(rows: Row[], marks: Mark[][]): { overall: Map<string, Rate>; families: Map<string, Map<string, Rate>> };
  describeMisses(row: Row, marks: Mark[]): string[];
}

const readJsonl = <T>(f: string): T[] => readFileSync(join(DIR, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const SETS = {
  study: readJsonl<Row>('study.jsonl'), heldout: readJsonl<Row>('heldout.jsonl'), blind: readJsonl<Row>('blind.jsonl'), dates: readJsonl<Row>('dates.jsonl'),
};
const negatives = readJsonl<NegRow>('negatives.jsonl');
const FAMILIES = new Set(['verb', 'noun', 'shape', 'over', 'date', 'weak', 'taxonomy']);

/** Floors (rows right) per set, measured when the sets joined the repo; `over-count` is a ceiling. */
const FLOORS: Record<keyof typeof SETS, Record<string, number>> = {
  study: { 'killed exact (stated)': 51, 'over-count': 0, 'attack detected': 60, 'ACLED sub-event (detected)': 60, date: 59 },
  heldout: { 'killed exact (stated)': 15, 'over-count': 0, 'attack detected': 20, 'ACLED sub-event (detected)': 19, date: 20 },
  // (the blind set's misses are kept as they were found: counts by reference, "put the toll at", a cause filter
  // over a chemical weapon; its one over-count reads "dozens" as 12, ACLED's own convention)
  blind: { 'killed exact (stated)': 50, 'over-count': 1, 'attack detected': 56, 'ACLED sub-event (detected)': 53, date: 58 },
  dates: { date: 8 },
};

let S: Scorer;
beforeAll(async () => {
  S = (await import(pathToFileURL(join(DIR, 'report-score.mjs')).href)) as Scorer;
});

describe('the report sets', () => {
  const all = [...SETS.study, ...SETS.heldout, ...SETS.blind, ...SETS.dates];
  test('hold 60 study, 20 held-out, 60 blind, 8 date and 18 negative rows, ids unique across the sets', () => {
    expect([SETS.study.length, SETS.heldout.length, SETS.blind.length, SETS.dates.length, negatives.length]).toEqual([60, 20, 60, 8, 18]);
    const ids = [...all, ...negatives].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('every report row is well formed: text, ISO dates, a known family, an attack subtype with an ACLED name', () => {
    const iso = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
    const bad = all.filter((r) => {
      const x = r.expect;
      const kind = x.subtype === undefined || (x.type === 'attack' && x.subtype in S.ACLED_SUB_EVENT);
      const date = x.date === null || (iso(x.date) && !x.undated);
      const counts = [x.killed_low, x.killed_high, x.wounded_low].every((c) => c == null || (Number.isInteger(c) && c >= 0));
      return !r.text || !iso(r.date) || !FAMILIES.has(r.family) || !kind || !date || !counts;
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });
});

describe('the report scorer', () => {
  const ev = (e: Partial<Event>): Event => ({ type: 'attack', subtype: 'unspecified', aggregate: false, killed: null, wounded: null, date: null, codes: {}, ...e } as unknown as Event);
  const k = (low: number, high = low) => ({ low, high, text: String(low) });
  const day = (value: string) => ({ text: value, value, precision: 'day' as const });
  const clash: Expect = { type: 'attack', subtype: 'armed_clash', killed_low: 4, killed_high: 15, wounded_low: null, date: '2022-07-07' };
  const row = (x: Expect): Row => ({ id: 'r', family: 'over', text: '', date: '2022-07-09', expect: x });
  const acled: Event['codes'] = { acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, cameo: null, plover: 'FIGHT' };
  const CASES: [what: string, x: Expect, events: Event[], wrong: string[]][] = [
    ['the low figure with the rival high, subtype, ACLED and date right', clash,
      [ev({ subtype: 'armed_clash', killed: k(4, 15), date: day('2022-07-07'), codes: acled })], []],
    ['rival claims added up: an over-count, the high missed', clash,
      [ev({ killed: k(4), date: day('2022-07-07') }), ev({ killed: k(15), date: day('2022-07-07') })],
      ['killed exact (all)', 'killed exact (stated)', 'over-count', 'subtype (detected)', 'ACLED sub-event (detected)']],
    ['the rival high lost', clash, [ev({ subtype: 'armed_clash', killed: k(4), date: day('2022-07-07'), codes: acled })], ['rival high']],
    ['an aggregate event is not summed', { ...clash, killed_high: 4 },
      [ev({ subtype: 'armed_clash', killed: k(4), date: day('2022-07-07'), codes: acled }), ev({ aggregate: true, killed: k(40) })], []],
    ['casualties only: no attack, the date read off the first event', { ...clash, killed_high: 4 },
      [ev({ type: 'casualties', subtype: 'report', killed: k(4), date: day('2022-07-07') })], ['attack detected']],
    ['the main attack is the one with most killed', { ...clash, killed_low: 3, killed_high: 3, date: '2022-07-06' },
      [ev({ date: day('2022-07-07') }), ev({ subtype: 'armed_clash', killed: k(3), date: day('2022-07-06'), codes: acled })], []],
    ['on a tie, the first attack is the main one', { ...clash, killed_low: 6, killed_high: 6, date: '2022-07-06' },
      [ev({ killed: k(3), date: day('2022-07-06') }), ev({ subtype: 'armed_clash', killed: k(3), date: day('2022-07-07'), codes: acled })],
      ['subtype (detected)', 'ACLED sub-event (detected)']],
    ['wounded are not killed', { ...clash, killed_low: null, killed_high: null, wounded_low: 2 },
      [ev({ subtype: 'armed_clash', killed: k(2), wounded: null, date: day('2022-07-07'), codes: acled })],
      ['killed exact (all)', 'over-count', 'wounded exact']],
    ['an undated row: the main event must carry no date', { date: null, undated: true }, [ev({ killed: k(3), date: day('2021-06-04') })], ['date']],
    ['an undated row right', { date: null, undated: true }, [ev({ killed: k(3) })], []],
  ];
  test.each(CASES)('%s', (_what, x, events, wrong) => {
    const marks = S.scoreReport(row(x), events);
    expect(marks.filter((m) => (m.name === 'over-count' ? m.ok : !m.ok)).map((m) => m.name)).toEqual(wrong);
  });
  test.each([
    ['no event, none expected', { killed: 0, attack: false }, [], true],
    ['a killed count where none is', { killed: 0, attack: null }, [ev({ type: 'casualties', killed: k(20) })], false],
    ['an attack where none is', { killed: 0, attack: false }, [ev({})], false],
    ['attack unscored (null)', { killed: 4, attack: null }, [ev({ killed: k(4) })], true],
    ['the attack expected and found', { killed: 3, attack: true }, [ev({ killed: k(3) })], true],
  ] as [string, NegRow['expect'], Event[], boolean][])('negative: %s', (_what, x, events, ok) => {
    expect(S.scoreNegative({ id: 'n', text: '', date: '2023-12-31', expect: x }, events).ok).toBe(ok);
  });
});

describe('issue 11 on the report sets, through the pipeline', () => {
  const eventsOf = (r: { id: string; text: string; date: string }) => extractEvents({ id: r.id, text: r.text, date: r.date }).events;
  describe.each(Object.keys(FLOORS) as (keyof typeof SETS)[])('%s', (set) => {
    const rows = SETS[set];
    let marks: Mark[][] = [];
    let overall = new Map<string, Rate>();
    beforeAll(() => {
      marks = rows.map((r) => S.scoreReport(r, eventsOf(r)));
      overall = S.tally(rows, marks).overall;
    });
    const missesOf = (name: string) => rows.flatMap((r, i) => S.describeMisses(r, marks[i].filter((m) => m.name === name)));
    test.each(Object.entries(FLOORS[set]))('%s: %i rows', (name, floor) => {
      const t = overall.get(name) ?? { ok: 0, n: 0 };
      expect(t.n).toBeGreaterThan(0);
      const holds = name === 'over-count' ? t.ok <= floor : t.ok >= floor;
      if (!holds) throw new Error(`${set} ${name}: ${t.ok}/${t.n}, ${name === 'over-count' ? 'above' : 'below'} ${floor}; misses:\n${missesOf(name).join('\n')}`);
    });
  });
  test('every negative row is right (numbers that are not deaths, harm that is not an attack)', () => {
    const wrong = negatives.map((r) => [r, S.scoreNegative(r, eventsOf(r))] as const).filter(([, v]) => !v.ok)
      .map(([r, v]) => `${r.id} killed ${v.killed} (want ${r.expect.killed}), attack ${v.attack} (want ${String(r.expect.attack)})`);
    expect(wrong).toEqual([]);
  });
});
