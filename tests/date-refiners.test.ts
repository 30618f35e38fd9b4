// The refiners (expression-text, longest-span, speaker-date, nearest-trigger), the order of the configuration as its
// comments state it, the engine (a parser that fails loses only its own match) and the debug hook's records.
// Reference date: WED = Wednesday 2021-06-16 (tests/helpers/dates.ts).
import { findDates, resolveEventDate, type DateDebugRecord } from '../src/resolvers/date.js';
import { DATE_REFINERS, EVENT_DATE_REFINERS, PARSERS } from '../src/resolvers/date/configuration.js';
import { createContext } from '../src/resolvers/date/context.js';
import { extractDates, type DateConfiguration } from '../src/resolvers/date/engine.js';
import { weekdayParser } from '../src/resolvers/date/parsers/weekday.js';
import { onlyDate, traceOf, WED } from './helpers/dates.js';

/** [rule, text] of the dates a configuration finds; with `trigger`, the one it picks for the event at that word. */
function read(config: DateConfiguration, sentence: string, trigger?: string): [string, string][] {
  const ctx = createContext(sentence, WED, trigger === undefined ? null : sentence.indexOf(trigger));
  return extractDates(ctx, config).map((r) => [r.rule, r.text]);
}
const ALL: DateConfiguration = { parsers: PARSERS, refiners: DATE_REFINERS };
const EVENT: DateConfiguration = { parsers: PARSERS, refiners: [...DATE_REFINERS, ...EVENT_DATE_REFINERS] };

describe('refiners', () => {
  test('expression-text: the date without a plain preposition before it or a full stop after a word', () => {
    const rows: [string, [string, string, string | null, string]][] = [
      ['Fighting spread in April.', ['month', 'April', '2021-04', 'month']],
      ['Fighting spread during 2016.', ['year', '2016', '2016', 'year']],
      ['Rebels struck in Jan.', ['month', 'Jan.', '2021-01', 'month']],
      ['Fighting spread in the past 48 hours.', ['past-n', 'the past 48 hours', '2021-06-14', 'range']],
    ];
    for (const [s, expected] of rows) expect([s, onlyDate(s, WED)]).toEqual([s, expected]);
  });
  test('longest-span: of overlapping readings the longest stays, and the trace says which held the other', () => {
    expect(read(ALL, 'Talks ran on Thursday, June 10 in Doha.')).toEqual([['month-day', 'Thursday, June 10']]);
    expect(read(ALL, 'The dam was hit on 9 May 2019.')).toEqual([['day-month', '9 May 2019']]);
    const dropped = traceOf('Talks ran on Thursday, June 10 in Doha.', WED).filter((r) => r.reason.startsWith('refiner'));
    expect(dropped).toEqual([{ parser: 'weekday', text: 'Thursday', value: '2021-06-10', kept: false,
      reason: 'refiner longest-span: inside the longer "Thursday, June 10" (month-day)' }]);
  });
  test('speaker-date: a speaker\'s date only when the sentence has no other', () => {
    const rows: [string, string, string | null][] = [
      ['Officials said on Monday that a mortar hit the clinic.', 'mortar', '2021-06-14'],
      ['Officials said on Monday that a mortar hit the clinic on Sunday.', 'mortar', '2021-06-13'],
      ['A mortar hit the clinic on Sunday, officials told reporters on Monday.', 'mortar', '2021-06-13'],
      ['In a statement on Tuesday, the ministry said a mortar hit the clinic last week.', 'mortar', '2021-06-07'],
    ];
    for (const [s, trigger, value] of rows) expect([s, resolveEventDate(s, s.indexOf(trigger), WED)?.value]).toEqual([s, value]);
  });
  test('nearest-trigger: the nearest date, one before the trigger counting double', () => {
    // "began": Monday ends 9 characters before it (counted double: 20), Tuesday starts 19 after it: Tuesday;
    // with "finally", Tuesday starts 27 after it: Monday
    const rows: [string, string, string][] = [
      ['On Monday, troops began a raid that ended Tuesday.', 'began', '2021-06-15'],
      ['On Monday, troops began a raid that finally ended Tuesday.', 'began', '2021-06-14'],
      ['On Monday, troops began a raid that ended Tuesday.', 'ended', '2021-06-15'],
      ['On Monday, troops began a raid that ended Tuesday.', 'Monday', '2021-06-14'], // a date over the trigger costs nothing
    ];
    for (const [s, trigger, value] of rows) expect([s, trigger, resolveEventDate(s, s.indexOf(trigger), WED)?.value]).toEqual([s, trigger, value]);
    const s = rows[0][0];
    // without an anchor (findDates) every date stays
    expect(findDates(s, WED).map((f) => f.text)).toEqual(['Monday', 'Tuesday']);
  });
});

