// Dates of issue 11: a calendar day written out beats a time of day ("overnight on 7 June"), but a weekday does not;
// an event told with no date of its own takes the day written for the event told just before it, in the same paragraph
// and at most three sentences back, moved by "the next day" and its kin, never across "Separately", "Earlier" or
// "Last month"; a day and month without a year take the report's year or the one before. Our own sentences.
import { extractEvents } from '../src/pipeline/extract.js';
import { explanationText } from '../src/format/explain.js';
import { resolveEventDate, type DateDebugRecord } from '../src/resolvers/date.js';
import { DATE_REFINERS, EVENT_DATE_REFINERS, PARSERS } from '../src/resolvers/date/configuration.js';
import { createContext } from '../src/resolvers/date/context.js';
import { extractDates } from '../src/resolvers/date/engine.js';
import { fallbackDates, type DateFallbackRecord } from '../src/refiners/dates.js';
import type { Draft } from '../src/refiners/merge.js';
import { splitSentences, type SentenceSpan } from '../src/document/sentences.js';
import type { EventDate } from '../src/schema/event.js';
import { LEAP, WED } from './helpers/dates.js';
import { OTHER_DAY_LEADS, OTHER_STORY_CUES, STORY_DAY_STEPS, TIME_OF_DAY_WORDS } from '../src/lexicon/dates.js';

/** The event's date: [sentence, trigger word, value, or null]. */
type EventDateRow = [string, string, string | null];
const eventDate = (s: string, trigger: string, ref: string | null = WED, future?: boolean) =>
  resolveEventDate(s, s.indexOf(trigger), ref, future === undefined ? {} : { future });

describe('explicit-over-vague: a calendar day written out beats a time of day', () => {
  // WED is Wednesday 2021-06-16: "overnight" alone is 2021-06-15
  const BEATS: EventDateRow[] = [
    ['Rebels stormed the depot overnight on 7 June, killing three guards.', 'stormed', '2021-06-07'],
    ['Troops shelled Kupiansk overnight into June 9, officials said.', 'shelled', '2021-06-09'],
    ['Overnight on 2021-06-11, drones struck the port of Berdiansk.', 'struck', '2021-06-11'],
    ['Gunmen raided two farms near Gusau overnight, on 13/6/2021.', 'raided', '2021-06-13'],
    ['On 10 June militants attacked the garrison overnight.', 'attacked', '2021-06-10'],
  ];
  const DOES_NOT: EventDateRow[] = [
    // a weekday is often the speaker's
    ['Troops shelled the village overnight, the governor said on Tuesday.', 'shelled', '2021-06-15'],
    ['Overnight, drones hit a depot in Dnipro, Monday\'s bulletin read.', 'hit', '2021-06-15'],
    // a speaker's written day is dropped before it could beat the time of day
    ['Troops shelled the village overnight, the governor said on 16 June.', 'shelled', '2021-06-15'],
    // a written date that gives only its year, and the day of something else
    ['Troops shelled the village overnight on 9/5/2021.', 'shelled', '2021-06-15'],
    ['Troops shelled the village overnight, days after the 2 June truce.', 'shelled', '2021-06-15'],
    ['Troops shelled the village overnight, the first raid since 30 May.', 'shelled', '2021-06-15'],
  ];
  test.each([...BEATS, ...DOES_NOT])('%s', (s, trigger, value) => {
    expect(eventDate(s, trigger)?.value).toBe(value);
  });

  test('the trace says which time of day gave way to which day', () => {
    const records: DateDebugRecord[] = [];
    const s = BEATS[0][0];
    resolveEventDate(s, s.indexOf('stormed'), WED, { debug: (r) => records.push(r) });
    expect(records.filter((r) => r.reason.startsWith('refiner explicit-over-vague'))).toEqual([{
      parser: 'relative-day', text: 'overnight', value: '2021-06-15', kept: false,
      reason: 'refiner explicit-over-vague: a time of day ("night"), and the sentence writes out "7 June"',
    }]);
  });

  /** [rule, text] of the one date a list of event refiners picks for the trigger. */
  const pick = (s: string, trigger: string, refiners: typeof EVENT_DATE_REFINERS) => extractDates(
    createContext(s, WED, s.indexOf(trigger)), { parsers: PARSERS, refiners: [...DATE_REFINERS, ...refiners] }).map((r) => r.text);
  const [speaker, explicit, nearest] = EVENT_DATE_REFINERS;
  test('the configuration runs speaker-date, explicit-over-vague, nearest-trigger, in that order', () => {
    expect(EVENT_DATE_REFINERS.map((r) => r.id)).toEqual(['speaker-date', 'explicit-over-vague', 'nearest-trigger']);
  });
  test('speaker-date first: the speaker\'s written day would otherwise beat the event\'s "overnight"', () => {
    const s = DOES_NOT[2][0];
    expect(pick(s, 'shelled', EVENT_DATE_REFINERS)).toEqual(['overnight']);
    expect(pick(s, 'shelled', [explicit, speaker, nearest])).toEqual(['16 June']);
  });
  test('explicit-over-vague before nearest-trigger: the nearer time of day would otherwise be kept', () => {
    const s = BEATS[0][0];
    expect(pick(s, 'stormed', EVENT_DATE_REFINERS)).toEqual(['7 June']);
    expect(pick(s, 'stormed', [speaker, nearest, explicit])).toEqual(['overnight']);
  });
});

