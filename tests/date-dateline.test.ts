// The one dateline parser (src/resolvers/dateline.ts): the place where the story was filed (with its offsets, its name
// and region apart), the agency, the date, and where the story's own text begins. Reference date WED = 2021-06-16.
import { parseDateline } from '../src/resolvers/dateline.js';
import { WED } from './helpers/dates.js';

/** [text, place, name, region, agency, date, the story's first words] */
type Row = [text: string, place: string, name: string, region: string | null, agency: string | null, date: string | null, rest: string];

const DATELINES: Row[] = [
  ['KABUL (AP) — A roadside bomb hit a bus.', 'KABUL', 'KABUL', null, 'AP', null, 'A roadside'],
  ['HERAT – Gunmen stormed a checkpoint.', 'HERAT', 'HERAT', null, null, null, 'Gunmen'],
  ['QUETTA, June 2 (Reuters) - Two blasts shook the city.', 'QUETTA', 'QUETTA', null, 'Reuters', '2021-06-02', 'Two blasts'],
  ['QUETTA, June 20 (Reuters) - Two blasts shook the city.', 'QUETTA', 'QUETTA', null, 'Reuters', '2020-06-20', 'Two blasts'],
  ['Kabul, March 4 (Reuters) - A car bomb went off.', 'Kabul', 'Kabul', null, 'Reuters', '2021-03-04', 'A car'],
  ['Bamako (AFP) - Soldiers repelled an assault.', 'Bamako', 'Bamako', null, 'AFP', null, 'Soldiers'],
  ['GAO, Mali — Militants shelled the airport.', 'GAO, Mali', 'GAO', 'Mali', null, null, 'Militants'],
  ['JUBA, South Sudan (AP) — Fighting spread east.', 'JUBA, South Sudan', 'JUBA', 'South Sudan', 'AP', null, 'Fighting'],
  ['ADEN, Yemen, Jan. 12 (Reuters) - Separatists seized a base.', 'ADEN, Yemen', 'ADEN', 'Yemen', 'Reuters', '2021-01-12', 'Separatists'],
  ['TRIPOLI, 7 April (Reuters) - Clashes resumed.', 'TRIPOLI', 'TRIPOLI', null, 'Reuters', '2021-04-07', 'Clashes'],
  ['LONDON, May 3, 2019 /PRNewswire/ -- A company said.', 'LONDON', 'LONDON', null, 'PRNewswire', '2019-05-03', 'A company'],
  ['DHAKA: Police fired tear gas.', 'DHAKA', 'DHAKA', null, null, null, 'Police'],
  ['NAIROBI, Feb 9 (Xinhua) -- Police arrested six.', 'NAIROBI', 'NAIROBI', null, 'Xinhua', '2021-02-09', 'Police'],
  ['PORT SUDAN (AP) — Ships docked.', 'PORT SUDAN', 'PORT SUDAN', null, 'AP', null, 'Ships'],
  ['ANNAPOLIS, Md. (AP) — Lawmakers met.', 'ANNAPOLIS, Md.', 'ANNAPOLIS', 'Md.', 'AP', null, 'Lawmakers'],
  // a short headline line first; blank lines first
  ['Blast hits fuel depot in Aden\nADEN, Yemen (AP) — A blast hit a depot.', 'ADEN, Yemen', 'ADEN', 'Yemen', 'AP', null, 'A blast'],
  ['Blast hits fuel depot\nAden, Yemen (AP) — A blast hit a depot.', 'Aden, Yemen', 'Aden', 'Yemen', 'AP', null, 'A blast'],
  ['\n\nHERAT (AP) — Gunmen stormed a checkpoint.', 'HERAT', 'HERAT', null, 'AP', null, 'Gunmen'],
];

describe('datelines', () => {
  test('place, name, region, agency, date and the story\'s start', () => {
    for (const [text, place, name, region, agency, date, rest] of DATELINES) {
      const d = parseDateline(text, WED);
      expect([text, d && [d.place, d.name, d.region, d.agency, d.date]]).toEqual([text, [place, name, region, agency, date]]);
      expect([text, text.slice(d!.placeStart, d!.placeEnd), text.slice(d!.end, d!.end + rest.length)]).toEqual([text, place, rest]);
    }
  });
  test('a news agency alone: a dateline without a place', () => {
    const rows: [string, string, string][] = [
      ['AP - A construction firm halted work.', 'AP', 'A construction'],
      ['(AFP) — Police arrested six.', 'AFP', 'Police'],
      ['Storm hits coast\nReuters - Flights were cancelled.', 'Reuters', 'Flights'],
    ];
    for (const [text, agency, rest] of rows) {
      const d = parseDateline(text, WED);
      expect([text, d && [d.place, d.name, d.region, d.agency, d.date]]).toEqual([text, [null, null, null, agency, null]]);
      expect([text, d!.placeStart === d!.placeEnd, text.slice(d!.end, d!.end + rest.length)]).toEqual([text, true, rest]);
    }
  });
  test('no reference date: the date\'s year is the clock\'s, a year back when the day is still to come', () => {
    const now = new Date('2022-02-10T12:00:00Z');
    expect(parseDateline('ADEN, Yemen, Jan. 12 (Reuters) - x', null, now)?.date).toBe('2022-01-12');
    expect(parseDateline('ADEN, Yemen, Nov. 12 (Reuters) - x', null, now)?.date).toBe('2021-11-12');
    expect(parseDateline('ADEN, Yemen, Nov. 31 (Reuters) - x', null, now)?.date).toBe(null);
  });
  test('no dateline', () => {
    for (const text of [
      'The army said on Monday - without giving proof - that it had won.', // a sentence with dashes
      'UN - Security Council members met.',                                  // two letters
      'US-backed forces said they had taken the town.',                      // a hyphen, no dash
      'In Herat, May 4 - a bomb exploded.',                                  // a sentence's opening words
      'UPDATE - Talks resume in Doha.',                                      // a heading
      'MONDAY: five killed in Gao.',                                         // a day
      'Gunmen killed three people in Gao on Monday.',                        // a plain sentence
      'Herat - the old city - was shelled.',                                 // title case needs a date or an agency
      'Apple - the company - sued.',                                         // an agency's name is written as it is
      'Blast hits depot - police\nADEN (AP) — A blast.',                     // the first line is no headline (a dash)
      '',
    ]) expect([text, parseDateline(text, WED)]).toEqual([text, null]);
  });
});