describe('the order of the configuration, as its comments state it', () => {
  test('the parsers\' order changes no result: reversed or rotated, the same dates', () => {
    const sentences = ['Talks ran on Thursday, June 10 in Doha.', 'The dam was hit on 9 May 2019, last week and yesterday.',
      'Clashes broke out in April 2019 and again in mid-2016, two days ago and over the weekend.',
      'Records dated 1999-12-31 and 24/4/2021 were seized in the past 48 hours.', 'Medics were wounded during May 5-6 clashes.'];
    for (let k = 0; k < PARSERS.length; k++) {
      const rotated = [...PARSERS.slice(k), ...PARSERS.slice(0, k)];
      for (const order of [rotated, [...rotated].reverse()]) {
        for (const s of sentences) expect([s, read({ parsers: order, refiners: DATE_REFINERS }, s)]).toEqual([s, read(ALL, s)]);
      }
    }
  });
  test('expression-text before longest-span: lengths are compared without the preposition', () => {
    const s = 'Medics were wounded during May 5-6 clashes.';
    expect(read(ALL, s)).toEqual([['month-day', 'May 5-6']]);
    expect(read({ parsers: PARSERS, refiners: [...DATE_REFINERS].reverse() }, s)).toEqual([['month', 'May']]);
  });
  test('longest-span before speaker-date: a speaker\'s date is judged whole', () => {
    const s = 'A bridge was bombed, officials said 9 May 2019, and depots were hit over the past month.';
    const [text, overlap] = DATE_REFINERS;
    expect(read(EVENT, s, 'bombed')).toEqual([['relative-period', 'the past month']]);
    expect(read({ parsers: PARSERS, refiners: [text, ...EVENT_DATE_REFINERS.slice(0, 1), overlap, ...EVENT_DATE_REFINERS.slice(1)] }, s, 'bombed'))
      .toEqual([['month', 'May 2019']]);
  });
  test('speaker-date before nearest-trigger: nearest-trigger keeps one date', () => {
    const s = 'The army said on Tuesday that a strike killed four fighters and wounded eleven civilians near the border in late February.';
    expect(read(EVENT, s, 'strike')).toEqual([['month', 'late February']]);
    expect(read({ parsers: PARSERS, refiners: [...DATE_REFINERS, ...[...EVENT_DATE_REFINERS].reverse()] }, s, 'strike'))
      .toEqual([['weekday', 'Tuesday']]);
  });
});

describe('engine and debug hook', () => {
  test('a parser that fails loses only its own match, and the trace says so', () => {
    const failing = { id: 'failing', pattern: () => /Monday/g, extract: () => { throw new Error('out of order'); } };
    const records: DateDebugRecord[] = [];
    const ctx = createContext('Shells fell on Monday.', WED, null, { debug: (r) => records.push(r) });
    expect(extractDates(ctx, { parsers: [failing, weekdayParser], refiners: DATE_REFINERS }).map((r) => r.rule)).toEqual(['weekday']);
    expect(records[0]).toEqual({ parser: 'failing', text: 'Monday', value: null, kept: false, reason: 'parser: failed (out of order)' });
  });
  test('one event\'s date: every record, in the order the stages made them', () => {
    const s = 'Rebels struck on Monday, officials said on Tuesday.';
    expect(traceOf(s, WED, s.indexOf('struck'))).toEqual([
      { parser: 'weekday', text: 'Monday', value: '2021-06-14', kept: true, reason: 'parser: read as day' },
      { parser: 'weekday', text: 'Tuesday', value: '2021-06-15', kept: true, reason: 'parser: read as day' },
      { parser: 'weekday', text: 'Tuesday', value: '2021-06-15', kept: false, reason: 'refiner speaker-date: a speaker\'s date ("said"), and the sentence has another' },
      { parser: 'weekday', text: 'Monday', value: '2021-06-14', kept: true, reason: 'refiner nearest-trigger: the event\'s date' },
    ]);
  });
  test('a sentence without a date word: one record, no parser ran', () => {
    expect(traceOf('Rebels struck the depot.', WED, 7)).toEqual([
      { parser: 'date-hint', text: '', value: null, kept: false, reason: 'no date word in the sentence: no parser ran' },
    ]);
  });
  test('without a hook nothing is recorded and the result is the same', () => {
    const s = 'Rebels struck on Monday, officials said on Tuesday.';
    expect(resolveEventDate(s, 7, WED)).toEqual(resolveEventDate(s, 7, WED, { debug: () => undefined }));
  });
});