describe('a day and month without a year: the report\'s year, or the one before', () => {
  const REF = '2022-01-04';
  // [sentence, trigger, reference date, planned, value]
  const ROWS: [string, string, string | null, boolean, string | null][] = [
    ['Bandits raided a farm near Gusau on 29 December.', 'raided', REF, false, '2021-12-29'],
    ['Bandits raided a farm near Gusau on January 3.', 'raided', REF, false, '2022-01-03'],
    ['Bandits raided a farm near Gusau on 5 January.', 'raided', REF, false, '2022-01-05'], // a day past the report
    ['Bandits raided a farm near Gusau on 9 January.', 'raided', REF, false, '2021-01-09'],
    ['Bandits raided a farm near Gusau on 29 December 2019.', 'raided', REF, false, '2019-12-29'],
    ['Talks will open in Abuja on 9 January.', 'Talks', REF, true, '2022-01-09'],
    ['Talks will open in Abuja on 29 December.', 'Talks', REF, true, '2022-12-29'],
    ['Bandits raided a farm near Gusau on 29 February.', 'raided', LEAP, false, '2024-02-29'],
    // no such day, or no year to take it from
    ['Bandits raided a farm near Gusau on 29 February.', 'raided', '2022-03-10', false, null],
    ['Bandits raided a farm near Gusau on 30 February.', 'raided', REF, false, null],
    ['Bandits raided a farm near Gusau on 29 December.', 'raided', null, false, null],
  ];
  test.each(ROWS)('%s (report of %s)', (s, trigger, ref, future, value) => {
    expect(eventDate(s, trigger, ref, future)?.value ?? null).toBe(value);
  });
  test('with no reference date the day is said, unresolved', () => {
    expect(eventDate(ROWS[10][0], 'raided', null)).toEqual({ text: '29 December', value: null, precision: 'unknown' });
  });
});

/** [document, a word of the event's sentence, its date's text and value, or null] */
type DocRow = [string, string, [string, string] | null];
const REPORT = '2022-03-20';

/** The date of the last event whose evidence holds `word`. */
function dateInDocument(text: string, word: string): [string, string | null] | null | 'no event' {
  const events = extractEvents({ id: 'doc', text, date: REPORT }).events.filter((e) => e.evidence.some((ev) => ev.text.includes(word)));
  const e = events[events.length - 1];
  if (!e) return 'no event';
  return e.date ? [e.date.text, e.date.value] : null;
}

