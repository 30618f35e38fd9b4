// Numbers in running text that are not counts of people: isNonCountContext must say so for every phrase
// findCountPhrases returns over the marked number. Tables by kind; each row: [text, the number as written in it].
import { findCountPhrases, isNonCountContext } from '../src/rules/counts/phrases.js';

const NOT_COUNTS: Record<string, [string, string][]> = {
  ages: [
    ['a 25-year-old man was shot', '25'], ['the 9-year-old girl', '9'], ['Ahmed Ali, 25, was shot', '25'],
    ['a boy aged 14 was hurt', '14'], ['children ages 5 to 12', '5 to 12'], ['a six-month-old baby', 'six'],
  ],
  years: [
    ['in 2018', '2018'], ['The 2018 agreement holds', '2018'], ['since 2011', '2011'], ['In 2019 militants attacked', '2019'],
    ['2019 was the deadliest year', '2019'], ['the 2014-2015 war', '2014-2015'], ['from 1990 to 1995', '1990'],
    ['in mid-2018', '2018'], ['a 2020 report', '2020'],
  ],
  durations: [
    ['for three days', 'three'], ['the 9-year conflict', '9'], ['a three-day truce', 'three'], ['after 48 hours', '48'],
    ['two full weeks of talks', 'two'], ['for 20 minutes', '20'], ['the two-decade war', 'two'], ['12 more months', '12'],
  ],
  distances: [
    ['pull back 15-20 kilometers', '15-20'], ['(10-12 miles)', '10-12'], ['about 30 km from the border', 'about 30'],
    ['a 5-kilometre zone', '5'], ['200 metres away', '200'], ['some 50 miles north', 'some 50'],
  ],
  percentages: [['40 percent of voters', '40'], ['a 40% rise', '40'], ['5 per cent', '5'], ['up 3 percentage points', '3']],
  money: [
    ['$5 million in aid', '5'], ['US$200', '200'], ['5 million dollars', '5 million'], ['€40 billion', '40'], ['Rs 500 fine', '500'],
    ['20 billion euros', '20'], ['a 300-dollar fee', '300'],
  ],
  times: [['at 10:30', '10'], ['at 10 a.m.', '10'], ['at 5 pm local time', '5'], ['at 0300 GMT', '0300'], ['at 9.45', '9']],
  phones: [['call 555-0199', '555'], ['call 555-1234', '555-1234'], ['(202) 555 0199', '555'], ['+44 20 7946 0958', '20']],
  dates: [
    ['on March 4', '4'], ['on 4 March', '4'], ['on the 4th of March', '4'], ['Jan. 5 attack', '5'], ['on Monday 9 March', '9'],
    ['on 9/11', '9'], ['the 9/5/2020 raid', '9'],
  ],
  ordinals: [['the 1st battalion', '1'], ['his 3rd visit', '3'], ['the 21st century', '21']],
  'one of / no one': [
    ['one of the officials', 'one'], ['one of them said', 'one'], ['no one was hurt', 'one'], ['they blamed one another', 'one'],
    ['on the one hand', 'one'], ['one by one', 'one'],
  ],
  'things, not people': [
    ['the two countries', 'two'], ['both sides, two parties', 'two'], ['fired 30 rockets', '30'], ['12 tanks', '12'],
    ['three airstrikes', 'three'], ['destroyed 40 homes', '40'], ['five points', 'five'], ['won 3 seats', '3'],
    ['two vehicles', 'two'], ['seven villages', 'seven'], ['carried out 14 attacks', '14'],
  ],
  labels: [
    ['Resolution 2254', '2254'], ['Route 66', '66'], ['Flight 17', '17'], ['Brigade 93', '93'], ['No. 5', '5'],
    ['Article 5 of NATO', '5'], ['page 4', '4'], ['COVID-19 patients', '19'], ['the F-16 jets', '16'],
  ],
  'force sizes': [
    ['deployed 5,000 troops', '5,000'], ['sent 3,000 soldiers to the border', '3,000'], ['a 5,000-strong force', '5,000'],
    ['dispatched about 200 police officers', 'about 200'], ['withdrew 2,000 US troops', '2,000'],
  ],
  scores: [['won 3-1 on Sunday', '3-1']],
  decimals: [['a 5.8 magnitude quake', '5'], ['2.5 tonnes', '2']],
};

/** Counts of people: isNonCountContext must stay false (the other half of every rule above). */
const COUNTS: [string, string][] = [
  ['killed 25 people', '25'], ['killing 2000 people', '2000'], ['killed 9 soldiers', '9'], ['three soldiers died', 'three'],
  ['one soldier was killed', 'one'], ['sent 12 people to hospital', '12'], ['wounded 15-20 people', '15-20'],
  ['more than 50 troops in the past month', 'more than 50'], ['killed 4 on Monday', '4'], ['In March, 30 people died', '30'],
  ['the talks, 12 were killed', '12'], ['at least 20 were killed', 'at least 20'], ['15 militants', '15'],
  ['killed 12 may be more', '12'], ['a bomb killed 3 and wounded 7', '3'], ['killing 33 Turkish soldiers', '33'],
  ['Two soldiers and a civilian', 'Two'], ['killed 1999 civilians', '1999'], ['this week 30 people were killed', '30'],
  ['an estimated 40 civilians', 'an estimated 40'], ['Thursday, 6 people', '6'], ['killing 5, police said', '5'],
];

function phrasesOver(text: string, number: string) {
  const at = text.indexOf(number);
  return findCountPhrases(text).filter((p) => p.start < at + number.length && p.end > at);
}

describe('numbers that are not counts', () => {
  test.each(Object.entries(NOT_COUNTS))('%s', (_kind, rows) => {
    for (const [text, number] of rows) {
      const found = phrasesOver(text, number);
      expect([text, found.filter((p) => !isNonCountContext(text, p.start, p.end)).map((p) => p.text)]).toEqual([text, []]);
    }
  });
});

describe('counts of people stay counts', () => {
  test('each row', () => {
    for (const [text, number] of COUNTS) {
      const found = phrasesOver(text, number);
      expect([text, found.map((p) => p.text)]).toEqual([text, [number]]);
      expect([text, isNonCountContext(text, found[0].start, found[0].end)]).toEqual([text, false]);
    }
  });
});

describe('isNonCountContext never throws', () => {
  test('odd offsets and input', () => {
    expect(() => isNonCountContext('', 0, 0)).not.toThrow();
    expect(() => isNonCountContext('12 people', -5, 99)).not.toThrow();
    expect(() => isNonCountContext(null as unknown as string, 0, 1)).not.toThrow();
    expect(isNonCountContext('12 people', 0, 2)).toBe(false);
  });
});