describe('the document\'s date fallback: the day written for the event told just before', () => {
  const TAKES: DocRow[] = [
    ['On 12 March 2022, militiamen attacked a camp near Djugu. Overnight, they shelled the police post, killing 2 officers.',
      'police post', ['12 March 2022', '2022-03-12']],
    ['On 12 March 2022, militiamen attacked a camp near Djugu. At dawn, a roadside bomb killed 3 soldiers near Bunia.',
      'roadside bomb', ['12 March 2022', '2022-03-12']],
    ['On 12 March 2022, gunmen raided a market in Mopti, killing 4 traders. In the early hours, drones struck a convoy near Sevare, killing 7 fighters.',
      'drones', ['12 March 2022', '2022-03-12']],
    ['Militias torched homes in Djugu on 3 March, killing 9 villagers. Before dawn, gunmen ambushed a patrol near Bunia, killing 2 soldiers.',
      'ambushed', ['3 March', '2022-03-03']],
    ['On 12 March 2022, gunmen raided a market in Mopti. Traders fled. The market stayed shut. A roadside bomb killed 2 soldiers near Sevare.',
      'roadside bomb', ['12 March 2022', '2022-03-12']],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers, the governor said on Friday. Gunmen ambushed a patrol near Bunia, killing 2 soldiers.',
      'ambushed', ['March 3', '2022-03-03']],
    ['Militants stormed a checkpoint in Kismayo on 2022-03-09. Later that day, a car bomb killed 6 guards at the port.',
      'car bomb', ['Later that day', '2022-03-09']],
    // the clause counts from the story's day
    ['On 12 March 2022, gunmen raided a market in Mopti, killing 4 traders. A roadside bomb hit an army truck near Sevare the next day, killing 2 soldiers.',
      'army truck', ['the next day', '2022-03-13']],
    ['On 12 March 2022, gunmen raided a market in Mopti, killing 4 traders. A roadside bomb hit an army truck near Sevare the following day, killing 2 soldiers.',
      'army truck', ['the following day', '2022-03-13']],
    ['On 12 March 2022, gunmen raided a market in Mopti. Two days later, a roadside bomb killed 2 soldiers near Sevare.',
      'roadside bomb', ['Two days later', '2022-03-14']],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. Three days earlier, gunmen ambushed a patrol near Bunia, killing 2 soldiers.',
      'ambushed', ['Three days earlier', '2022-02-28']],
    ['On 12 March 2022, gunmen raided a market in Mopti. A roadside bomb had killed 2 soldiers a day earlier near Sevare.',
      'roadside bomb', ['a day earlier', '2022-03-11']],
    ['On 12 March 2022, gunmen raided a market in Mopti, killing 4 traders. That evening, a landmine killed 3 herders near Sevare.',
      'landmine', ['That evening', '2022-03-12']],
    ['On March 12, gunmen raided a market in Mopti. Hours later, a landmine killed 5 traders on the road to Sevare.',
      'landmine', ['Hours later', '2022-03-12']],
    ['On 6 April 2022, jihadists attacked an army base near Djibo, killing 5 soldiers. A bomb hit a convoy near Arbinda two days later, killing 3 drivers.',
      'Arbinda', ['two days later', '2022-04-08']],
  ];
  const DOES_NOT: DocRow[] = [
    // another story
    ['On 12 March 2022, gunmen raided a market in Mopti. Separately, a roadside bomb killed 2 soldiers near Sevare.', 'Separately', null],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. Elsewhere, gunmen ambushed a patrol near Bunia, killing 2 soldiers.', 'Elsewhere', null],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. In a separate incident, gunmen ambushed a patrol near Bunia, killing 2 soldiers.', 'separate incident', null],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. Previously, gunmen had ambushed a patrol near Bunia, killing 2 soldiers.', 'Previously', null],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. Weeks later, gunmen ambushed a patrol near Bunia, killing 2 soldiers.', 'Weeks later', null],
    ['On 12 March 2022, gunmen raided a market in Mopti. Several days later, a roadside bomb killed 2 soldiers near Sevare.', 'Several days', null],
    ['On 12 March 2022, gunmen raided a market in Mopti. Last month, a roadside bomb killed 2 soldiers near Sevare.', 'Last month', ['Last month', '2022-02']],
    // too far, another paragraph, a nearer date
    ['On 12 March 2022, gunmen raided a market in Mopti.\n\nA roadside bomb killed 2 soldiers near Sevare.', 'roadside bomb', null],
    ['On 12 March 2022, gunmen raided a market in Mopti. Traders fled. The market stayed shut. Schools closed. A roadside bomb killed 2 soldiers near Sevare.', 'roadside bomb', null],
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. On Monday, the governor met elders in Bunia. Gunmen ambushed a patrol near Bunia, killing 2 soldiers.', 'ambushed', null],
    ['On 12 March 2022, gunmen raided a market in Mopti. Yesterday, militants shelled Sevare, killing 4 herders. A roadside bomb killed 2 soldiers near Djenne.', 'Djenne', null],
    // the day before is no calendar day written out: a weekday, or a meeting's
    ['On Friday, gunmen raided a market in Mopti. A roadside bomb killed 2 soldiers near Sevare.', 'roadside bomb', null],
    ['On 12 March 2022, the two presidents met in Luanda. A roadside bomb killed 2 soldiers near Goma.', 'roadside bomb', null],
    // a time of day with nothing before it stays the night into the report's day
    ['Overnight, rebels shelled the barracks in Bunia, killing 3 soldiers.', 'barracks', ['Overnight', '2022-03-19']],
    // a running total takes no day
    ['Militias torched homes in Djugu on March 3, killing 9 villagers. More than 1,200 people have been killed in the province this year.', '1,200', ['this year', '2022']],
  ];
  test.each([...TAKES, ...DOES_NOT])('%s', (text, word, expected) => {
    expect(dateInDocument(text, word)).toEqual(expected);
  });

  test('a clause dated only by a time of day takes the day its sentence writes out', () => {
    const text = 'On 7 March, rebels attacked the town of Beni, and overnight they shelled the barracks, killing 3 soldiers.';
    expect(dateInDocument(text, 'barracks')).toEqual(['7 March', '2022-03-07']);
  });
});

describe('the fallback\'s debug hook says what each event took or kept, and why', () => {
  const doc = 'On 4 May 2023, gunmen attacked a convoy near Gao. Overnight, a mine killed 2 drivers near Ansongo. '
    + 'On Monday, the envoys met in Bamako. A drone struck a truck near Menaka. Separately, a bomb killed a guard near Gao. '
    + 'Gunmen shot 3 herders near Gao the next day.';
  const sentences = splitSentences(doc);

  /** A draft of one mention in sentence `i`, anchored at `word`, with its own date (or none). */
  function draft(i: number, word: string, type: Draft['type'], date: EventDate | null): Draft {
    const s = { ...sentences[i], terms: [] };
    const anchor = s.start + s.text.indexOf(word);
    const mention = { sentence: s, clause: [s.start, s.end], anchor, trigger: { text: word }, count: null, date };
    return { type, subtype: 'unspecified', status: 'occurred', aggregate: null, actors: [], killed: null, wounded: null, date,
      location: null, attribution: null, mentions: [mention] } as unknown as Draft;
  }
  const drafts = [
    draft(5, 'shot', 'attack', null),
    draft(0, 'attacked', 'attack', { text: '4 May 2023', value: '2023-05-04', precision: 'day' }),
    draft(1, 'mine', 'attack', { text: 'Overnight', value: '2023-05-08', precision: 'range' }),
    draft(2, 'met', 'meeting', { text: 'Monday', value: '2023-05-08', precision: 'day' }),
    draft(3, 'drone', 'attack', null),
    draft(4, 'bomb', 'attack', null),
  ];
  const records: DateFallbackRecord[] = [];
  fallbackDates(drafts, sentences, (r) => records.push(r));

  test('one record per event, in the order the document tells them', () => {
    expect(records).toEqual([
      { sentence: 0, words: 'attacked', value: '2023-05-04', taken: false, reason: 'its own date, a calendar day: the day for the events after it' },
      { sentence: 1, words: 'mine', value: '2023-05-04', taken: true, reason: 'the day of the event in sentence 0' },
      { sentence: 2, words: 'met', value: '2023-05-08', taken: false, reason: 'its own date' },
      { sentence: 3, words: 'drone', value: null, taken: false, reason: 'no calendar day written for the event told just before' },
      { sentence: 4, words: 'bomb', value: null, taken: false, reason: 'another story ("separate")' },
      { sentence: 5, words: 'shot', value: null, taken: false, reason: 'no calendar day written for the event told just before' },
    ]);
  });
  test('the dates are set on the drafts themselves', () => {
    expect(drafts.map((d) => d.date?.value ?? null)).toEqual([null, '2023-05-04', '2023-05-04', '2023-05-08', null, null]);
  });
  test('with no hook the same dates are set', () => {
    const again = [draft(0, 'attacked', 'attack', { text: '4 May 2023', value: '2023-05-04', precision: 'day' }), draft(1, 'mine', 'attack', null)];
    fallbackDates(again, sentences as SentenceSpan[]);
    expect(again[1].date).toEqual({ text: '4 May 2023', value: '2023-05-04', precision: 'day' });
  });
});

test('the new date word lists have reason ids, and no word is in two of them', () => {
  const lists = [TIME_OF_DAY_WORDS, STORY_DAY_STEPS, OTHER_STORY_CUES, OTHER_DAY_LEADS];
  for (const list of lists) expect(list.every((e) => /^[a-z][a-z0-9-]*$/.test(e.reason) && e.words.length > 0)).toBe(true);
  const words = lists.flatMap((l) => l.flatMap((e) => e.words));
  expect(new Set(words).size).toBe(words.length);
});

describe('--explain says how each event\'s date was settled', () => {
  const explained = (text: string) => extractEvents({ id: 'x', text, date: '2023-05-10' }, { explain: true });
  test('an event with no date of its own takes the day of the one before, moved by "the next day"', () => {
    const r = explained('Gunmen attacked a police post in Dori on 4 May 2023, killing two officers. The next day, a roadside bomb hit an army truck near Djibo, killing three soldiers.');
    const dates = r.explain!.dates;
    expect(dates.map((d) => [d.event, d.value])).toEqual(r.events.map((e) => [e.id, e.date?.value ?? null]));
    expect(dates.find((d) => d.value === '2023-05-05')).toMatchObject({ taken: true, reason: expect.stringMatching(/the next day/i) });
    expect(dates.find((d) => d.value === '2023-05-04')).toMatchObject({ taken: false, reason: expect.stringContaining('its own date') });
    // as --explain prints it on stderr
    expect(explanationText(r.explain!)).toMatch(/\n {2}date of x:\d+: 2023-05-05, taken \(.*next day.*\)\n/i);
  });
  test('a word of another story: the date is not taken, and the reason says so', () => {
    const r = explained('Gunmen attacked a police post in Dori on 4 May 2023, killing two officers. Separately, a roadside bomb hit an army truck near Djibo, killing three soldiers.');
    const notTaken = r.explain!.dates.filter((d) => !d.taken && /another story/.test(d.reason));
    expect(notTaken).toHaveLength(1);
    expect(r.events.find((e) => e.id === notTaken[0].event)?.date?.value).not.toBe('2023-05-04');
  });
  test('without --explain there is no explanation', () => {
    expect(extractEvents({ id: 'x', text: 'Gunmen attacked a police post in Dori on 4 May 2023.', date: '2023-05-10' }).explain).toBeUndefined();
  });
});
